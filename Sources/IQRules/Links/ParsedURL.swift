/// A URL split into scheme, host, port, path, query and fragment by byte offsets into the text
/// as written. Nothing is decoded or re-encoded (Foundation's `URL` rejects or rewrites CJK and
/// unusual percent-encoding), so a fix built from these offsets changes only the bytes it means to.
struct ParsedURL: Sendable {
    /// One `name=value` pair of the query, as written.
    struct QueryItem: Sendable, Hashable {
        /// The name as written (still percent-encoded).
        let name: String
        /// The value as written, nil when there is no `=`.
        let value: String?
        /// Bytes of the whole `name=value` in the text.
        let range: Range<Int>
    }

    /// The URL as written: a slice of the file's bytes for a destination taken from the source,
    /// so the link of every item of a bank does not keep a copy of its URL.
    // Stored so that a parsed URL takes 80 bytes: a file's links are parsed once and kept while
    // its rules run, and a bank has a link per item.
    private let storage: [UInt8]
    /// Lowercased, without a trailing dot; nil without `//` authority.
    let host: String?
    let queryItems: [QueryItem]
    // Offsets in 32 bits (a URL lives in a file under 2 GiB): the URL's bytes in `storage`,
    // then, from the URL's first byte, where the scheme ends (its `:`, -1 without one) and
    // the parts.
    private let writtenStart: Int32
    private let writtenEnd: Int32
    private let schemeEnd: Int32
    private let storedPortRange: Span
    private let storedPathRange: Span
    private let storedQueryRange: Span
    private let storedFragmentRange: Span
    /// `Int32.min` without a port (or with one no 32-bit number holds, which no request can use).
    private let storedPort: Int32

    /// Bytes of `:port` including the colon.
    var portRange: Range<Int>? { storedPortRange.range }
    var pathRange: Range<Int> { storedPathRange.range ?? 0..<0 }
    /// Bytes after `?` up to `#` or the end.
    var queryRange: Range<Int>? { storedQueryRange.range }
    /// Bytes after `#`.
    var fragmentRange: Range<Int>? { storedFragmentRange.range }
    var port: Int? { storedPort == Int32.min ? nil : Int(storedPort) }
    /// Lowercased, without the `:`.
    var scheme: String? { schemeEnd < 0 ? nil : string(0..<Int(schemeEnd)).lowercased() }
    var hasScheme: Bool { schemeEnd >= 0 }

    /// Whether the scheme is `name` (lowercase ASCII), in any case, read from the bytes: link
    /// rules ask it of every link of a bank.
    func hasScheme(_ name: StaticString) -> Bool {
        guard Int(schemeEnd) == name.utf8CodeUnitCount else { return false }
        let bytes = written
        let base = bytes.startIndex
        return name.withUTF8Buffer { expected in
            expected.indices.allSatisfy { (bytes[base + $0] | 0x20) == expected[$0] }
        }
    }
    private var written: ArraySlice<UInt8> { storage[Int(writtenStart)..<Int(writtenEnd)] }

    init(_ text: String) {
        let bytes = Array(text.utf8)
        self.init(bytes, range: 0..<bytes.count)
    }

    /// The URL that `range` of `bytes` holds (the bytes are shared, not copied).
    init(_ storage: [UInt8], range: Range<Int>) {
        self.storage = storage
        writtenStart = Int32(range.lowerBound)
        writtenEnd = Int32(range.upperBound)
        // Parsed in place, with offsets from the URL's first byte.
        let parts = storage.withUnsafeBufferPointer { whole in Parts(UnsafeBufferPointer(rebasing: whole[range])) }
        schemeEnd = Int32(parts.schemeEnd)
        host = parts.host
        // A port too large for 32 bits is no port a request could use.
        storedPort = parts.port.flatMap { Int32(exactly: $0) } ?? Int32.min
        storedPortRange = Span(parts.portRange)
        storedPathRange = Span(parts.pathRange)
        storedQueryRange = Span(parts.queryRange)
        storedFragmentRange = Span(parts.fragmentRange)
        queryItems = parts.queryItems
    }

