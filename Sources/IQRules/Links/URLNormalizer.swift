import IQMarkdown

/// The identity of the article a web link points to, so that two spellings of one URL compare
/// equal: scheme (http or https) and fragment ignored, host lowercased and without `www.`, default port and
/// trailing slash dropped, percent-encoding decoded, tracking parameters removed and the rest
/// sorted; and on hosts that give one article several addresses (CSDN, Zhihu, WeChat, arXiv),
/// the article's id.
enum URLNormalizer {
    static func identity(of destination: String, tracking: TrackingParameters = .defaults) -> String? {
        identityAndClue(of: destination, tracking: tracking)?.identity
    }

    /// The identity, and bytes that every destination with this identity and without `%`
    /// holds as written (see `URLClue`).
    static func identityAndClue(of destination: String, tracking: TrackingParameters = .defaults) -> (identity: String, clue: URLClue)? {
        let url = ParsedURL(destination.trimmedWhitespace)
        guard url.isHTTP, let host = url.host else { return nil }
        let segments = Self.segments(of: url.path).map { ParsedURL.percentDecoded($0) }
        if let article = articleIdentity(host: host, segments: segments, url: url) { return article }

        // `www.statsig.com` and `statsig.com`: one site on its `www.` host and its bare domain.
        // (`www.example` is a domain of its own.)
        let site = host.hasPrefix("www.") && host.dropFirst(4).contains(".") ? String(host.dropFirst(4)) : host
        var identity = site
        if let port = url.port, !(port == 80 || port == 443) { identity += ":\(port)" }
        identity += "/" + segments.joined(separator: "/")
        let kept = url.queryItems.filter { !tracking.isTracking($0, in: url) }
            .map { ParsedURL.percentDecoded(url.string($0.range), keeping: "&=#%") }
            .sorted()
        if !kept.isEmpty { identity += "?" + kept.joined(separator: "&") }
        // Decoded segments and items hold no `/`, `?`, `&` or `#` (those stay encoded), so an
        // identity splits back into them, and without `%` they are written as they are. A WeChat
        // identity ("weixin:" and the decoded parameters) may look like a host "weixin" with a port.
        let clue: URLClue
        if identity.hasPrefix("weixin:") {
            clue = .anything
        } else if let longest = segments.max(by: { $0.utf8.count < $1.utf8.count }) ?? kept.max(by: { $0.utf8.count < $1.utf8.count }) {
            clue = .bytes(Array(longest.utf8))
        } else {
            clue = site.utf8.allSatisfy { $0 < 0x80 } ? .host(Array(site.utf8)) : .anything
        }
        return (identity, clue)
    }

    /// The path's non-empty segments between `/` characters, split on the bytes when the path
    /// is ASCII (then every `/` byte is a character of its own; nearly every path is).
    static func segments(of path: String) -> [String] {
        var contiguous = path
        let ascii = contiguous.withUTF8 { bytes in
            bytes.allSatisfy { $0 < 0x80 } ? bytes.split(separator: UInt8(ascii: "/")).map { String(decoding: $0, as: UTF8.self) } : nil
        }
        return ascii ?? path.split(separator: "/").map(String.init)
    }

