import Foundation
import IQTestSupport
import Testing

/// The `iqlint` binary end to end: output, exit codes, fixes and bad input.
@Suite struct CheckCommandTests {
    @Test func sampleCorpusReportsTheSkippedNumberInText() throws {
        let result = try CommandRunner.iqlint(["check", "--select", "list-numbering", RepositoryPaths.sampleCorpus])
        #expect(result.status == 1)
        #expect(result.stdout.contains("error[list-numbering]: expected 2, found 3"))
        #expect(result.stdout.contains("README.md:268:1"))
        #expect(result.stdout.contains("268 | 3. [deepspeed的加速原理]"))
        #expect(result.stdout.contains("= help: renumber to 2 and the 3 items after it (fixable with --fix)"))
        #expect(!result.stdout.contains("\u{1B}["), "no color when stdout is not a terminal")
    }

    @Test func sampleCorpusReportsTheSkippedNumberInJSON() throws {
        let result = try CommandRunner.iqlint(["--format", "json", "--select", "list-numbering", RepositoryPaths.sampleCorpus])
        #expect(result.status == 1)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(json["version"] as? Int == 1)
        let diagnostics = try #require(json["diagnostics"] as? [[String: Any]])
        let numbering = try #require(diagnostics.first { $0["line"] as? Int == 268 })
        #expect(numbering["rule"] as? String == "list-numbering")
        #expect(numbering["message"] as? String == "expected 2, found 3")
        #expect(numbering["column"] as? Int == 1 && numbering["endColumn"] as? Int == 3)
        let fix = try #require(numbering["fix"] as? [String: Any])
        #expect(fix["applicability"] as? String == "safe")
        let summary = try #require(json["summary"] as? [String: Any])
        #expect(summary["errors"] as? Int == 1 && summary["files"] as? Int == 1)
    }

    @Test func fixRepairsTheSampleAndASecondRunChangesNothing() throws {
        let scratch = try ScratchDirectory()
        let path = try scratch.write("README.md", String(contentsOfFile: RepositoryPaths.sampleCorpus, encoding: .utf8))
        let first = try CommandRunner.iqlint(["check", "--fix", "--select", "list-numbering", path])
        #expect(first.status == 0, "\(first.stdout)")
        #expect(first.stdout.contains("Fixed 1 problem in 1 file."))
        let fixed = try scratch.read("README.md")
        #expect(fixed.split(separator: "\n", omittingEmptySubsequences: false)[267] == "2. [deepspeed的加速原理](https://blog.csdn.net/zwqjoy/article/details/130732601)")
        let second = try CommandRunner.iqlint(["check", "--fix", "--select", "list-numbering", path])
        #expect(second.status == 0)
        #expect(try scratch.read("README.md") == fixed)
        #expect(second.stdout.contains("All checks passed"))
    }

    @Test func diffPrintsWhatFixWouldDoAndWritesNothing() throws {
        let scratch = try ScratchDirectory()
        let path = try scratch.write("list.md", "# 题目\n\n1. a\n3. b\n")
        let result = try CommandRunner.iqlint(["--diff", "--select", "list-numbering", path])
        #expect(result.status == 1)
        #expect(result.stdout.contains("-3. b\n+2. b\n"))
        #expect(result.stdout.hasPrefix("--- \(path)\n+++ \(path)\n@@ -1,4 +1,4 @@\n # 题目\n"))
        #expect(try scratch.read("list.md") == "# 题目\n\n1. a\n3. b\n")
        let cleanPath = try scratch.write("clean.md", "1. a\n2. b\n")
        let clean = try CommandRunner.iqlint(["--diff", "--select", "list-numbering", cleanPath])
        #expect(clean.status == 0 && clean.stdout.isEmpty)
    }

