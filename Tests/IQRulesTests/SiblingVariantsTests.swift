import IQCore
@testable import IQRules
import IQTestSupport
import Testing

/// One question asked of each case in a row is a series; the same sentence away from its
/// first copy, or a word merely misspelt, is still a duplicate.
@Suite struct SiblingVariantsTests {
    func lines(_ markdown: String) throws -> [Int] {
        try LintHarness.lint(markdown, rules: ["duplicate-question"]).map(\.line)
    }

    let series = """
        # Time Off

        - Da li mogu da "odem u minus" sa slobodnim danima?
        - Kakav je stav ili politika firme o roditeljskom odsustvu?
        - Kakav je stav ili politika firme o neplaćenom odsustvu?

        """

    @Test func neighboursDifferingInOneWordAreASeries() throws {
        #expect(try lines(series).isEmpty)
    }

    @Test func theSameSentenceFurtherDownIsStillReported() throws {
        let far = series.replacingOccurrences(of: "- Kakav je stav ili politika firme o neplaćenom odsustvu?\n", with: """
            - Koliko slobodnih dana mogu da prenesem?
            - Da li se bolovanje računa odvojeno od godišnjeg odmora?
            - Kakav je stav ili politika firme o neplaćenom odsustvu?

            """)
        #expect(try lines(far) == [7])
    }

    @Test func aMisspeltWordIsNoSecondCase() {
        #expect(SiblingVariants.differInOneWord("Kakav je stav ili politika firme o roditeljskom odsustvu?", "Kakav je stav ili politika firme o neplaćenom odsustvu?"))
        #expect(!SiblingVariants.differInOneWord("What is the policy on parental leave?", "What is the policy on parentel leave?"))
        #expect(!SiblingVariants.differInOneWord("How are tests run?", "How are test run?"))
        #expect(!SiblingVariants.differInOneWord("What is the policy on leave?", "What is the policy on unpaid leave?"))
        #expect(!SiblingVariants.differInOneWord("什么是scale law", "什么是scaling law"))
    }

    /// `… o neplaćenom odsustvu?` then `… o dugoročnom neplaćenom odsustvu (sabatikal)?`: a
    /// narrower case of the series, an info; the same words added further down stay a warning.
    @Test func aNarrowerCaseInARowIsAnInfo() throws {
        let narrower = series + "- Kakav je stav ili politika firme o dugoročnom neplaćenom odsustvu (sabatikal)?\n"
        let found = try LintHarness.lint(narrower, rules: ["duplicate-question"])
        #expect(found.map { "\($0.line) \($0.severity)" } == ["6 info"], "\(found.map(\.message))")
        #expect(found.first?.help.first?.contains("narrower case") == true)
        let far = series + "- Koliko slobodnih dana mogu da prenesem?\n- Da li se bolovanje računa odvojeno?\n- Šta je sa praznicima?\n"
            + "- Kakav je stav ili politika firme o dugoročnom neplaćenom odsustvu (sabatikal)?\n"
        #expect(try LintHarness.lint(far, rules: ["duplicate-question"]).map { "\($0.line) \($0.severity)" } == ["9 warning"])
        #expect(SiblingVariants.addsWords("What is the policy on unpaid leave?", "What is the policy on long unpaid leave (sabbatical)?"))
        #expect(!SiblingVariants.addsWords("What is the policy on unpaid leave?", "What is the policy on paid leave?"))
        #expect(!SiblingVariants.addsWords("What is the policy on leave?", "What is the policy on a leave?"))
    }

    /// The steps of two parallel sections differing in their subject's word are two steps; the
    /// same step at another place of the other list is still a repeat.
    @Test func theSamePlaceOfTwoParallelListsIsASeries() throws {
        let parallel = """
            # Channels

            #### Platform Channel

            - Define a platform channel name.
            - Implement method handlers on both Flutter and platform sides.
            - Send messages containing method names.

            #### Event Channel

            - Define an event channel name.
            - Implement event handlers on both Flutter and platform sides.
            - Set up a stream for sending events.

            """
        #expect(try lines(parallel).isEmpty)
        let elsewhere = parallel.replacingOccurrences(of: "- Set up a stream for sending events.", with: "- Implement method handlers on both Flutter and platform sides.")
        #expect(try lines(elsewhere) == [13])
    }

    /// `1. ### Q` / `**[Back to Top]**` / `2. ### Q`: one count split into two Markdown lists,
    /// still in a row; under another heading of the document, or further along the count, not.
    @Test func questionsNumberedInARowAcrossASplitListAreInARow() throws {
        func bank(_ second: Int, heading: String = "") -> String {
            "# Questions\n\n## React\n\n1. ### How do you update objects inside state?\n\n   Create a new object.\n\n**[Back to Top](#questions)**\n\n"
                + heading + "\(second). ### How do you update nested objects inside state?\n\n   Copy each level.\n"
        }
        let severities = { (markdown: String) in try LintHarness.lint(markdown, rules: ["duplicate-question"]).map { "\($0.severity)" } }
        #expect(try severities(bank(2)) == ["info"])
        #expect(try severities(bank(5)) == ["warning"])
        #expect(try severities(bank(2, heading: "## Hooks\n\n")) == ["warning"])
    }
}