    /// Host-specific ids: the same article under several addresses. Their clue is the id as
    /// written: an article identity holds no `/` (unlike every other) and its own prefix.
    private static func articleIdentity(host: String, segments: [String], url: ParsedURL) -> (identity: String, clue: URLClue)? {
        // CSDN: blog.csdn.net/<user>/article/details/<id> and <user>.blog.csdn.net/article/details/<id>.
        if ParsedURL.host(host, isWithin: "blog.csdn.net"),
           let details = segments.firstIndex(of: "details"), details > 0, segments[details - 1] == "article",
           details + 1 < segments.count, isNumber(segments[details + 1]) {
            return ("csdn:article:" + segments[details + 1], .bytes(Array(segments[details + 1].utf8)))
        }
        if ParsedURL.host(host, isWithin: "zhihu.com") {
            // zhuanlan.zhihu.com/p/<id> and www.zhihu.com/tardis/<channel>/art/<id>.
            if host == "zhuanlan.zhihu.com", segments.count == 2, segments[0] == "p", isNumber(segments[1]) {
                return ("zhihu:article:" + segments[1], .bytes(Array(segments[1].utf8)))
            }
            if segments.count == 4, segments[0] == "tardis", segments[2] == "art", isNumber(segments[3]) {
                return ("zhihu:article:" + segments[3], .bytes(Array(segments[3].utf8)))
            }
            if let answer = segments.firstIndex(of: "answer"), answer + 1 < segments.count, isNumber(segments[answer + 1]) {
                return ("zhihu:answer:" + segments[answer + 1], .bytes(Array(segments[answer + 1].utf8)))
            }
        }
        // arXiv: one paper at abs/<id>, pdf/<id>, pdf/<id>.pdf and html/<id>, in any version
        // (`2404.09221`, `2404.09221v2`).
        if host == "arxiv.org" || host == "www.arxiv.org" || host == "export.arxiv.org", segments.count == 2,
           ["abs", "pdf", "html"].contains(segments[0]), let paper = arXivIdentifier(segments[1]) {
            return ("arxiv:" + paper, .bytes(Array(paper.utf8)))
        }
        // WeChat articles: __biz (the account), mid (the message) and idx (the article in it).
        if host == "mp.weixin.qq.com", segments == ["s"] {
            var values: [String: String] = [:]
            for item in url.queryItems { values[item.name] = item.value.map { ParsedURL.percentDecoded($0, keeping: "") } }
            if let biz = values["__biz"], let mid = values["mid"], let idx = values["idx"] {
                // Parameters decoded to `:`, `/` or `#` could be split another way, or be read
                // as another kind of identity.
                let parts = [biz, mid, idx]
                let splitsOneWay = parts.allSatisfy { !$0.utf8.contains { $0 == UInt8(ascii: ":") || $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: "#") } }
                let longest = parts.max { $0.utf8.count < $1.utf8.count } ?? ""
                return ("weixin:\(biz):\(mid):\(idx)", splitsOneWay ? .bytes(Array(longest.utf8)) : .anything)
            }
        }
        return nil
    }

    private static func isNumber(_ text: String) -> Bool { !text.isEmpty && text.utf8.allSatisfy(ParsedURL.isDigit) }

    /// `2404.09221` from `2404.09221`, `2404.09221v2`, `2404.09221.pdf` or `2404.09221v2.pdf`:
    /// four digits, a dot, four or five digits.
    static func arXivIdentifier(_ segment: String) -> String? {
        var name = Substring(segment)
        if name.hasSuffix(".pdf") { name = name.dropLast(4) }
        if let v = name.lastIndex(of: "v"), isNumber(String(name[name.index(after: v)...])) { name = name[..<v] }
        let parts = name.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].utf8.count == 4, (4...5).contains(parts[1].utf8.count),
              isNumber(String(parts[0])), isNumber(String(parts[1])) else { return nil }
        return String(name)
    }
}

/// What a destination must hold, as written, to have a given identity, when it holds no `%`
/// (percent-decoding is the only way an identity gets bytes the destination does not show):
/// pull-request mode normalises only the links that could be the same article as a changed one.
enum URLClue: Hashable {
    /// No cheap test: every destination may have the identity.
    case anything
    /// These bytes: a path segment, a kept query item, an article's id.
    case bytes([UInt8])
    /// This lowercase ASCII host, in any case; a destination with a non-ASCII byte may have it
    /// too (lowercasing can turn some non-ASCII letters into ASCII ones).
    case host([UInt8])

    /// Whether `destination` may have the identity this clue was taken from.
    func mayMatch(_ destination: String) -> Bool {
        var destination = destination
        return destination.withUTF8 { bytes in
            if bytes.contains(UInt8(ascii: "%")) { return true }
            switch self {
            case .anything: return true
            case .bytes(let clue): return clue.withUnsafeBufferPointer { UTF8Characters.contains($0, in: bytes, foldingCase: false) }
            case .host(let clue):
                return !bytes.allSatisfy { $0 < 0x80 } || clue.withUnsafeBufferPointer { UTF8Characters.contains($0, in: bytes, foldingCase: true) }
            }
        }
    }
}
