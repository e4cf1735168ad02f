import IQCore
import IQTestSupport
import Testing

/// A link carrying the collection's campaign tag keeps its whole `utm_*` set: a safe fix that
/// strips part of it rewrites an affiliate link or leaves a still-tracked one (audit P5).
@Suite struct TrackingParamRuleTests {
    private let affiliate = """
        ## Book Deals (Affiliated)

        - [Data for All](https://www.manning.com/books/data-for-all?utm_source=mikrobusiness&utm_medium=affiliate)
        - [Causal ML](https://www.manning.com/books/causal-ml?utm_source=mikrobusiness&utm_medium=affiliate&utm_campaign=book_ness_7_26_22)
        - [Managing ML](https://www.manning.com/books/managing-ml?utm_source=mikrobusiness&utm_medium=affiliate&utm_campaign=book_thompson_6_14_22)
        - [Causal Inference](https://www.manning.com/books/causal-inference?utm_source=mikrobusiness&utm_medium=affiliate&utm_campaign=book_ruiz_6_6_22)

        """

    private let vendorTags = """
        ## Tools

        * [AppA](https://a.example.com/?utm_source=github) - A.
        * [AppB](https://b.example.org/app?utm_source=github) - B.
        * [AppC](https://c.example.net/?utm_source=github) - C.
        * [PDF Auditor](https://pura-vida.in/apps/pdf-auditor/?utm_source=github&utm_medium=awesome-mac) - PDF checks.

        """

    /// `utm\_source` escaped in an autolink, where Markdown reads no escape: reported, and no
    /// fix is offered that the verification would refuse as a bug.
    /// `?feature=share` on most of a file's YouTube links, among many more links elsewhere: the
    /// way it copies that site's links, each an info with its fix; on a few of them, warnings.
    @Test func aParameterOnMostLinksToOneSiteIsTheFilesHabit() throws {
        let talks = (1...10).map { "- [Talk \($0)](https://www.youtube.com/watch?v=v\($0)&feature=share)\n" }.joined()
        let papers = (1...40).map { "- [Paper \($0)](https://arxiv.org/abs/2401.\(1000 + $0))\n" }.joined()
        let found = try LintHarness.lint("# Talks\n\n" + talks + "\n# Papers\n\n" + papers, rules: ["tracking-param"])
        #expect(found.count == 10 && found.allSatisfy { $0.severity == .info && $0.fix != nil }, "\(found.map { "\($0.severity) \($0.help)" })")
        #expect(found.first?.help.last?.contains("10 of this file's 10 links to youtube.com") == true, "\(found.first?.help ?? [])")
        let few = (1...10).map { "- [Talk \($0)](https://www.youtube.com/watch?v=v\($0)\($0 <= 3 ? "&feature=share" : ""))\n" }.joined()
        let scattered = try LintHarness.lint("# Talks\n\n" + few + "\n# Papers\n\n" + papers, rules: ["tracking-param"])
        #expect(scattered.count == 3 && scattered.allSatisfy { $0.severity == .warning }, "\(scattered.map(\.severity))")
    }

    @Test func escapedNamesInAnAutolinkAreReportedWithoutAFix() throws {
        let found = try LintHarness.lint("See https://a.example/blog/metrics?utm\\_source=quora&utm\\_medium=answer for more.\n", rules: ["tracking-param"])
        #expect(found.count == 1 && found.first?.fix == nil, "\(found.map(\.message))")
    }

    @Test func aCampaignLinksOwnUTMCampaignIsPartOfTheTag() throws {
        #expect(try LintHarness.lint(affiliate, rules: ["tracking-param"]).isEmpty)
        #expect(try LintHarness.fix(affiliate, rules: ["tracking-param"]) == affiliate)
    }

    @Test func aLinkIsNeverLeftHalfStrippedOfItsUTMSet() throws {
        #expect(try LintHarness.lint(vendorTags, rules: ["tracking-param"]).isEmpty)
        #expect(try LintHarness.fix(vendorTags, rules: ["tracking-param"]) == vendorTags)
    }

    @Test func otherTrackersBesideTheCampaignTagAreStillRemoved() throws {
        let markdown = affiliate.replacing("book_ruiz_6_6_22", with: "book_ruiz_6_6_22&fbclid=IwAR0abc")
        let found = try LintHarness.lint(markdown, rules: ["tracking-param"])
        #expect(found.map(\.message) == ["tracking parameter 'fbclid' in link"])
        #expect(try LintHarness.fix(markdown, rules: ["tracking-param"]) == affiliate)
    }

