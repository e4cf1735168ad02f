import Foundation
import IQTestSupport
import Testing

/// `--links` and `iqlint links` end to end: the built binary against the local link server.
@Suite(.serialized) struct LinkCommandTests {
    @Test func pullRequestModeRequestsOnlyAddedURLs() throws {
        let server = try LinkServer()
        let o = server.origin()
        let repo = try GitFixture()
        let base = try repo.commit("bank", files: [
            "README.md": "# 题库\n\n1. [旧](\(o)/page/old)\n2. [旧的坏链接](\(o)/gone/old)\n",
            "other.md": "- [共享](\(o)/page/shared)\n",
        ])
        try repo.commit("add", files: [
            "README.md": "# 题库\n\n1. [旧](\(o)/page/old)\n2. [旧的坏链接](\(o)/gone/old)\n3. [新](\(o)/page/new)\n4. [新的坏链接](\(o)/gone/new)\n5. [共享](\(o)/page/shared)\n",
        ])
        let result = try repo.iqlint(["check", "--base", base, "--links", "--allow-private", "--no-cache", "--select", "dead-link"])
        #expect(result.status == 1, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.contains("README.md:6:12"), "\(result.stdout)")
        #expect(result.stdout.contains("dead link: HTTP 404 not found"))
        let stats = try server.stats()
        #expect(Set(stats.paths.keys) == ["/page/new", "/gone/new"], "\(stats.paths)")
        #expect(stats.requests == 2)
    }

    @Test func secondRunIsServedFromTheCache() throws {
        let server = try LinkServer()
        let directory = try ScratchDirectory()
        try directory.write("README.md", "- [a](\(server.origin())/page/a)\n- [b](\(server.origin())/gone/b)\n- [a again](\(server.origin())/page/a)\n")
        let arguments = ["links", "README.md", "--allow-private", "--link-cache", directory.path + "/cache/links"]
        let first = try CommandRunner.iqlint(arguments, in: directory.path)
        #expect(first.status == 1)
        #expect(try server.stats().requests == 2)
        let second = try CommandRunner.iqlint(arguments, in: directory.path)
        #expect(second.stdout == first.stdout)
        #expect(try server.stats().requests == 2, "the second run made no request")
        let uncached = try CommandRunner.iqlint(arguments + ["--no-cache"], in: directory.path)
        #expect(uncached.status == 1)
        #expect(try server.stats().requests == 4)
    }

    @Test func privateDestinationsAreRefusedWithoutARequest() throws {
        let server = try LinkServer()
        let directory = try ScratchDirectory()
        try directory.write("README.md", "- [a](\(server.origin())/gone/a)\n- [b](\(server.origin("intranet.example"))/gone/b)\n")
        let result = try CommandRunner.iqlint(["links", "README.md", "--no-cache", "--resolve", server.pin("intranet.example")],
                                              in: directory.path)
        #expect(result.status == 0, "unverifiable links never fail a run: \(result.stdout)")
        #expect(result.stdout.components(separatedBy: "link not verified: private address refused").count == 3, "\(result.stdout)")
        #expect(try server.stats().requests == 0)
        let allowed = try CommandRunner.iqlint(["links", "README.md", "--no-cache", "--allow-private", "--resolve", server.pin("intranet.example")],
                                               in: directory.path)
        #expect(allowed.status == 1)
        #expect(try server.stats().requests == 2)
    }

    @Test func plainCheckMakesNoRequestUnlessConfigured() throws {
        let server = try LinkServer()
        let directory = try ScratchDirectory()
        try directory.write("README.md", "# 题库\n\n- [a](\(server.origin())/gone/a)\n")
        let plain = try CommandRunner.iqlint(["check", "README.md"], in: directory.path)
        #expect(!plain.stdout.contains("dead-link"))
        #expect(try server.stats().requests == 0)
        try directory.write(".iqlint.yml", "links:\n  allow-private: true\n  cache: .cache/links\n  timeout: 5\n")
        let configured = try CommandRunner.iqlint(["check", "README.md", "--format", "sarif"], in: directory.path)
        #expect(configured.status == 1)
        #expect(configured.stdout.contains("\"ruleId\" : \"dead-link\"") || configured.stdout.contains("\"ruleId\": \"dead-link\""), "\(configured.stdout)")
        #expect(try server.stats().requests == 1)
        #expect(FileManager.default.fileExists(atPath: directory.path + "/.cache/links"))
    }

