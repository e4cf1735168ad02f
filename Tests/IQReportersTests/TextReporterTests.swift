import IQCore
import IQMarkdown
import IQReporters
import IQTestSupport
import Testing

@Suite struct TextReporterTests {
    private func diagnostic(_ text: String, range: SourceRange, related: [RelatedLocation] = [], fix: Fix? = nil) -> Diagnostic {
        let source = SourceText(text)
        return Diagnostic(ruleID: "demo-rule", severity: .warning, message: "something is off", path: "q.md", source: source,
                          range: range, related: related, fix: fix)
    }

    @Test func caretsSitUnderCJKCharactersMeasuredInCells() {
        // "12. 什么是" is 4 ASCII cells + 3 CJK characters of 2 cells: the link starts at cell 10.
        let text = "12. 什么是[答案](https://a.example)\n"
        let start = "12. 什么是".utf8.count
        let rendered = TextReporter(color: false).render(diagnostic(text, range: SourceRange(start, start + "[答案]".utf8.count)))
        let lines = rendered.split(separator: "\n").map(String.init)
        #expect(lines[0] == "warning[demo-rule]: something is off")
        #expect(lines[1] == " --> q.md:1:8")
        #expect(lines[3] == "1 | 12. 什么是[答案](https://a.example)")
        #expect(lines[4] == "  | " + String(repeating: " ", count: 10) + "^^^^^^")
    }

    @Test func relatedLocationsAndFixHelp() {
        let text = "1. [BERT](https://a.example)\n2. [BERT](https://a.example)\n"
        let source = SourceText(text)
        let related = RelatedLocation(path: "q.md", source: source, range: SourceRange(3, 9), message: "first listed here")
        let fix = Fix.unsafe("remove the item", [.delete(SourceRange(29, 58))])
        let rendered = TextReporter(color: false).render(diagnostic(text, range: SourceRange(32, 38), related: [related], fix: fix))
        #expect(rendered.contains("2 | 2. [BERT](https://a.example)\n  |    ^^^^^^\n"))
        #expect(rendered.contains("1 | 1. [BERT](https://a.example)\n  |    ------ first listed here\n"))
        #expect(rendered.contains("= help: remove the item (fixable with --fix --unsafe-fixes)"))
    }

    @Test func relatedLocationInAnotherFileWithALongerLineNumberWidensTheGutter() {
        let own = "1. [BERT](https://a.example)\n"
        let other = SourceText(String(repeating: "x\n", count: 120) + "1. [BERT](https://a.example)\n")
        let related = RelatedLocation(path: "other.md", source: other, range: SourceRange(243, 249), message: "first listed here")
        let rendered = TextReporter(color: false).render(diagnostic(own, range: SourceRange(3, 9), related: [related]))
        #expect(rendered.contains("  1 | 1. [BERT](https://a.example)\n    |    ^^^^^^\n"))
        #expect(rendered.contains("   ::: other.md:121:4\n121 | 1. [BERT](https://a.example)\n    |    ------ first listed here\n"))
    }

    @Test func tabsAreExpandedConsistently() {
        let text = "\t- [x](y)\n"
        let rendered = TextReporter(color: false).render(diagnostic(text, range: SourceRange(3, 9)))
        #expect(rendered.contains("1 |     - [x](y)\n  |       ^^^^^^\n"))
    }

    @Test func summaryCountsFixes() {
        let diagnostics = [diagnostic("a\n", range: SourceRange(0, 1), fix: .safe("x", [.delete(SourceRange(0, 1))]))]
        let output = TextReporter(color: false).report(diagnostics, summary: ReportSummary(diagnostics: diagnostics, fileCount: 2))
        #expect(output.hasSuffix("Found 0 errors, 1 warning in 1 of 2 files. 1 fixable with --fix.\n"))
        #expect(TextReporter(color: false).report([], summary: ReportSummary(diagnostics: [], fileCount: 1)) == "All checks passed (1 file).\n")
    }

    @Test func wcwidthKnowsWideAndZeroWidthCharacters() {
        #expect(TerminalWidth.cells(of: "什么是") == 6)
        #expect(TerminalWidth.cells(of: "ａｂ") == 4)
        #expect(TerminalWidth.cells(of: "e\u{301}") == 1)
        // A skin tone joins its emoji in one glyph of two cells; alone it is a glyph of its own.
        #expect(TerminalWidth.cells(of: "👍🏻") == 2 && TerminalWidth.cells(of: "👍") == 2)
        #expect(TerminalWidth.cells(of: "🏻") == 2)
        #expect(TerminalWidth.cells(of: "abc") == 3)
    }
}

@Suite struct JSONReporterTests {
    @Test func columnsCountUnicodeScalarsAndEndIsExclusive() throws {
        let text = "中文 [x](y)\n"
        let source = SourceText(text)
        let start = "中文 ".utf8.count
        let diagnostic = Diagnostic(ruleID: "r", severity: .error, message: "m", path: "p.md", source: source,
                                    range: SourceRange(start, start + 6), fix: .safe("t", [Edit(range: SourceRange(start, start + 1), replacement: "(")]))
        let output = JSONReporter().report([diagnostic], summary: ReportSummary(diagnostics: [diagnostic], fileCount: 1))
        #expect(output.contains("\"line\": 1,\n      \"column\": 4,\n      \"endLine\": 1,\n      \"endColumn\": 10,"))
        #expect(output.contains("\"text\": \"(\""))
    }

    @Test func escapesControlCharacters() {
        #expect(JSONValue.string("a\"b\\c\n\u{1}").serialized() == "\"a\\\"b\\\\c\\n\\u0001\"")
    }
}

@Suite struct UnifiedDiffTests {
    @Test func hunksWithContext() {
        let old = (1...10).map { "line \($0)\n" }.joined()
        let new = old.replacing("line 5\n", with: "line five\n")
        #expect(UnifiedDiff.diff(old: old, new: new, oldPath: "a", newPath: "b") == """
            --- a
            +++ b
            @@ -2,7 +2,7 @@
             line 2
             line 3
             line 4
            -line 5
            +line five
             line 6
             line 7
             line 8

            """)
    }

    @Test func missingFinalNewline() {
        #expect(UnifiedDiff.diff(old: "a\n", new: "a", oldPath: "x", newPath: "x").contains("+a\n\\ No newline at end of file\n"))
        #expect(UnifiedDiff.diff(old: "same\n", new: "same\n", oldPath: "x", newPath: "x").isEmpty)
    }

    /// Lines ending in CRLF end in a newline: no "No newline" marker after each (patch and
    /// `git apply` rejected such a diff); a last line without any ending still gets it.
    @Test func crlfLinesEndInANewline() {
        let diff = UnifiedDiff.diff(old: "# T\r\n\r\n- a?x=1\r\n- b\r\n", new: "# T\r\n\r\n- a\r\n- b\r\n", oldPath: "x", newPath: "x")
        #expect(diff == "--- x\n+++ x\n@@ -1,4 +1,4 @@\n # T\r\n \r\n-- a?x=1\r\n+- a\r\n - b\r\n")
        #expect(UnifiedDiff.diff(old: "a\r\nb", new: "a\r\nc", oldPath: "x", newPath: "x").hasSuffix("+c\n\\ No newline at end of file\n"))
    }
}
