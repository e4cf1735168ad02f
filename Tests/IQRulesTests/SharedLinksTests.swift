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

    /// An index of every topic (`category/all.md`) holds each topic file's entries: the pair is
    /// one `info` at the topic file's first repeat, saying how many entries the two share.
    @Test func aFileAndTheIndexGatheringItAreOneInfo() throws {
        let css = (1...6).map { "- [CSS 问题\($0)？](https://a.example/issues/\($0))" }.joined(separator: "\n")
        let html = (7...9).map { "- [HTML 问题\($0)？](https://a.example/issues/\($0))" }.joined(separator: "\n")
        let found = try LintHarness.lint("# CSS\n\n## 历史题目\n\n" + css + "\n", path: "category/css.md", rules: ["duplicate-link"],
                                         companions: ["category/all.md": "# 汇总\n\n## html\n\n" + html + "\n\n## css\n\n" + css + "\n"])
        #expect(found.map { "\($0.path):\($0.line) \($0.severity)" } == ["category/css.md:5 info"], "\(found.map { "\($0.path):\($0.line) \($0.message)" })")
        #expect(found.first?.help.contains { $0.hasPrefix("6 of the 6 entries of category/css.md are also in category/all.md") } == true,
                "\(found.map(\.help))")
        // Two entries shared of six stay warnings: a slip, not a copy.
        let two = try LintHarness.lint("# CSS\n\n" + css + "\n", path: "category/css.md", rules: ["duplicate-link"],
                                       companions: ["category/other.md": "# 其他\n\n" + css.split(separator: "\n").prefix(2).joined(separator: "\n") + "\n- [x](https://b.example/1)\n- [y](https://b.example/2)\n- [z](https://b.example/3)\n"])
        #expect(two.map(\.severity) == [.warning, .warning], "\(two.map { "\($0.path):\($0.line) \($0.message)" })")
    }

    /// `category/all.md` and `category/history.md` both gather `js.md`: its entries are linked
    /// from three files (so never compared), and the two it shares with the index alone are
    /// still part of one gathering, not two slips. Footer links under most pages stay out of it.
    @Test func aFileGatheredByTwoIndexesIsOneInfo() throws {
        let entry = { (number: Int) in "- [JS 问题\(number)？](https://a.example/issues/\(number))" }
        let footer = "\n## 更多\n\n- [首页](https://a.example/home)\n- [关于](https://a.example/about)\n"
        let js = (1...8).map(entry).joined(separator: "\n")
        var companions = ["category/all.md": "# 汇总\n\n" + js + "\n" + footer,
                          "category/history.md": "# 历史\n\n" + (1...6).map(entry).joined(separator: "\n") + "\n" + footer]
        for topic in ["css", "html", "vue", "react", "node"] {
            companions["category/\(topic).md"] = "# \(topic)\n\n" + (1...3).map { "- [\(topic) 问题\($0)？](https://\(topic).example/\($0))" }
                .joined(separator: "\n") + "\n" + footer
        }
        let found = try LintHarness.lint("# JS\n\n" + js + "\n" + footer, path: "category/js.md", rules: ["duplicate-link"], companions: companions)
        #expect(found.map { "\($0.path):\($0.line) \($0.severity)" } == ["category/js.md:9 info"], "\(found.map { "\($0.path):\($0.line) \($0.message)" })")
        #expect(found.first?.help.first?.hasPrefix("8 of the 8 entries of category/js.md are also in category/all.md") == true, "\(found.map(\.help))")
    }

    @Test func aRepeatInsideOneFileIsStillReported() throws {
        let found = try LintHarness.lint(page("mint", extra: "- [缓存策略](https://primer.example/#cache)\n"), path: "solutions/mint/README.md", rules: ["duplicate-link"],
                                         companions: ["solutions/pastebin/README.md": page("pastebin"), "solutions/web_crawler/README.md": page("crawler")])
        #expect(found.map { "\($0.path):\($0.line)" } == ["solutions/mint/README.md:9"], "\(found.map { "\($0.path):\($0.line) \($0.message)" })")
    }
}
