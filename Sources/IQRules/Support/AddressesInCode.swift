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
        // `Origin: http://…`, or within a sentence, `比如 Access-Control-Allow-Origin: http://…`:
        // a header's name and colon right before it.
        let lineStart = source.lineRange(source.line(containing: start)).start
        guard lineStart < start else { return false }
        let before = Substring(String(decoding: bytes[lineStart..<start], as: UTF8.self)).trimmingSuffix { $0 == " " || $0 == "\t" }
        guard before.hasSuffix(":") else { return false }
        let name = before.dropLast().reversed().prefix { $0.isASCII && ($0.isLetter || $0 == "-") }
        return headerNames.contains(String(name.reversed()).lowercased())
    }

    /// `参考答案：http://www.baidu.com` under a code block holding `"http://www.baidu.com"`:
    /// the value the code prints, quoted as its answer, not a link to follow. Only the three
    /// code blocks before the address (within its section) are read.
    static func isValueOfCodeAbove(_ range: SourceRange, in document: Document) -> Bool {
        let address = document.source.string(in: range)
        guard address.count >= 10 else { return false }
        let section = document.heading(before: range.start)?.range.end ?? 0
        return document.codeBlocks.lazy.filter { $0.range.end <= range.start && $0.range.start >= section }.suffix(3)
            .contains { $0.code.contains(address) }
    }

    /// HTTP headers whose value is an address.
    static let headerNames: Set<String> = ["origin", "referer", "host", "location", "access-control-allow-origin", "content-location"]
}

extension Substring {
    func trimmingSuffix(while isTrimmed: (Character) -> Bool) -> Substring {
        var text = self
        while let last = text.last, isTrimmed(last) { text = text.dropLast() }
        return text
    }
}
