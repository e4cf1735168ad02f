@testable import IQRules
import IQTestSupport
import Testing

/// Questions told apart by an operator the normalisation drops are two questions.
@Suite struct OperatorMarksTests {
    @Test func operatorsTellComparisonsApart() {
        #expect(OperatorMarks.differ("Is a < b?", "Is a > b?"))
        #expect(OperatorMarks.differ("a && b", "a || b"))
        #expect(OperatorMarks.differ("What does == do?", "What does === do?"))
        #expect(!OperatorMarks.differ("What is C++?", "What is C?"))
        #expect(!OperatorMarks.differ("Is a < b?", "is a < b ?"))
        #expect(!OperatorMarks.differ("Why do you want to work here!", "Why do you want to work here?"))
        #expect(OperatorMarks.differ("a != b", "a == b"))
    }

    @Test func twoComparisonsAreNoDuplicate() throws {
        let found = try LintHarness.lint("# Q\n\n1. Is a < b?\n2. Is a > b?\n3. Is a < b?\n", rules: ["duplicate-question"])
        #expect(found.map(\.line) == [5], "\(found.map(\.message))")
    }
}
