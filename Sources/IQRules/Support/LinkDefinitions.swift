import IQMarkdown

/// Where reference links' definitions (`[homepage]: http://contributor-covenant.org`) write
/// their destinations. cmark-gfm keeps no block for a definition, so its line is found by
/// shape: a label in brackets at the start of a line (after any quote or indentation), a
/// colon, then the destination, outside code.
struct LinkDefinitions {
    /// The destination ranges of each destination as written (without `<…>`).
    private let ranges: [String: [SourceRange]]

    init(_ document: Document) {
        let source = document.source
        var ranges: [String: [SourceRange]] = [:]
        for line in 1...max(1, source.lineCount) {
            let range = source.lineRange(line)
            guard let found = Self.destination(in: source.bytes, from: range.start, to: range.end),
                  !document.isInCodeBlock(found.start) else { continue }
            ranges[source.string(in: found), default: []].append(found)
        }
        self.ranges = ranges
    }

    /// The range of `destination` in the one definition that writes it; nil when none or
    /// several do (a destination defined twice is left to the reader to tell apart).
    func destinationRange(of destination: String) -> SourceRange? {
        guard let found = ranges[destination], found.count == 1 else { return nil }
        return found[0]
    }

    /// The destination of a line opening with `[label]:`, past any `>` and indentation.
    private static func destination(in bytes: [UInt8], from start: Int, to end: Int) -> SourceRange? {
        func isSpace(_ byte: UInt8) -> Bool { byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") }
        var position = start
        while position < end, bytes[position] == UInt8(ascii: ">") || isSpace(bytes[position]) { position += 1 }
        guard position < end, bytes[position] == UInt8(ascii: "[") else { return nil }
        var close = position + 1
        while close < end, bytes[close] != UInt8(ascii: "]") {
            if bytes[close] == UInt8(ascii: "[") { return nil }
            close += 1
        }
        guard close > position + 1, close + 1 < end, bytes[close + 1] == UInt8(ascii: ":") else { return nil }
        var first = close + 2
        while first < end, isSpace(bytes[first]) { first += 1 }
        let angled = first < end && bytes[first] == UInt8(ascii: "<")
        if angled { first += 1 }
        var last = first
        while last < end, !isSpace(bytes[last]), !(angled && bytes[last] == UInt8(ascii: ">")), bytes[last] != UInt8(ascii: "\r") { last += 1 }
        return last > first ? SourceRange(first, last) : nil
    }
}
