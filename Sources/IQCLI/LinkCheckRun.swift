import Dispatch
import IQCore
import IQLinks
import IQRules

/// Runs the network check for the URLs of `files` and turns the results into the `results`
/// option of the dead-link rule.
struct LinkCheckRun {
    let options: LinkOptions
    let settings: LinkSettings

    /// Whether this run checks links at all (flag, or `links: true` in the configuration).
    var isEnabled: Bool { options.enabled || settings.enabled }

    /// Checks every checkable URL of `files` that none of `reference` contains, and returns the
    /// dead-link rule's `results` option.
    func results(files: [MarkdownFile], excludingURLsOf reference: [MarkdownFile]) throws(CLIFailure) -> ConfigValue {
        let known = Set(reference.flatMap(DeadLinkRule.checkableURLs))
        var urls: [String] = []
        var seen = Set<String>()
        for file in files {
            for url in DeadLinkRule.checkableURLs(in: file) where !known.contains(url) && seen.insert(url).inserted {
                urls.append(url)
            }
        }
        guard !urls.isEmpty else { return .map([:]) }
        let configuration = try checkConfiguration()
        var cache = try makeCache()
        let checker = LinkChecker(configuration: configuration)
        let run = Blocking.run { [cache, urls] in
            var cache = cache
            let run = await checker.check(urls, cache: &cache)
            return (run, cache)
        }
        cache = run.1
        if let cache {
            do {
                try cache.save()
            } catch {
                StandardStreams.writeError("iqlint: warning: cannot write link cache \(cache.path): \(error)\n")
            }
        }
        if let problem = run.0.networkProblem {
            let skipped = run.0.results.values.filter(\.networkTrouble).count
            StandardStreams.writeError("iqlint: links: no network (\(problem)); \(skipped) link\(skipped == 1 ? "" : "s") not checked\n")
        }
        var verdicts: [String: ConfigValue] = [:]
        for (url, result) in run.0.results where !result.networkTrouble {
            verdicts[url] = .string(Self.verdict(result).text)
        }
        return .map(verdicts)
    }

    static func verdict(_ result: LinkResult) -> DeadLinkRule.Verdict {
        switch result.outcome {
        case .ok: result.permanentRedirect.map(DeadLinkRule.Verdict.moved) ?? .ok
        case .dead(let reason): .dead(reason)
        case .unverifiable(let reason): .unverifiable(reason)
        }
    }

    private func makeCache() throws(CLIFailure) -> LinkCache? {
        guard !options.noCache else { return nil }
        var lifetimes = LinkCache.Lifetimes()
        if let text = options.maxCacheAge ?? settings.string("max-cache-age"), !text.isEmpty {
            guard let age = Self.duration(text) else {
                throw CLIFailure("--max-cache-age: expected a duration like 30m, 12h or 2d, found '\(text)'")
            }
            lifetimes.maximumAge = age
        }
        return LinkCache(path: options.linkCache ?? settings.string("cache") ?? ".iqlint-cache/links", lifetimes: lifetimes)
    }

