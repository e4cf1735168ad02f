import IQCore
@testable import IQRules
import IQTestSupport
import Testing

@Suite struct ParsedURLTests {
    @Test func splitsTheParts() {
        let url = ParsedURL("HTTPS://User@Blog.CSDN.net.:8443/a/b?x=1&y#frag")
        #expect(url.scheme == "https")
        #expect(url.host == "blog.csdn.net")
        #expect(url.port == 8443)
        #expect(url.path == "/a/b")
        #expect(url.query == "x=1&y")
        #expect(url.fragment == "frag")
        #expect(url.queryItems.map(\.name) == ["x", "y"])
        #expect(url.queryItems.map(\.value) == ["1", nil])
    }

    /// insecure-link skips documents none of whose destinations holds `http:` in any case: a
    /// destination with the http scheme always does, whatever its case or what comes before.
    @Test func plainHTTPIsFoundInAnyCase() {
        for destination in ["http://a.example", "HTTP://a.example", "HtTp:x", "hhttp:", "see http:", "htthttp://a"] {
            #expect(InsecureLinkRule.mayBePlainHTTP(destination), "\(destination)")
        }
        for destination in ["https://a.example", "http//a", "htp:", "", "ftp://http", "h:ttp:"] {
            #expect(!InsecureLinkRule.mayBePlainHTTP(destination), "\(destination)")
        }
        for destination in ["HTTP://a", " http://a", "%68ttp://a", "http:", "Http:/a", "https://a"] where ParsedURL(destination).hasScheme("http") {
            #expect(InsecureLinkRule.mayBePlainHTTP(destination), "\(destination)")
        }
    }

    /// The byte comparison of the scheme agrees with the lowercased string, in a URL cut from
    /// the middle of a file's bytes too.
    @Test func schemeIsReadFromTheBytes() {
        let file = Array("see HTTP://a.example/x and Https://b.example and ftp://c and h:x and :x".utf8)
        func url(_ text: String) -> ParsedURL {
            let needle = Array(text.utf8)
            let offset = (0...(file.count - needle.count)).first { file[$0..<($0 + needle.count)].elementsEqual(needle) }!
            return ParsedURL(file, range: offset..<(offset + needle.count))
        }
        for text in ["HTTP://a.example/x", "Https://b.example", "ftp://c", "h:x", ":x"] {
            let parsed = url(text)
            #expect(parsed.scheme == ParsedURL(text).scheme, "\(text)")
            for name: StaticString in ["http", "https", "ftp", "h"] {
                #expect(parsed.hasScheme(name) == (parsed.scheme == "\(name)"), "\(text) \(name)")
            }
            #expect(parsed.hasScheme == (parsed.scheme != nil))
        }
        #expect(url("HTTP://a.example/x").isHTTP && url("Https://b.example").isHTTP && !url("ftp://c").isHTTP)
        #expect(url("HTTP://a.example/x").host == "a.example" && url("HTTP://a.example/x").path == "/x")
    }

    @Test func keepsCJKAndPercentEncodingAsWritten() {
        let url = ParsedURL("https://baike.baidu.com/item/中文%E4%B8%AD/1?fr=ge_ala")
        #expect(url.path == "/item/中文%E4%B8%AD/1")
        #expect(ParsedURL.percentDecoded(url.path) == "/item/中文中/1")
        #expect(url.queryItems.first?.range == url.queryRange)
    }

    @Test func entityAmpersandSeparatesItems() {
        let url = ParsedURL("https://x.example/?a=1&amp;utm_source=2")
        #expect(url.queryItems.map(\.name) == ["a", "utm_source"])
        #expect(url.queryReplacement(keeping: [url.queryItems[0]])?.replacement == "?a=1")
    }

    /// Two removed items side by side: both go, and the kept ones keep one separator between
    /// them (the cuts once shared a separator, and the second removed item stayed).
    @Test func neighbouringRemovedItemsBothGo() {
        let url = ParsedURL("https://zhuanlan.zhihu.com/p/39869348?from=timeline&isappinstalled=0&wechatShare=1")
        #expect(url.queryReplacement(keeping: [url.queryItems[2]])?.replacement == "?wechatShare=1")
        let middle = ParsedURL("https://x.example/?a=1&amp;utm_source=2&amp;utm_medium=3&amp;b=4")
        #expect(middle.queryReplacement(keeping: [middle.queryItems[0], middle.queryItems[3]])?.replacement == "?a=1&amp;b=4")
        #expect(middle.queryReplacement(keeping: [])?.replacement == "")
    }