    @Test func standardInputWithFixWritesTheFixedTextToStandardOutput() throws {
        let result = try CommandRunner.iqlint(["check", "--fix", "--select", "list-numbering", "--stdin-filename", "README.md", "-"],
                                              input: "1. a\n3. b\n")
        #expect(result.status == 0)
        #expect(result.stdout == "1. a\n2. b\n")
        let lint = try CommandRunner.iqlint(["--select", "list-numbering", "--stdin-filename", "docs/q.md", "-"], input: "1. a\n3. b\n")
        #expect(lint.status == 1 && lint.stdout.contains("docs/q.md:2:1"))
    }

    @Test func strictMakesWarningsFail() throws {
        let scratch = try ScratchDirectory()
        let path = try scratch.write("a.md", "1. [a](https://a.example/1)\n3. [b](https://a.example/2)\n")
        try scratch.write(".iqlint.yml", "rules:\n  list-numbering: warning\n")
        #expect(try CommandRunner.iqlint([path], in: scratch.path).status == 0)
        #expect(try CommandRunner.iqlint(["--strict", path], in: scratch.path).status == 1)
        #expect(try CommandRunner.iqlint(["--ignore", "list-numbering", "--strict", path], in: scratch.path).status == 0)
    }

    @Test func colorFollowsTheFlagAndNoColor() throws {
        let scratch = try ScratchDirectory()
        let path = try scratch.write("a.md", "1. a\n3. b\n")
        #expect(try CommandRunner.iqlint(["--color", "always", path]).stdout.contains("\u{1B}[1;31m"))
        #expect(!(try CommandRunner.iqlint(["--color", "auto", path], environment: ["NO_COLOR": "1"]).stdout.contains("\u{1B}[")))
    }

    @Test func explainPrintsTheRulePage() throws {
        let result = try CommandRunner.iqlint(["explain", "list-numbering"])
        #expect(result.status == 0)
        #expect(result.stdout == (try String(contentsOfFile: RepositoryPaths.rulesFolder + "/list-numbering.md", encoding: .utf8)))
        let rules = try CommandRunner.iqlint(["rules"])
        #expect(rules.stdout.contains("list-numbering") && rules.stdout.contains("error"))
        // `iqlint rules <id>`, as `ruff rule <code>`: the same page.
        let one = try CommandRunner.iqlint(["rules", "list-numbering"])
        #expect(one.status == 0 && one.stdout == result.stdout)
        #expect(try CommandRunner.iqlint(["rules", "nope"]).status == 2)
    }
}

