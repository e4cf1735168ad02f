import IQCore
import IQTestSupport
import Testing

/// `[text] (https://…)`: a space between `]` and `(` (common in machine-translated READMEs)
/// leaves the brackets and the URL as text. link-format reports it once, with an unsafe fix;
/// bare-url does not report the URL inside it again.
@Suite struct SpacedLinkTextTests {
    private let markdown = """
        # 练习

        - [C] (https://github.com/jwasham/practice-c)
        - [Python]  (https://github.com/jwasham/practice-python)
        - [Go](https://github.com/jwasham/practice-go)
        - Attention Is All You Need [1] (https://a.example/paper)
        - ![logo] (https://a.example/logo.png)
        - \\[escaped] (https://a.example/escaped)

        """

    @Test func reportedOnceByLinkFormat() throws {
        let found = try LintHarness.lint(markdown, rules: ["link-format", "bare-url"])
        #expect(found.map { "\($0.ruleID):\($0.line)" } == ["link-format:3", "link-format:4"], "\(found.map { "\($0.ruleID):\($0.line) \($0.message)" })")
    }

    @Test func theUnsafeFixMakesTheLink() throws {
        let fixed = try LintHarness.fix(markdown, rules: ["link-format"], unsafe: true)
        #expect(fixed.contains("- [C](https://github.com/jwasham/practice-c)\n- [Python](https://github.com/jwasham/practice-python)\n"))
        #expect(try LintHarness.fix(markdown, rules: ["link-format"]) == markdown)
    }
}
