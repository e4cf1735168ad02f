import IQMarkdown

/// `[0053. Maximum subarray)(https://…)`: the link text closed with `)` where `]` belongs. No
/// link is made and the page shows the brackets and the URL as text. Only a web address in the
/// parentheses counts: `[1, n)(n > 1)` is an interval and a remark.
enum MisclosedLinkText {
    struct Finding {
        /// From `[` to the closing `)`.
        let range: SourceRange
        /// The `)` that should be `]`.
        let misclosure: SourceRange
        /// The URL between the parentheses, which the link keeps.
        let url: String
    }

    /// The findings in the paragraphs and headings of `document`.
    static func findings(in document: Document) -> [Finding] {
        let source = document.source
        guard mayHoldMisclosure(source.bytes[...]) else { return [] }
        var blocks: [(SourceRange, [Link])] = document.paragraphs.map { ($0.range, $0.content.links) }
        blocks += document.headings.map { ($0.contentRange, $0.content.links) }
        return blocks.flatMap { findings(in: $0.0, links: $0.1, of: source) }
    }

    /// The findings in one block of inline text whose links are `links`.
    static func findings(in block: SourceRange, links: [Link], of source: SourceText) -> [Finding] {
        let bytes = source.bytes
        let limit = min(block.end, bytes.count)
        guard block.start < limit, mayHoldMisclosure(bytes[block.start..<limit]) else { return [] }
        var found: [Finding] = []
        var index = block.start
        while index + 2 < limit {
            defer { index += 1 }
            guard bytes[index] == UInt8(ascii: ")"), bytes[index + 1] == UInt8(ascii: "("), startsWebAddress(bytes, at: index + 2, limit: limit),
                  !links.contains(where: { $0.range.contains(index) }),
                  let finding = finding(closingAt: index, in: bytes, limit: limit) else { continue }
            found.append(Finding(range: finding.range, misclosure: SourceRange(index, index + 1),
                                 url: source.string(in: finding.url)))
            index = finding.range.end - 1
        }
        return found
    }

    /// Whether `)(http` occurs in `bytes`: most documents have none.
    static func mayHoldMisclosure(_ bytes: ArraySlice<UInt8>) -> Bool {
        var index = bytes.startIndex
        while let found = bytes[index...].firstIndex(of: UInt8(ascii: ")")) {
            if found + 5 < bytes.endIndex, bytes[found + 1] == UInt8(ascii: "("), bytes[found + 2] == UInt8(ascii: "h"),
               bytes[found + 3] == UInt8(ascii: "t"), bytes[found + 4] == UInt8(ascii: "t"), bytes[found + 5] == UInt8(ascii: "p") { return true }
            index = found + 1
        }
        return false
    }

    private static func startsWebAddress(_ bytes: [UInt8], at start: Int, limit: Int) -> Bool {
        for scheme in ["https://", "http://"] where start + scheme.utf8.count <= limit {
            if bytes[start..<(start + scheme.utf8.count)].elementsEqual(scheme.utf8) { return true }
        }
        return false
    }

    /// The `[text` before the `)` at `close` and the `)` that ends the address after it, all
    /// on one line, with no code span around them.
    private static func finding(closingAt close: Int, in bytes: [UInt8], limit: Int) -> (range: SourceRange, url: SourceRange)? {
        // The address: up to the `)` that balances its own parentheses (`…/Foo_(bar))`).
        var end = close + 2
        var depth = 0
        while end < limit {
            let byte = bytes[end]
            if byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") || byte == UInt8(ascii: "`") { return nil }
            if byte == UInt8(ascii: "(") { depth += 1 }
            if byte == UInt8(ascii: ")") {
                if depth == 0 { break }
                depth -= 1
            }
            end += 1
        }
        guard end < limit else { return nil }
        // The `[` that opens the text on the same line, with no `]` after it: a closed `[1]`
        // before is a citation's or a task's.
        var open = close - 1
        var parentheses = 0
        while open >= 0 {
            let byte = bytes[open]
            if byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "[") || byte == UInt8(ascii: "]") || byte == UInt8(ascii: "`") { break }
            if byte == UInt8(ascii: "(") { parentheses += 1 }
            if byte == UInt8(ascii: ")") { parentheses -= 1 }
            open -= 1
        }
        // `[LeetCode (CN)(https://…)`: the `)` closes the text's own parenthesis.
        guard open >= 0, bytes[open] == UInt8(ascii: "["), open + 1 < close, parentheses == 0 else { return nil }
        // `![alt)(…)` and an escaped `\[` are no link texts; `[)(…` has no title.
        if open >= 1, bytes[open - 1] == UInt8(ascii: "!") || bytes[open - 1] == UInt8(ascii: "\\") { return nil }
        guard bytes[(open + 1)..<close].contains(where: isWordByte) else { return nil }
        return (SourceRange(open, end + 1), SourceRange(close + 2, end))
    }

    /// A letter or digit in ASCII, or a byte of a non-ASCII character.
    private static func isWordByte(_ byte: UInt8) -> Bool {
        byte >= 0x80 || (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }
}
