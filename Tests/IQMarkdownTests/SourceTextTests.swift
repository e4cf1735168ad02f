import Foundation
import IQMarkdown
import Testing

@Suite struct SourceTextTests {
    @Test func rejectsInvalidUTF8WithTheOffset() {
        #expect(throws: SourceText.DecodingError.invalidUTF8(offset: 3)) { try SourceText(validating: [0x61, 0x0A, 0x62, 0xFF]) }
        #expect(throws: SourceText.DecodingError.invalidUTF8(offset: 0)) { try SourceText(validating: [0xED, 0xA0, 0x80]) }
        #expect(throws: SourceText.DecodingError.containsNUL(offset: 1)) { try SourceText(validating: [0x61, 0x00]) }
    }

    @Test func linesAndColumns() {
        let source = SourceText("中文ab\nx\n")
        #expect(source.lineCount == 2)
        #expect(source.lineText(1) == "中文ab")
        #expect(source.reportedPosition(of: 6).column == 3)
        #expect(source.position(of: 6) == (line: 1, byteColumn: 7))
        #expect(source.line(containing: 9) == 2)
        #expect(source.endsWithNewline)
    }

    @Test func lastLineWithoutNewline() {
        let source = SourceText("a\nb")
        #expect(source.lineCount == 2 && !source.endsWithNewline)
        #expect(source.lineRange(2) == SourceRange(2, 3))
    }
}

enum SampleCorpus {
    static func source() throws -> SourceText {
        var path = #filePath
        for _ in 0..<3 { path = String(path[..<path.lastIndex(of: "/")!]) }
        return try SourceText(validating: Array(try String(contentsOfFile: path + "/Examples/nlp-llm-interview/README.md", encoding: .utf8).utf8))
    }
}

@Suite struct SourceTextColumnTests {
    @Test func scalarColumnsOnALongLineMatchCounting() {
        let line = String(repeating: "中a😀", count: 3_000)
        let source = SourceText("x\n" + line + "\nend")
        let bytes = source.bytes
        for offset in stride(from: 2, through: 2 + line.utf8.count, by: 997) where offset == bytes.count || bytes[offset] & 0xC0 != 0x80 {
            let counted = bytes[2..<offset].count { $0 & 0xC0 != 0x80 } + 1
            #expect(source.reportedPosition(of: offset).column == counted)
        }
        #expect(source.reportedPosition(of: bytes.count).column == 4)
        #expect(SourceText("").reportedPosition(of: 0).column == 1)
        #expect(SourceText(String(repeating: "a", count: 4096)).reportedPosition(of: 4096).column == 4097)
        #expect(SourceText(String(repeating: "a", count: 512)).reportedPosition(of: 512).column == 513)
    }
}

@Suite struct LineAndColumnTests {
    @Test func offsetsInOrAfterALineEndingNameTheNextLineOrTheLastLinesEnd() {
        let source = SourceText("ab\r\ncd\r\n")
        #expect(source.reportedLineAndScalarColumn(of: 2) == (line: 1, column: 3))
        #expect(source.reportedLineAndScalarColumn(of: 3) == (line: 2, column: 1))
        #expect(source.reportedLineAndScalarColumn(of: 4) == (line: 2, column: 1))
        #expect(source.reportedLineAndScalarColumn(of: 8) == (line: 2, column: 3))
        #expect(SourceText("x\r").reportedLineAndScalarColumn(of: 2) == (line: 1, column: 2))
    }
}

/// Markdown lines end at a bare CR (as in cmark-gfm); reported lines end at LF only (as in git,
/// GitHub annotations and editors), so a bare CR is a character inside its reported line.
@Suite struct BareCarriageReturnLineTests {
    @Test func markdownLinesEndAtABareCRReportedLinesDoNot() {
        let source = SourceText("a\rb\nc\r\nd")
        #expect(source.lineCount == 4)
        #expect(source.reportedLineCount == 3)
        #expect(source.line(containing: 2) == 2)
        #expect(source.reportedLine(containing: 2) == 1)
        #expect(source.reportedLineText(1) == "a\rb")
        #expect(source.reportedLineText(2) == "c")
        #expect(source.reportedPosition(of: 2) == (line: 1, column: 3))
        #expect(source.reportedLineAndScalarColumn(of: 4) == (line: 2, column: 1))
        #expect(source.reportedLineAndScalarColumn(of: 6) == (line: 3, column: 1))
        #expect(source.reportedLineAndScalarColumn(of: 8) == (line: 3, column: 2))
    }

    @Test func filesWithoutABareCRCountTheSameBothWays() {
        for text in ["a\nb\n", "a\r\nb\r\n", "中\n\n文", ""] {
            let source = SourceText(text)
            #expect(source.reportedLineStarts == source.lineStarts, "\(text.debugDescription)")
        }
    }

    @Test func aCRThatEndsTheFileIsNotPartOfTheLastLine() {
        let source = SourceText("x\r\r")
        #expect(source.reportedLineCount == 1)
        #expect(source.reportedLineText(1) == "x\r")
        #expect(SourceText("x\r").reportedLineText(1) == "x")
    }
    /// The line of every offset, from the block table, is the line a search over every line
    /// start gives: short and long lines, lines ending on a block boundary, a bare CR, offsets
    /// before the start and past the end.
    @Test func theLineOfEveryOffsetMatchesASearchOverAllLineStarts() {
        var generator = SystemRandomNumberGenerator()
        for round in 0..<40 {
            var text = ""
            for _ in 0..<Int.random(in: 0...60, using: &generator) {
                let length = [0, 1, 255, 256, 257, Int.random(in: 0...700, using: &generator)].randomElement(using: &generator)!
                text += String(repeating: round % 3 == 0 ? "中" : "a", count: length) + ["\n", "\r\n", "\r"].randomElement(using: &generator)!
            }
            let source = SourceText(text)
            func naive(_ offset: Int, _ starts: [Int]) -> Int { max(starts.lastIndex { $0 <= offset }.map { $0 + 1 } ?? 1, 1) }
            let wrong = (-2...(source.bytes.count + 300)).filter { offset in
                source.line(containing: offset) != naive(offset, source.lineStarts)
                    || source.reportedLine(containing: offset) != naive(offset, source.reportedLineStarts)
            }
            #expect(wrong.isEmpty, "round \(round): offsets \(wrong.prefix(5)) of \(source.bytes.count)")
        }
    }
    /// `trimmedWhitespace` decides on the bytes at the ends where it can: it must agree with
    /// trimming characters, for texts opening or closing with whitespace of every kind, marks,
    /// ideographs, fullwidth forms and emoji.
    @Test func trimmingWhitespaceOnTheBytesAgreesWithTrimmingCharacters() {
        let pieces = ["a", "中", "文", "）", "（", "。", " ", "\t", "\n", "\u{3000}", "\u{A0}", "\u{85}", "\u{1680}", "\u{2003}", "\u{202F}",
                      "\u{301}", "\u{FE0F}", "\u{FF9E}", "\u{200D}", "👍", "\u{0600}", "1", "?", "？", "ｔ", "\u{4DC0}", "\u{E000}"]
        var generator = SystemRandomNumberGenerator()
        var texts = pieces + pieces.flatMap { first in pieces.map { first + $0 } }
        for _ in 0..<3000 {
            texts.append((0..<Int.random(in: 1...6, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined())
        }
        let wrong = texts.filter { $0.trimmedWhitespace != $0.trimmed(where: \.isWhitespace) }
        #expect(wrong.isEmpty, "\(wrong.prefix(5).map(\.debugDescription))")
    }
}
