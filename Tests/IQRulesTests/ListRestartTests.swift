import IQTestSupport
import Testing

/// Items that start counting again at 1 inside an ordered list: an answer's points written
/// without indentation, not questions to renumber.
@Suite struct ListRestartTests {
    static let markdown = "1. ### What is globalThis?\n2. ### What are the array mutation methods?\n     Two groups:\n"
        + "1. Mutating methods: they modify the array.\n1. Non-mutating methods: they return a new array.\n"
        + "3. ### What is module scope?\n4. ### What is a closure?\n"

    @Test func theRestartIsReportedOnceWithoutAFix() throws {
        let found = try LintHarness.lint(Self.markdown, rules: ["list-numbering"])
        #expect(found.map(\.line) == [4], "\(found.map(\.message))")
        #expect(found.first?.message == "expected 3, found 1")
        #expect(found.first?.fix == nil)
        #expect(try LintHarness.fix(Self.markdown, rules: ["list-numbering"], unsafe: true) == Self.markdown)
    }

    @Test func aBreakAfterTheOuterCountResumesIsStillReported() throws {
        let found = try LintHarness.lint(Self.markdown + "6. ### What is hoisting?\n", rules: ["list-numbering"])
        #expect(found.map(\.line) == [4, 8], "\(found.map(\.message))")
    }
}
