import Foundation

/// A text cut into word and ideograph tokens after NFKC, case folding and removal of
/// punctuation, symbols, separators and control characters.
///
/// The buffers are reused from one text to the next, so tokenising a corpus allocates only
/// while the longest text so far grows them.
struct TokenBuffer {
    struct Token {
        /// Range of the token's scalars in ``TokenBuffer/scalars``.
        var start: Int
        var count: Int
        /// Words are separated by one space when the text is put back together; ideographs are not.
        var isWord: Bool
        var hash: UInt64
    }

    private(set) var scalars: [UInt32] = []
    private(set) var tokens: [Token] = []
    private var openWordStart: Int?
    private var punctuationSinceLastToken = false
    private var wordBytes: [UInt8] = []
    /// Whether the open word has a small letter: `HTTPS`, `DNS` written in capitals are
    /// acronyms, whose `S` is a letter of the name, not a plural to fold (`APIs`, `NodeJs` fold).
    private var openWordHasSmallLetter = false

    mutating func removeAll() {
        scalars.removeAll(keepingCapacity: true)
        tokens.removeAll(keepingCapacity: true)
        openWordStart = nil
        punctuationSinceLastToken = false
        openWordHasSmallLetter = false
    }

    func scalars(of token: Token) -> ArraySlice<UInt32> {
        scalars[token.start..<(token.start + token.count)]
    }

    /// Tokenises `text` and appends its tokens.
    mutating func append(text: String, foldsInflection: Bool) {
        let source = Self.needsCompatibilityMapping(text) ? text.precomposedStringWithCompatibilityMapping : text
        for scalar in source.unicodeScalars {
            let value = scalar.value
            if value < 0x80 {
                let isUpper = value >= 0x41 && value <= 0x5A
                append(scalar: isUpper ? value + 0x20 : value, foldsInflection: foldsInflection)
                if value >= 0x61 && value <= 0x7A { openWordHasSmallLetter = true }
            } else if value < 0x4E00 || value > 0x9FFF, scalar.properties.changesWhenLowercased {
                for lower in scalar.properties.lowercaseMapping.unicodeScalars {
                    append(scalar: lower.value, foldsInflection: foldsInflection)
                }
            } else {
                append(scalar: value, foldsInflection: foldsInflection)
            }
        }
        closeWord(foldsInflection: foldsInflection)
    }

    /// Appends a token built elsewhere (a phrase replacement or a kept token of another buffer).
    mutating func append<C: Collection>(token scalarsOfToken: C, isWord: Bool, hash: UInt64)
    where C.Element == UInt32 {
        let start = scalars.count
        scalars.append(contentsOf: scalarsOfToken)
        tokens.append(Token(start: start, count: scalars.count - start, isWord: isWord, hash: hash))
    }

    /// Writes the tokens back as one text: ideographs joined directly, words separated by a space,
    /// and ideographs that punctuation kept apart (an empty token) separated by a space too.
    func joined(into output: inout [UInt32]) {
        var previousWasWord = false
        var pendingBreak = false
        for token in tokens {
            if token.count == 0 {
                pendingBreak = !output.isEmpty
                continue
            }
            if (token.isWord && previousWasWord) || (pendingBreak && !token.isWord && !previousWasWord) { output.append(0x20) }
            pendingBreak = false
            output.append(contentsOf: scalars(of: token))
            previousWasWord = token.isWord
        }
    }

