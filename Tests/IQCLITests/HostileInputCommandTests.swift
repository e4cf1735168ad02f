import Foundation
import IQTestSupport
import Testing

/// Inputs that crashed the binary (issue #10), run end to end: a diagnostic or a clean pass,
/// never a signal.
@Suite struct HostileInputCommandTests {
    private func check(_ contents: String, _ arguments: [String] = []) throws -> (CommandResult, ScratchDirectory) {
        let scratch = try ScratchDirectory()
        try scratch.write("empty.yml", "")
        let path = try scratch.write("q.md", contents)
        return (try CommandRunner.iqlint(["check", "--config", scratch.path + "/empty.yml"] + arguments + [path]), scratch)
    }

    @Test func tableRightAfterALineOfText() throws {
        let (result, _) = try check("说明\n| 问题 | 链接 |\n| --- | --- |\n| a | [x](https://e.com) |\n")
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.contains("All checks passed"))
    }

    /// Offsets are 32-bit (SourceRange): a file over the limit is refused before it is read.
    /// The file is sparse, so the test writes nothing.
    @Test func aFileOverTheSizeLimitIsOneLineAndExit2() throws {
        let scratch = try ScratchDirectory()
        let path = try scratch.write("huge.md", "")
        let handle = try #require(FileHandle(forWritingAtPath: path))
        try handle.truncate(atOffset: UInt64(Int32.max) + 1)
        try handle.close()
        let result = try CommandRunner.iqlint(["check", path])
        #expect(result.status == 2)
        #expect(result.stderr == "iqlint: error: \(path): too large (2048 MiB; iqlint reads files up to 1983 MiB)\n")
    }

    @Test(arguments: ["a\rb", "x\r\r# h\n"]) func bareCarriageReturns(text: String) throws {
        let (result, _) = try check(text)
        #expect(result.status <= 1, "\(result.stderr)")
        #expect(result.stderr.isEmpty)
    }

    /// Reported lines end at LF only, as git and editors count them: in `a\rb\n…` the bare CR
    /// stays inside line 1, so the skipped number on the third Markdown line is line 2.
    @Test func positionsInABareCRFileCountLineFeedsOnly() throws {
        let (result, _) = try check("x\ry\n1. [a](https://a.example)\r3. [b](https://b.example)\n", ["--format", "json", "--select", "list-numbering"])
        let json = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        let diagnostics = try #require(json?["diagnostics"] as? [[String: Any]])
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?["line"] as? Int == 2 && diagnostics.first?["column"] as? Int == 27, "\(diagnostics)")
        let text = try check("x\ry\n1. [a](https://a.example)\r3. [b](https://b.example)\n", ["--select", "list-numbering", "--color", "never"]).0
        #expect(text.stdout.contains("q.md:2:27") && text.stdout.contains("1. [a](https://a.example)␍3. [b]"), "\(text.stdout)")
    }

    /// cmark-gfm's rendering, which every fix is verified against, passes control characters
    /// through untouched; a file holding one is reported and not rewritten.
    @Test func aFileWithAControlCharacterIsNotFixed() throws {
        let (result, scratch) = try check("1. a\n3. b\u{3}c\n", ["--fix"])
        #expect(result.status == 1, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.contains("fixes not applied: the file contains the control character U+0003"), "\(result.stdout)")
        #expect(try scratch.read("q.md") == "1. a\n3. b\u{3}c\n")
    }

    /// Without `--fix`, the fixes it would refuse are neither shown nor counted as fixable.
    @Test func aFileWithAControlCharacterShowsNoFix() throws {
        let text = "1. a\n3. b\u{3}c\n"
        let (plain, _) = try check(text, ["--color", "never", "--select", "list-numbering"])
        #expect(plain.stdout.contains("--fix leaves this file as it is: it contains the control character U+0003 (line 2)"), "\(plain.stdout)")
        #expect(!plain.stdout.contains("fixable"), "\(plain.stdout)")
        let (json, _) = try check(text, ["--format", "json", "--select", "list-numbering"])
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        let diagnostics = try #require(object?["diagnostics"] as? [[String: Any]])
        #expect(diagnostics.count == 1 && diagnostics.allSatisfy { $0["fix"] == nil || $0["fix"] is NSNull }, "\(diagnostics)")
        #expect((object?["summary"] as? [String: Any])?["fixable"] as? Int == 0, "\(json.stdout)")
        // The same problem in a clean file is fixable.
        let (clean, _) = try check("1. a\n3. bc\n", ["--color", "never", "--select", "list-numbering"])
        #expect(clean.stdout.contains("fixable with --fix"), "\(clean.stdout)")
    }

    /// A control character inside a code block is the code's own (an IDA listing's `^X`, a
    /// payload's SOH): shown as written, never edited, so the rest of the file is fixed.
    @Test func aControlCharacterInACodeBlockDoesNotStopFixes() throws {
        let text = "# IDA\n\nSome text.   \n\n```\n.text:004005C0 proc near ; DATA XREF: _start+16\u{18}o\n```\n"
        let (plain, _) = try check(text, ["--color", "never", "--select", "trailing-whitespace"])
        #expect(plain.stdout.contains("fixable with --fix") && !plain.stdout.contains("--fix leaves this file"), "\(plain.stdout)")
        let (result, scratch) = try check(text, ["--fix"])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(try scratch.read("q.md") == text.replacingOccurrences(of: "Some text.   ", with: "Some text."))
    }

    @Test func fixKeepsBareCarriageReturnEndings() throws {
        let (result, scratch) = try check("# T\r\r1. [a](https://a.example)  \r2. [b](https://b.example)", ["--fix"])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(try scratch.readBytes("q.md") == Array("# T\r\r1. [a](https://a.example)\r2. [b](https://b.example)\r".utf8))
    }

    @Test(arguments: [String(repeating: ">", count: 20_000) + " x\n", String(repeating: "- ", count: 10_000) + "x\n"])
    func deepNestingIsOneWarning(text: String) throws {
        let (result, _) = try check(text, ["--select", "nesting-limit"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("warning[nesting-limit]: expected at most 64 nested quotes or list items, found more"))
        #expect(result.stdout.contains("Found 0 errors, 1 warning in 1 file."))
        let all = try check(text)
        #expect(all.0.status <= 1 && all.0.stderr.isEmpty, "\(all.0.stderr)")
    }

    @Test func duplicateInAnotherFileWithALongerLineNumber() throws {
        let scratch = try ScratchDirectory()
        try scratch.write("empty.yml", "")
        // Headings above the question, not paragraphs: a file of prose would be an article,
        // whose quoted questions are only an info.
        let first = try scratch.write("a.md", String(repeating: "## Part\n\n", count: 60) + "1. [什么是RLHF](https://a.example/1)\n")
        let second = try scratch.write("b.md", "1. [RLHF是什么？](https://b.example/1)\n")
        let result = try CommandRunner.iqlint(["check", "--config", scratch.path + "/empty.yml", "--select", "duplicate-question", first, second])
        #expect(result.status == 1, "\(result.stderr)")
        #expect(result.stdout.contains("121 | 1. [什么是RLHF](https://a.example/1)"))
        #expect(result.stdout.contains("  1 | 1. [RLHF是什么？](https://b.example/1)"))
    }
}

@Suite struct JSONPositionTests {
    // Found by the shared smoke tool: the edit that deletes an unused suppression on the last
    // line ended after the final CRLF, one column past the end of its line.
    @Test func unusedSuppressionOnTheLastLineKeepsTheFinalLineEnding() throws {
        let scratch = try ScratchDirectory()
        try scratch.write("empty.yml", "")
        let path = try scratch.write("q.md", "1. [a](https://a.example)\r\n<!-- iqlint-disable-next-line link-format -->\r\n")
        let json = try CommandRunner.iqlint(["check", "--config", scratch.path + "/empty.yml", "--format", "json", path])
        #expect(json.stdout.contains("\"endLine\" : 2") || json.stdout.contains("\"endLine\": 2"), "\(json.stdout)")
        #expect(!json.stdout.contains("\"endLine\": 3") && !json.stdout.contains("\"endColumn\": 48"))
        let fixed = try CommandRunner.iqlint(["check", "--config", scratch.path + "/empty.yml", "--fix", path])
        #expect(fixed.status == 0, "\(fixed.stdout)")
        #expect(try scratch.read("q.md") == "1. [a](https://a.example)\r\n")
    }
}
