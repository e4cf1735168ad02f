import Foundation
@testable import IQLinks
import IQTestSupport
import Testing

@Suite(.serialized) struct LinkCacheTests {
    @Test func secondRunIsAnsweredFromTheCache() async throws {
        let server = try LinkServer()
        let directory = try ScratchDirectory()
        let urls = [server.origin() + "/ok", server.origin() + "/404"]
        var cache: LinkCache? = LinkCache(path: directory.path + "/cache/links")
        let first = await LinkChecker(configuration: LinkCheckerTests.configuration()).check(urls, cache: &cache)
        try cache?.save()
        #expect(first.requestsSent == 2)
        var reloaded: LinkCache? = LinkCache(path: directory.path + "/cache/links")
        let second = await LinkChecker(configuration: LinkCheckerTests.configuration()).check(urls, cache: &reloaded)
        #expect(second.requestsSent == 0)
        #expect(second.results == first.results)
        #expect(try server.stats().requests == 2)
    }

    @Test func lifetimesDependOnTheOutcome() {
        let directory = try! ScratchDirectory()
        var cache = LinkCache(path: directory.path + "/links")
        let now = Date(timeIntervalSince1970: 1_000_000)
        cache.record("https://a.example/ok", LinkResult(.ok), at: now)
        cache.record("https://a.example/dead", LinkResult(.dead(reason: "HTTP 404 not found")), at: now)
        cache.record("https://a.example/offline", LinkResult(.unverifiable(reason: "DNS unavailable"), networkTrouble: true), at: now)
        let twoDays = now.addingTimeInterval(2 * 86_400)
        #expect(cache.lookup("https://a.example/ok", now: twoDays) == LinkResult(.ok))
        #expect(cache.lookup("https://a.example/dead", now: twoDays) == nil, "dead results live one day")
        #expect(cache.lookup("https://a.example/dead", now: now.addingTimeInterval(3600)) != nil)
        #expect(cache.lookup("https://a.example/ok", now: now.addingTimeInterval(8 * 86_400)) == nil)
        #expect(cache.lookup("https://a.example/offline", now: now) == nil, "network trouble is never cached")
        var capped = LinkCache.Lifetimes()
        capped.maximumAge = .seconds(60)
        var short = LinkCache(path: directory.path + "/links", lifetimes: capped)
        short.record("https://a.example/ok", LinkResult(.ok), at: now)
        #expect(short.lookup("https://a.example/ok", now: now.addingTimeInterval(120)) == nil)
    }

    /// Saving leaves nothing behind: no temporary file beside the cache and no folder in the
    /// system's temporary directory (Foundation's atomic write left one per save on Linux).
    @Test func savingLeavesNoTemporaryFilesBehind() throws {
        let directory = try ScratchDirectory()
        let temporaryRoot = NSTemporaryDirectory()
        let before = Set(try FileManager.default.contentsOfDirectory(atPath: temporaryRoot))
        for index in 0..<3 {
            var cache = LinkCache(path: directory.path + "/cache/links")
            cache.record("https://a.example/\(index)", LinkResult(.ok))
            try cache.save()
        }
        let after = Set(try FileManager.default.contentsOfDirectory(atPath: temporaryRoot))
        #expect(after.subtracting(before).filter { $0.hasPrefix("TemporaryDirectory.") }.isEmpty)
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path + "/cache") == ["links"])
        #expect(LinkCache(path: directory.path + "/cache/links").entries.count == 3)
    }

    @Test func concurrentWritersMergeAndACorruptFileIsAnEmptyCache() throws {
        let directory = try ScratchDirectory()
        let path = directory.path + "/links"
        var one = LinkCache(path: path), two = LinkCache(path: path)
        one.record("https://a.example/1", LinkResult(.ok))
        two.record("https://a.example/2", LinkResult(.dead(reason: "HTTP 410 gone")))
        try one.save()
        try two.save()
        let merged = LinkCache(path: path)
        #expect(merged.lookup("https://a.example/1") == LinkResult(.ok))
        #expect(merged.lookup("https://a.example/2")?.outcome.kind == "dead")
        try directory.write("links", "{ half a file")
        #expect(LinkCache(path: path).entries.isEmpty)
    }
}
