@testable import IQLinks
import IQTestSupport
import Testing

/// The checker against a real HTTP server on 127.0.0.1 (Tests/IQLinksTests/Server/link_server.py).
/// Timeouts and backoffs are shortened so that the suite stays fast; nothing asserts on time.
@Suite(.serialized) struct LinkCheckerTests {
    static func configuration(allowPrivate: Bool = true) -> LinkCheckConfiguration {
        var configuration = LinkCheckConfiguration()
        configuration.allowPrivate = allowPrivate
        configuration.requestTimeout = .milliseconds(700)
        configuration.connectTimeout = .milliseconds(500)
        configuration.backoffBase = .milliseconds(10)
        configuration.retryAfterCap = .seconds(2)
        configuration.minimumHostInterval = .zero
        configuration.dnsCanaries = ["localhost"]
        return configuration
    }

    static func check(_ urls: [String], _ configuration: LinkCheckConfiguration = configuration()) async -> LinkChecker.Run {
        var cache: LinkCache? = nil
        return await LinkChecker(configuration: configuration).check(urls, cache: &cache)
    }

    @Test func okAndDeadStatuses() async throws {
        let server = try LinkServer()
        let o = server.origin()
        let run = await Self.check(["\(o)/ok", "\(o)/404", "\(o)/410", "\(o)/403"])
        #expect(run.results["\(o)/ok"]?.outcome == .ok)
        #expect(run.results["\(o)/404"]?.outcome == .dead(reason: "HTTP 404 not found"))
        #expect(run.results["\(o)/410"]?.outcome == .dead(reason: "HTTP 410 gone"))
        #expect(run.results["\(o)/403"]?.outcome.kind == "unverifiable")
        #expect(run.requestsSent == 4)
        let stats = try server.stats()
        #expect(stats.requests == 4)
        #expect(stats.userAgents.allSatisfy { $0.contains("iqlint") })
    }

    @Test func eachURLIsRequestedOncePerRun() async throws {
        let server = try LinkServer()
        let o = server.origin()
        let run = await Self.check(["\(o)/ok", "\(o)/ok", "\(o)/ok#section", "\(o)/ok#other"])
        #expect(run.results.count == 3 && run.results.values.allSatisfy { $0.outcome == .ok })
        #expect(try server.stats().paths["/ok"] == 1)
    }

    @Test func permanentRedirectChainIsFollowedByHand() async throws {
        let server = try LinkServer()
        let o = server.origin()
        let run = await Self.check(["\(o)/chain/3", "\(o)/temporary", "\(o)/chain/12"])
        #expect(run.results["\(o)/chain/3"] == LinkResult(.ok, permanentRedirect: "\(o)/ok/article"))
        #expect(run.results["\(o)/temporary"] == LinkResult(.ok), "a 302 is not a permanent move")
        #expect(run.results["\(o)/chain/12"]?.outcome == .unverifiable(reason: "more than 10 redirects"))
        // /chain/12 is followed for 10 hops (down to /chain/2) and /chain/1 is never asked.
        let paths = try server.stats().paths
        #expect(paths["/chain/2"] == 2 && paths["/chain/1"] == 1, "\(paths)")
    }

    @Test func redirectLoopIsUnverifiable() async throws {
        let server = try LinkServer()
        let run = await Self.check([server.origin() + "/loop/a"])
        let outcome = try #require(run.results[server.origin() + "/loop/a"]?.outcome)
        #expect(outcome.kind == "unverifiable" && outcome.reason?.contains("redirect loop") == true)
        #expect(try server.stats().requests == 2)
    }

    @Test func tooManyRequestsIsRetriedWithAndWithoutRetryAfter() async throws {
        let server = try LinkServer()
        let o = server.origin()
        let run = await Self.check(["\(o)/flaky429-retry-after", "\(o)/flaky429-plain"])
        #expect(run.results["\(o)/flaky429-retry-after"]?.outcome == .ok)
        #expect(run.results["\(o)/flaky429-plain"]?.outcome == .ok)
        let stats = try server.stats()
        #expect(stats.paths["/flaky429-retry-after"] == 2 && stats.paths["/flaky429-plain"] == 2)
    }

    @Test func retryAfterLongerThanTheCapIsNotWaitedFor() async throws {
        let server = try LinkServer()
        var configuration = Self.configuration()
        configuration.retryAfterCap = .milliseconds(100)
        let run = await Self.check([server.origin() + "/flaky429-retry-after"], configuration)
        #expect(run.results[server.origin() + "/flaky429-retry-after"]?.outcome.kind == "unverifiable")
        #expect(try server.stats().requests == 1)
    }

    @Test func hostThatKeepsAnswering429IsGivenUp() async throws {
        let server = try LinkServer()
        var configuration = Self.configuration()
        configuration.perHostConcurrency = 1
        let urls = (0..<10).map { server.origin() + "/always429/\($0)" }
        let run = await Self.check(urls, configuration)
        #expect(urls.allSatisfy { run.results[$0]?.outcome.kind == "unverifiable" })
        #expect(urls.contains { run.results[$0]?.outcome.reason?.contains("given up") == true })
        // 3 answers of 429 give the host up: far fewer than 10 URLs × 3 attempts.
        #expect(try server.stats().requests == configuration.giveUpAfter429)
    }

    @Test func serverErrorsAreRetried() async throws {
        let server = try LinkServer()
        let run = await Self.check([server.origin() + "/flaky503"])
        #expect(run.results[server.origin() + "/flaky503"]?.outcome == .ok)
        #expect(try server.stats().requests == 2)
    }

