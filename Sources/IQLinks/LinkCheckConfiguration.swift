/// Every knob of a link check, with the documented defaults.
public struct LinkCheckConfiguration: Sendable {
    public var globalConcurrency = 16
    public var perHostConcurrency = 2
    /// Requests to one host start at least this far apart (10 per second per host, like LinkChecker).
    public var minimumHostInterval: Duration = .milliseconds(100)
    public var connectTimeout: Duration = .seconds(10)
    /// The whole request: connect, head and the (limited) body.
    public var requestTimeout: Duration = .seconds(20)
    public var maxRedirects = 10
    /// Retries after a 429, a 5xx, a timeout or a refused connection.
    public var maxRetries = 2
    /// Longest `Retry-After` honoured; a longer one makes the link unverifiable instead of waiting.
    public var retryAfterCap: Duration = .seconds(30)
    /// First backoff step; doubles per retry, with ±50 % jitter.
    public var backoffBase: Duration = .milliseconds(500)
    /// 429 answers after which a host is given up for the run.
    public var giveUpAfter429 = 3
    /// Consecutive timeouts (attempts, retries included) after which a host is given up.
    public var giveUpAfterTimeouts = 4
    /// Body bytes read per response (profiles may raise it).
    public var bodyLimit = 128 * 1024
    public var userAgent = "iqlint (link check; +https://github.com/iqlint/iqlint)"
    /// Extra request headers by domain (the host or any subdomain matches).
    public var headers: [String: [(String, String)]] = [:]
    /// Lifts the refusal of loopback, private, link-local, CGNAT and unspecified addresses.
    public var allowPrivate = false
    /// Host names exempt from the refusal (their own addresses only, not where they redirect).
    public var privateHosts: Set<String> = []
    /// curl-style `--resolve` pins: "host:port" → address.
    public var pins: [String: IPAddress] = [:]
    public var profiles = HostProfiles.builtin
    /// With a token, github.com repository, issue and pull request pages are checked via the API.
    public var githubToken: String?
    public var githubAPI = "https://api.github.com"
    /// Names that must resolve for "no such DNS name" to be trusted: a resolver that knows none
    /// of them is a machine without network, not a list of dead links.
    public var dnsCanaries = ["example.com", "www.iana.org"]

    public init() {}
}