    @Test func relativeAndSchemelessDestinations() {
        #expect(ParsedURL("docs/a.md#x").scheme == nil)
        #expect(ParsedURL("docs/a.md#x").path == "docs/a.md")
        #expect(ParsedURL("www.x.com/a").host == nil)
        #expect(LinkFormatRule.schemelessHost("zhuanlan.zhihu.com/p/1") == "zhuanlan.zhihu.com")
        #expect(LinkFormatRule.schemelessHost("www.x.md/a") == "www.x.md")
        #expect(LinkFormatRule.schemelessHost("README.md") == nil)
        #expect(LinkFormatRule.schemelessHost("images/arch.png") == nil)
        #expect(LinkFormatRule.schemelessHost("v1.2/notes") == nil)
        #expect(LinkFormatRule.schemelessHost("main.cc") == nil)
        #expect(LinkFormatRule.schemelessHost("zhihu.com/p/1") == "zhihu.com")
        #expect(LinkFormatRule.schemelessHost("hub.baai.ac.cn") == "hub.baai.ac.cn")
    }
}

/// One test per host with its own list.
@Suite struct TrackingParametersTests {
    func tracking(_ url: String, _ parameters: TrackingParameters = .defaults) -> [String] {
        parameters.trackingItems(in: ParsedURL(url)).map(\.name)
    }

    @Test func everywhere() {
        #expect(tracking("https://hub.baai.ac.cn/view/1?utm_source=a&utm_medium=b&spm=c&from=d&share_source=e&share_medium=f&vd_source=g&page=2")
            == ["utm_source", "utm_medium", "spm", "share_source", "share_medium", "vd_source"])
        #expect(tracking("https://x.example/?UTM_Source=a").count == 1)
        // Ad-click ids and WeChat's share values on any host; a generic `from` or `ref` is content.
        #expect(tracking("https://x.example/a?fbclid=1&gclid=2&msclkid=3&igshid=4&mc_eid=5&id=9") == ["fbclid", "gclid", "msclkid", "igshid", "mc_eid"])
        #expect(tracking("https://x.example/a?from=timeline&isappinstalled=0") == ["from", "isappinstalled"])
        #expect(tracking("https://x.example/search?from=2020&to=2021").isEmpty)
        #expect(tracking("https://github.com/o/r/blob/main/a.md?ref=v2").isEmpty)
        #expect(tracking("ftp://x.example/?utm_source=a").isEmpty)
    }

    @Test func youtube() {
        #expect(tracking("https://www.youtube.com/watch?v=abc&ab_channel=MIT&si=x&feature=youtu.be") == ["ab_channel", "si", "feature"])
        #expect(tracking("https://youtu.be/abc?si=x&t=30") == ["si"])
        #expect(tracking("https://www.youtube.com/watch?v=abc&t=30&list=PL1").isEmpty)
        #expect(tracking("https://example.org/?si=x&feature=youtu.be").isEmpty)
    }

    @Test func baijiahao() {
        #expect(tracking("https://baijiahao.baidu.com/s?id=1799441021746509245&wfr=spider&for=pc") == ["wfr", "for"])
        #expect(tracking("https://www.baidu.com/s?wd=x&wfr=spider&for=pc").isEmpty)
    }

    @Test func baike() {
        #expect(tracking("https://baike.baidu.com/item/tf-idf/8816134?fr=ge_ala") == ["fr"])
        #expect(tracking("https://baijiahao.baidu.com/s?id=1&fr=x").isEmpty)
    }

    @Test func zhihu() {
        #expect(tracking("https://www.zhihu.com/tardis/bd/art/675243992?source_id=1001") == ["source_id"])
        #expect(tracking("https://zhuanlan.zhihu.com/p/1?source_id=1001&utm_psn=2") == ["source_id", "utm_psn"])
    }

    @Test func csdn() {
        let url = "https://blog.csdn.net/u/article/details/1?ops_request_misc=%257B%257D&request_id=1&biz_id=0"
            + "&utm_medium=distribute&depth_1-utm_source=distribute&utm_relevant_index=1&relevant_index=2&spm=1001&page=3"
        #expect(tracking(url) == ["ops_request_misc", "request_id", "biz_id", "utm_medium", "depth_1-utm_source",
                                  "utm_relevant_index", "relevant_index", "spm"])
        #expect(tracking("https://u.blog.csdn.net/article/details/1?request_id=1") == ["request_id"])
        #expect(tracking("https://example.com/api?request_id=1").isEmpty)
    }

    @Test func weixinKeepsOnlyTheArticleIdentity() {
        let url = "https://mp.weixin.qq.com/s?__biz=MzI4MDYzNzg4Mw==&mid=2247550556&idx=2&sn=759a&chksm=ebb7&scene=27&key=k#rd"
        #expect(tracking(url) == ["chksm", "scene", "key"])
        #expect(tracking("https://mp.weixin.qq.com/mp/appmsgalbum?__biz=M&action=getalbum&album_id=3").isEmpty)
        #expect(tracking("https://mp.weixin.qq.com/s/jnD87hrEnrARsCRaL4cmcQ?scene=1") == ["scene"])
        // A temporary link names no article: its parameters are the address.
        #expect(tracking("https://mp.weixin.qq.com/s?src=11&timestamp=1591581536&ver=2387&signature=abc&new=1").isEmpty)
    }

    @Test func bilibili() {
        #expect(tracking("https://www.bilibili.com/video/BV1UG411f7DL/?spm_id_from=333.999.0.0&p=2&share_from=ugc") == ["spm_id_from", "share_from"])
    }

    @Test func optionsAddAndKeep() {
        let parameters = TrackingParameters.defaults.adding(
            everywhere: ["ref"], keep: ["from"], byHost: ["github.com": ["tab"]], keepByHost: ["zhihu.com": ["utm_source"]])
        #expect(tracking("https://github.com/a/b?ref=x&tab=readme&from=y", parameters) == ["ref", "tab"])
        #expect(tracking("https://gitlab.com/a/b?tab=readme", parameters).isEmpty)
        #expect(tracking("https://zhuanlan.zhihu.com/p/1?utm_source=a&utm_id=0", parameters) == ["utm_id"])
    }
}

