import Foundation

/// An http(s) URL split into what the checker needs: where to connect and what to ask for.
/// Hosts are lowercased; the fragment is dropped because servers never see it.
public struct RequestURL: Sendable, Hashable, CustomStringConvertible {
    public let scheme: String
    /// Lowercased host name, or an IP literal (IPv6 without brackets).
    public let host: String
    public let port: Int
    public let explicitPort: Bool
    /// Path and query, at least "/".
    public let target: String

    public enum ParseError: Error, Equatable, Sendable {
        case unsupportedScheme(String)
        case invalid(String)

        public var reason: String {
            switch self {
            case .unsupportedScheme(let scheme): "scheme '\(scheme)' is not checked (only http and https)"
            case .invalid(let problem): "invalid URL: \(problem)"
            }
        }
    }

    public init(_ text: String) throws(ParseError) {
        guard let colon = text.firstIndex(of: ":") else { throw .invalid("no scheme") }
        let scheme = text[..<colon].lowercased()
        guard scheme == "http" || scheme == "https" else { throw .unsupportedScheme(scheme) }
        var rest = text[text.index(after: colon)...]
        guard rest.hasPrefix("//") else { throw .invalid("no host") }
        rest = rest.dropFirst(2)
        if let hash = rest.firstIndex(of: "#") { rest = rest[..<hash] }
        let authorityEnd = rest.firstIndex { $0 == "/" || $0 == "?" } ?? rest.endIndex
        var authority = rest[..<authorityEnd]
        var target = String(rest[authorityEnd...])
        if target.isEmpty || target.hasPrefix("?") { target = "/" + target }
        if let at = authority.lastIndex(of: "@") { authority = authority[authority.index(after: at)...] }
        var host: Substring
        var portText: Substring?
        if authority.hasPrefix("[") {
            guard let close = authority.firstIndex(of: "]") else { throw .invalid("unclosed IPv6 literal") }
            host = authority[authority.index(after: authority.startIndex)..<close]
            let after = authority[authority.index(after: close)...]
            if after.hasPrefix(":") { portText = after.dropFirst() } else if !after.isEmpty { throw .invalid("bad port") }
        } else if let portColon = authority.lastIndex(of: ":") {
            host = authority[..<portColon]
            portText = authority[authority.index(after: portColon)...]
        } else {
            host = authority
        }
        guard !host.isEmpty else { throw .invalid("empty host") }
        guard host.allSatisfy({ $0.isASCII && !$0.isWhitespace && $0 != "%" || authority.hasPrefix("[") }) else {
            throw .invalid("host is not ASCII")
        }
        var port = scheme == "https" ? 443 : 80
        var explicit = false
        if let portText, !portText.isEmpty {
            guard let value = Int(portText), (1...65535).contains(value) else { throw .invalid("bad port") }
            port = value
            explicit = true
        }
        if host.hasSuffix(".") { host = host.dropLast() }
        self.scheme = scheme
        self.host = host.lowercased()
        self.port = port
        self.explicitPort = explicit && port != (scheme == "https" ? 443 : 80)
        self.target = RequestURL.percentEncoded(target)
    }

    /// Markdown destinations are often IRIs (`/wiki/注意力机制`): non-ASCII bytes, spaces and
    /// characters HTTP forbids in a request target are percent-encoded; existing escapes stay.
    static func percentEncoded(_ target: String) -> String {
        let forbidden = Set(" \"<>\\^`{|}".utf8)
        var result: [UInt8] = []
        for byte in target.utf8 {
            if byte >= 0x80 || byte < 0x21 || forbidden.contains(byte) {
                result += Array(String(format: "%%%02X", byte).utf8)
            } else {
                result.append(byte)
            }
        }
        return String(decoding: result, as: UTF8.self)
    }

    /// The host as it appears in a URL (IPv6 literals in brackets).
    public var hostForURL: String { host.contains(":") ? "[\(host)]" : host }

    public var description: String {
        "\(scheme)://\(hostForURL)\(explicitPort ? ":\(port)" : "")\(target)"
    }

    /// The path without the query.
    public var path: String { String(target.prefix { $0 != "?" }) }

    /// Resolves a `Location` header against this URL (absolute, scheme-relative, absolute-path
    /// or relative reference).
    public func resolving(_ location: String) throws(ParseError) -> RequestURL {
        let trimmed = location.trimmingWhitespace
        if trimmed.hasPrefix("//") { return try RequestURL("\(scheme):\(trimmed)") }
        if let colon = trimmed.firstIndex(of: ":"), trimmed[..<colon].allSatisfy({ $0.isLetter || $0.isNumber || "+-.".contains($0) }),
           !trimmed[..<colon].isEmpty {
            return try RequestURL(trimmed)
        }
        let origin = "\(scheme)://\(hostForURL)\(explicitPort ? ":\(port)" : "")"
        if trimmed.hasPrefix("/") { return try RequestURL(origin + trimmed) }
        if trimmed.hasPrefix("?") { return try RequestURL(origin + path + trimmed) }
        let directory = path.lastIndex(of: "/").map { String(path[...$0]) } ?? "/"
        return try RequestURL(origin + directory + trimmed)
    }
}

extension String {
    var trimmingWhitespace: String {
        String(drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
    }
}
