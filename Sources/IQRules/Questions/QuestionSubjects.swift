import IQMarkdown

/// What a question's normalised text loses or cannot tell apart: subjects written as symbols
/// in code or quotes (`==`, `===`), and texts that are one name (`@vitejs/plugin-react`).
enum QuestionSubjects {
    /// The code spans and ASCII-quoted spans of `entry`'s source that hold no letter or digit
    /// (`` `==` ``, `'==='`, `"[]"`): symbols, which the normalised text leaves out. A quote
    /// inside a word (`What's`) opens and closes nothing.
    static func symbolSpans(of entry: QuestionEntry) -> Set<String> {
        let bytes = entry.file.source.bytes
        let start = max(0, entry.range.start), end = min(entry.range.end, bytes.count)
        let backtick = UInt8(ascii: "`")
        func isWordByte(_ index: Int) -> Bool {
            guard index >= start, index < end else { return false }
            return bytes[index] >= 0x80 || ParsedURL.isAlpha(bytes[index]) || ParsedURL.isDigit(bytes[index])
        }
        func runEnd(from index: Int) -> Int {
            var index = index
            while index < end, bytes[index] == backtick { index += 1 }
            return index
        }
        /// Where the span opened at `index` closes (its first byte) and how many bytes its marks take.
        func closing(at index: Int) -> (close: Int, width: Int)? {
            if bytes[index] == backtick {
                let open = runEnd(from: index), ticks = open - index
                var search = open
                while search < end {
                    guard bytes[search] == backtick else { search += 1; continue }
                    let after = runEnd(from: search)
                    if after - search == ticks { return (search, ticks) }
                    search = after
                }
                return nil
            }
            guard !isWordByte(index - 1) else { return nil }
            var search = index + 1
            while search < end {
                if bytes[search] == bytes[index], !isWordByte(search + 1) { return (search, 1) }
                search += 1
            }
            return nil
        }
        var spans = Set<String>()
        var index = start
        while index < end {
            let byte = bytes[index]
            guard byte == backtick || byte == UInt8(ascii: "'") || byte == UInt8(ascii: "\""), let (close, width) = closing(at: index) else {
                index += byte == backtick ? max(1, runEnd(from: index) - index) : 1
                continue
            }
            let content = String(decoding: bytes[(index + width)..<close], as: UTF8.self).trimmedWhitespace
            if !content.isEmpty, !content.contains(where: { $0.isLetter || $0.isNumber }) { spans.insert(content) }
            index = close + width
        }
        return spans
    }

    /// The ASCII symbols written inside a token, between two ASCII letters or digits
    /// (`DD-MM-YYYY HH:mm` gives `-`, `-`, `:`): separators of a format, a version or a path,
    /// which the normalised text leaves out. `DD/MM/YYYY HH:mm` is another format, not the
    /// same one asked twice.
    static func separatorsInsideTokens(of text: String) -> [UInt8] {
        var separators: [UInt8] = []
        var utf8 = text.utf8.makeIterator()
        // The byte before the current one, and the symbol waiting for a letter or digit after it.
        var previous: UInt8 = 0
        var pending: UInt8?
        func isWordByte(_ byte: UInt8) -> Bool { ParsedURL.isAlpha(byte) || ParsedURL.isDigit(byte) }
        while let byte = utf8.next() {
            if let symbol = pending, isWordByte(byte) { separators.append(symbol) }
            pending = nil
            if byte > 0x20, byte < 0x7F, !isWordByte(byte), isWordByte(previous) { pending = byte }
            previous = byte
        }
        return separators
    }

    /// Whether two texts that normalise alike write their tokens with different separators
    /// (`DD-MM-YYYY` and `DD/MM/YYYY`): two formats or versions, not one question twice. A
    /// text without any (`NodeJS` beside `Node.js`) may just have left them out.
    static func separateTokensDifferently(_ first: String, _ second: String) -> Bool {
        let (a, b) = (separatorsInsideTokens(of: first), separatorsInsideTokens(of: second))
        return !a.isEmpty && !b.isEmpty && a != b
    }

    /// `@vitejs/plugin-react`, `Redis`: a name in Latin letters and symbols, with no space and
    /// no question mark, not words (a CJK text is written without spaces, so it is never one).
    static func isOneName(_ text: String) -> Bool {
        let trimmed = text.trimmedWhitespace
        return !trimmed.isEmpty && trimmed.unicodeScalars.allSatisfy { $0.isASCII && !$0.properties.isWhitespace && $0 != "?" }
            && trimmed.unicodeScalars.contains { $0.properties.isAlphabetic }
    }
}