    func checkConfiguration() throws(CLIFailure) -> LinkCheckConfiguration {
        var configuration = LinkCheckConfiguration()
        configuration.userAgent = "iqlint/\(IQLintVersion.current) (link check; +https://github.com/iqlint/iqlint)"
        configuration.allowPrivate = options.allowPrivate || settings.bool("allow-private") == true
        if let seconds = options.linkTimeout ?? settings.number("timeout") { configuration.requestTimeout = try Self.seconds(seconds, "timeout") }
        if let seconds = options.linkConnectTimeout ?? settings.number("connect-timeout") {
            configuration.connectTimeout = try Self.seconds(seconds, "connect-timeout")
        }
        if let value = settings.int("concurrency") { configuration.globalConcurrency = max(1, value) }
        if let value = settings.int("per-host") { configuration.perHostConcurrency = max(1, value) }
        if let value = settings.number("min-interval") { configuration.minimumHostInterval = try Self.seconds(value, "min-interval", allowZero: true) }
        if let value = settings.int("retries") { configuration.maxRetries = max(0, value) }
        if let value = settings.number("backoff") { configuration.backoffBase = try Self.seconds(value, "backoff", allowZero: true) }
        if let value = settings.number("retry-after-cap") { configuration.retryAfterCap = try Self.seconds(value, "retry-after-cap", allowZero: true) }
        if let value = settings.int("give-up-after-429") { configuration.giveUpAfter429 = max(1, value) }
        if let value = settings.int("give-up-after-timeouts") { configuration.giveUpAfterTimeouts = max(1, value) }
        if let value = settings.int("body-limit") { configuration.bodyLimit = max(1024, value) }
        if let value = settings.int("max-redirects") { configuration.maxRedirects = max(0, value) }
        if let canaries = settings.strings("dns-canaries") { configuration.dnsCanaries = canaries }
        configuration.privateHosts = Set((settings.strings("private-hosts") ?? []).map { $0.lowercased() })
        if case .map(let byDomain)? = settings.values["headers"] {
            for (domain, value) in byDomain {
                guard case .map(let headers) = value else { throw CLIFailure("links.headers.\(domain): expected a mapping of header names to values") }
                configuration.headers[domain.lowercased()] = headers.sorted { $0.key < $1.key }.compactMap { name, value in
                    if case .string(let text) = value { (name, text) } else { nil }
                }
            }
        }
        for pin in (settings.strings("resolve") ?? []) + options.pins {
            guard let parsed = HostResolver.parsePin(pin) else {
                throw CLIFailure("--resolve: expected HOST:PORT:ADDRESS, found '\(pin)'")
            }
            configuration.pins[parsed.key] = parsed.address
        }
        let environment = StandardStreams.environmentVariables
        if let token = environment["GITHUB_TOKEN"], !token.isEmpty { configuration.githubToken = token }
        if let api = environment["GITHUB_API_URL"], !api.isEmpty { configuration.githubAPI = api }
        return configuration
    }

    private static func seconds(_ value: Double, _ name: String, allowZero: Bool = false) throws(CLIFailure) -> Duration {
        guard value.isFinite, value > 0 || (allowZero && value == 0), value < 86_400 else {
            throw CLIFailure("link \(name): expected a positive number of seconds, found \(value)")
        }
        return .milliseconds(Int64((value * 1000).rounded()))
    }

    /// `90s`, `30m`, `12h`, `2d` (a bare number is seconds).
    static func duration(_ text: String) -> Duration? {
        let units: [Character: Int64] = ["s": 1, "m": 60, "h": 3600, "d": 86_400]
        var number = Substring(text)
        var unit: Int64 = 1
        if let last = text.last, let factor = units[last] {
            unit = factor
            number = number.dropLast()
        }
        guard let value = Int64(number), value >= 0, value < Int64.max / 86_400 / 1000 else { return nil }
        return .seconds(value * unit)
    }
}

extension LinkSettings {
    func string(_ key: String) -> String? { if case .string(let text)? = values[key] { text } else { nil } }
    func bool(_ key: String) -> Bool? { if case .bool(let flag)? = values[key] { flag } else { nil } }
    func int(_ key: String) -> Int? { if case .int(let number)? = values[key] { number } else { nil } }

    func number(_ key: String) -> Double? {
        switch values[key] {
        case .double(let number)?: number
        case .int(let number)?: Double(number)
        default: nil
        }
    }

    func strings(_ key: String) -> [String]? {
        guard case .list(let items)? = values[key] else { return nil }
        return items.compactMap { if case .string(let text) = $0 { text } else { nil } }
    }
}

/// Runs async work from a synchronous command: the main thread waits, outside the
/// concurrency pool, while the work runs on it.
enum Blocking {
    private final class Box<Value>: @unchecked Sendable {
        var value: Value?
    }

    static func run<Value>(_ work: @escaping @Sendable () async -> Value) -> Value {
        let box = Box<Value>()
        let done = DispatchSemaphore(value: 0)
        Task.detached {
            box.value = await work()
            done.signal()
        }
        done.wait()
        return box.value!
    }
}
