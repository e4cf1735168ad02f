import IQCore
import IQMarkdown

/// A link whose brackets went wrong, so that no link is made and the page shows the brackets
/// and the URL as text: the text closed with `)` where `]` belongs (`[0053. Maximum
/// subarray)(https://…)`), closed twice (`[Prioritize Opportunities]](https://…)`), or the
/// address in square brackets (`[Jpegli][https://…]`, a
/// reference to a label no definition has). Only a web address counts: `[1, n)(n > 1)` is an
/// interval and a remark.
enum MisclosedLinkText {
    enum Shape {
        /// `[text)(https://…)`
        case textClosedWithParenthesis
        /// `[text][https://…]`
        case addressInSquareBrackets
        /// `[text]](https://…)`
        case strayClosingBracket

        var message: String {
            switch self {
            case .textClosedWithParenthesis: "not a link: the link text is closed with ')' where ']' belongs, so the brackets and the URL show as text"
            case .addressInSquareBrackets: "not a link: the address is in square brackets where '(' and ')' belong, so the brackets and the URL show as text"
            case .strayClosingBracket: "not a link: a second ']' stands before '(', so the brackets and the URL show as text"
            }
        }

        var fixTitle: String {
            switch self {
            case .textClosedWithParenthesis: "write ']' for the ')' before '('"
            case .addressInSquareBrackets: "put the address in parentheses"
            case .strayClosingBracket: "remove the second ']'"
            }
        }
    }

