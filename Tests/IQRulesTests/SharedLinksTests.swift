import IQCore
import IQTestSupport
import Testing

/// An article linked from three files or more is a site-wide reference, not an entry added twice;
/// between two files, and inside one, a repeat is still reported.
@Suite struct SharedLinksTests {
    private func page(_ name: String, extra: String = "") -> String {
        "# \(name)\n\n- [\(name) 设计](https://a.example/\(name))\n\(extra)\n## 系统设计主题\n\n- [横向扩展](https://primer.example/#horizontal-scaling)\n- [缓存](https://primer.example/#cache)\n"
    }

    @Test func aFooterUnderEveryPageIsNoDuplicate() throws {
        let found = try LintHarness.lint(page("mint"), path: "solutions/mint/README.md", rules: ["duplicate-link"],
                                         companions: ["solutions/pastebin/README.md": page("pastebin"), "solutions/web_crawler/README.md": page("crawler")])
        #expect(found.isEmpty, "\(found.map { "\($0.path):\($0.line) \($0.message)" })")
    }

    @Test func twoFilesStillCompare() throws {
        let found = try LintHarness.lint(page("mint"), path: "solutions/mint/README.md", rules: ["duplicate-link"],
                                         companions: ["solutions/pastebin/README.md": page("pastebin")])
        #expect(found.count == 2, "\(found.map { "\($0.path):\($0.line) \($0.message)" })")
    }

    @Test func aRepeatInsideOneFileIsStillReported() throws {
        let found = try LintHarness.lint(page("mint", extra: "- [缓存策略](https://primer.example/#cache)\n"), path: "solutions/mint/README.md", rules: ["duplicate-link"],
                                         companions: ["solutions/pastebin/README.md": page("pastebin"), "solutions/web_crawler/README.md": page("crawler")])
        #expect(found.map { "\($0.path):\($0.line)" } == ["solutions/mint/README.md:9"], "\(found.map { "\($0.path):\($0.line) \($0.message)" })")
    }
}
