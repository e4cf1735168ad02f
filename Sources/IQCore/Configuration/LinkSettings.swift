import Yams

/// The `links:` section of `.iqlint.yml`: `links: true`, or a mapping of the link check's
/// settings. Validated here (with line numbers); IQLinks turns it into a check configuration.
///
/// ```yaml
/// links:
///   enabled: true
///   allow-private: false
///   cache: .iqlint-cache/links
///   timeout: 20            # seconds, whole request
///   headers:
///     example.com: {Cookie: "a=b"}
/// ```
public struct LinkSettings: Sendable, Equatable {
    public var enabled: Bool
    public var values: [String: ConfigValue]

    public init(enabled: Bool = false, values: [String: ConfigValue] = [:]) {
        self.enabled = enabled
        self.values = values
    }

    /// Every key with a default of the expected type.
    public static let known: [(key: String, prototype: ConfigValue, summary: String)] = [
        ("enabled", false, "check links in plain `check` runs"),
        ("allow-private", false, "allow loopback, private, link-local and CGNAT destinations"),
        ("private-hosts", .list([.string("")]), "host names that may resolve to private addresses (not where they redirect)"),
        ("cache", ".iqlint-cache/links", "cache file"),
        ("max-cache-age", "", "ignore cache entries older than this (30m, 12h, 2d)"),
        ("timeout", 20.0, "seconds for a whole request"),
        ("connect-timeout", 10.0, "seconds to connect"),
        ("concurrency", 16, "requests in flight"),
        ("per-host", 2, "requests in flight per host"),
        ("min-interval", 0.1, "seconds between request starts to one host"),
        ("retries", 2, "retries after 429, 5xx, timeouts and refused connections"),
        ("backoff", 0.5, "seconds of the first backoff step (doubles, with jitter)"),
        ("retry-after-cap", 30.0, "longest Retry-After honoured, in seconds"),
        ("give-up-after-429", 3, "429 answers after which a host is given up for the run"),
        ("give-up-after-timeouts", 4, "consecutive timeouts after which a host is given up for the run"),
        ("body-limit", 131_072, "body bytes read per response"),
        ("max-redirects", 10, "redirect hops followed"),
        ("headers", .map([:]), "extra request headers by domain"),
        ("resolve", .list([.string("")]), "HOST:PORT:ADDRESS pins, like curl --resolve"),
        ("dns-canaries", .list([.string("")]), "names that must resolve before 'no such DNS name' is trusted"),
    ]

    static func parse(_ node: Node, path: String) throws(ConfigurationError) -> LinkSettings {
        if let scalar = node.scalar {
            guard let flag = Bool.construct(from: scalar) else {
                throw ConfigurationError(path: path, line: node.mark?.line, problem: "'links' must be true, false or a mapping")
            }
            return LinkSettings(enabled: flag)
        }
        guard let mapping = node.mapping else {
            throw ConfigurationError(path: path, line: node.mark?.line, problem: "'links' must be true, false or a mapping")
        }
        var settings = LinkSettings(enabled: true)
        for (keyNode, valueNode) in mapping {
            let key = keyNode.string ?? ""
            guard let entry = known.first(where: { $0.key == key }) else {
                throw ConfigurationError(path: path, line: keyNode.mark?.line,
                                         problem: "unknown key '\(key)' in 'links'\(Configuration.suggestion(for: key, in: known.map(\.key)))")
            }
            let value = Configuration.configValue(valueNode)
            guard entry.prototype.accepts(value) else {
                throw ConfigurationError(path: path, line: valueNode.mark?.line,
                                         problem: "'links.\(key)' expects a \(entry.prototype.typeName), found \(value.typeName)")
            }
            if key == "enabled", case .bool(let flag) = value { settings.enabled = flag } else { settings.values[key] = value }
        }
        return settings
    }
}
