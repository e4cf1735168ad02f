@testable import IQMarkdown
import IQTestSupport
import Testing

/// The scan of a file in pieces (`SourceScan`) against one plain pass from the start, over
/// random bytes built from the pieces that make the scan hard: multi-byte sequences, CRLF,
/// bare CR, NUL, and invalid UTF-8 (stray continuation bytes, truncated, overlong, surrogate,
/// beyond U+10FFFF), cut into pieces of a few bytes so that every boundary case occurs.
@Suite("scanning a file in pieces")
struct SourceScanTests {
    private static let parts: [[UInt8]] = [
        Array("a".utf8), Array("Lorem ipsum ".utf8), Array("\n".utf8), Array("\r".utf8), Array("\r\n".utf8),
        Array("中".utf8), Array("é".utf8), Array("😀".utf8), Array("什么是LoRA？".utf8),
        [0x00], [0x80], [0xBF, 0xBF], [0xE4, 0xB8], [0xC0, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xFF],
    ]

    @Test func piecesJoinToTheScanFromTheStart() {
        var random = SeededGenerator(seed: 0x5CA9)
        var comparisons = 0, invalidFound = 0, nulFound = 0, bareCRFound = 0
        for round in 0..<400 {
            // Most rounds valid UTF-8, so that NUL and line endings are judged over the whole text.
            let validOnly = round % 3 != 0
            let allowed = validOnly ? Self.parts.prefix(9) : Self.parts[...]
            var bytes: [UInt8] = []
            for _ in 0..<Int(random.next() % 300) { bytes += allowed.randomElement(using: &random)! }
            if validOnly, round % 5 == 0, !bytes.isEmpty { bytes[Int(random.next() % UInt64(bytes.count))] = bytes.first == 0 ? 0x41 : 0 }
            // Valid text with one stray continuation byte: it must be found wherever a piece begins.
            if validOnly, round % 5 == 1 { bytes.insert(0x80 | UInt8(random.next() % 64), at: Int(random.next() % UInt64(bytes.count + 1))) }
            let expected = Reference(bytes, blockSize: 8)
            for (blockSize, pieceBytes) in [(8, 8), (8, 24), (4, 4), (16, 1 << 20)] {
                let reference = blockSize == 8 ? expected : Reference(bytes, blockSize: blockSize)
                let scan = SourceScan.scan(bytes, blockSize: blockSize, validating: true, minimumPieceBytes: pieceBytes)
                #expect(scan.firstInvalidUTF8 == reference.firstInvalid, "round \(round), \(bytes)")
                if reference.firstInvalid == nil {
                    #expect(scan.firstNUL == reference.firstNUL, "round \(round), \(bytes)")
                    #expect(scan.lineStarts == reference.lineStarts, "round \(round)")
                    #expect(scan.firstEnding == reference.ending, "round \(round)")
                    #expect(scan.hasBareCR == reference.hasBareCR, "round \(round)")
                    #expect(scan.blockScalars == reference.blockScalars, "round \(round)")
                }
                comparisons += 1
            }
            if expected.firstInvalid != nil { invalidFound += 1 }
            if expected.firstInvalid == nil, expected.firstNUL != nil { nulFound += 1 }
            if expected.hasBareCR { bareCRFound += 1 }
        }
        // The inputs reach every outcome, so none of the comparisons above holds by default.
        #expect(comparisons == 1600 && invalidFound > 50 && nulFound > 20 && bareCRFound > 50)
    }

    @Test func textFromAStringIsNotValidatedButIndexedAlike() {
        let text = "# 标题\r\n\r\n1. [什么是LoRA？](https://a.example)\r2. b\n"
        let scan = SourceScan.scan(Array(text.utf8), blockSize: 4, validating: false, minimumPieceBytes: 4)
        let reference = Reference(Array(text.utf8), blockSize: 4)
        #expect(scan.firstInvalidUTF8 == nil && scan.firstNUL == nil)
        #expect(scan.lineStarts == reference.lineStarts && scan.blockScalars == reference.blockScalars)
        #expect(scan.firstEnding == .crlf && scan.hasBareCR)
    }

    /// One pass from the first byte, as `SourceText` read files before it scanned in pieces.
    private struct Reference {
        var firstInvalid: Int?
        var firstNUL: Int?
        var lineStarts: [Int] = []
        var ending: SourceText.LineEnding?
        var hasBareCR = false
        var blockScalars: [Int] = []

        init(_ bytes: [UInt8], blockSize: Int) {
            firstNUL = bytes.firstIndex(of: 0)
            var index = 0
            decoding: while index < bytes.count {
                let lead = bytes[index]
                if lead < 0x80 { index += 1; continue }
                let (length, minimum, initial): (Int, UInt32, UInt32)
                switch lead {
                case 0xC2...0xDF: (length, minimum, initial) = (2, 0x80, UInt32(lead & 0x1F))
                case 0xE0...0xEF: (length, minimum, initial) = (3, 0x800, UInt32(lead & 0x0F))
                case 0xF0...0xF4: (length, minimum, initial) = (4, 0x10000, UInt32(lead & 0x07))
                default: firstInvalid = index; break decoding
                }
                guard index + length <= bytes.count else { firstInvalid = index; break }
                var scalar = initial
                for next in 1..<length {
                    guard bytes[index + next] & 0xC0 == 0x80 else { firstInvalid = index; break decoding }
                    scalar = scalar << 6 | UInt32(bytes[index + next] & 0x3F)
                }
                if scalar < minimum || scalar > 0x10FFFF || (0xD800...0xDFFF).contains(scalar) { firstInvalid = index; break }
                index += length
            }
            index = 0
            while index < bytes.count {
                if bytes[index] == UInt8(ascii: "\n") {
                    if ending == nil { ending = .lf }
                    lineStarts.append(index + 1)
                } else if bytes[index] == UInt8(ascii: "\r") {
                    if index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "\n") {
                        if ending == nil { ending = .crlf }
                        index += 1
                    } else {
                        hasBareCR = true
                        if ending == nil { ending = .cr }
                    }
                    lineStarts.append(index + 1)
                }
                index += 1
            }
            for start in stride(from: 0, to: bytes.count, by: blockSize) {
                blockScalars.append(bytes[start..<min(start + blockSize, bytes.count)].count { $0 & 0xC0 != 0x80 })
            }
        }
    }
}
