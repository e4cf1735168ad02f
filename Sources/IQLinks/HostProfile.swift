/// How to read the answers of one site. Profiles are plain data (`HostProfiles.builtin`): which
/// page texts mean "deleted" or "bot wall", which statuses the site misuses, extra headers.
public struct HostProfile: Sendable {
    public let name: String
    /// The host itself or any subdomain of these matches (`zhihu.com` matches `zhuanlan.zhihu.com`).
    public let domains: [String]
    /// Body texts of a page that says the content is gone although the status may be 200.
    public let deletedMarkers: [String]
    /// Body texts of a challenge or bot wall: the page may well exist.
    public let challengeMarkers: [String]
    /// Statuses this site answers to bots for pages that exist (e.g. zhihu's 403).
    public let unverifiableStatuses: [Int: String]
    /// Redirect targets (path prefixes) that mean the page is gone, e.g. a "not found" landing page.
    public let deletedRedirectPaths: [String]
    public let headers: [(String, String)]
    /// How many body bytes to read before judging (some sites put the message late in the page).
    public let bodyLimit: Int?

    public init(name: String, domains: [String], deletedMarkers: [String] = [], challengeMarkers: [String] = [],
                unverifiableStatuses: [Int: String] = [:], deletedRedirectPaths: [String] = [],
                headers: [(String, String)] = [], bodyLimit: Int? = nil) {
        self.name = name
        self.domains = domains
        self.deletedMarkers = deletedMarkers
        self.challengeMarkers = challengeMarkers
        self.unverifiableStatuses = unverifiableStatuses
        self.deletedRedirectPaths = deletedRedirectPaths
        self.headers = headers
        self.bodyLimit = bodyLimit
    }

    public func matches(host: String) -> Bool {
        domains.contains { host == $0 || host.hasSuffix("." + $0) }
    }
}
