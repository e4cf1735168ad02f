import Foundation

/// Checks URLs: each once per run, politely, never connecting to an address the policy refuses.
public final class LinkChecker: Sendable {
    public struct Run: Sendable {
        /// By the URL strings passed in.
        public let results: [String: LinkResult]
        /// HTTP requests actually sent (cache hits and refusals send none).
        public let requestsSent: Int
        /// Set when the machine's own network failed (no DNS, no route): one line for stderr.
        public let networkProblem: String?
    }

    private let configuration: LinkCheckConfiguration
    private let scheduler: HostScheduler
    private let fetcher: Fetcher
    private let resolver: HostResolver
    private let policy: AddressPolicy
    private let state = RunState()

    public init(configuration: LinkCheckConfiguration) {
        self.configuration = configuration
        scheduler = HostScheduler(global: configuration.globalConcurrency, perHost: configuration.perHostConcurrency,
                                  minimumInterval: configuration.minimumHostInterval,
                                  giveUpAfter429: configuration.giveUpAfter429,
                                  giveUpAfterTimeouts: configuration.giveUpAfterTimeouts)
        fetcher = Fetcher(configuration: configuration)
        resolver = HostResolver(pins: configuration.pins)
        policy = AddressPolicy(allowPrivate: configuration.allowPrivate, privateHosts: configuration.privateHosts)
    }

    /// Checks `urls` (duplicates are requested once), consulting and updating `cache` when given.
    public func check(_ urls: [String], cache: inout LinkCache?) async -> Run {
        var results: [String: LinkResult] = [:]
        var pending: [String: [String]] = [:]
        for url in urls where results[url] == nil {
            if let cached = cache?.lookup(url) {
                results[url] = cached
                continue
            }
            let key = (try? RequestURL(url).description) ?? url
            if pending[key] == nil { pending[key] = [] }
            if !(pending[key]!.contains(url)) { pending[key]!.append(url) }
        }
        let checked = await withTaskGroup(of: (String, LinkResult).self) { group in
            for key in pending.keys {
                group.addTask { (key, await self.checkOne(key)) }
            }
            var collected: [String: LinkResult] = [:]
            for await (key, result) in group { collected[key] = result }
            return collected
        }
        await fetcher.shutdown()
        for (key, originals) in pending {
            guard let result = checked[key] else { continue }
            for url in originals {
                results[url] = result
                cache?.record(url, result)
            }
        }
        let trouble = checked.values.contains { $0.networkTrouble }
        let problem = trouble ? await state.networkProblemText : nil
        return Run(results: results, requestsSent: await state.requests, networkProblem: problem)
    }

    private func checkOne(_ text: String) async -> LinkResult {
        let start: RequestURL
        do {
            start = try RequestURL(text)
        } catch {
            return LinkResult(.unverifiable(reason: error.reason))
        }
        if let token = configuration.githubToken, let api = GitHubAPI.apiURL(for: start, base: configuration.githubAPI) {
            let viaAPI = await follow(api, extraHeaders: [("Authorization", "Bearer \(token)"), ("Accept", "application/vnd.github+json")],
                                      apiCheck: true)
            // The API's 404 also answers for github.com's own pages (/features/copilot), so only
            // the page itself may call a link dead.
            if case .dead = viaAPI.outcome { return await follow(start, extraHeaders: [], apiCheck: false) }
            return viaAPI
        }
        return await follow(start, extraHeaders: [], apiCheck: false)
    }

