import Foundation
import IQTestSupport
import Testing

/// Same-line suppressions, misspelled directives, and baselines through the binary.
@Suite struct SuppressionAndBaselineTests {
    @Test func disableLineSilencesItsOwnLineOnly() throws {
        let scratch = try ScratchDirectory()
        try scratch.write("q.md", "1. a\n3. b <!-- iqlint-disable-line list-numbering -->\n5. c\n")
        let result = try CommandRunner.iqlint(["check", "--isolated", "--format", "concise", "--select", "lists,suppressions", "q.md"],
                                              in: scratch.path)
        #expect(!result.stdout.contains("q.md:2:1"), "\(result.stdout)")
        #expect(result.stdout.contains("q.md:3:1: error[list-numbering]"), "\(result.stdout)")
        #expect(!result.stdout.contains("unused-suppression"))
    }

    @Test func misspelledDirectivesAreReported() throws {
        let scratch = try ScratchDirectory()
        try scratch.write("q.md", "<!-- iqlint-disabel list-numbering -->\n1. a\n3. b\n")
        let result = try CommandRunner.iqlint(["check", "--isolated", "--format", "concise", "--select", "lists,suppressions", "q.md"],
                                              in: scratch.path)
        #expect(result.stdout.contains(
            "q.md:1:1: warning[unused-suppression] unknown directive 'iqlint-disabel' (did you mean 'iqlint-disable'?); this comment suppresses nothing"),
            "\(result.stdout)")
        #expect(result.stdout.contains("q.md:3:1: error[list-numbering]"), "the misspelled comment hides nothing")
    }

    @Test func writeBaselineSucceedsAndSaysHowManyEntries() throws {
        let scratch = try ScratchDirectory()
        try scratch.write("q.md", "1. a \n3. b\n")
        let written = try CommandRunner.iqlint(["check", "--isolated", "--select", "lists,whitespace", "--write-baseline", "base.json", "q.md"],
                                               in: scratch.path)
        #expect(written.status == 0)
        #expect(written.stdout == "Wrote 2 baseline entries to base.json.\n", "\(written.stdout)")
        let json = try CommandRunner.iqlint(["check", "--isolated", "--format", "json", "--select", "lists", "--write-baseline", "b2.json", "q.md"],
                                            in: scratch.path)
        #expect(json.stdout.isEmpty && json.stderr == "Wrote 1 baseline entry to b2.json.\n", "stdout stays machine-readable")
    }

    @Test func entriesOfRulesThatDidNotRunAreNotStale() throws {
        let scratch = try ScratchDirectory()
        try scratch.write("q.md", "1. a \n3. b\n")
        _ = try CommandRunner.iqlint(["check", "--isolated", "--select", "lists,whitespace", "--write-baseline", "base.json", "q.md"], in: scratch.path)
        let selected = try CommandRunner.iqlint(["check", "--isolated", "--format", "concise", "--select", "lists", "--baseline", "base.json", "q.md"],
                                                in: scratch.path)
        #expect(selected.status == 0 && !selected.stdout.contains("stale-baseline-entry"), "\(selected.stdout)")
        try scratch.write("q.md", "1. a \n2. b\n")
        let fixed = try CommandRunner.iqlint(["check", "--isolated", "--format", "concise", "--select", "lists", "--baseline", "base.json", "q.md"],
                                             in: scratch.path)
        #expect(fixed.stdout.contains("info[stale-baseline-entry] baseline entry for list-numbering"), "\(fixed.stdout)")
        #expect(!fixed.stdout.contains("for trailing-whitespace"))
    }
}
