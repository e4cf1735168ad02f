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
    package var trimmedWhitespace: String {
        let utf8 = self.utf8
        if let first = utf8.first, let last = utf8.last, Self.isASCIINonWhitespace(first), Self.isASCIINonWhitespace(last) { return self }
        return trimmed(where: \.isWhitespace)
    }

    private static func isASCIINonWhitespace(_ byte: UInt8) -> Bool {
        byte > 0x20 && byte < 0x7F
    }
}
