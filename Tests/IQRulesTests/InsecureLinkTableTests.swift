@testable import IQRules
import IQTestSupport
import Testing

/// An API list records in a column whether each site serves https: a row saying `No` keeps its
/// plain link; a row saying `Yes` is told so in the help.
@Suite struct InsecureLinkTableTests {
    // The header without outer pipes, the rows with them, as public-apis writes its tables.
    static let table = """
        ## Art & Design

        API | Description | Auth | HTTPS | CORS
        |---|---|---|---|---|
        | [Colormind](http://colormind.io/api-access/) | Color scheme generator | No | No | Unknown |
        | [Cat Facts](http://catfact.ninja/) | Daily cat facts | No | Yes | No |
        | [Icon Horse](https://icon.horse) | Favicons | No | Yes | Yes |

        """

    @Test func aRowSayingNoIsLeftAloneAndOneSayingYesIsTold() throws {
        let found = try LintHarness.lint(Self.table, rules: ["insecure-link"])
        #expect(found.map(\.line) == [6], "\(found.map { "\($0.line): \($0.message)" })")
        #expect(found.first?.help.contains("the table's HTTPS column says 'Yes' for this row") == true)
    }

    /// Quoted, with `**HTTPS?**` as its header and `❌` for no: the same.
    @Test func theColumnIsFoundWhateverItsMarks() throws {
        let quoted = "> | Name | **HTTPS?** |\n> | --- | --- |\n> | [Old site](http://old-site.net/) | ❌ |\n> | [New site](http://new-site.net/) | ✅ |\n"
        #expect(try LintHarness.lint(quoted, rules: ["insecure-link"]).map(\.line) == [4])
    }

    /// Outside a table, or in a table without such a column, nothing changes.
    @Test func otherTablesAndListsAreJudgedAsBefore() throws {
        let other = "| Name | Auth |\n|---|---|\n| [Old site](http://old-site.net/) | No |\n\n- [List](http://list-site.net/)\n"
        #expect(try LintHarness.lint(other, rules: ["insecure-link"]).map(\.line) == [3, 5])
    }

    @Test func cellsAreCutAtUnescapedPipes() {
        #expect(TableRows.cells(of: "| a | b \\| c | d |") == ["a", "b \\| c", "d"])
        #expect(TableRows.cells(of: "API | HTTPS") == ["API", "HTTPS"])
        #expect(TableRows.cells(of: "> | x |") == ["x"])
        #expect(TableRows.normalizedHeader(" **HTTPS?** ") == "https")
    }

    /// An info says why it is one.
    @Test func anInfoSaysWhy() throws {
        let blog = "- [上周](http://blog-site.net/1)\n- [本周](http://blog-site.net/2)\n- [下周](http://blog-site.net/3)\n"
        let found = try LintHarness.lint(blog, rules: ["insecure-link"])
        #expect(found.map(\.severity) == [.info, .info, .info])
        #expect(found.allSatisfy { $0.help.contains("an info rather than a warning: this file links blog-site.net over http three times or more and never over https") })
    }
}
