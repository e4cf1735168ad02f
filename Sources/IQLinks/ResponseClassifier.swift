/// Turns a final (non-redirect) response into an outcome, with the host's profile first.
enum ResponseClassifier {
    static func classify(status: Int, body: [UInt8], profile: HostProfile?) -> LinkOutcome {
        if let profile, let reason = profile.unverifiableStatuses[status] { return .unverifiable(reason: reason) }
        switch status {
        case 200...299:
            guard let profile else { return .ok }
            let text = String(decoding: body, as: UTF8.self)
            if let marker = profile.deletedMarkers.first(where: text.contains) {
                return .dead(reason: "\(profile.name) page says \"\(marker)\"")
            }
            if let marker = profile.challengeMarkers.first(where: text.contains) {
                return .unverifiable(reason: "\(profile.name) challenge page (\"\(marker)\")")
            }
            return .ok
        case 404: return .dead(reason: "HTTP 404 not found")
        case 410: return .dead(reason: "HTTP 410 gone")
        case 401: return .unverifiable(reason: "HTTP 401 login required")
        case 403: return .unverifiable(reason: "HTTP 403 forbidden (often a bot wall)")
        case 429: return .unverifiable(reason: "HTTP 429 too many requests")
        case 999: return .unverifiable(reason: "HTTP 999 (bot wall)")
        case 300...399: return .unverifiable(reason: "HTTP \(status) without a Location header")
        default: return .unverifiable(reason: "HTTP \(status)")
        }
    }
}

/// `Retry-After` as seconds; HTTP dates are taken as "too long to know" (nil falls back to backoff).
enum RetryAfter {
    static func parse(_ value: String?) -> Duration? {
        guard let value, let seconds = Int(value.trimmingWhitespace), seconds >= 0 else { return nil }
        return .seconds(seconds)
    }
}

/// github.com repository, issue and pull request pages map to REST API resources, which answer
/// 404 for what is gone without the HTML rate limits.
enum GitHubAPI {
    static func apiURL(for url: RequestURL, base: String) -> RequestURL? {
        guard url.host == "github.com" || url.host == "www.github.com" else { return nil }
        let parts = url.path.split(separator: "/").map(String.init)
        let api: String
        switch parts.count {
        case 2:
            api = "/repos/\(parts[0])/\(parts[1])"
        case 4 where (parts[2] == "issues" || parts[2] == "pull") && Int(parts[3]) != nil:
            api = "/repos/\(parts[0])/\(parts[1])/issues/\(parts[3])"
        default:
            return nil
        }
        let trimmedBase = base.hasSuffix("/") ? String(base.dropLast()) : base
        return try? RequestURL(trimmedBase + api)
    }
}
