import IQCore
import IQTestSupport
import Testing

/// Spaces inside `<…>`: valid CommonMark, so the link renders. What the space means decides the
/// severity: a path going on after it is a file's name (`Interview List.md`), words after a
/// whole URL are a title glued onto it.
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
        #expect(found.map { "\($0.line):\($0.severity)" } == ["3:warning", "4:error", "5:info", "6:error"],
                "\(found.map { "\($0.line):\($0.severity) \($0.message)" })")
    }

    @Test func theSafeFixEncodesAFileNamesSpaces() throws {
        let fixed = try LintHarness.fix(markdown, rules: ["link-format"])
        #expect(fixed.contains("(<https://github.com/a/b/blob/master/Interview%20List.md>)"))
        #expect(fixed.contains("(<https://a.example/p/1>)"))
    }
}