    /// `/`, `?` or `#`: the end of a URL's authority.
    @inline(__always) static func endsAuthority(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "/") || byte == UInt8(ascii: "?") || byte == UInt8(ascii: "#")
    }

    /// The host's name lowercased: on the bytes when they are ASCII (nearly every host), as
    /// `String.lowercased()` gives for them.
    static func lowercasedHost(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> String {
        guard bytes.allSatisfy({ $0 < 0x80 }) else { return String(decoding: bytes, as: UTF8.self).lowercased() }
        return String(unsafeUninitializedCapacity: bytes.count) { buffer in
            for (offset, byte) in bytes.enumerated() { buffer[offset] = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte }
            return bytes.count
        }
    }

    /// The parts of a URL's bytes, by offsets from its first byte.
    private struct Parts {
        var schemeEnd = -1
        var host: String?
        var port: Int?
        var portRange: Range<Int>?
        var pathRange = 0..<0
        var queryRange: Range<Int>?
        var fragmentRange: Range<Int>?
        var queryItems: [QueryItem] = []

        init(_ bytes: UnsafeBufferPointer<UInt8>) {
            var index = 0
            if let colon = bytes.firstIndex(of: UInt8(ascii: ":")), colon > 0, ParsedURL.isAlpha(bytes[0]),
               bytes[..<colon].allSatisfy({ ParsedURL.isAlpha($0) || ParsedURL.isDigit($0) || $0 == UInt8(ascii: "+") || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: ".") }) {
                schemeEnd = colon
                index = colon + 1
            }
            if schemeEnd >= 0, bytes[index...].starts(with: [UInt8(ascii: "/"), UInt8(ascii: "/")]) {
                let authorityStart = index + 2
                var authorityEnd = authorityStart
                while authorityEnd < bytes.count, !ParsedURL.endsAuthority(bytes[authorityEnd]) { authorityEnd += 1 }
                var hostStart = authorityStart
                if let at = bytes[authorityStart..<authorityEnd].lastIndex(of: UInt8(ascii: "@")) { hostStart = at + 1 }
                var hostEnd = authorityEnd
                if hostStart < authorityEnd, bytes[hostStart] == UInt8(ascii: "[") {
                    hostEnd = (bytes[hostStart..<authorityEnd].firstIndex(of: UInt8(ascii: "]")) ?? authorityEnd - 1) + 1
                } else if let colon = bytes[hostStart..<authorityEnd].firstIndex(of: UInt8(ascii: ":")) {
                    hostEnd = colon
                }
                if hostEnd < authorityEnd, bytes[hostEnd] == UInt8(ascii: ":") {
                    portRange = hostEnd..<authorityEnd
                    port = Int(String(decoding: bytes[(hostEnd + 1)..<authorityEnd], as: UTF8.self))
                }
                var name = ParsedURL.lowercasedHost(bytes[hostStart..<hostEnd])
                if name.hasSuffix(".") { name.removeLast() }
                host = name
                index = authorityEnd
            }
            let pathStart = index
            while index < bytes.count, bytes[index] != UInt8(ascii: "?"), bytes[index] != UInt8(ascii: "#") { index += 1 }
            pathRange = pathStart..<index
            if index < bytes.count, bytes[index] == UInt8(ascii: "?") {
                let queryStart = index + 1
                index = queryStart
                while index < bytes.count, bytes[index] != UInt8(ascii: "#") { index += 1 }
                queryRange = queryStart..<index
            }
            fragmentRange = index < bytes.count ? (index + 1)..<bytes.count : nil
            queryItems = queryRange.map { ParsedURL.items(in: bytes, range: $0) } ?? []
        }
    }

    /// A range of offsets in 32 bits; a negative start stands for none.
    private struct Span: Sendable {
        let start: Int32
        let end: Int32

        init(_ range: Range<Int>?) {
            start = range.map { Int32($0.lowerBound) } ?? -1
            end = range.map { Int32($0.upperBound) } ?? -1
        }

        var range: Range<Int>? { start < 0 ? nil : Int(start)..<Int(end) }
    }

    var path: String { string(pathRange) }
    var query: String? { queryRange.map(string) }
    var fragment: String? { fragmentRange.map(string) }
    var isHTTP: Bool { (hasScheme("http") || hasScheme("https")) && !(host ?? "").isEmpty }

    func string(_ range: Range<Int>) -> String {
        let base = written.startIndex
        return String(decoding: written[(base + range.lowerBound)..<(base + range.upperBound)], as: UTF8.self)
    }

    /// True when the host is `domain` or one of its subdomains.
    func isOnHost(_ domain: String) -> Bool {
        guard let host else { return false }
        return ParsedURL.host(host, isWithin: domain)
    }

    static func host(_ host: String, isWithin domain: String) -> Bool {
        let domain = domain.lowercased()
        return host == domain || host.hasSuffix("." + domain)
    }

    /// The bytes to replace to keep only `kept` of the query: from `?` to the end of the
    /// query. Each item that goes is cut with one separator next to it (the one before it,
    /// else the one after); everything else stays as written, empty items (`?&&a=1`) included,
    /// so the address keeps every byte the page showed but the parameters. Without a kept
    /// item the whole query goes, `?` included.
    func queryReplacement(keeping kept: [QueryItem]) -> (range: Range<Int>, replacement: String)? {
        guard let queryRange else { return nil }
        let whole = (queryRange.lowerBound - 1)..<queryRange.upperBound
        guard !kept.isEmpty else { return (whole, "") }
        let keptRanges = Set(kept.map(\.range))
        // Each removed item goes with one separator beside it, the one before it unless an
        // earlier cut took that one: two removed items side by side (`from=…&isappinstalled=…&`)
        // once shared a separator, and the second stayed. The rest stays as written.
        var replacement = "?"
        var position = queryRange.lowerBound
        for item in queryItems where !keptRanges.contains(item.range) {
            var cut = item.range
            if let before = separator(endingAt: item.range.lowerBound, after: position) {
                cut = before.lowerBound..<item.range.upperBound
            } else if let after = separator(startingAt: item.range.upperBound, before: queryRange.upperBound) {
                cut = item.range.lowerBound..<after.upperBound
            }
            guard cut.lowerBound >= position else { continue }
            replacement += string(position..<cut.lowerBound)
            position = cut.upperBound
        }
        replacement += string(position..<queryRange.upperBound)
        return (whole, replacement)
    }

    private static let ampersandEntity = Array("&amp;".utf8)
    private static let escapedAmpersand = Array("\\&".utf8)

    /// The `&`, `\&` or `&amp;` that ends at `end` (not reaching before `floor`).
    private func separator(endingAt end: Int, after floor: Int) -> Range<Int>? {
        [Self.ampersandEntity.count, 2, 1].lazy.map { (end - $0)..<end }.first { $0.lowerBound >= floor && isSeparator($0) }
    }

    /// The `&`, `\&` or `&amp;` that starts at `start` (not reaching past `ceiling`).
    private func separator(startingAt start: Int, before ceiling: Int) -> Range<Int>? {
        [Self.ampersandEntity.count, 2, 1].lazy.map { start..<(start + $0) }.first { $0.upperBound <= ceiling && isSeparator($0) }
    }

    /// Whether the URL's bytes in `range` are `&`, `\&` or `&amp;`.
    private func isSeparator(_ range: Range<Int>) -> Bool {
        let bytes = written
        let base = bytes.startIndex
        guard range.lowerBound >= 0, base + range.upperBound <= bytes.endIndex else { return false }
        let candidate = bytes[(base + range.lowerBound)..<(base + range.upperBound)]
        return candidate.elementsEqual(Self.ampersandEntity) || candidate.elementsEqual(Self.escapedAmpersand)
            || candidate.elementsEqual([UInt8(ascii: "&")])
    }

    /// Splits at `&` (and `&amp;`, which Markdown turns into `&`), skipping empty items.
    private static func items(in bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>) -> [QueryItem] {
        var items: [QueryItem] = []
        var start = range.lowerBound
        var index = start
        func close(at end: Int) {
            guard end > start else { return }
            let raw = bytes[start..<end]
            let equals = raw.firstIndex(of: UInt8(ascii: "="))
            let name = String(decoding: bytes[start..<(equals ?? end)], as: UTF8.self)
            let value = equals.map { String(decoding: bytes[($0 + 1)..<end], as: UTF8.self) }
            items.append(QueryItem(name: name, value: value, range: start..<end))
        }
        while index < range.upperBound {
            if bytes[index] == UInt8(ascii: "&") {
                // `\&`: Markdown's escaped `&`, the separator written whole.
                close(at: index > start && bytes[index - 1] == UInt8(ascii: "\\") ? index - 1 : index)
                let entity = ampersandEntity
                index += bytes[index..<range.upperBound].starts(with: entity) ? entity.count : 1
                start = index
            } else {
                index += 1
            }
        }
        close(at: range.upperBound)
        return items
    }

    static func isAlpha(_ byte: UInt8) -> Bool { (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z") }
    /// `http://myweb/users`, `http://server:8080/`: a host without a dot names a machine on the
    /// reader's own network (or an example), which no public certificate covers; so does a
    /// private, loopback or link-local IPv4 address (`192.168.3.200`, `10.0.0.5`, `127.0.0.1`),
    /// and one with digits masked (`192.xxx.16.211`). An underscore, which no public host name
    /// holds, keeps it a name (`http://link_to_implementation`, a template's placeholder).
    static func isLocalName(_ host: String?) -> Bool {
        guard let host, !host.isEmpty else { return false }
        if host.utf8.allSatisfy({ $0 < 0x80 && ($0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "_") || ParsedURL.isDigit($0) || (0x41...0x5A).contains($0 & 0xDF)) }) {
            return true
        }
        return isPrivateIPv4(host)
    }

    /// Four dot-separated parts of digits (or `x`, `*` masking them) in a private, loopback or
    /// link-local range, or with a part masked.
    static func isPrivateIPv4(_ host: String) -> Bool {
        let parts = host.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 4, parts.allSatisfy({ !$0.isEmpty && $0.count <= 3 && $0.allSatisfy { $0.isASCII && ($0.isNumber || "xX*".contains($0)) } })
        else { return false }
        let numbers = parts.map { Int($0) }
        if numbers.contains(nil) { return true }
        let (first, second) = (numbers[0]!, numbers[1]!)
        return first == 10 || first == 127 || (first == 192 && second == 168) || (first == 172 && (16...31).contains(second))
            || (first == 169 && second == 254) || numbers.allSatisfy { $0 == 0 }
    }

    static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

    /// Decodes `%XX` sequences to UTF-8 except those that would change the URL's structure;
    /// returns `text` unchanged when the result is not valid UTF-8.
    static func percentDecoded(_ text: String, keeping reserved: String = "/?#%&=") -> String {
        guard text.containsBytes("%") else { return text }
        let bytes = Array(text.utf8)
        let keep = Set(reserved.utf8)
        var result: [UInt8] = []
        var index = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "%"), index + 2 < bytes.count,
               let value = UInt8(String(decoding: bytes[(index + 1)...(index + 2)], as: UTF8.self), radix: 16), !keep.contains(value) {
                result.append(value)
                index += 3
            } else {
                result.append(bytes[index])
                index += 1
            }
        }
        return String(validating: result, as: UTF8.self) ?? text
    }
}