    @Test func slowResponseTimesOutAsUnverifiable() async throws {
        let server = try LinkServer()
        var configuration = Self.configuration()
        configuration.maxRetries = 0
        let run = await Self.check([server.origin() + "/slow"], configuration)
        let outcome = try #require(run.results[server.origin() + "/slow"]?.outcome)
        #expect(outcome.kind == "unverifiable" && outcome.reason?.contains("timed out") == true, "\(outcome)")
    }

    @Test func hostThatKeepsTimingOutIsGivenUp() async throws {
        let server = try LinkServer()
        var configuration = Self.configuration()
        configuration.requestTimeout = .milliseconds(300)
        configuration.perHostConcurrency = 1
        configuration.giveUpAfterTimeouts = 2
        let urls = (0..<5).map { server.origin() + "/slow?\($0)" }
        let run = await Self.check(urls, configuration)
        #expect(urls.allSatisfy { run.results[$0]?.outcome.kind == "unverifiable" })
        #expect(urls.filter { run.results[$0]?.outcome.reason?.contains("keeps timing out") == true }.count >= 4)
        // Two timeouts give the host up; a retry of the second can already be on its way when
        // that happens (timing), but never one request per remaining link.
        #expect((2...3).contains(run.requestsSent), "two timeouts, then the host is given up: \(run.requestsSent) requests")
    }

    @Test func connectionResetIsUnverifiable() async throws {
        let server = try LinkServer()
        var configuration = Self.configuration()
        configuration.maxRetries = 1
        let run = await Self.check([server.origin() + "/reset"], configuration)
        let outcome = try #require(run.results[server.origin() + "/reset"]?.outcome)
        #expect(outcome.kind == "unverifiable", "\(outcome)")
        #expect(try server.stats().paths["/reset"] == 2, "reset is retried")
    }

    @Test func refusedConnectionIsDeadAfterRetries() async throws {
        let port = try LinkServer().port  // released at once: nothing listens there any more
        let run = await Self.check(["http://127.0.0.1:\(port)/ok"])
        #expect(run.results["http://127.0.0.1:\(port)/ok"]?.outcome == .dead(reason: "connection refused"))
        #expect(run.requestsSent == 3)
    }

    @Test func tlsFailureIsUnverifiable() async throws {
        let server = try LinkServer()
        var configuration = Self.configuration()
        configuration.maxRetries = 0
        // The server speaks plain HTTP: the TLS handshake cannot succeed.
        let url = "https://127.0.0.1:\(server.port)/ok"
        let run = await Self.check([url], configuration)
        let outcome = try #require(run.results[url]?.outcome)
        #expect(outcome.kind == "unverifiable" && outcome.reason?.hasPrefix("TLS error") == true, "\(outcome)")
    }

    @Test func hugeBodyIsNotReadPastTheLimit() async throws {
        let server = try LinkServer()
        var configuration = Self.configuration()
        configuration.bodyLimit = 64 * 1024
        configuration.requestTimeout = .seconds(5)
        let run = await Self.check([server.origin() + "/huge"], configuration)
        #expect(run.results[server.origin() + "/huge"]?.outcome == .ok)
        // The server offers 256 MiB; what it got out is the socket buffers' worth, not the body.
        let sent = try server.stats().hugeBytesSent
        #expect(sent < 32 * 1024 * 1024, "server sent \(sent) bytes")
    }

    @Test func nonexistentNameIsDeadWhenDNSWorks() async throws {
        let run = await Self.check(["http://no-such-host.invalid/page"])
        #expect(run.results["http://no-such-host.invalid/page"]?.outcome == .dead(reason: "DNS name does not exist"))
        #expect(run.networkProblem == nil)
    }

    @Test func withoutWorkingDNSNothingIsClaimedDead() async throws {
        var configuration = Self.configuration()
        configuration.dnsCanaries = ["canary-one.invalid", "canary-two.invalid"]
        let run = await Self.check(["http://no-such-host.invalid/page"], configuration)
        let result = try #require(run.results["http://no-such-host.invalid/page"])
        #expect(result.networkTrouble && result.outcome.kind == "unverifiable")
        #expect(run.networkProblem?.contains("canary-one.invalid") == true)
    }

    @Test func otherSchemesAreNotRequested() async throws {
        let run = await Self.check(["ftp://127.0.0.1/file"])
        #expect(run.results["ftp://127.0.0.1/file"]?.outcome.kind == "unverifiable")
        #expect(run.requestsSent == 0)
    }

    @Test func perHostConcurrencyIsBounded() async throws {
        let server = try LinkServer()
        var configuration = Self.configuration()
        configuration.requestTimeout = .seconds(5)
        let urls = (0..<12).map { server.origin("busy-a.test") + "/busy/\($0)" } + (0..<12).map { server.origin("busy-b.test") + "/busy/\($0)" }
        configuration.pins = ["busy-a.test:\(server.port)": .v4(127, 0, 0, 1), "busy-b.test:\(server.port)": .v4(127, 0, 0, 1)]
        let run = await Self.check(urls, configuration)
        #expect(urls.allSatisfy { run.results[$0]?.outcome == .ok })
        let stats = try server.stats()
        #expect(stats.maxInFlight["busy-a.test"] == 2 && stats.maxInFlight["busy-b.test"] == 2, "\(stats.maxInFlight)")
    }

    @Test func configuredHeadersAreSentToTheirDomainOnly() async throws {
        let server = try LinkServer()
        var configuration = Self.configuration()
        configuration.headers = ["other.test": [("X-Test-Header", "secret")]]
        _ = await Self.check([server.origin() + "/ok"], configuration)
        #expect(try server.stats().headers["X-Test-Header"] == nil)
        configuration.headers = ["127.0.0.1": [("X-Test-Header", "hello")]]
        _ = await Self.check([server.origin() + "/ok/2"], configuration)
        #expect(try server.stats().headers["X-Test-Header"] == "hello")
    }
}