/// Bad input: one clear line on stderr naming the path and the problem, exit 2, files untouched.
@Suite struct BadInputTests {
    private func expectUsageError(_ result: CommandResult, mentioning parts: [String]) {
        #expect(result.status == 2, "status \(result.status): \(result.stderr)")
        #expect(result.stderr.hasPrefix("iqlint: error: "), "\(result.stderr)")
        #expect(result.stderr.split(separator: "\n").count == 1, "\(result.stderr)")
        for part in parts { #expect(result.stderr.contains(part), "\(result.stderr) lacks \(part)") }
        #expect(result.stdout.isEmpty)
    }

    @Test func missingFile() throws {
        expectUsageError(try CommandRunner.iqlint(["/nonexistent/q.md"]), mentioning: ["/nonexistent/q.md: no such file or directory"])
    }

    @Test func invalidUTF8IsNotTouchedByFix() throws {
        let scratch = try ScratchDirectory()
        let bytes: [UInt8] = Array("1. a\n3. b\n".utf8) + [0xFF, 0x0A]
        let path = try scratch.write("bad.md", bytes: bytes)
        let good = try scratch.write("good.md", "1. a\n3. b\n")
        expectUsageError(try CommandRunner.iqlint(["--fix", good, path]), mentioning: [path, "not valid UTF-8 (line 3"])
        #expect(try scratch.readBytes("bad.md") == bytes)
        #expect(try scratch.read("good.md") == "1. a\n3. b\n", "nothing is written when any input is bad")
    }

    /// A file found by walking a folder that cannot be read is left out with its one line, the
    /// others are linted (and fixed with `--fix`), and the exit code is 2. Named with others on
    /// the command line, the others are linted too (a pre-commit hook's staged files); under
    /// `--fix` it stops the run, nothing written.
    @Test func anUnreadableFileFoundByWalkingIsLeftOutAndTheOthersAreLinted() throws {
        let scratch = try ScratchDirectory()
        try scratch.write("docs/a.md", "1. a\n3. b\n")
        let bad = try scratch.write("docs/b.md", bytes: Array("# B\n".utf8) + [0x00, 0x0A])
        let walked = try CommandRunner.iqlint(["check", "--isolated", "--format", "json", scratch.path + "/docs"])
        #expect(walked.status == 2, "\(walked.stderr)")
        #expect(walked.stderr == "iqlint: error: \(bad): contains a NUL byte, not a text file (line 2); not linted\n")
        #expect(walked.stdout.contains("list-numbering"), "the other file is linted: \(walked.stdout)")

        let named = try CommandRunner.iqlint(["check", "--isolated", scratch.path + "/docs/a.md", bad])
        #expect(named.status == 2)
        #expect(named.stderr == "iqlint: error: \(bad): contains a NUL byte, not a text file (line 2); not linted\n", "\(named.stderr)")
        #expect(named.stdout.contains("list-numbering"), "the other file is linted: \(named.stdout)")
        // The summary counts the file it could not read (audit GB: `All checks passed (1 file).` beside it).
        #expect(named.stdout.contains("in 1 file; 1 file not linted, named above."), "\(named.stdout)")
        try scratch.write("docs/a.md", "1. a\n2. b\n")
        let passed = try CommandRunner.iqlint(["check", "--isolated", scratch.path + "/docs/a.md", bad])
        #expect(passed.status == 2)
        #expect(passed.stdout.hasSuffix("All checks passed (1 file; 1 file not linted, named above).\n"), "\(passed.stdout)")
        try scratch.write("docs/a.md", "1. a\n3. b\n")

        let fixed = try CommandRunner.iqlint(["check", "--isolated", "--fix", scratch.path + "/docs"])
        #expect(fixed.status == 2)
        #expect(fixed.stderr.contains("iqlint: error: \(bad): contains a NUL byte, not a text file (line 2); not linted\n"), "\(fixed.stderr)")
        #expect(try scratch.read("docs/a.md") == "1. a\n2. b\n", "the readable file is fixed")
        #expect(try scratch.readBytes("docs/b.md") == Array("# B\n".utf8) + [0x00, 0x0A])
    }

    @Test func directoryWithoutMarkdown() throws {
        let scratch = try ScratchDirectory()
        try scratch.write("notes.txt", "x")
        expectUsageError(try CommandRunner.iqlint([scratch.path]), mentioning: [scratch.path, "no Markdown files"])
    }

    @Test func badConfigurationNamesFileAndLine() throws {
        let scratch = try ScratchDirectory()
        try scratch.write("a.md", "1. a\n")
        try scratch.write(".iqlint.yml", "rules:\n  list-numbering:\n    stile: one\n")
        expectUsageError(try CommandRunner.iqlint(["a.md"], in: scratch.path), mentioning: [".iqlint.yml:3:", "unknown option 'stile'"])
        expectUsageError(try CommandRunner.iqlint(["--config", scratch.path + "/nope.yml", "a.md"], in: scratch.path),
                         mentioning: ["nope.yml: no such file or directory"])
    }

    @Test func unknownRuleAndBadFlag() throws {
        expectUsageError(try CommandRunner.iqlint(["--select", "list-numbring", RepositoryPaths.sampleCorpus]),
                         mentioning: ["unknown rule 'list-numbring' (did you mean 'list-numbering'?)"])
        expectUsageError(try CommandRunner.iqlint(["--format", "xml", RepositoryPaths.sampleCorpus]), mentioning: ["xml"])
        expectUsageError(try CommandRunner.iqlint(["explain", "nope"]), mentioning: ["unknown rule 'nope'"])
    }
}
