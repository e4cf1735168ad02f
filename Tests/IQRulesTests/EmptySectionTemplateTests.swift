import IQTestSupport
import Testing

/// Solutions that each end with the same `## 其他语言版本` and one `###` per language, filled in
/// by contributors: an empty language is a slot of the template the files share (an `info`),
/// not a topic announced for nothing.
@Suite struct EmptySectionTemplateTests {
    static func solution(_ title: String, goCode: Bool) -> String {
        "# \(title)\n\n## 思路\n\n用贪心。\n\n## 其他语言版本\n\n### Java\n\n```java\nclass Solution {}\n```\n\n### Go\n\n"
            + (goCode ? "```go\nfunc f() {}\n```\n\n" : "") + "### Rust\n\n```rust\nfn f() {}\n```\n"
    }

    @Test func anEmptySlotOfTheCollectionsTemplateIsAnInfo() throws {
        let companions = ["b.md": Self.solution("跳跃游戏", goCode: true), "c.md": Self.solution("分发饼干", goCode: false)]
        let found = try LintHarness.lint(Self.solution("买卖股票", goCode: false), path: "a.md", rules: ["empty-section"], companions: companions)
        let inA = found.filter { $0.path == "a.md" }
        #expect(inA.map { "\($0.line) \($0.severity)" } == ["15 info"])
        #expect(inA.first?.help.first?.contains("3 files") == true, "\(inA.first?.help ?? [])")
    }

    @Test func aHeadingInTwoFilesOnlyIsNoTemplate() throws {
        let found = try LintHarness.lint(Self.solution("买卖股票", goCode: false), path: "a.md", rules: ["empty-section"],
                                         companions: ["b.md": Self.solution("跳跃游戏", goCode: true)])
        #expect(found.map { "\($0.path):\($0.line) \($0.severity)" } == ["a.md:15 warning"])
    }
}

/// A year's file being filled, its last headings the slots every year's file has: the one at
/// the end of the file is a slot like those above it, an info.
@Suite struct EmptySectionLastSlotTests {
    @Test func theLastSlotOfATemplateIsAnInfoToo() throws {
        let headings = ["面经和工作经验", "JavaScript", "Vue.js", "Node.js", "其它"]
        func year(_ filled: Int) -> String {
            headings.enumerated().map { index, title in "## \(title)\n" + (index < filled ? "1. [文章 \(index)](https://a.example/\(filled)/\(index))\n" : "") + "\n" }.joined()
        }
        let found = try LintHarness.lint(year(2), path: "2026.md", rules: ["empty-section"], companions: ["2024.md": year(5), "2025.md": year(5)])
        #expect(found.map { "\($0.line) \($0.severity)" } == ["7 info", "9 info", "11 info"], "\(found.map(\.message))")
    }
}
