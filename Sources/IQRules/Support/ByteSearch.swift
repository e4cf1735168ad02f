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