    private mutating func append(scalar value: UInt32, foldsInflection: Bool) {
        switch ScalarClass(value) {
        case .wordPart:
            if openWordStart == nil { openWordStart = scalars.count }
            scalars.append(value)
        case .mark:
            if openWordStart == nil, let last = tokens.last, !last.isWord, last.start + last.count == scalars.count {
                // A mark after an ideograph belongs to that one-character token.
                scalars.append(value)
                tokens[tokens.count - 1].count += 1
                tokens[tokens.count - 1].hash = StableHash.fnv1a(scalars(of: tokens[tokens.count - 1]))
            } else {
                if openWordStart == nil { openWordStart = scalars.count }
                scalars.append(value)
            }
        case .isolated:
            closeWord(foldsInflection: foldsInflection)
            if punctuationSinceLastToken, let last = tokens.last, !last.isWord, last.count > 0 {
                // "数据、清洗": the two sides are separate runs, with no bigram across the comma.
                tokens.append(Token(start: scalars.count, count: 0, isWord: false, hash: 0))
            }
            punctuationSinceLastToken = false
            append(token: CollectionOfOne(value), isWord: false, hash: StableHash.fnv1a(CollectionOfOne(value)))
        case .separator:
            closeWord(foldsInflection: foldsInflection)
            if value != 0x20 && value != 0x3000 && value != 0x09 { punctuationSinceLastToken = true }
        }
    }

    private mutating func closeWord(foldsInflection: Bool) {
        guard let start = openWordStart else { return }
        openWordStart = nil
        let isAcronym = !openWordHasSmallLetter
        openWordHasSmallLetter = false
        if scalars.count - start >= 2, scalars.count - start <= 4, let last = tokens.last, last.isWord,
           scalars[start...].allSatisfy({ $0 == 0x69 || $0 == 0x76 || $0 == 0x78 }),
           let value = Self.romanNumerals[Array(scalars[start...])] {
            // "Rocky II", "Final Fantasy VII": a Roman numeral after a name is a number.
            scalars.removeSubrange(start...)
            scalars.append(contentsOf: String(value).unicodeScalars.map(\.value))
        } else if foldsInflection && !isAcronym && scalars.count - start >= 3 && scalars[start...].allSatisfy({ $0 < 0x80 }) {
            wordBytes.removeAll(keepingCapacity: true)
            for value in scalars[start...] { wordBytes.append(UInt8(truncatingIfNeeded: value)) }
            EnglishInflection.fold(&wordBytes)
            scalars.removeSubrange(start...)
            for byte in wordBytes { scalars.append(UInt32(byte)) }
        }
        let word = scalars[start...]
        tokens.append(Token(start: start, count: word.count, isWord: true, hash: StableHash.fnv1a(word)))
    }

    /// Roman numerals of two letters or more; "i", "v" and "x" alone are too often words or names.
    private static let romanNumerals: [[UInt32]: Int] = Dictionary(uniqueKeysWithValues: [
        ("ii", 2), ("iii", 3), ("iv", 4), ("vi", 6), ("vii", 7), ("viii", 8), ("ix", 9), ("xi", 11), ("xii", 12),
        ("xiii", 13), ("xiv", 14), ("xv", 15), ("xvi", 16),
    ].map { (Array($0.0.unicodeScalars.map(\.value)), $0.1) })

    /// Fullwidth forms of ASCII punctuation and symbols (`？`, `，`, `（`, `：`): NFKC maps each
    /// to its ASCII form, and both are separators to the tokens, so the mapping (Foundation's,
    /// costly, and needed by two Chinese questions in five for these alone) changes nothing
    /// compared. Fullwidth letters and digits (`Ａ`, `１`) are words and still mapped.
    static func isFullwidthPunctuation(_ value: UInt32) -> Bool {
        switch value {
        case 0xFF01...0xFF0F, 0xFF1A...0xFF20, 0xFF3B...0xFF40, 0xFF5B...0xFF5E: return true
        default: return false
        }
    }

    /// NFKC changes nothing for ASCII and the main ideograph block, and nothing compared for
    /// fullwidth punctuation; anything else that NFKC with case folding would change, or a
    /// combining mark that may compose, needs Foundation's mapping.
    private static func needsCompatibilityMapping(_ text: String) -> Bool {
        text.unicodeScalars.contains { scalar in
            let value = scalar.value
            guard value >= 0x80, value < 0x4E00 || value > 0x9FFF, !isFullwidthPunctuation(value) else { return false }
            let properties = scalar.properties
            return properties.changesWhenNFKCCaseFolded || properties.canonicalCombiningClass != .notReordered
        }
    }
}
