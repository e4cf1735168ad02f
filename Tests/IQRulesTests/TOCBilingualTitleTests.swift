import IQCore
import IQTestSupport
import Testing
@testable import IQRules

/// `## 目录 _Contents_`: a table of contents titled with one of its names in two languages is
/// judged as one titled `## Contents` is.
@Suite struct TOCBilingualTitleTests {
    @Test func twoNamesMakeATitle() {
        let names = Set(TOCConventions.defaultHeadingNames.map { $0.lowercased() })
        #expect(TableOfContents.namesContents("目录 _Contents_", names: names))
        #expect(TableOfContents.namesContents("Contents / 目录", names: names))
        #expect(TableOfContents.namesContents("目录（Table of Contents）", names: names))
        // A name beside another word is no title of contents.
        #expect(!TableOfContents.namesContents("Contents of the box", names: names))
        #expect(!TableOfContents.namesContents("工具 Index", names: names))
    }

    @Test func theTableUnderABilingualTitleIsJudged() throws {
        let page = "# Tools\n\n## 目录 _Contents_\n\n- [Navigation](#navigation)\n- [Fingerprint](#fingerprint)\n\n## Navigation\n\n- https://a.example/\n\n"
            + "## Reconnaissance\n\n- https://b.example/\n\n## Fingerprint\n\n- https://c.example/\n"
        let found = try LintHarness.lint(page, path: "README.md", rules: ["toc-sync"])
        #expect(found.map(\.line) == [12], "\(found.map(\.message))")
    }
}

/// `[参考](#reference)` and `[参考](#reference-1)`, both dead, where the page has one `参考` and
/// one `参考资料`: the first is repaired to `#参考`; the second names another section of that
/// name, so no fix leads it to the first's.
@Suite struct TOCAnchorRepeatedNameRepairTests {
    @Test func theSecondLinkOfARepeatedNameIsNotLedToTheFirstsHeading() throws {
        let page = "# C 资源\n\n## 目录\n\n*   [在线](#在线)\n    *   [参考](#reference)\n*   [实体书](#实体书)\n    *   [参考](#reference-1)\n\n"
            + "## 在线\n\n### 参考\n\n*   [cppreference](https://a.example/c)\n\n## 实体书\n\n### 参考资料\n\n*   [C Manual](https://b.example/)\n"
        let fixed = try LintHarness.fix(page, path: "README.md", rules: ["toc-anchor"], unsafe: true)
        #expect(fixed.contains("[参考](#参考)\n*   [实体书]"))
        #expect(fixed.contains("[参考](#reference-1)"), "\(fixed)")
    }
}
