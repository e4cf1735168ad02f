import Foundation

extension String {
    /// Whether the UTF-8 bytes of `needle` occur in the string: a byte search, without the
    /// grapheme-aware (and on Linux much slower) comparison of Foundation's `contains`. Meant
    /// for ASCII needles used as a quick filter before the real check.
    func containsBytes(_ needle: StaticString) -> Bool {
        needle.withUTF8Buffer { needle in
            var string = self
            return string.withUTF8 { UTF8Characters.contains(needle, in: $0, foldingCase: false) }
        }
    }
}

extension StringProtocol {
    /// Whether `other` occurs in the text, as Foundation's `contains(_:)` says: on the UTF-8
    /// bytes, the match not ending inside a character (before a combining mark; a joiner after
    /// it ends the match, as with Foundation). Where either text may hold a combining mark, so
    /// that one of them can be written decomposed (`Re\u{301}fe\u{301}rences`), a match the
    /// bytes miss is left to Foundation, which compares canonical equivalents. An empty `other`
    /// occurs nowhere, as with Foundation.
    ///
    /// More specific than Foundation's generic `contains(_:)`, which every file of this module
    /// would otherwise call (extensions are visible module-wide once one file imports
    /// Foundation): on Linux that one bridges both strings to `NSString` and compares them
    /// character cluster by cluster, and the rules ask it of every item of a bank (a keyword of
    /// a question, a cue of a remark): the largest cost of a 10,000-item bank besides parsing.
    func contains(_ other: String) -> Bool {
        guard !other.isEmpty else { return false }
        var needle = other
        let (found, mayBeDecomposed) = needle.withUTF8 { needle in
            let search = { (bytes: UnsafeBufferPointer<UInt8>) in
                (ByteSearch.holds(needle, in: bytes), ByteSearch.mayHoldCombiningMarks(bytes) || ByteSearch.mayHoldCombiningMarks(needle))
            }
            return utf8.withContiguousStorageIfAvailable(search) ?? Array(utf8).withUnsafeBufferPointer(search)
        }
        return found || mayBeDecomposed && range(of: other) != nil
    }
}

/// The byte search behind `contains(_:)`.
private enum ByteSearch {
    static func holds(_ needle: UnsafeBufferPointer<UInt8>, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = needle.first, bytes.count >= needle.count else { return false }
        for start in 0...(bytes.count - needle.count) where bytes[start] == first {
            var matched = 1
            while matched < needle.count, bytes[start + matched] == needle[matched] { matched += 1 }
            if matched == needle.count, !UTF8Characters.continuesCharacter(bytes, at: start + needle.count, countingJoiner: false) { return true }
        }
        return false
    }

    /// Whether `bytes` may encode a combining mark: a scalar of U+0300–U+07FF (combining
    /// diacritics, and the Greek, Cyrillic, Hebrew and Arabic blocks around their own marks), of
    /// U+0800–U+1FFF (Indic scripts, Hangul jamo, more diacritics), U+20C0–U+20FF, U+302A–U+302F,
    /// U+3099–U+309A (kana voicing marks) or U+FE00–U+FE3F. Latin letters with accents (U+00C0–
    /// U+02FF), Hangul syllables, kana and Han characters are none of them.
    static func mayHoldCombiningMarks(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0xCC { index += 1; continue }
            if byte <= 0xDF || byte == 0xE0 || byte == 0xE1 { return true }
            let second = index + 1 < bytes.count ? bytes[index + 1] : 0, third = index + 2 < bytes.count ? bytes[index + 2] : 0
            switch byte {
            case 0xE2 where second == 0x83: return true
            case 0xE3 where second == 0x80 && (0xAA...0xAF).contains(third), 0xE3 where second == 0x82 && (0x99...0x9A).contains(third): return true
            case 0xEF where second == 0xB8: return true
            default: index += 1
            }
        }
        return false
    }
}
