extension String {
    /// The text without the leading and trailing characters for which `isTrimmed` is true.
    ///
    /// Scans from both ends in place: the `drop/reversed/drop/reversed` idiom it replaces built
    /// the result one Character at a time and dominated the profile of large files.
    package func trimmed(where isTrimmed: (Character) -> Bool) -> String {
        guard let first = firstIndex(where: { !isTrimmed($0) }) else { return "" }
        let last = lastIndex(where: { !isTrimmed($0) })!
        // Nothing to trim (the usual case): share the storage instead of copying.
        if first == startIndex, index(after: last) == endIndex { return self }
        return String(self[first...last])
    }

    /// `trimmed(where: \.isWhitespace)`, without looking at a character when the text starts and
    /// ends with an ASCII byte that is not whitespace (most texts): no character that holds such
    /// a byte first or last can be whitespace, as no whitespace scalar joins a character with
    /// the ASCII letter, digit or mark after it.
    ///
    /// The same holds, read on the bytes, for a CJK text: a character is whitespace when its
    /// first scalar is, and no whitespace scalar has a lead byte other than an ASCII one, `C2`,
    /// `E1`, `E2` or `E3`; an ideograph (U+4000–U+9FFF) or a fullwidth form (U+FF00–U+FF7F) at
    /// the end neither is whitespace nor joins the scalar before it.
    package var trimmedWhitespace: String {
        let utf8 = self.utf8
        if let first = utf8.first, Self.opensWithoutWhitespace(first), Self.closesWithoutWhitespace(utf8) { return self }
        return trimmed(where: \.isWhitespace)
    }

    private static func isASCIINonWhitespace(_ byte: UInt8) -> Bool {
        byte > 0x20 && byte < 0x7F
    }

    /// Whether a text starting with `byte` starts with a character that is not whitespace.
    private static func opensWithoutWhitespace(_ byte: UInt8) -> Bool {
        isASCIINonWhitespace(byte) || byte >= 0xC3 && byte != 0xE1 && byte != 0xE2 && byte != 0xE3
    }

    /// Whether the text ends with an ASCII byte that is not whitespace, an ideograph or a
    /// fullwidth form.
    private static func closesWithoutWhitespace(_ utf8: UTF8View) -> Bool {
        guard let last = utf8.last else { return false }
        if last < 0x80 { return isASCIINonWhitespace(last) }
        guard utf8.count >= 3 else { return false }
        let start = utf8.index(utf8.endIndex, offsetBy: -3)
        let lead = utf8[start], second = utf8[utf8.index(after: start)]
        return (0xE4...0xE9).contains(lead) && (0x80...0xBF).contains(second)
            || lead == 0xEF && (second == 0xBC || second == 0xBD)
    }
}