@Suite struct URLNormalizerTests {
    func same(_ lhs: String, _ rhs: String) -> Bool {
        URLNormalizer.identity(of: lhs) != nil && URLNormalizer.identity(of: lhs) == URLNormalizer.identity(of: rhs)
    }

    @Test func genericNormalisation() {
        #expect(same("https://blog.51cto.com/welcomeweb/7213052", "HTTP://Blog.51CTO.com:443/welcomeweb/7213052/#top"))
        #expect(same("https://x.example/a?b=2&a=1", "https://x.example/a?a=1&b=2&utm_source=z"))
        #expect(same("https://baike.baidu.com/item/中文", "https://baike.baidu.com/item/%E4%B8%AD%E6%96%87"))
        #expect(!same("https://x.example/a", "https://x.example/b"))
        #expect(!same("https://x.example:8080/a", "https://x.example/a"))
        #expect(!same("https://x.example/a?id=1", "https://x.example/a?id=2"))
        #expect(same("https://www.statsig.com", "https://statsig.com/"))
        #expect(!same("https://www.example", "https://example"))
        #expect(URLNormalizer.identity(of: "#机器学习基础") == nil)
        #expect(URLNormalizer.identity(of: "docs/a.md") == nil)
    }

    @Test func csdnById() {
        #expect(same("https://blog.csdn.net/ZacharyGz/article/details/135410610",
                     "https://zacharygz.blog.csdn.net/article/details/135410610?spm=1001.2014.3001.5502"))
        #expect(same("https://blog.csdn.net/yunxiu988622/article/details/105816731/", "https://blog.csdn.net/other/article/details/105816731"))
        #expect(!same("https://blog.csdn.net/v_JULY_v/article/details/132462452", "https://blog.csdn.net/v_JULY_v/article/details/129709105"))
    }

    @Test func zhihuById() {
        #expect(same("https://www.zhihu.com/tardis/bd/art/106669828", "https://zhuanlan.zhihu.com/p/106669828"))
        #expect(same("https://www.zhihu.com/tardis/zm/art/675243992?source_id=1001", "https://zhuanlan.zhihu.com/p/675243992"))
        #expect(same("https://www.zhihu.com/question/639096509/answer/3434426739", "https://www.zhihu.com/answer/3434426739"))
        #expect(!same("https://zhuanlan.zhihu.com/p/106669828", "https://www.zhihu.com/question/639096509/answer/106669828"))
    }

    @Test func weixinByAccountMessageAndIndex() {
        let first = "https://mp.weixin.qq.com/s?__biz=MzI4MDYzNzg4Mw==&mid=2247550556&idx=2&sn=759a&chksm=1&scene=27"
        #expect(same(first, "https://mp.weixin.qq.com/s?idx=2&mid=2247550556&__biz=MzI4MDYzNzg4Mw%3D%3D"))
        #expect(!same(first, "https://mp.weixin.qq.com/s?__biz=MzI4MDYzNzg4Mw==&mid=2247550556&idx=3&sn=759a"))
    }
}

/// insecure-link grades its findings by the file's habit: a stray http link among https ones
/// is a warning; where a quarter of the web links are http, each is an info.
@Suite struct InsecureLinkHabitTests {
    static func bank(plain: Int, secure: Int) -> String {
        (0..<(plain + secure)).map { "- [Item \($0)](\($0 < plain ? "http" : "https")://site\($0).example/page)" }.joined(separator: "\n") + "\n"
    }

