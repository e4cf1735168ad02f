import Foundation
import IQTestSupport
import Testing

/// Output options through the real binary: concise, statistics, exit-zero, show-fixes, colors,
/// machine-readable stdout with --fix, and what `iqlint rules` says about severities.
@Suite struct OutputOptionsTests {
    @Test func conciseIsOneLinePerDiagnosticWithScalarColumns() throws {
        let scratch = try ScratchDirectory()
        try scratch.write("q.md", "中文 \n\n1. a\n3. b\n")
        let result = try CommandRunner.iqlint(["check", "--isolated", "--format", "concise", "--select", "lists,whitespace", "q.md"],
                                              in: scratch.path)
        #expect(result.status == 1)
        #expect(result.stdout == """
            q.md:1:3: warning[trailing-whitespace] expected no trailing whitespace, found 1 space [*]
            q.md:4:1: error[list-numbering] expected 2, found 3 [*]
            Found 1 error, 1 warning in 1 file. 2 fixable with --fix.

            """, "\(result.stdout)")
        let quiet = try CommandRunner.iqlint(["check", "--isolated", "--format", "concise", "-q", "--select", "lists", "q.md"], in: scratch.path)
        #expect(quiet.stdout == "q.md:4:1: error[list-numbering] expected 2, found 3 [*]\n")
    }

    @Test func statisticsCountPerRuleMostFrequentFirst() throws {
        let scratch = try ScratchDirectory()
        try scratch.write("q.md", "1. a \n3. b \n5. c \n")
        let result = try CommandRunner.iqlint(["check", "--isolated", "--statistics", "--select", "lists,whitespace", "q.md"], in: scratch.path)
        #expect(result.status == 1)
        #expect(result.stdout == """
            count  rule                 severity  fixable
                3  trailing-whitespace  warning   3
                2  list-numbering       error     2

            """, "\(result.stdout)")
        let json = try CommandRunner.iqlint(["check", "--isolated", "--statistics", "--format", "json", "--select", "lists", "q.md"], in: scratch.path)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let rows = try #require(object["statistics"] as? [[String: Any]])
        #expect(rows.count == 1 && rows[0]["rule"] as? String == "list-numbering" && rows[0]["count"] as? Int == 2)
        // One row per severity: a rule's `info` findings are not counted as its errors.
        try scratch.write("l.md", "- [a](https://a.example/x y) - x\n- [b](https://b.example/b ) - y\n- [c](https://c.example/c ) - z\n")
        let mixed = try CommandRunner.iqlint(["check", "--isolated", "--statistics", "--select", "link-format", "l.md"], in: scratch.path)
        #expect(mixed.stdout == """
            count  rule         severity  fixable
                2  link-format  info      2
                1  link-format  error     0

            """, "\(mixed.stdout)")
        let sarif = try CommandRunner.iqlint(["check", "--statistics", "--format", "sarif", "q.md"], in: scratch.path)
        #expect(sarif.status == 2 && sarif.stderr == "iqlint: error: --statistics prints text or json, not sarif\n")
    }

    @Test func exitZeroStillReportsButSucceeds() throws {
        let scratch = try ScratchDirectory()
        try scratch.write("q.md", "1. a\n3. b\n")
        let result = try CommandRunner.iqlint(["check", "--isolated", "--exit-zero", "--select", "lists", "q.md"], in: scratch.path)
        #expect(result.status == 0 && result.stdout.contains("error[list-numbering]"))
        #expect(try CommandRunner.iqlint(["check", "--exit-zero", "missing.md"], in: scratch.path).status == 2, "input errors still exit 2")
    }

    @Test func showFixesListsWhatFixChangedPerFile() throws {
        let scratch = try ScratchDirectory()
        try scratch.write("a.md", "1. a \n3. b\n")
        try scratch.write("b.md", "1. a\n2. b\n")
        let result = try CommandRunner.iqlint(["check", "--isolated", "--fix", "--show-fixes", "--select", "lists,whitespace", "a.md", "b.md"],
                                              in: scratch.path)
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.contains("a.md: 2 problems fixed (list-numbering ×1, trailing-whitespace ×1)"), "\(result.stdout)")
        #expect(!result.stdout.contains("b.md:"))
        #expect(try scratch.read("a.md") == "1. a\n2. b\n")
    }

    /// The summary counts the findings the fixes settled, as the check reported them: two breaks
    /// in one list are two problems, whichever fixes and rounds settled them.
    @Test func fixedProblemsAreTheFindingsThatAreGone() throws {
        let scratch = try ScratchDirectory()
        try scratch.write("a.md", "**特点**：\n\n1. 简单\n3. 灵活性高\n4. 为超大的数据集设计\n5. 统一的元数据管理\n9. 执行延迟高\n")
        let before = try CommandRunner.iqlint(["check", "--isolated", "--select", "list-numbering", "--format", "concise", "a.md"], in: scratch.path)
        let reported = before.stdout.split(separator: "\n").count { $0.contains("[list-numbering]") }
        let result = try CommandRunner.iqlint(["check", "--isolated", "--fix", "--show-fixes", "--select", "list-numbering", "a.md"], in: scratch.path)
        #expect(result.stdout.contains("Fixed \(reported) problems in 1 file."), "\(reported) reported; \(result.stdout)")
        #expect(result.stdout.contains("a.md: \(reported) problems fixed (list-numbering ×\(reported))"), "\(result.stdout)")
    }

    @Test func fixWithMachineFormatsKeepsStdoutParseable() throws {
        for format in ["json", "sarif"] {
            let scratch = try ScratchDirectory()
            try scratch.write("a.md", "1. a\n3. b\n")
            let result = try CommandRunner.iqlint(["check", "--isolated", "--fix", "--format", format, "--select", "lists", "a.md"], in: scratch.path)
            #expect(result.status == 0)
            #expect(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) is [String: Any], "\(format): \(result.stdout)")
            #expect(result.stderr.contains("Fixed 1 problem in 1 file."), "the human line goes to stderr")
        }
    }

    @Test func forceColorColorsPipesAndNoColorWins() throws {
        let scratch = try ScratchDirectory()
        let path = try scratch.write("a.md", "1. a\n3. b\n")
        #expect(!(try CommandRunner.iqlint([path]).stdout.contains("\u{1B}[")), "a pipe gets no color")
        #expect(try CommandRunner.iqlint([path], environment: ["FORCE_COLOR": "1"]).stdout.contains("\u{1B}[1;31m"))
        #expect(!(try CommandRunner.iqlint([path], environment: ["FORCE_COLOR": "1", "NO_COLOR": "1"]).stdout.contains("\u{1B}[")))
        #expect(!(try CommandRunner.iqlint(["--color", "never", path], environment: ["FORCE_COLOR": "1"]).stdout.contains("\u{1B}[")))
    }

    /// `IQLINT_TIMINGS` writes to standard error only; `timeline` adds each step's start and end,
    /// the steps inside rules among them, which the total leaves out.
    @Test func timingsGoToStandardErrorAndTheTimelineListsTheSteps() throws {
        let scratch = try ScratchDirectory()
        let path = try scratch.write("a.md", "## 题目\n\n1. [什么是LoRA？](https://a.example/1)\n2. [什么是LoRA？](https://a.example/2)\n")
        let plain = try CommandRunner.iqlint(["check", "--isolated", "--format", "json", path])
        for mode in ["1", "timeline"] {
            let timed = try CommandRunner.iqlint(["check", "--isolated", "--format", "json", path], environment: ["IQLINT_TIMINGS": mode])
            #expect(timed.status == plain.status)
            #expect(timed.stdout == plain.stdout, "the report is unchanged")
            let lines = timed.stderr.split(separator: "\n").map(String.init)
            let table = lines.drop { !$0.hasPrefix("timings") }.dropFirst().prefix { $0.hasPrefix("  ") }
            #expect(table.contains { $0.hasPrefix("  duplicate-question ") }, "\(timed.stderr)")
            #expect(table.contains { $0.hasPrefix("  conventions › inference ") }, "\(timed.stderr)")
            #expect(table.last?.hasPrefix("  total ") == true)
            let timeline = lines.drop { !$0.hasPrefix("timeline") }.dropFirst()
            if mode == "timeline" {
                let step = try #require(timeline.first { $0.hasSuffix("  duplicate-question") }, "\(timed.stderr)")
                let times = step.split(separator: " ").compactMap { Double($0) }
                #expect(times.count == 2 && times[0] <= times[1], "\(step)")
                #expect(timeline.contains { $0.hasSuffix("  duplicate-question › pairs") })
                #expect(timeline.contains { $0.hasSuffix("  parse + model") })
            } else {
                #expect(timeline.isEmpty)
            }
        }
    }

    @Test func rulesListsEverySeverityARuleCanReport() throws {
        let result = try CommandRunner.iqlint(["rules"])
        let line = try #require(result.stdout.split(separator: "\n").first { $0.hasPrefix("duplicate-question ") })
        #expect(line.contains("error,warning,info"), "\(line)")
        let suppression = try #require(result.stdout.split(separator: "\n").first { $0.hasPrefix("unused-suppression ") })
        #expect(suppression.contains("warning,info"))
        #expect(result.stdout.split(separator: "\n").first { $0.hasPrefix("list-numbering ") }?.contains(" lists ") == true)
    }
}
