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
        #expect(source.scalarColumn(of: 6) == 3)
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
            #expect(source.scalarColumn(of: offset) == counted)
        }
        #expect(source.scalarColumn(of: bytes.count) == 4)
        #expect(SourceText("").scalarColumn(of: 0) == 1)
        #expect(SourceText(String(repeating: "a", count: 4096)).scalarColumn(of: 4096) == 4097)
        #expect(SourceText(String(repeating: "a", count: 512)).scalarColumn(of: 512) == 513)
    }
}

@Suite struct LineAndColumnTests {
    @Test func offsetsInOrAfterALineEndingNameTheNextLineOrTheLastLinesEnd() {
        let source = SourceText("ab\r\ncd\r\n")
        #expect(source.lineAndScalarColumn(of: 2) == (line: 1, column: 3))
        #expect(source.lineAndScalarColumn(of: 3) == (line: 2, column: 1))
        #expect(source.lineAndScalarColumn(of: 4) == (line: 2, column: 1))
        #expect(source.lineAndScalarColumn(of: 8) == (line: 2, column: 3))
        #expect(SourceText("x\r").lineAndScalarColumn(of: 2) == (line: 1, column: 2))
    }
}
