import IQCore
import IQMarkdown
@testable import IQRules
import IQTestSupport
import Testing

/// `* [Books for Algorithms](#…) | [Books for Mathematics](#…)`: a table of contents that lists
/// two sections on one line. Each link is an entry; a link inside a sentence is not.
@Suite struct TOCRowEntriesTests {
    static func document(_ item: String) -> String {
        """
        # Awesome Foo

        ## Table of Contents

        * [Lists](#lists)
        * [Books](#books)
            * \(item)
        * [License](#license)

        ## Lists

        - [a](https://a.example/1)

        ## Books

        ### Books for Algorithms

        - [b](https://b.example/1)

        ### Books for Mathematics

        - [c](https://c.example/1)

        ## License

        MIT

        """
    }

    @Test func eachLinkOfARowIsAnEntry() throws {
        for separator in [" | ", " · ", "、", " / "] {
            let markdown = Self.document("[Books for Algorithms](#books-for-algorithms)\(separator)[Books for Mathematics](#books-for-mathematics)")
            #expect(try LintHarness.lint(markdown, rules: ["toc-sync"]).isEmpty, "\(separator)")
            // The safe fix adds no second entry for a section the row lists.
            #expect(try LintHarness.fix(markdown, rules: ["toc-sync"], unsafe: true) == markdown)
            let toc = try #require(TableOfContents.find(in: MarkdownParser.parse(markdown), headingNames: ["Table of Contents"]))
            #expect(toc.entries.compactMap { $0.link?.text } == ["Lists", "Books", "Books for Algorithms", "Books for Mathematics", "License"])
        }
    }

    @Test func aLinkInsideASentenceIsNoEntry() throws {
        let markdown = Self.document("[Books for Algorithms](#books-for-algorithms), see also [Books for Mathematics](#books-for-mathematics)")
        let found = try LintHarness.lint(markdown, rules: ["toc-sync"])
        #expect(found.map(\.message) == ["expected an entry for 'Books for Mathematics' in the table of contents, found none"])
    }

    /// `### Markdown Tools [![Awesome List][icon]](…)` has the anchor `#markdown-tools-`: the
    /// entry is named, and repaired, by the heading's text without the badge's alt text.
    @Test func aBadgesAltTextIsNoPartOfTheEntry() throws {
        let markdown = """
            # Awesome Mac

            ## Contents

            - [Office](#office)
            - [Markdown Tools](#markdown-tools)

            ## Office

            * [Pages](https://a.example/pages) - Documents.

            ## Markdown Tools [![Awesome List][icon]](https://a.example/awesome-markdown)

            * [Typora](https://a.example/typora) - An editor.

            [icon]: https://a.example/awesome.svg

            """
        let found = try LintHarness.lint(markdown, rules: ["toc-sync"])
        #expect(found.map(\.message) == ["expected an entry for 'Markdown Tools' (#markdown-tools-), found 'Markdown Tools' (#markdown-tools), which links to no heading"])
        let fixed = try LintHarness.fix(markdown, rules: ["toc-sync"], unsafe: true)
        #expect(fixed == markdown.replacing("- [Markdown Tools](#markdown-tools)", with: "- [Markdown Tools](#markdown-tools-)"))
    }
}
