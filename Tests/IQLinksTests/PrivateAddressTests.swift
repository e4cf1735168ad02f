@testable import IQLinks
import IQTestSupport
import Testing

/// Without --allow-private, a link that leads to a private address produces no request at all:
/// the server counts zero, whether the address comes from the URL, a DNS name, a --resolve pin
/// or a redirect.
@Suite(.serialized) struct PrivateAddressTests {
    static func configuration() -> LinkCheckConfiguration {
        var configuration = LinkCheckerTests.configuration(allowPrivate: false)
        configuration.dnsCanaries = ["localhost"]
        return configuration
    }

    @Test func literalLoopbackIsRefusedWithoutARequest() async throws {
        let server = try LinkServer()
        let urls = ["http://127.0.0.1:\(server.port)/ok", "http://[::ffff:127.0.0.1]:\(server.port)/ok", "http://localhost:\(server.port)/ok",
                    "http://0x7f.1:\(server.port)/ok", "http://2130706433:\(server.port)/ok"]
        let run = await LinkCheckerTests.check(urls, Self.configuration())
        for url in urls {
            let outcome = try #require(run.results[url]?.outcome)
            #expect(outcome.kind == "unverifiable" && outcome.reason?.hasPrefix("private address refused") == true, "\(url): \(outcome)")
        }
        #expect(run.requestsSent == 0)
        #expect(try server.stats().requests == 0)
    }

    @Test func pinnedNameIsJudgedByItsAddress() async throws {
        let server = try LinkServer()
        var configuration = Self.configuration()
        configuration.pins = ["public-looking.example:\(server.port)": .v4(127, 0, 0, 1)]
        let url = server.origin("public-looking.example") + "/ok"
        let run = await LinkCheckerTests.check([url], configuration)
        #expect(run.results[url]?.outcome.reason?.hasPrefix("private address refused") == true)
        #expect(try server.stats().requests == 0)
    }

    @Test func redirectToAPrivateAddressIsRefusedAtTheHop() async throws {
        let server = try LinkServer()
        var configuration = Self.configuration()
        // entry.test may be private (an intranet exemption); where it redirects may not.
        configuration.privateHosts = ["entry.test"]
        configuration.pins = ["entry.test:\(server.port)": .v4(127, 0, 0, 1), "inner.test:\(server.port)": .v4(127, 0, 0, 1)]
        let toName = server.origin("entry.test") + "/moved-to-inner.test:\(server.port)/ok"
        let toLiteral = server.origin("entry.test") + "/redirect-to?http://127.0.0.1:\(server.port)/ok"
        let run = await LinkCheckerTests.check([toName, toLiteral], configuration)
        #expect(run.results[toName]?.outcome.reason?.hasPrefix("private address refused") == true, "\(String(describing: run.results[toName]))")
        #expect(run.results[toLiteral]?.outcome.reason?.hasPrefix("private address refused") == true)
        let stats = try server.stats()
        #expect(stats.requests == 2, "only the two entry hops")
        #expect(stats.hosts["inner.test"] == nil && stats.hosts["127.0.0.1"] == nil)
    }

    @Test func allowPrivateLiftsTheRefusal() async throws {
        let server = try LinkServer()
        var configuration = Self.configuration()
        configuration.allowPrivate = true
        let run = await LinkCheckerTests.check([server.origin() + "/ok"], configuration)
        #expect(run.results[server.origin() + "/ok"]?.outcome == .ok)
        #expect(try server.stats().requests == 1)
    }

    /// The client connects to the checked address, never resolving the name itself: a name that
    /// cannot resolve (.invalid) still reaches the pinned server, with its Host header intact.
    @Test func connectionIsPinnedToTheCheckedAddress() async throws {
        let server = try LinkServer()
        var configuration = Self.configuration()
        configuration.allowPrivate = true
        configuration.pins = ["pinned.invalid:\(server.port)": .v4(127, 0, 0, 1)]
        let url = server.origin("pinned.invalid") + "/ok"
        let run = await LinkCheckerTests.check([url], configuration)
        #expect(run.results[url]?.outcome == .ok)
        #expect(try server.stats().hosts["pinned.invalid"] == 1)
    }
}