    /// Requests `start`, following redirects by hand so that every hop's address is checked.
    private func follow(_ start: RequestURL, extraHeaders: [(String, String)], apiCheck: Bool) async -> LinkResult {
        var current = start
        var visited: Set<String> = [start.description]
        var allPermanent = true
        var hops = 0
        while true {
            let profile = HostProfiles.profile(for: current.host, in: configuration.profiles)
            let answer = await request(current, profile: profile, extraHeaders: extraHeaders)
            guard case .response(let response) = answer else {
                if case .finished(let result) = answer { return result }
                return LinkResult(.unverifiable(reason: "no answer"))
            }
            if (300...399).contains(response.status), response.status != 304,
               let location = response.headers.first(name: "Location") {
                if apiCheck { return LinkResult(.ok) }
                hops += 1
                guard hops <= configuration.maxRedirects else {
                    return LinkResult(.unverifiable(reason: "more than \(configuration.maxRedirects) redirects"))
                }
                let next: RequestURL
                do {
                    next = try current.resolving(location)
                } catch {
                    return LinkResult(.unverifiable(reason: "redirect to \(location): \(error.reason)"))
                }
                guard visited.insert(next.description).inserted else {
                    return LinkResult(.unverifiable(reason: "redirect loop at \(next)"))
                }
                allPermanent = allPermanent && (response.status == 301 || response.status == 308)
                if let nextProfile = HostProfiles.profile(for: next.host, in: configuration.profiles),
                   nextProfile.deletedRedirectPaths.contains(where: { next.path.hasPrefix($0) }) {
                    return LinkResult(.dead(reason: "redirected to \(nextProfile.name)'s page for missing content"))
                }
                current = next
                continue
            }
            let outcome = ResponseClassifier.classify(status: response.status, body: response.body, profile: profile)
            let moved = hops > 0 && allPermanent && outcome == .ok ? current.description : nil
            return LinkResult(outcome, permanentRedirect: moved)
        }
    }

    private enum Answer {
        case response(FetchedResponse)
        case finished(LinkResult)
    }

    /// One hop: resolve and check the address, then up to `maxRetries` retries on 429, 5xx,
    /// timeouts and refused connections.
    private func request(_ url: RequestURL, profile: HostProfile?, extraHeaders: [(String, String)]) async -> Answer {
        let address: IPAddress
        switch await resolve(url) {
        case .success(let checked): address = checked
        case .failure(let result): return .finished(result)
        }
        let headers = requestHeaders(for: url.host, profile: profile) + extraHeaders
        let bodyLimit = max(configuration.bodyLimit, profile?.bodyLimit ?? 0)
        var attempt = 0
        while true {
            // Checked after waiting for the slot: the host may have been given up meanwhile.
            await scheduler.acquire(url.host)
            if let reason = await scheduler.givenUp(url.host) {
                await scheduler.release(url.host)
                return .finished(LinkResult(.unverifiable(reason: reason)))
            }
            await state.countRequest()
            let outcome: Result<FetchedResponse, FetchFailure>
            do {
                outcome = .success(try await fetcher.fetch(url, address: address, headers: headers, bodyLimit: bodyLimit))
            } catch {
                outcome = .failure(error)
            }
            // A 429 or a timeout is counted while the slot is held: released first, the next
            // request to the host started before the count could give the host up.
            var givenUp: String?
            switch outcome {
            case .success(let response) where response.status == 429: givenUp = await scheduler.noteTooManyRequests(url.host)
            case .failure(.timeout): givenUp = await scheduler.noteTimeout(url.host)
            default: break
            }
            await scheduler.release(url.host)
            let canRetry = attempt < configuration.maxRetries
            attempt += 1
            switch outcome {
            case .success(let response) where response.status == 429:
                if let reason = givenUp {
                    return .finished(LinkResult(.unverifiable(reason: reason)))
                }
                guard canRetry else { return .finished(LinkResult(.unverifiable(reason: "HTTP 429 too many requests"))) }
                if let wait = RetryAfter.parse(response.headers.first(name: "Retry-After")) {
                    guard wait <= configuration.retryAfterCap else {
                        return .finished(LinkResult(.unverifiable(reason: "HTTP 429; Retry-After \(wait.components.seconds) s is longer than the cap")))
                    }
                    try? await Task.sleep(for: wait)
                } else {
                    try? await Task.sleep(for: backoff(attempt))
                }
            case .success(let response) where (500...599).contains(response.status) && canRetry:
                await scheduler.noteAnswered(url.host)
                try? await Task.sleep(for: backoff(attempt))
            case .success(let response):
                await scheduler.noteAnswered(url.host)
                return .response(response)
            case .failure(.timeout):
                if let reason = givenUp { return .finished(LinkResult(.unverifiable(reason: reason))) }
                guard canRetry else { return .finished(result(for: .timeout)) }
                try? await Task.sleep(for: backoff(attempt))
            case .failure(.refused) where canRetry, .failure(.reset) where canRetry:
                try? await Task.sleep(for: backoff(attempt))
            case .failure(let failure):
                return .finished(result(for: failure))
            }
        }
    }

