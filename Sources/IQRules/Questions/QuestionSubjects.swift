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

    /// Whether `entry`'s item is one code span and nothing else (`` `kubectl get nodes` ``): a
    /// command or a snippet, which a solution runs again as a step, not a question. (Two spans
    /// or more alone are no question at all: `QuestionOutline.isOnlyCodeSpans`.)
    static func isOnlyCode(_ entry: QuestionEntry) -> Bool {
        QuestionOutline.codeSpansAlone(from: entry.range.start, in: entry.file.source) == 1
    }

    /// The tokens of `text` written with ASCII symbols between their letters or digits
    /// (`DD-MM-YYYY`, `HH:mm`, `v1.2`), lowercased, by their letters and digits alone
    /// (`ddmmyyyy`): separators of a format, a version or a path, which the normalised text
    /// leaves out. A token is a run of ASCII letters, digits and symbols; symbols at its ends
    /// (`C++`, `(PDF)`) and apostrophes (`What's`, a contraction) do not count.
    static func tokensWithSeparators(of text: String) -> [String: String] {
        var tokens: [String: String] = [:]
        func isWordByte(_ byte: UInt8) -> Bool { ParsedURL.isAlpha(byte) || ParsedURL.isDigit(byte) }
        for run in text.utf8.split(whereSeparator: { $0 <= 0x20 || $0 >= 0x7F }) {
            guard let first = run.firstIndex(where: isWordByte), let last = run.lastIndex(where: isWordByte) else { continue }
            let written = run[first...last].filter { $0 != UInt8(ascii: "'") }.map { ParsedURL.isAlpha($0) ? $0 | 0x20 : $0 }
            let letters = written.filter(isWordByte)
            guard letters.count < written.count else { continue }
            tokens[String(decoding: letters, as: UTF8.self)] = String(decoding: written, as: UTF8.self)
        }
        return tokens
    }

    /// Whether two texts that normalise alike write one token with different separators
    /// (`DD-MM-YYYY` and `DD/MM/YYYY`): two formats or versions, not one question twice. A
    /// token written without any (`NodeJS` beside `Node.js`) may just have left them out.
    static func writeTokensDifferently(_ first: String, _ second: String) -> Bool {
        let theirs = tokensWithSeparators(of: second)
        guard !theirs.isEmpty else { return false }
        return tokensWithSeparators(of: first).contains { letters, written in theirs[letters].map { $0 != written } ?? false }
    }

    /// `@vitejs/plugin-react`, `Redis`: a name in Latin letters and symbols, with no space and
    /// no question mark, not words (a CJK text is written without spaces, so it is never one).
    static func isOneName(_ text: String) -> Bool {
        let trimmed = text.trimmedWhitespace
        return !trimmed.isEmpty && trimmed.unicodeScalars.allSatisfy { $0.isASCII && !$0.properties.isWhitespace && $0 != "?" }
            && trimmed.unicodeScalars.contains { $0.properties.isAlphabetic }
    }
}
