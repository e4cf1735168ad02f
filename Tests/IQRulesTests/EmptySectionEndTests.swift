import IQCore
import IQTestSupport
import Testing

/// A heading on the file's last line with nothing under it: a warning where the file leaves
/// other sections of its level empty too (stubs of one outline), else an info.
@Suite struct EmptySectionEndTests {
    private func found(_ markdown: String) throws -> [String] {
        try LintHarness.lint(markdown, rules: ["empty-section"]).map { "\($0.line) \($0.severity)" }
    }

    @Test func aStubAmongStubsIsAWarning() throws {
        let outline = "# ShardingSphere\n\n## 内核剖析\n\n### 解析引擎\n\n解析。\n\n### 路由引擎\n\n## 快速入门\n\n### 引入依赖\n\n添加。\n\n### 执行引擎\n"
        #expect(try found(outline) == ["9 warning", "17 warning"])
    }

    @Test func aLoneLastHeadingIsAnInfo() throws {
        #expect(try found("# Safety\n\n## Papers\n\n- [A](https://a.example)\n\n## 🧑‍🏫Scholars\n") == ["7 info"])
        // Content under it, or a first heading alone, is no finding.
        #expect(try found("# Safety\n\n## Papers\n\n- [A](https://a.example)\n\n## Scholars\n\nNone yet.\n").isEmpty)
        #expect(try found("# Title\n").isEmpty)
    }
}
