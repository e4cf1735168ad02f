/// What checking one URL found.
public enum LinkOutcome: Sendable, Equatable, Codable {
    case ok
    /// The page is gone: 404/410, no such DNS name, refused after retries, a profile's "deleted" page.
    case dead(reason: String)
    /// The check could not tell: bot walls, rate limits, timeouts, TLS errors, refused addresses.
    case unverifiable(reason: String)

    public var kind: String {
        switch self {
        case .ok: "ok"
        case .dead: "dead"
        case .unverifiable: "unverifiable"
        }
    }

    public var reason: String? {
        switch self {
        case .ok: nil
        case .dead(let reason), .unverifiable(let reason): reason
        }
    }
}

/// The result for one URL, as reported and cached.
public struct LinkResult: Sendable, Equatable, Codable {
    public var outcome: LinkOutcome
    /// Where every hop answered with a permanent redirect (301/308): the final URL.
    public var permanentRedirect: String?
    /// True when the failure came from the machine's own network (no DNS, no route), not from
    /// the link: such results are neither reported as dead nor cached.
    public var networkTrouble: Bool

    public init(_ outcome: LinkOutcome, permanentRedirect: String? = nil, networkTrouble: Bool = false) {
        self.outcome = outcome
        self.permanentRedirect = permanentRedirect
        self.networkTrouble = networkTrouble
    }
}
