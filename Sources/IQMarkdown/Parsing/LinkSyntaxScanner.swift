/// Reads link syntax straight from the source bytes.
///
/// cmark-gfm 0.29 reports wrong inline columns on continuation lines and wrong ends for links
/// that span lines, so the parser uses this scanner to find where a link really starts and ends.
struct LinkSyntaxScanner {
    struct Match {
        enum Form { case inline, reference }
        let form: Form
        let range: SourceRange
        let textRange: SourceRange
        let destinationRange: SourceRange?
    }

    let bytes: [UInt8]
    /// Scanning never reads at or past this offset (the end of the enclosing block).
    let limit: Int

    /// Scans a link whose `[` is at `open`.
    func scanBracketLink(at open: Int) -> Match? {
        guard open < limit, bytes[open] == UInt8(ascii: "["), !isEscaped(open) else { return nil }
        guard let close = matchingBracket(after: open) else { return nil }
        let textRange = SourceRange(open + 1, close)
        let next = close + 1
        if next < limit, bytes[next] == UInt8(ascii: "("), let inline = scanInlineTail(from: next + 1) {
            return Match(form: .inline, range: SourceRange(open, inline.end), textRange: textRange,
                         destinationRange: inline.destination)
        }
        if next < limit, bytes[next] == UInt8(ascii: "["), let labelClose = matchingBracket(after: next) {
            return Match(form: .reference, range: SourceRange(open, labelClose + 1), textRange: textRange, destinationRange: nil)
        }
        return Match(form: .reference, range: SourceRange(open, close + 1), textRange: textRange, destinationRange: nil)
    }

    /// Scans `<…>` with `<` at `open`.
    func scanAngleAutolink(at open: Int) -> SourceRange? {
        guard open < limit, bytes[open] == UInt8(ascii: "<") else { return nil }
        var index = open + 1
        while index < limit {
            switch bytes[index] {
            case UInt8(ascii: ">"): return SourceRange(open, index + 1)
            case UInt8(ascii: "<"), UInt8(ascii: " "), UInt8(ascii: "\n"), UInt8(ascii: "\r"): return nil
            default: index += 1
            }
        }
        return nil
    }

    func isEscaped(_ offset: Int) -> Bool {
        var backslashes = 0
        var index = offset - 1
        while index >= 0, bytes[index] == UInt8(ascii: "\\") { backslashes += 1; index -= 1 }
        return backslashes % 2 == 1
    }

    private func matchingBracket(after open: Int) -> Int? {
        var depth = 0
        var index = open + 1
        while index < limit {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\\") { index += 2; continue }
            if byte == UInt8(ascii: "`"), let after = endOfCodeSpan(at: index) { index = after; continue }
            if byte == UInt8(ascii: "[") { depth += 1 }
            if byte == UInt8(ascii: "]") {
                if depth == 0 { return index }
                depth -= 1
            }
            index += 1
        }
        return nil
    }

    /// The offset after a code span starting at `start`, or nil when the backticks are literal.
    private func endOfCodeSpan(at start: Int) -> Int? {
        var runEnd = start
        while runEnd < limit, bytes[runEnd] == UInt8(ascii: "`") { runEnd += 1 }
        let runLength = runEnd - start
        var index = runEnd
        while index < limit {
            if bytes[index] == UInt8(ascii: "`") {
                var closeEnd = index
                while closeEnd < limit, bytes[closeEnd] == UInt8(ascii: "`") { closeEnd += 1 }
                if closeEnd - index == runLength { return closeEnd }
                index = closeEnd
            } else {
                index += 1
            }
        }
        return nil
    }

    /// Scans `destination "title")` after `(`.
    private func scanInlineTail(from start: Int) -> (end: Int, destination: SourceRange)? {
        var index = skipWhitespace(from: start)
        var destination = SourceRange.empty(at: index)
        if index < limit, bytes[index] == UInt8(ascii: "<") {
            var close = index + 1
            while close < limit, bytes[close] != UInt8(ascii: ">") {
                if bytes[close] == UInt8(ascii: "\n") || bytes[close] == UInt8(ascii: "<") { return nil }
                if bytes[close] == UInt8(ascii: "\\") { close += 1 }
                close += 1
            }
            guard close < limit else { return nil }
            destination = SourceRange(index + 1, close)
            index = close + 1
        } else {
            let destinationStart = index
            var depth = 0
            while index < limit {
                let byte = bytes[index]
                if byte == UInt8(ascii: "\\"), index + 1 < limit { index += 2; continue }
                if byte <= 0x20 { break }
                if byte == UInt8(ascii: "(") { depth += 1 }
                if byte == UInt8(ascii: ")") {
                    if depth == 0 { break }
                    depth -= 1
                }
                index += 1
            }
            destination = SourceRange(destinationStart, min(index, limit))
        }
        index = skipWhitespace(from: index)
        if index < limit, let closer = titleCloser(bytes[index]), index > destination.end {
            var close = index + 1
            while close < limit, bytes[close] != closer {
                if bytes[close] == UInt8(ascii: "\\") { close += 1 }
                close += 1
            }
            guard close < limit else { return nil }
            index = skipWhitespace(from: close + 1)
        }
        guard index < limit, bytes[index] == UInt8(ascii: ")") else { return nil }
        return (index + 1, destination)
    }

    private func titleCloser(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "\""): UInt8(ascii: "\"")
        case UInt8(ascii: "'"): UInt8(ascii: "'")
        case UInt8(ascii: "("): UInt8(ascii: ")")
        default: nil
        }
    }

    private func skipWhitespace(from start: Int) -> Int {
        var index = start
        while index < limit, [UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r")].contains(bytes[index]) {
            index += 1
        }
        return index
    }
}
