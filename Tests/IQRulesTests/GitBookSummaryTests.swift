import IQTestSupport
import Testing

/// A GitBook's `SUMMARY.md` is the book's navigation, like docsify's `_sidebar.md`: a page that
/// lists the chapters again links the same pages on purpose.
@Suite struct GitBookSummaryTests {
    static let summary = "# Summary\n\n* [1. 介绍](introduce.md)\n* [2. 安装](install.md)\n* [3. 示例项目](https://a.example/demo)\n"
    static let contents = "# 目录\n\n- [1. 介绍](introduce.md)\n- [2. 安装](install.md)\n- [3. 示例项目](https://a.example/demo)\n"

    @Test func aPageRepeatingTheSummaryIsNoDuplicate() throws {
        let found = try LintHarness.lint(Self.contents, path: "TOC.md", rules: ["duplicate-link"], companions: ["SUMMARY.md": Self.summary])
        #expect(found.isEmpty, "\(found.map(\.message))")
        // Named otherwise, the same list is a second list of the entry.
        let other = try LintHarness.lint(Self.contents, path: "TOC.md", rules: ["duplicate-link"], companions: ["OTHER.md": Self.summary])
        #expect(other.count == 1)
    }
}
