@testable import IQLinks
import IQTestSupport
import Testing

/// Each host profile against the recorded pages of its site (Server/recorded/<host>/), served
/// locally with the site's host name pinned to 127.0.0.1.
@Suite(.serialized) struct HostProfileTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let url: String
        let expected: String
        let because: String?

        init(_ url: String, _ expected: String, because: String? = nil) {
            self.url = url
            self.expected = expected
            self.because = because
        }

        var testDescription: String { "\(url) → \(expected)" }
        var host: String { String(url.split(separator: "/")[0]) }
    }

    static let cases: [Case] = [
        Case("mp.weixin.qq.com/s/live-article", "ok"),
        Case("mp.weixin.qq.com/s/deleted-by-author", "dead", because: "该内容已被发布者删除"),
        Case("mp.weixin.qq.com/s/removed-violation", "dead", because: "此内容因违规无法查看"),
        Case("mp.weixin.qq.com/s/verify-environment", "unverifiable", because: "环境异常"),
        Case("www.zhihu.com/question/20000001", "ok"),
        Case("www.zhihu.com/question/20000002", "unverifiable", because: "403"),
        Case("www.zhihu.com/question/20000003", "dead", because: "404"),
        Case("zhuanlan.zhihu.com/p/30000001", "dead", because: "没有知识存在的荒原"),
        Case("blog.csdn.net/someone/article/details/100000001", "ok"),
        Case("blog.csdn.net/someone/article/details/100000002", "dead", because: "该文章已被删除"),
        Case("blog.csdn.net/someone/article/details/100000003", "unverifiable", because: "安全验证"),
        Case("baijiahao.baidu.com/s?id=1700000000000000001", "ok"),
        Case("baijiahao.baidu.com/s?id=1700000000000000002", "unverifiable", because: "百度安全验证"),
        Case("baijiahao.baidu.com/s?id=1700000000000000003", "dead", because: "missing content"),
        Case("www.bilibili.com/video/BV1ok4y1X7aa", "ok"),
        Case("www.bilibili.com/video/BV1gone1X7bb", "dead", because: "missing content"),
        Case("www.bilibili.com/video/BV1hide1X7cc", "dead", because: "视频不见了"),
        Case("www.bilibili.com/video/BV1busy1X7dd", "unverifiable", because: "412"),
        Case("arxiv.org/abs/1706.03762", "ok"),
        Case("arxiv.org/abs/1706.99999", "dead", because: "404"),
        Case("arxiv.org/abs/2101.99998", "dead", because: "Article identifier"),
    ]

    @Test(arguments: cases)
    func recordedPageIsJudgedByItsProfile(_ testCase: Case) async throws {
        let server = try LinkServer()
        var configuration = LinkCheckerTests.configuration()
        configuration.pins = ["\(testCase.host):\(server.port)": .v4(127, 0, 0, 1)]
        let url = "http://\(testCase.host):\(server.port)/" + testCase.url.split(separator: "/", maxSplits: 1)[1]
        let run = await LinkCheckerTests.check([url], configuration)
        let outcome = try #require(run.results[url]?.outcome)
        #expect(outcome.kind == testCase.expected, "\(outcome)")
        if let because = testCase.because { #expect(outcome.reason?.contains(because) == true, "\(outcome)") }
        #expect(try server.stats().requests == 1, "one request, no follow-up to a 'missing' landing page")
    }

    @Test func everyBuiltinProfileHasARecordedCase() {
        for profile in HostProfiles.builtin where profile.name != "github" {
            #expect(Self.cases.contains { profile.matches(host: $0.host) }, "\(profile.name) has no recorded page")
        }
    }

    /// With GITHUB_TOKEN, repository and issue pages are asked of the API; the API's 404 is
    /// confirmed on the page itself, because it also answers for github.com's own pages.
    @Test func githubLinksUseTheAPIWithAToken() async throws {
        let server = try LinkServer()
        var configuration = LinkCheckerTests.configuration()
        configuration.githubToken = "test-token"
        configuration.githubAPI = server.origin("api.github.test")
        configuration.pins = ["github.com:\(server.port)": .v4(127, 0, 0, 1), "api.github.test:\(server.port)": .v4(127, 0, 0, 1)]
        let page = server.origin("github.com")
        let urls = ["\(page)/someone/live-repo", "\(page)/someone/live-repo/issues/7", "\(page)/someone/gone-repo", "\(page)/features/copilot"]
        let run = await LinkCheckerTests.check(urls, configuration)
        #expect(run.results[urls[0]]?.outcome == .ok)
        #expect(run.results[urls[1]]?.outcome == .ok)
        #expect(run.results[urls[2]]?.outcome == .dead(reason: "HTTP 404 not found"))
        #expect(run.results[urls[3]]?.outcome == .ok)
        let stats = try server.stats()
        #expect(stats.headers["Authorization"] == "Bearer test-token")
        #expect(stats.hosts["api.github.test"] == 4 && stats.hosts["github.com"] == 2)
    }
}