    @Test func aStrayHTTPLinkIsAWarning() throws {
        let found = try LintHarness.lint(Self.bank(plain: 1, secure: 7), rules: ["insecure-link"])
        #expect(found.map(\.severity) == [.warning])
    }

    @Test func httpAsTheFilesHabitIsInfo() throws {
        let found = try LintHarness.lint(Self.bank(plain: 2, secure: 6), rules: ["insecure-link"])
        #expect(found.map(\.severity) == [.info, .info])
        // A severity set in the configuration still wins.
        var configuration = Configuration()
        configuration.rules["insecure-link"] = Configuration.RuleSettings(severity: .error)
        let configured = try Linter(ruleTypes: BuiltinRules.all, configuration: configuration, select: ["insecure-link"])
        #expect(configured.lint([MarkdownFile(path: "a.md", text: Self.bank(plain: 2, secure: 6))]).map(\.severity) == [.error, .error])
    }

    /// Local services (`http://127.0.0.1:8081`), which the rule never reports, make no habit.
    @Test func exemptLinksMakeNoHabit() throws {
        let local = (1...4).map { "| s\($0) | http://127.0.0.1:808\($0)/api |" }.joined(separator: "\n")
        let found = try LintHarness.lint("| service | url |\n|---|---|\n" + local + "\n\n" + Self.bank(plain: 1, secure: 4), rules: ["insecure-link"])
        #expect(found.map(\.severity) == [.warning])
    }

    @Test func fewLinksSayNothingAboutHabit() throws {
        let found = try LintHarness.lint(Self.bank(plain: 2, secure: 5), rules: ["insecure-link"])
        #expect(found.map(\.severity) == [.warning, .warning])
    }

    /// A newsletter linking its author's blog over http in every issue: that site is the habit
    /// (three links or more, none over https); a stray http link elsewhere is still a warning,
    /// and so are a site's http links when the file also links it over https.
    @Test func oneSiteAlwaysOverHTTPIsInfo() throws {
        let blog = (1...3).map { "- [第\($0)期](http://blog.example/issue-\($0).html)" }.joined(separator: "\n")
        let found = try LintHarness.lint(blog + "\n" + Self.bank(plain: 1, secure: 20), rules: ["insecure-link"])
        #expect(found.map { "\($0.line) \($0.severity)" } == ["1 info", "2 info", "3 info", "4 warning"])
        let mixed = try LintHarness.lint(blog + "\n- [第4期](https://blog.example/issue-4.html)\n" + Self.bank(plain: 0, secure: 20), rules: ["insecure-link"])
        #expect(mixed.map(\.severity) == [.warning, .warning, .warning])
    }
}

/// A repeated address that names the entry it was first listed under, and not the repeat's own name.
@Suite struct CopiedAddressTests {
    @Test func theAddressNamesTheFirstEntryOnly() {
        #expect(DuplicateLinkRule.addressNamesOnlyTheFirst("https://github.com/Microsoft/vscode-eslint", first: "ESlint", second: "TSLint"))
        #expect(DuplicateLinkRule.addressNamesOnlyTheFirst("https://a.example/tree/master/spring-boot-hello", first: "spring-boot-hello", second: "spring-boot-banner"))
        // A part of the project the address names: `uv-build` holds `uv`.
        #expect(!DuplicateLinkRule.addressNamesOnlyTheFirst("https://github.com/astral-sh/uv", first: "uv", second: "uv-build"))
        // The address names both, or neither.
        #expect(!DuplicateLinkRule.addressNamesOnlyTheFirst("https://a.example/eslint-and-tslint", first: "ESLint", second: "TSLint"))
        #expect(!DuplicateLinkRule.addressNamesOnlyTheFirst("https://llama.meta.com/", first: "Llama 3.1", second: "Llama 3.2"))
        // The owner in the path names the second entry.
        #expect(!DuplicateLinkRule.addressNamesOnlyTheFirst("https://github.com/sqlkata/querybuilder", first: "QueryBuilder", second: "SqlKata"))
        // A front page named by its host after the first entry; an owner and name in the path.
        #expect(DuplicateLinkRule.addressNamesOnlyTheFirst("http://mochajs.org/", first: "MochaJS", second: "Karma"))
        #expect(DuplicateLinkRule.addressNamesOnlyTheFirst("https://github.com/facebook/php-webdriver", first: "Facebook php-webdriver", second: "Element-34 php-webdriver"))
        // A front page names the site, which both entries name their own way.
        #expect(!DuplicateLinkRule.addressNamesOnlyTheFirst("https://teachyourselfcs.com", first: "TeachYourselfCS", second: "Teach Yourself Computer Science"))
    }
}