    struct Finding {
        let shape: Shape
        /// From `[` to the bracket that closes the address.
        let range: SourceRange
        /// The brackets to rewrite.
        let edits: [Edit]
        /// The URL, which the link keeps.
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
            let shape: Shape
            switch (bytes[index], bytes[index + 1]) {
            case (UInt8(ascii: ")"), UInt8(ascii: "(")): shape = .textClosedWithParenthesis
            case (UInt8(ascii: "]"), UInt8(ascii: "[")): shape = .addressInSquareBrackets
            // `[Prioritize Opportunities, Not Solutions]](https://…)`: the text closed twice.
            case (UInt8(ascii: "]"), UInt8(ascii: "(")) where index > block.start && bytes[index - 1] == UInt8(ascii: "]"):
                shape = .strayClosingBracket
            default: continue
            }
            guard startsWebAddress(bytes, at: index + 2, limit: limit), !links.contains(where: { $0.range.contains(index) }),
                  let (range, url) = finding(closingAt: index, shape: shape, in: bytes, limit: limit) else { continue }
            let edits: [Edit] = switch shape {
            case .strayClosingBracket: [.delete(SourceRange(index, index + 1))]
            case .textClosedWithParenthesis: [Edit(range: SourceRange(index, index + 1), replacement: "]")]
            case .addressInSquareBrackets: [Edit(range: SourceRange(index + 1, index + 2), replacement: "("),
                                            Edit(range: SourceRange(range.end - 1, range.end), replacement: ")")]
            }
            found.append(Finding(shape: shape, range: range, edits: edits, url: source.string(in: url)))
            index = range.end - 1
        }
        return found
    }

    /// Whether `)(http` or `][http` occurs in `bytes`: most documents have neither. A bank has
    /// a `](http` per item, so the scan looks at each `(` and `[` only.
    static func mayHoldMisclosure(_ bytes: ArraySlice<UInt8>) -> Bool {
        bytes.withUnsafeBufferPointer { buffer in
            let count = buffer.count
            var index = 1
            while index + 4 < count {
                let byte = buffer[index]
                if byte == UInt8(ascii: "(") || byte == UInt8(ascii: "["), buffer[index + 1] == UInt8(ascii: "h"),
                   buffer[index - 1] == (byte == UInt8(ascii: "(") ? UInt8(ascii: ")") : UInt8(ascii: "]"))
                    || byte == UInt8(ascii: "(") && index >= 2 && buffer[index - 1] == UInt8(ascii: "]") && buffer[index - 2] == UInt8(ascii: "]"),
                   buffer[index + 2] == UInt8(ascii: "t"), buffer[index + 3] == UInt8(ascii: "t"), buffer[index + 4] == UInt8(ascii: "p") { return true }
                index += 1
            }
            return false
        }
    }

    private static func startsWebAddress(_ bytes: [UInt8], at start: Int, limit: Int) -> Bool {
        for scheme in ["https://", "http://"] where start + scheme.utf8.count <= limit {
            if bytes[start..<(start + scheme.utf8.count)].elementsEqual(scheme.utf8) { return true }
        }
        return false
    }

    /// The `[text` before the bracket at `close` and the bracket that ends the address after
    /// it, all on one line, with no code span around them: the whole range and the address's.
    private static func finding(closingAt close: Int, shape: Shape, in bytes: [UInt8], limit: Int) -> (SourceRange, SourceRange)? {
        let (opener, closer) = shape == .addressInSquareBrackets ? (UInt8(ascii: "["), UInt8(ascii: "]")) : (UInt8(ascii: "("), UInt8(ascii: ")"))
        // The text closes at the first of the two `]`: it holds no `[` of its own (`[[Paper]](…)`
        // is a link, its text in brackets).
        if shape == .strayClosingBracket {
            var open = close - 2
            while open >= 0, bytes[open] != UInt8(ascii: "["), bytes[open] != UInt8(ascii: "]"), bytes[open] != UInt8(ascii: "\n"), bytes[open] != UInt8(ascii: "`") { open -= 1 }
            guard open >= 0, bytes[open] == UInt8(ascii: "["), open + 1 < close - 1, open == 0 || (bytes[open - 1] != UInt8(ascii: "[") && bytes[open - 1] != UInt8(ascii: "!")
                && bytes[open - 1] != UInt8(ascii: "\\")), bytes[(open + 1)..<(close - 1)].contains(where: isWordByte) else { return nil }
            guard let end = addressEnd(from: close + 2, opener: opener, closer: closer, in: bytes, limit: limit) else { return nil }
            return (SourceRange(open, end + 1), SourceRange(close + 2, end))
        }
        guard let end = addressEnd(from: close + 2, opener: opener, closer: closer, in: bytes, limit: limit) else { return nil }
        // The `[` that opens the text on the same line. Closed with `)`, the text holds no `]`
        // (a closed `[1]` before is a citation's or a task's) and its parentheses balance
        // (`[LeetCode (CN)(https://…)`: the `)` closes the text's own).
        var open = close - 1
        var parentheses = 0, brackets = 0
        while open >= 0 {
            let byte = bytes[open]
            if byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "`") { break }
            if byte == UInt8(ascii: "[") {
                if brackets == 0 { break }
                brackets -= 1
            }
            if byte == UInt8(ascii: "]") {
                if shape == .textClosedWithParenthesis { break }
                brackets += 1
            }
            if byte == UInt8(ascii: "(") { parentheses += 1 }
            if byte == UInt8(ascii: ")") { parentheses -= 1 }
            open -= 1
        }
        guard open >= 0, bytes[open] == UInt8(ascii: "["), open + 1 < close,
              shape == .addressInSquareBrackets || parentheses == 0 else { return nil }
        // `![alt)(…)` and an escaped `\[` are no link texts; `[)(…` has no title.
        if open >= 1, bytes[open - 1] == UInt8(ascii: "!") || bytes[open - 1] == UInt8(ascii: "\\") { return nil }
        guard bytes[(open + 1)..<close].contains(where: isWordByte) else { return nil }
        return (SourceRange(open, end + 1), SourceRange(close + 2, end))
    }

    /// Where the address starting at `start` ends: the `closer` that balances its own brackets
    /// (`…/Foo_(bar))`); nil when a space, a line's end or a backtick comes first.
    private static func addressEnd(from start: Int, opener: UInt8, closer: UInt8, in bytes: [UInt8], limit: Int) -> Int? {
        var end = start
        var depth = 0
        while end < limit {
            let byte = bytes[end]
            if byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") || byte == UInt8(ascii: "`") { return nil }
            if byte == opener { depth += 1 }
            if byte == closer {
                if depth == 0 { return end }
                depth -= 1
            }
            end += 1
        }
        return nil
    }

    /// A letter or digit in ASCII, or a byte of a non-ASCII character.
    private static func isWordByte(_ byte: UInt8) -> Bool {
        byte >= 0x80 || (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }
}
