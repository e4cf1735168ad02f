@testable import IQRules
import IQTestSupport
import Testing

/// A name extended by a capitalised word names another product: `Angular` and `Angular
/// Elements` are two questions; a context or a Title Case question is not that.
@Suite struct ExtendedNamesTests {
    @Test(arguments: [
        ("What is the browser support for Angular?", "What is the browser support of Angular Elements?"),
        ("What is React?", "What is React Native?"),
        ("How do you install Docker?", "How do you install Docker Compose?"),
        ("为什么要用 Vue？", "为什么要用 Vue Router？"),
        // A capitalised word before the name, in Chinese text: another model.
        ("2.6 LSTM 存在什么问题？", "2.4.3 什么是 Lattice LSTM ，存在什么问题？"),
    ])
    func twoProducts(first: String, second: String) {
        #expect(ExtendedNames.nameTwoThings(first, second))
        #expect(ExtendedNames.nameTwoThings(second, first))
    }

    @Test(arguments: [
        // A context after a preposition, not a longer name.
        ("What is the virtual DOM?", "What is the virtual DOM in React?"),
        // Title Case capitalises every word: no sign of a name.
        ("What Is JSX?", "What Is JSX Syntax?"),
        // Other words differ too: the engine's score and the other checks judge those.
        ("What is React?", "Why would you choose React Native over Flutter?"),
        ("What is React?", "What is React?"),
        ("What is a closure?", "What is a closure Scope?"),
        // In English, a word before the name is often an adjective: left to the other checks.
        ("What is LSTM?", "What is Bidirectional LSTM?"),
        // A label before the question, not a word of the name.
        ("在书写高效 CSS 时会有哪些问题需要考虑？", "Q: 书写高效 CSS 时会有哪些问题需要考虑？"),
    ])
    func oneProductOrOtherDifferences(first: String, second: String) {
        #expect(!ExtendedNames.nameTwoThings(first, second))
    }

    /// Through the rule: the pair an Angular bank asked about is no finding.
    @Test func angularAndAngularElementsAreNoFinding() throws {
        let bank = "# Angular\n\n1. ### What is the browser support of Angular Elements?\n   Custom elements support.\n\n2. ### What is schematic?\n   A scaffolding library.\n\n3. ### What is the browser support for Angular?\n   Most recent browsers.\n"
        #expect(try LintHarness.lint(bank, rules: ["duplicate-question"]).isEmpty)
        // The same wording about one product still is.
        let twice = bank.replacing("of Angular Elements?", with: "of Angular?")
        #expect(try LintHarness.lint(twice, rules: ["duplicate-question"]).count == 1)
    }
}
