/// Tests on UTF-8 bytes that must agree with the same tests on characters: rules run them on
/// every item of a large bank, where building and comparing `Character`s cost a visible share.
///
/// A match of bytes is a match of characters only when it ends on a character boundary, so
/// every search here checks the scalar after the match (``continuesCharacter(_:at:countingJoiner:)``).
/// ASCII letters are compared in any case: needles are lowercase ASCII or CJK, and no other
/// letter lowercases to an ASCII one without a mark after it (`İ`).
enum UTF8Characters {
    /// The byte with an ASCII capital lowercased.
    @inline(__always) static func folded(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte }

    /// The scalar whose bytes start at `offset`; nil past the end or on invalid bytes.
    static func scalar(in bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> Unicode.Scalar? {
        guard offset < bytes.count else { return nil }
        var iterator = bytes[offset...].makeIterator()
        var decoder = UTF8()
        if case .scalarValue(let scalar) = decoder.decode(&iterator) { return scalar }
        return nil
    }

    /// Whether the scalar at `offset` extends the character before it: a combining mark, a
    /// variation selector, a spacing mark, and with `countingJoiner` a zero-width joiner. A
    /// match ending there ends inside a character. Foundation's and the standard library's
    /// string searches differ on the joiner, so each caller says which one it stands for.
    static func continuesCharacter(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int, countingJoiner: Bool) -> Bool {
        guard offset < bytes.count, bytes[offset] >= 0x80, let scalar = scalar(in: bytes, at: offset) else { return false }
        return extendsCharacter(scalar, countingJoiner: countingJoiner)
    }

    /// See ``continuesCharacter(_:at:countingJoiner:)``. (Non-spacing and enclosing marks and
    /// the variation selectors are all `Grapheme_Extend`; spacing marks and the joiner are not.)
    static func extendsCharacter(_ scalar: Unicode.Scalar, countingJoiner: Bool) -> Bool {
        if countingJoiner && scalar.value == 0x200D { return true }
        let properties = scalar.properties
        return properties.isGraphemeExtend || properties.generalCategory == .spacingMark
    }

    /// `text.firstIndex(of: Character(byte))` for an ASCII character other than CR and LF,
    /// searched on the bytes while they are ASCII (there each such byte is a character of its
    /// own); from the first other byte, by characters (a mark after it, or a prepended scalar
    /// before it, makes it part of another character). URLs are nearly always ASCII.
    static func firstIndex(ofASCII byte: UInt8, in text: String) -> String.Index? {
        precondition(byte < 0x80 && byte != 0x0D && byte != 0x0A, "an ASCII character of its own")
        let utf8 = text.utf8
        // On contiguous bytes when the string has them (native strings): the generic search over
        // the view steps one index at a time.
        let offset: Int?? = utf8.withContiguousStorageIfAvailable { bytes in bytes.firstIndex { $0 == byte || $0 >= 0x80 } }
        let foundIndex: String.Index? = switch offset {
        case .some(let offset): offset.map { utf8.index(utf8.startIndex, offsetBy: $0) }
        case .none: utf8.firstIndex(where: { $0 == byte || $0 >= 0x80 })
        }
        guard let found = foundIndex else { return nil }
        let next = utf8.index(after: found)
        if utf8[found] == byte, next == utf8.endIndex || utf8[next] < 0x80 { return found }
        return text.firstIndex(of: Character(Unicode.Scalar(byte)))
    }

    /// Whether the bytes of `needle` occur in `bytes`, with `foldingCase` ASCII letters of
    /// `bytes` in any case (`needle` is then lowercase). No character boundary is checked:
    /// for needles that are ASCII, or quick filters before the real test.
    static func contains(_ needle: UnsafeBufferPointer<UInt8>, in bytes: UnsafeBufferPointer<UInt8>, foldingCase: Bool) -> Bool {
        guard let first = needle.first else { return true }
        guard bytes.count >= needle.count else { return false }
        for start in 0...(bytes.count - needle.count) where (foldingCase ? folded(bytes[start]) : bytes[start]) == first {
            var matched = 1
            while matched < needle.count, (foldingCase ? folded(bytes[start + matched]) : bytes[start + matched]) == needle[matched] { matched += 1 }
            if matched == needle.count { return true }
        }
        return false
    }

    /// Whether `bytes` end with `suffix`, byte for byte.
    static func hasSuffix(_ bytes: UnsafeBufferPointer<UInt8>, _ suffix: [UInt8]) -> Bool {
        bytes.count >= suffix.count && bytes[(bytes.count - suffix.count)...].elementsEqual(suffix)
    }

    /// Whether `word` (lowercase) is written at `offset`, ASCII letters in any case.
    static func matchesFolded(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int, _ word: [UInt8]) -> Bool {
        guard offset >= 0, offset + word.count <= bytes.count else { return false }
        for index in word.indices where folded(bytes[offset + index]) != word[index] { return false }
        return true
    }

    /// Whether `needle` (lowercase) occurs in `bytes` as whole characters, ASCII letters in any
    /// case (`countingJoiner` as in ``continuesCharacter(_:at:countingJoiner:)``).
    static func containsFolded(_ needle: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, countingJoiner: Bool) -> Bool {
        guard bytes.count >= needle.count, let first = needle.first else { return needle.isEmpty }
        for offset in 0...(bytes.count - needle.count) where folded(bytes[offset]) == first {
            if matchesFolded(bytes, at: offset, needle), !continuesCharacter(bytes, at: offset + needle.count, countingJoiner: countingJoiner) {
                return true
            }
        }
        return false
    }
}
