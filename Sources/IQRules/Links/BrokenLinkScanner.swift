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
    /// Links, comments and anything else whose bytes are not plain inline text: sorted and
    /// merged, so the scan walks them with one cursor (a search per byte was quadratic).
    let skipped: [SourceRange]

    init(source: SourceText, skipped: [SourceRange]) {
        self.source = source
        var merged: [SourceRange] = []
        for range in skipped.filter({ !$0.isEmpty }).sorted() {
            if let last = merged.last, range.start <= last.end {
                merged[merged.count - 1] = SourceRange(last.start, max(last.end, range.end))
            } else {
                merged.append(range)
            }
        }
        self.skipped = merged
    }

    private var bytes: [UInt8] { source.bytes }

    /// Whether a scan of `block` can find anything: a finding is a `](` outside every skipped
    /// range (the scan never reports one inside: it jumps over skipped ranges, and a `[` before
    /// one is not followed up past its start). Building a scanner sorts the skipped ranges and
    /// matches every bracket, for each paragraph of a large bank, where nearly every `](` is a link's.
    static func mayFindLinks(in block: SourceRange, of bytes: [UInt8], skipping skipped: [SourceRange]) -> Bool {
        let limit = min(block.end, bytes.count)
        var index = block.start
        while index + 1 < limit {
            if bytes[index] == UInt8(ascii: "]"), bytes[index + 1] == UInt8(ascii: "("), !skipped.contains(where: { $0.contains(index) }) {
                return true
            }
            index += 1
        }
        return false
    }

    func findings(in block: SourceRange) -> [Finding] {
        var findings: [Finding] = []
        var index = block.start
        let limit = min(block.end, bytes.count)
        var codeSpans = CodeSpans(bytes: bytes, limit: limit)
        let closers = matchingBrackets(in: block.start, limit, codeSpans: &codeSpans)
        var nextSkip = 0
        while index < limit {
            while nextSkip < skipped.count, skipped[nextSkip].end <= index { nextSkip += 1 }
            if nextSkip < skipped.count, skipped[nextSkip].contains(index) { index = skipped[nextSkip].end; continue }
            switch bytes[index] {
            case UInt8(ascii: "\\"):
                index += 2
            case UInt8(ascii: "`"):
                index = codeSpans.end(at: index) ?? codeSpans.runEnd(at: index)
            case UInt8(ascii: "["):
                // `[@xu2013survey](multi-view learning)`: a pandoc citation key, its gloss in
                // parentheses after it; no link was meant.
                if let close = closers[index], close > index + 2, bytes[index + 1] == UInt8(ascii: "@"),
                   !bytes[(index + 1)..<close].contains(where: { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\n") }) {
                    index = close + 1
                } else if let close = closers[index], close + 1 < limit, bytes[close + 1] == UInt8(ascii: "("),
                   nextSkip == skipped.count || skipped[nextSkip].start >= close + 2 {
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

    /// The `]` that closes each `[` of the block, in one pass with a stack (a forward scan from
    /// every `[` was quadratic on a line of brackets). Escapes and code spans hide brackets.
    private func matchingBrackets(in start: Int, _ limit: Int, codeSpans: inout CodeSpans) -> [Int: Int] {
        var closers: [Int: Int] = [:]
        var open: [Int] = []
        var index = start
        while index < limit {
            switch bytes[index] {
            case UInt8(ascii: "\\"): index += 2; continue
            case UInt8(ascii: "`"):
                if let end = codeSpans.end(at: index) { index = end; continue }
            case UInt8(ascii: "["): open.append(index)
            case UInt8(ascii: "]"):
                if let opener = open.popLast() { closers[opener] = index }
            default: break
            }
            index += 1
        }
        return closers
    }
}

/// Finds where code spans end, remembering for each backtick-run length from where on no
/// closing run exists, so that unclosed runs cost one scan per length instead of one each.
private struct CodeSpans {
    let bytes: [UInt8]
    let limit: Int
    private var unclosedFrom: [Int: Int] = [:]

    init(bytes: [UInt8], limit: Int) {
        self.bytes = bytes
        self.limit = limit
    }

    func runEnd(at start: Int) -> Int {
        var end = start
        while end < limit, bytes[end] == UInt8(ascii: "`") { end += 1 }
        return end
    }

    /// The offset after the code span opened by the backtick run at `start`, or nil when the
    /// backticks are literal.
    mutating func end(at start: Int) -> Int? {
        let opening = runEnd(at: start)
        let length = opening - start
        if let from = unclosedFrom[length], from <= start { return nil }
        var index = opening
        while index < limit {
            guard bytes[index] == UInt8(ascii: "`") else { index += 1; continue }
            let end = runEnd(at: index)
            if end - index == length { return end }
            index = end
        }
        unclosedFrom[length] = start
        return nil
    }
}