    /// A resolver that knows none of the canary names means no network: one line on stderr,
    /// nothing claimed dead, nothing cached. With a canary that resolves, the same link is dead.
    @Test func withoutNetworkNothingIsClaimedDead() throws {
        let directory = try ScratchDirectory()
        try directory.write("README.md", "- [a](http://no-such-host.invalid/a)\n- [b](http://no-such-host.invalid/b)\n")
        try directory.write(".iqlint.yml", "links:\n  dns-canaries: [first-canary.invalid, second-canary.invalid]\n")
        let offline = try CommandRunner.iqlint(["check", "README.md", "--links"], in: directory.path)
        #expect(offline.status == 0, "\(offline.stdout)")
        #expect(!offline.stdout.contains("dead-link"))
        #expect(offline.stderr == "iqlint: links: no network (DNS resolves none of first-canary.invalid, second-canary.invalid); 2 links not checked\n",
                "\(offline.stderr)")
        try directory.write(".iqlint.yml", "links:\n  dns-canaries: [localhost]\n")
        let online = try CommandRunner.iqlint(["check", "README.md", "--links"], in: directory.path)
        #expect(online.status == 1)
        #expect(online.stdout.contains("dead link: DNS name does not exist"))
        #expect(online.stderr.isEmpty)
    }

    @Test func unknownLinkSettingIsAConfigurationError() throws {
        let directory = try ScratchDirectory()
        try directory.write("README.md", "- a\n")
        try directory.write(".iqlint.yml", "links:\n  timout: 5\n")
        let result = try CommandRunner.iqlint(["check", "README.md"], in: directory.path)
        #expect(result.status == 2)
        #expect(result.stderr.contains("unknown key 'timout' in 'links' (did you mean 'timeout'?)"), "\(result.stderr)")
    }

    @Test func badResolveIsAUsageError() throws {
        let directory = try ScratchDirectory()
        try directory.write("README.md", "- [a](https://example.com/a)\n")
        let result = try CommandRunner.iqlint(["links", "README.md", "--resolve", "example.com:443"], in: directory.path)
        #expect(result.status == 2)
        #expect(result.stderr.contains("--resolve: expected HOST:PORT:ADDRESS"), "\(result.stderr)")
        let age = try CommandRunner.iqlint(["links", "README.md", "--max-cache-age", "soon"], in: directory.path)
        #expect(age.status == 2)
        #expect(age.stderr == "iqlint: error: --max-cache-age: expected a duration like 30m, 12h or 2d, found 'soon'\n", "\(age.stderr)")
    }

    @Test func permanentRedirectToTheSamePathIsFixedSafely() throws {
        let server = try LinkServer()
        let directory = try ScratchDirectory()
        let old = "\(server.origin("old.test"))/same/article"
        try directory.write("README.md", "1. [文章](\(old))\n")
        let arguments = ["links", "README.md", "--no-cache", "--allow-private", "--resolve", server.pin("old.test"),
                         "--resolve", server.pin("new.test")]
        let report = try CommandRunner.iqlint(arguments, in: directory.path)
        #expect(report.stdout.contains("link permanently redirects to \(server.origin("new.test"))/same/article"), "\(report.stdout)")
        let fixed = try CommandRunner.iqlint(arguments + ["--fix"], in: directory.path)
        #expect(fixed.status == 0, "\(fixed.stdout)")
        #expect(try directory.read("README.md") == "1. [文章](\(server.origin("new.test"))/same/article)\n")
    }
}
