import IQMarkdown

/// Finds `[text](` in inline text that Markdown did not turn into a link, which almost always
/// means the destination is broken (split across lines, a space in it, no closing `)`).
struct BrokenLinkScanner {
    struct Finding {
        enum Cause { case lineBreak, space, unclosed, other }
        let cause: Cause
        /// From `[` to the closing `)` (or the end of the `(` line when there is none).
        let range: SourceRange
        /// Between `(` and `)`.
        let destination: SourceRange?
    }

    let source: SourceText
    /// Links, comments and anything else whose bytes are not plain inline text.
    let skipped: [SourceRange]

    private var bytes: [UInt8] { source.bytes }

    func findings(in block: SourceRange) -> [Finding] {
        var findings: [Finding] = []
        var index = block.start
        let limit = min(block.end, bytes.count)
        while index < limit {
            if let skip = skipped.first(where: { $0.contains(index) }) { index = skip.end; continue }
            switch bytes[index] {
            case UInt8(ascii: "\\"):
                index += 2
            case UInt8(ascii: "`"):
                index = endOfCodeSpan(at: index, limit: limit) ?? runEnd(at: index, limit: limit)
            case UInt8(ascii: "["):
                if let close = matchingBracket(after: index, limit: limit), close + 1 < limit, bytes[close + 1] == UInt8(ascii: "("),
                   !skipped.contains(where: { $0.overlaps(SourceRange(index, close + 2)) }) {
                    let finding = classify(open: index, paren: close + 1, limit: limit)
                    findings.append(finding)
                    index = finding.range.end
                } else {
                    index += 1
                }
            default:
                index += 1
            }
        }
        return findings
    }

    private func classify(open: Int, paren: Int, limit: Int) -> Finding {
        var depth = 0
        var index = paren + 1
        while index < limit {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\\") { index += 2; continue }
            if byte == UInt8(ascii: "(") { depth += 1 }
            if byte == UInt8(ascii: ")") {
                if depth == 0 { break }
                depth -= 1
            }
            index += 1
        }
        guard index < limit else {
            let lineEnd = source.lineRange(source.line(containing: paren)).end
            return Finding(cause: .unclosed, range: SourceRange(open, max(lineEnd, paren + 1)), destination: nil)
        }
        let inside = SourceRange(paren + 1, index)
        let content = bytes[inside.start..<inside.end]
        let cause: Finding.Cause = content.contains(UInt8(ascii: "\n")) ? .lineBreak
            : content.contains(where: { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }) ? .space : .other
        return Finding(cause: cause, range: SourceRange(open, index + 1), destination: inside)
    }

    private func matchingBracket(after open: Int, limit: Int) -> Int? {
        var depth = 0
        var index = open + 1
        while index < limit {
            switch bytes[index] {
            case UInt8(ascii: "\\"): index += 1
            case UInt8(ascii: "`"):
                if let end = endOfCodeSpan(at: index, limit: limit) { index = end - 1 }
            case UInt8(ascii: "["): depth += 1
            case UInt8(ascii: "]"):
                if depth == 0 { return index }
                depth -= 1
            default: break
            }
            index += 1
        }
        return nil
    }

    private func runEnd(at start: Int, limit: Int) -> Int {
        var end = start
        while end < limit, bytes[end] == UInt8(ascii: "`") { end += 1 }
        return end
    }

    private func endOfCodeSpan(at start: Int, limit: Int) -> Int? {
        let opening = runEnd(at: start, limit: limit)
        let length = opening - start
        var index = opening
        while index < limit {
            guard bytes[index] == UInt8(ascii: "`") else { index += 1; continue }
            let end = runEnd(at: index, limit: limit)
            if end - index == length { return end }
            index = end
        }
        return nil
    }
}