    /// A sponsor's logo in the page's header, tagged with the page it is shown on: the
    /// maintainer's own tag. The same tag on an entry's text link is still reported.
    @Test func aSponsorsLogoTaggedWithThePageIsTheMaintainers() throws {
        let header = "# Awesome Things\n\n[![Warp](https://a.example/warp.png)](https://warp.example/?utm_source=github&utm_campaign=awesome)\n\n"
        let entry = "## Tools\n\n- [Alpha](https://alpha.example/?utm_source=github) - A tool.\n"
        let found = try LintHarness.lint(header + entry, rules: ["tracking-param"])
        #expect(found.map(\.line) == [7], "\(found.map(\.message))")
        // A front page the collection tagged may credit a partner: an info, removed only on request.
        #expect(found.map(\.severity) == [.info])
        #expect(try LintHarness.fix(header + entry, rules: ["tracking-param"]) == header + entry)
        let fixed = try LintHarness.fix(header + entry, rules: ["tracking-param"], unsafe: true)
        #expect(fixed == header + entry.replacing("?utm_source=github", with: ""))
        // On an article's address, the same tag is a warning, and goes.
        let article = entry.replacing("https://alpha.example/?", with: "https://alpha.example/blog/intro?")
        #expect(try LintHarness.lint(header + article, rules: ["tracking-param"]).map(\.severity) == [.warning])
        #expect(try LintHarness.fix(header + article, rules: ["tracking-param"]) == header + article.replacing("?utm_source=github", with: ""))
        // The author's own campaign on a text link in the header, outside the lists: an info,
        // removed only on request.
        let promo = "<div align=\"center\">\n\n  [Join the waitlist for my course](https://maven.example/course/senior?utm_source=github&utm_campaign=autumn_repo_bump)\n</div>\n\n"
        let title = "# Awesome Things\n\n"
        let own = try LintHarness.lint(promo + title + article, rules: ["tracking-param"])
        #expect(own.map { "\($0.line) \($0.severity)" } == ["3 info", "10 warning"], "\(own.map(\.message))")
        #expect(try LintHarness.fix(promo + title + article, rules: ["tracking-param"]) == promo + title + article.replacing("?utm_source=github", with: ""))
    }

    /// A programme's logo as the project shows it, tagged with the project's name: kept. A
    /// cover tagged with where a reader found the book, or a text link with the same tag, is not.
    @Test func aLogoTaggedWithTheProjectIsItsOwnCampaign() throws {
        let logo = "[![Powered by Vercel](https://a.example/vercel.svg)](https://vercel.com/?utm_source=my-project&utm_campaign=oss)\n"
        #expect(try LintHarness.lint(logo, rules: ["tracking-param"]).isEmpty)
        let shared = "[![cover](https://a.example/c.png)](https://a.example/book?utm_source=wechat_session&utm_medium=social)\n"
        #expect(try LintHarness.lint(shared, rules: ["tracking-param"]).map(\.line) == [1])
        let text = "[Powered by Vercel](https://vercel.com/?utm_source=my-project&utm_campaign=oss)\n"
        #expect(try LintHarness.lint(text, rules: ["tracking-param"]).map(\.line) == [1])
    }

    /// A newsletter tags one sponsor's link per issue: the tag is found over the collection's
    /// files, its dated variants with it. A reader's platform repeated is still a tracker.
    @Test func theCollectionsOwnTagIsFoundOverItsFiles() throws {
        let linter = try LintHarness.makeLinter(rules: ["tracking-param"])
        func issue(_ number: Int, _ source: String) -> MarkdownFile {
            MarkdownFile(path: "docs/issue-\(number).md", text: "# 第 \(number) 期\n\n本周刊由赞助商支持，点击[这里](https://sponsor\(number).example/?utm_source=\(source))了解详情。\n")
        }
        let tagged = [issue(1, "ryf"), issue(2, "ryf"), issue(3, "ryf"), issue(4, "ryf0616")]
        #expect(linter.lint(tagged).isEmpty)
        // One issue alone shows no tag of the collection's.
        #expect(linter.lint([issue(4, "ryf0616")]).map(\.line) == [3])
        let shared = [issue(1, "wechat_session"), issue(2, "wechat_session"), issue(3, "wechat_session")]
        #expect(linter.lint(shared).count == 3)
    }

    /// A site's front page tagged with a campaign is an info (maybe a sponsor's credit); a post of
    /// the site (`p=2197` stays) is no front page.
    @Test func aPostTaggedByAnAggregatorIsNoCredit() throws {
        let front = try LintHarness.lint("- [cmsblogs](http://cmsblogs.com/?utm_source=toutiao.io&utm_medium=toutiao.io)\n", rules: ["tracking-param"])
        #expect(front.map(\.severity) == [.info])
        let post = try LintHarness.lint("- [AQS](http://cmsblogs.com/?hmsr=toutiao.io&p=2197&utm_medium=toutiao.io&utm_source=toutiao.io)\n", rules: ["tracking-param"])
        #expect(post.map(\.severity) == [.warning] && post.first?.fix?.applicability == .safe)
    }
}
