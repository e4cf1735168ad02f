import IQCore
import IQMarkdown
import IQTestSupport
import Testing

@Suite struct FixEngineTests {
    @Test func appliesNonOverlappingEditsAndSkipsConflicts() {
        let source = SourceText("abcdef")
        let fixes = [
            Fix.safe("x", [Edit(range: SourceRange(0, 2), replacement: "XY")]),
            Fix.safe("overlaps the first", [Edit(range: SourceRange(1, 3), replacement: "?")]),
            Fix.safe("z", [Edit(range: SourceRange(4, 5), replacement: "Z"), .insert("!", at: 6)]),
        ]
        let result = FixEngine.apply(fixes, to: source)
        #expect(result.applied == 2)
        #expect(result.source.text == "XYcdZf!")
    }

    @Test func keepsCRLFAndByteOrderMark() throws {
        let source = try SourceText(validating: [0xEF, 0xBB, 0xBF] + Array("a\r\nb\r\n".utf8))
        let result = FixEngine.apply([.safe("split", [.insert("x\ny\n", at: 3)])], to: source)
        #expect(result.source.hasByteOrderMark)
        #expect(result.source.text == "a\r\nx\r\ny\r\nb\r\n")
    }

    @Test func repeatsUntilNothingChanges() throws {
        // Each break is reported separately and the fixes overlap, so it takes several passes.
        #expect(try LintHarness.fix("1. a\n3. b\n5. c\n9. d\n", rules: ["list-numbering"]) == "1. a\n2. b\n3. c\n4. d\n")
    }

    @Test func unsafeFixesNeedOptIn() throws {
        let linter = try LintHarness.makeLinter(rules: ["list-numbering"])
        let file = MarkdownFile(path: "a.md", text: "1. a\n3. b\n")
        let outcome = FixEngine(linter: linter, includeUnsafe: false).fix([file])
        #expect(outcome.appliedFixes["a.md"] == 1)
        #expect(outcome.remaining.isEmpty)
    }

    /// A round that removes the file's only CRLF (an unused suppression on the last line) must
    /// not make the final newline added in a later round LF: the file's own ending is kept.
    @Test func keepsTheFilesLineEndingAcrossRounds() throws {
        let linter = try LintHarness.makeLinter(rules: ["unused-suppression", "final-newline", "bare-url"])
        let file = MarkdownFile(path: "a.md", text: "# Transformer\r\n<!-- iqlint-disable bare-url -->")
        let outcome = FixEngine(linter: linter, includeUnsafe: false).fix([file])
        let fixed = try #require(outcome.files.first).source.text
        #expect(outcome.appliedFixes["a.md", default: 0] > 0)
        #expect(!fixed.replacing("\r\n", with: "").contains("\n"), "\(fixed.debugDescription)")
        #expect(fixed.hasSuffix("\r\n"), "\(fixed.debugDescription)")
    }

    /// A line after a bare CR deleted with its LF, before a blank LF line: the CR must not meet
    /// that LF, which would make one CRLF of two line endings (smoke: line-endings-changed).
    @Test func deletingALineAfterABareCRDoesNotMakeACRLF() throws {
        let source = SourceText("a\r04)\n\nb\n")
        let line = SourceRange(2, 6)  // "04)\n"
        let result = FixEngine.apply([.unsafe("remove the empty item", [.delete(line)])], to: source)
        #expect(result.applied == 1)
        #expect(result.source.text == "a\n\nb\n")
        #expect(result.source.lineCount == source.lineCount - 1)
    }

    @Test func deletingALineAfterALineFeedIsUnchanged() throws {
        let source = SourceText("a\n04)\n\nb\n")
        let result = FixEngine.apply([.unsafe("remove", [.delete(SourceRange(2, 6))])], to: source)
        #expect(result.source.text == "a\n\nb\n")
    }
}
