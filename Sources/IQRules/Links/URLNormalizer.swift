import IQMarkdown

/// The identity of the article a web link points to, so that two spellings of one URL compare
/// equal: scheme (http or https) and fragment ignored, host lowercased, default port and
/// trailing slash dropped, percent-encoding decoded, tracking parameters removed and the rest
/// sorted; and on hosts that give one article several addresses, the article's id.
enum URLNormalizer {
    static func identity(of destination: String, tracking: TrackingParameters = .defaults) -> String? {
        let url = ParsedURL(destination.trimmingWhitespace)
        guard url.isHTTP, let host = url.host else { return nil }
        let segments = url.path.split(separator: "/").map { ParsedURL.percentDecoded(String($0)) }
        if let article = articleIdentity(host: host, segments: segments, url: url) { return article }

        var identity = host
        if let port = url.port, !(port == 80 || port == 443) { identity += ":\(port)" }
        identity += "/" + segments.joined(separator: "/")
        let kept = url.queryItems.filter { !tracking.isTracking($0, in: url) }
            .map { ParsedURL.percentDecoded(url.string($0.range), keeping: "&=#%") }
            .sorted()
        if !kept.isEmpty { identity += "?" + kept.joined(separator: "&") }
        return identity
    }

    /// Host-specific ids: the same article under several addresses.
    private static func articleIdentity(host: String, segments: [String], url: ParsedURL) -> String? {
        // CSDN: blog.csdn.net/<user>/article/details/<id> and <user>.blog.csdn.net/article/details/<id>.
        if ParsedURL.host(host, isWithin: "blog.csdn.net"),
           let details = segments.firstIndex(of: "details"), details > 0, segments[details - 1] == "article",
           details + 1 < segments.count, isNumber(segments[details + 1]) {
            return "csdn:article:" + segments[details + 1]
        }
        if ParsedURL.host(host, isWithin: "zhihu.com") {
            // zhuanlan.zhihu.com/p/<id> and www.zhihu.com/tardis/<channel>/art/<id>.
            if host == "zhuanlan.zhihu.com", segments.count == 2, segments[0] == "p", isNumber(segments[1]) {
                return "zhihu:article:" + segments[1]
            }
            if segments.count == 4, segments[0] == "tardis", segments[2] == "art", isNumber(segments[3]) {
                return "zhihu:article:" + segments[3]
            }
            if let answer = segments.firstIndex(of: "answer"), answer + 1 < segments.count, isNumber(segments[answer + 1]) {
                return "zhihu:answer:" + segments[answer + 1]
            }
        }
        // WeChat articles: __biz (the account), mid (the message) and idx (the article in it).
        if host == "mp.weixin.qq.com", segments == ["s"] {
            var values: [String: String] = [:]
            for item in url.queryItems { values[item.name] = item.value.map { ParsedURL.percentDecoded($0, keeping: "") } }
            if let biz = values["__biz"], let mid = values["mid"], let idx = values["idx"] {
                return "weixin:\(biz):\(mid):\(idx)"
            }
        }
        return nil
    }

    private static func isNumber(_ text: String) -> Bool { !text.isEmpty && text.utf8.allSatisfy(ParsedURL.isDigit) }
}

extension String {
    var trimmingWhitespace: String {
        trimmed(where: \.isWhitespace)
    }
}