    private func result(for failure: FetchFailure) -> LinkResult {
        switch failure {
        case .timeout:
            LinkResult(.unverifiable(reason: "timed out after \(Self.seconds(configuration.requestTimeout))"))
        case .refused:
            LinkResult(.dead(reason: "connection refused"))
        case .reset:
            LinkResult(.unverifiable(reason: "connection reset"))
        case .unreachable(let text):
            LinkResult(.unverifiable(reason: "network unreachable: \(Self.shorten(text))"), networkTrouble: true)
        case .tls(let text):
            LinkResult(.unverifiable(reason: "TLS error: \(Self.shorten(text))"))
        case .other(let text):
            LinkResult(.unverifiable(reason: Self.shorten(text)))
        }
    }

    private enum Resolved {
        case success(IPAddress)
        case failure(LinkResult)
    }

    /// Resolves the host, refuses the hop when ANY address is private (a mixed answer is how
    /// rebinding attacks start) and returns the single address the request is pinned to.
    private func resolve(_ url: RequestURL) async -> Resolved {
        let resolution = await state.resolution(host: url.host, port: url.port) {
            await self.resolver.resolve(host: url.host, port: url.port)
        }
        switch resolution {
        case .addresses(let addresses):
            for address in addresses {
                if let range = policy.refusal(of: address, host: url.host) {
                    return .failure(LinkResult(.unverifiable(reason: "private address refused (\(range))")))
                }
            }
            guard let first = addresses.first else { return .failure(LinkResult(.dead(reason: "DNS name has no address"))) }
            return .success(first)
        case .noSuchName:
            if await dnsWorks() { return .failure(LinkResult(.dead(reason: "DNS name does not exist"))) }
            await state.noteNetworkProblem("DNS resolves none of \(configuration.dnsCanaries.joined(separator: ", "))")
            return .failure(LinkResult(.unverifiable(reason: "DNS unavailable"), networkTrouble: true))
        case .failure(let text):
            await state.noteNetworkProblem("DNS lookup failed: \(text)")
            return .failure(LinkResult(.unverifiable(reason: "DNS lookup failed: \(text)"), networkTrouble: true))
        }
    }

    private func dnsWorks() async -> Bool {
        await state.dnsHealth {
            for canary in self.configuration.dnsCanaries {
                if case .addresses = await self.resolver.resolve(host: canary, port: 443) { return true }
            }
            return false
        }
    }

    private func requestHeaders(for host: String, profile: HostProfile?) -> [(String, String)] {
        var headers: [(String, String)] = [
            ("User-Agent", configuration.userAgent),
            ("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"),
            ("Accept-Language", "zh-CN,zh;q=0.9,en;q=0.8"),
        ]
        headers += profile?.headers ?? []
        for (domain, extra) in configuration.headers where host == domain || host.hasSuffix("." + domain) { headers += extra }
        return headers
    }

    private func backoff(_ attempt: Int) -> Duration {
        let factor = Double(1 << min(attempt - 1, 10)) * Double.random(in: 0.5...1.5)
        return configuration.backoffBase * factor
    }

    static func seconds(_ duration: Duration) -> String {
        let (seconds, attoseconds) = duration.components
        return attoseconds == 0 ? "\(seconds) s" : "\(Double(seconds) + Double(attoseconds) / 1e18) s"
    }

    static func shorten(_ text: String) -> String {
        let line = text.split(separator: "\n").first.map(String.init) ?? text
        return line.count > 120 ? String(line.prefix(117)) + "..." : line
    }
}

/// Shared per-run bookkeeping: request count, one DNS answer per host and port, network health.
private actor RunState {
    var requests = 0
    private var resolutions: [String: Task<Resolution, Never>] = [:]
    private var dnsCheck: Task<Bool, Never>?
    private(set) var networkProblemText = "network unavailable"

    func countRequest() { requests += 1 }

    /// Resolves each host and port once per run, so every hop to it is pinned to the same
    /// checked address even if DNS answers differently later (rebinding).
    func resolution(host: String, port: Int, _ resolve: @escaping @Sendable () async -> Resolution) async -> Resolution {
        let key = "\(host):\(port)"
        if let existing = resolutions[key] { return await existing.value }
        let task = Task { await resolve() }
        resolutions[key] = task
        return await task.value
    }

    func dnsHealth(_ probe: @escaping @Sendable () async -> Bool) async -> Bool {
        if let dnsCheck { return await dnsCheck.value }
        let task = Task { await probe() }
        dnsCheck = task
        return await task.value
    }

    func noteNetworkProblem(_ text: String) { networkProblemText = text }
}
