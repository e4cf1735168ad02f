import IQMarkdown

/// Addresses that are part of code or protocol text written as prose, not links a reader
/// follows: an XML attribute's value (`<beans xmlns="http://www.springframework.org/schema/beans"`,
/// a namespace name that must stay as written) or an HTTP header's (`Origin: http://api.bob.com`).
enum AddressesInCode {
    /// Whether the address at `range` is such a value.
    static func holds(_ range: SourceRange, in source: SourceText) -> Bool {
        let bytes = source.bytes
        let start = range.start
        // `xmlns="http://…"`, `href='http://…'`.
        if start >= 2, bytes[start - 1] == UInt8(ascii: "\"") || bytes[start - 1] == UInt8(ascii: "'"), bytes[start - 2] == UInt8(ascii: "=") { return true }
        // `Origin: http://…` alone before it on its line (after a list marker or a quote's `>`).
        let lineStart = source.lineRange(source.line(containing: start)).start
        guard lineStart < start else { return false }
        let before = String(decoding: bytes[lineStart..<start], as: UTF8.self)
            .drop { $0 == " " || $0 == "\t" || $0 == ">" || $0 == "-" || $0 == "*" || $0 == "+" }
            .trimmingSuffix { $0 == " " || $0 == "\t" }
        guard before.hasSuffix(":") else { return false }
        return headerNames.contains(before.dropLast().lowercased())
    }

    /// HTTP headers whose value is an address.
    static let headerNames: Set<String> = ["origin", "referer", "host", "location", "access-control-allow-origin", "content-location"]
}

private extension Substring {
    func trimmingSuffix(while isTrimmed: (Character) -> Bool) -> Substring {
        var text = self
        while let last = text.last, isTrimmed(last) { text = text.dropLast() }
        return text
    }
}
