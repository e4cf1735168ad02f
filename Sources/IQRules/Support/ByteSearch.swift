extension String {
    /// Whether the UTF-8 bytes of `needle` occur in the string: a byte search, without the
    /// grapheme-aware (and on Linux much slower) comparison of Foundation's `contains`. Meant
    /// for ASCII needles used as a quick filter before the real check.
    func containsBytes(_ needle: StaticString) -> Bool {
        needle.withUTF8Buffer { needle in
            guard let first = needle.first else { return true }
            var string = self
            return string.withUTF8 { bytes in
                guard bytes.count >= needle.count else { return false }
                var index = 0
                let last = bytes.count - needle.count
                while index <= last {
                    if bytes[index] == first {
                        var matched = 1
                        while matched < needle.count, bytes[index + matched] == needle[matched] { matched += 1 }
                        if matched == needle.count { return true }
                    }
                    index += 1
                }
                return false
            }
        }
    }
}
