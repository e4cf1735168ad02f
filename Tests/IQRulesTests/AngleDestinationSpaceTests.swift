import IQCore
import IQTestSupport
import Testing

/// Spaces inside `<…>`: valid CommonMark, so the link renders. What the space means decides the
/// severity: a path going on after it is a file's name (`Interview List.md`, an `info`: it
/// works on GitHub), words after a whole URL are a title glued onto it (an error). A relative
/// path with spaces (`<notes/Interview List.md>`) is a file's name as the format allows: nothing.
@Suite struct AngleDestinationSpaceTests {
    private let markdown = """
        # Links

        - [Interview List](<https://github.com/a/b/blob/master/Interview List.md>)
        - [模型参数量的计算](<https://www.cnblogs.com/future-dream/p/18504417 模型参数量>)
        - [Notes](<notes/Interview List.md>)
        - [Trailing](<https://a.example/p/1 >)

        """

    @Test func severityFollowsWhatTheSpaceMeans() throws {
        let found = try LintHarness.lint(markdown, rules: ["link-format"], options: ["link-format": ["check-files": false]])
        #expect(found.map { "\($0.line):\($0.severity)" } == ["3:info", "4:error", "6:error"],
                "\(found.map { "\($0.line):\($0.severity) \($0.message)" })")
    }

    @Test func theSafeFixEncodesAFileNamesSpaces() throws {
        let fixed = try LintHarness.fix(markdown, rules: ["link-format"])
        #expect(fixed.contains("(<https://github.com/a/b/blob/master/Interview%20List.md>)"))
        #expect(fixed.contains("(<https://a.example/p/1>)"))
    }

    /// `(https://redis.io/topics/transactions )`: a space on the line renders the same link,
    /// an `info` whose fix removes it; a line break inside the parentheses is a warning.
    @Test func spacesAroundADestinationOnOneLineAreAnInfo() throws {
        let spaced = "- [官方文档](https://redis.io/topics/transactions )\n- [Guide]( https://a.example/guide)\n- [Split](https://a.example/split\n  )\n"
        let found = try LintHarness.lint(spaced, rules: ["link-format"])
        #expect(found.map { "\($0.line):\($0.severity)" } == ["1:info", "2:info", "3:warning"], "\(found.map(\.message))")
        #expect(found.first?.fix?.title == "remove the whitespace before ')'")
        #expect(try LintHarness.fix(spaced, rules: ["link-format"]).hasPrefix("- [官方文档](https://redis.io/topics/transactions)\n- [Guide](https://a.example/guide)\n"))
    }

    /// A tab inside a destination breaks the link as a space does; the message names the tab,
    /// which most views show as spaces.
    @Test func aTabInsideADestinationIsNamed() throws {
        let found = try LintHarness.lint("- [a](https://a.example/x\ty) - x\n- [b](https://b.example/x y) - y\n", rules: ["link-format"])
        #expect(found.map(\.message) == ["not a link: the destination contains a tab", "not a link: the destination contains a space"])
    }
}
