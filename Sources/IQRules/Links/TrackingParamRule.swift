import Foundation
import IQCore
import IQMarkdown

public struct TrackingParamRule: ChunkLocalRule, CollectionFactRule {
    public static let description = RuleDescription(
        id: "tracking-param",
        summary: "links carry no query parameters that only track the reader",
        details: """
            Reports query parameters that say where the reader came from rather than what to \
            show: `utm_*`, `spm`, `spm_id_from`, `share_source`, `share_medium`, `vd_source`, \
            the ad-click ids (`fbclid`, `gclid`, `msclkid`, `igshid`, `mc_eid`, …) and WeChat's \
            share values (`from=timeline`, `isappinstalled`) and Baidu Tongji's campaign \
            parameters (`hmsr`, `hmpl`, `hmcu`, `hmkw`, `hmci`) on every host; YouTube's `si`, \
            `ab_channel` and `feature=youtu.be` (and `feature=share`; `feature` on youtu.be); \
            Spotify's `si` (open.spotify.com); Instagram's `igsh`; Twitter's and X's `ref_src` and `ref_url` on an embedded tweet; `from` and `utm_*` on jianshu.com; \
            `source` on medium.com; `wfr` and `for` on baijiahao.baidu.com; `fr` on \
            baike.baidu.com; `source_id` on zhihu.com; CSDN's recommendation parameters \
            (`depth_1-*`, `ops_request_misc`, `request_id`, `biz_id`, `relevant_index`); \
            bilibili's share parameters; Google's `ved`, `biw`, `bih`, `ei` and `sa=X` (google.com, \
            a search result's click); Goodreads's search click (`from_search`, `from_srp`, `qid`, \
            `rank`, `ac`) and `ref` (goodreads.com); and on WeChat articles (mp.weixin.qq.com/s) everything \
            except `__biz`, `mid`, `idx` and `sn`, which name the article (a temporary link \
            without them, `?src=11&timestamp=…&signature=…` or `?__biz=…&tempkey=…` without `mid` \
            and `idx`, is left whole: its parameters are the address). A host entry covers \
            its subdomains; a name ending in `*` is a prefix. Generic names (`from`, `ref`, \
            `source`) are reported only on hosts where they are known trackers. The \
            collection's own campaign tags are not reported: the same `utm_*=` value (or Baidu's \
            `hmsr=`, `hmpl=`, …) on links to three or more addresses (see `iqlint conventions`), nor a `utm_source` value on links \
            in three or more of the files linted together or to three addresses across them (a \
            newsletter's sponsor link in each issue, `utm_source=ryf`; `iqlint conventions` lists \
            them under all the files together) or, eight characters or more, to two sites \
            (`utm_source=tf-github-xh2022`, the author's code on the partners recommended), with its variants \
            (`ryf0616`; `ruanyf` beside `ruanyfblogjiangshi`), also in another `utm_*` parameter \
            (`utm_medium=ruanyifeng`, `utm_content=ryfdwlrz`), unless it names a reader's platform \
            (`wechat_session`; `wechat-kol-ruanyf` names a campaign run there), nor, on a link that \
            carries one, its other `utm_*` (or Baidu) parameters, which belong to the same tag \
            (`utm_campaign=book_x` beside the collection's `utm_source`); other trackers on \
            that link (`fbclid`, `spm`) are still reported. Nor are the `utm_*` parameters \
            of a link tagged `utm_medium=referral` (or `affiliate`, `partner`, `sponsor`, `spon`): \
            the collection crediting itself on a partner's page, on purpose, unless its \
            `utm_source` names where a reader found the link (`reddit`, `newsletter`). Nor is a badge's link as its \
            service writes it: a link holding only an image, tagged `…=badge` \
            (`[![Gitter](…)](https://gitter.im/x?utm_source=badge)`), nor a sponsor's logo tagged \
            with the page it is shown on (`[![Warp](…)](https://warp.dev/?utm_source=github…)`) or the \
            project showing it (`[![Powered by Vercel](…)](https://vercel.com/?utm_source=my-project&utm_campaign=oss)`): \
            a link holding only an image whose trackers are `utm_*` parameters, none naming where a \
            reader found it (`utm_source=newsletter`, `wechat_session`). Nor is a company's front page \
            (no path) tagged only with `utm_*` parameters none of which names a reader's platform or an \
            assistant (`chatgpt.com`) a warning: it may be a sponsor's or partner's credit as they ask \
            for it (`[Vercel](https://vercel.com/?utm_source=t3-oss&utm_campaign=oss)`), an `info` whose \
            fix is unsafe, and under a heading naming sponsors (`## Current Sponsors`, `赞助`) not reported at \
            all; tracking copied along comes with an article's address. So is a link outside \
            the collection's lists (the page's header, a note) tagged only with `utm_*` parameters whose \
            `utm_source` names the page it is shown on (`?utm_source=github&utm_campaign=autumn_repo_bump` \
            on the author's own course): written for this page, most likely its maintainer's campaign; \
            on an entry, the tag came along with the address, unless a `utm_*` value is the \
            collection's own title (`utm_medium=awesomevue` under `# Awesome Vue`: the entry's vendor \
            crediting the list). One finding per link, starting \
            at its first tracking parameter. A destination in a reference definition \
            (`[label]: url`) is reported once, at its first use, without a fix. Where warnings \
            would fall on a quarter or more of a file's web links (eight or more: `&ab_channel=…` on \
            every YouTube link of a list), they are the file's habit: each is an `info`, its fix kept; \
            so are those on half or more of a file's links to one site (eight or more: `?feature=share` \
            on the YouTube links of a list of talks), the way it copies that site's links.
            """,
        rationale: """
            Tracking parameters make URLs long and unreadable in the source, leak where a \
            contributor found the article, and hide duplicates: the same article copied from \
            two share buttons looks like two links.
            """,
        defaultSeverity: .warning,
        fix: .safe,
        options: [
            RuleOptionDescription(name: "extra-params", summary: "more parameter names to remove on every host (`name` or `prefix*`)",
                                  defaultValue: .list([])),
            RuleOptionDescription(name: "keep-params", summary: "parameter names never to remove, whatever the lists say",
                                  defaultValue: .list([])),
            RuleOptionDescription(name: "host-params", summary: "more names to remove per host, e.g. `{example.com: [ref]}`",
                                  defaultValue: .map([:])),
            RuleOptionDescription(name: "host-keep-params", summary: "names never to remove per host",
                                  defaultValue: .map([:])),
        ],
        triggeringExamples: [
            // A post of a site (`p=2197`), tagged by an aggregator: no front page, a warning.
            RuleExample("- [AQS 详解](http://cmsblogs.com/?↓hmsr=toutiao.io&p=2197&utm_medium=toutiao.io&utm_source=toutiao.io)\n"),
            RuleExample("9. [集成学习](https://baijiahao.baidu.com/s?id=1799441021746509245&↓wfr=spider&for=pc)\n"),
            RuleExample("2. [TF_IDF](https://baike.baidu.com/item/tf-idf/8816134?↓fr=ge_ala)\n"),
            RuleExample("| [Freakonomics](https://a.example/f) | [3.98](https://www.goodreads.com/book/show/1202.Freakonomics?↓from_search=true&from_srp=true&qid=L2EvsarKWR&rank=1) |\n"),
            RuleExample("3. [BatchNorm、LayerNorm以及GroupNorm](https://www.bilibili.com/video/BV1UG411f7DL/?↓spm_id_from=333.999.0.0)\n"),
            RuleExample("3. [不同位置编码的分析](https://www.zhihu.com/tardis/bd/art/675243992?↓source_id=1001)\n"),
            RuleExample("1. [SM，SP，warp 等相关概念和关系](https://zhuanlan.zhihu.com/p/266633373?↓utm_source=wechat_session&utm_id=0)\n"),
            RuleExample("11. [constrained beam search](https://mp.weixin.qq.com/s?__biz=MzI4MDYzNzg4Mw==&mid=2247550556&idx=2&sn=759a0fbfc878ed8844e12798701d175a&↓chksm=ebb73e88dcc0b79e0a21a51059d3859000dca073ea640c5b1b2d7f5f7294fc54f37191723f86&scene=27)\n"),
            RuleExample("6. [模型并行训练](https://blog.csdn.net/v_JULY_v/article/details/132462452?↓depth_1-utm_source=distribute.pc_relevant.none-task-blog-2~default~baidujs_baidulandingword~default-0-132462452-blog-129709105.235^v43^pc_blog_bottom_relevance_base6&utm_relevant_index=1)\n"),
            RuleExample("1. [一文读懂Transformer](https://blog.csdn.net/weixin_42475060/article/details/121101749?↓ops_request_misc=%257B%2522request%255Fid%2522%253A%2522171%2522%257D&request_id=171&biz_id=0&utm_term=transformer&spm=1018.2226.3001.4187)\n"),
            RuleExample("- 参考：https://zhuanlan.zhihu.com/p/266633373?↓utm_source=wechat_session\n"),
            // A reader's share tag on three articles is no campaign of the collection.
            RuleExample("- [a](https://zhuanlan.zhihu.com/p/1?↓utm_source=wechat_session)\n- [b](https://zhuanlan.zhihu.com/p/2?↓utm_source=wechat_session)\n- [c](https://zhuanlan.zhihu.com/p/3?↓utm_source=wechat_session)\n"),
            RuleExample("4. [lora训练项目](https://github.com/zjunlp/IEPile?↓ref=readme)\n", options: ["extra-params": ["ref"]]),
            RuleExample("5. [大模型分布式训练](https://hub.baai.ac.cn/view/33040?↓source=feed)\n", options: ["host-params": ["baai.ac.cn": ["source"]]]),
            RuleExample("- ↓[残差网络][resnet]，见 [原文][resnet]\n\n[resnet]: https://zhuanlan.zhihu.com/p/91385516?utm_source=wechat_session\n"),
            RuleExample("- [Swift](https://www.youtube.com/watch?v=abc&↓ab_channel=Apple)\n"),
            RuleExample("- [talk](https://example.org/talk?id=3&↓fbclid=IwAR0abc)\n"),
            RuleExample("- [HTTP/3](https://a.example/http3?↓utm_campaign=evergreen&utm_source=reddit&utm_medium=referral)\n"),
            RuleExample("- [文章](https://www.jianshu.com/p/1f2e3d?↓from=timeline&isappinstalled=0)\n"),
            RuleExample("- [周刊](https://a.example/weekly/42?↓hmsr=toutiao.io&utm_medium=toutiao.io&utm_source=toutiao.io)\n"),
            RuleExample("- [Excalidraw](https://excalidraw.example/?↓utm_source=chatgpt.com)\n"),
            // A vendor's entry tagged with the collection's own name: an info, whose fix is unsafe.
            RuleExample("# Awesome Vue\n\n- [State of Vue](https://www.monterail.com/stateofvue?↓utm_source=Github&utm_medium=awesomevue) - The report.\n"),
            // The author's own campaign, tagged with the page it is shown on: an info.
            RuleExample("[Join the waitlist for my course](https://maven.example/course?↓utm_source=github&utm_campaign=autumn_repo_bump)\n"),
            RuleExample("- [Gitter badge](https://gitter.im/x?↓utm_source=badge)\n- [![cover](https://a.example/c.png)](https://a.example/book?↓utm_source=newsletter)\n"),
            RuleExample("- [a](https://a.example/1?utm_source=mylist)\n- [b](https://b.example/2?utm_source=mylist)\n- [c](https://c.example/3?utm_source=mylist&utm_campaign=c&↓fbclid=IwAR0abc)\n"),
        ],
        nonTriggeringExamples: [
            // A sponsor's links tagged `utm_medium=spon`, with the collection's name as the source.
            RuleExample("# Hacker News Tools of the Trade\n\n## Supported with ❤️ by [Instabug](https://instabug.com/android/sdk?utm_source=toolsofthetrade&utm_medium=spon&utm_content=header)\n\n## Payroll\n\n- [Gusto](https://gusto.com) - Payroll.\n"),
            // A line saying it credits a sponsor.
            RuleExample("# Awesome Terraform\n\nSponsored by [Scalr](https://scalr.com/?utm_source=awesome-terraform)\n\n## Tools\n\n- [pretf](https://a.example/pretf) - a wrapper.\n"),
            // The author's own code on two partners' links.
            RuleExample("- [www.lintcode.com](https://www.lintcode.com/?utm_source=tf-github-xh2022)\n- [算法课](https://www.jiuzhang.com/course/71/?utm_source=tf-github-xh2022)\n"),
            RuleExample("5. [大模型分布式训练](https://hub.baai.ac.cn/view/33040)\n"),
            RuleExample("[![Gitter](https://badges.gitter.im/x.svg)](https://gitter.im/x?utm_source=badge&utm_medium=badge&utm_campaign=pr-badge)\n"),
            // A sponsor's logo as its programme asks the project to show it.
            RuleExample("[![Powered by Vercel](https://a.example/powered-by-vercel.svg)](https://vercel.com/?utm_source=my-project&utm_campaign=oss)\n"),
            // A sponsor's logo, tagged by the maintainer with the page it is shown on.
            RuleExample("[![Warp](https://a.example/warp.png)](https://warp.example/?utm_source=github&utm_campaign=awesome)\n"),
            // The collection credits itself on a partner's link.
            RuleExample("Questions shared by [GreatFrontEnd](https://a.example/?utm_source=myhandbook&utm_medium=referral) users.\n"),

            RuleExample("3. [chatgpt](https://mp.weixin.qq.com/s?__biz=MzU1MzE2NzIzMg==&mid=2247491577&idx=1&sn=9247f63dc89f215ae5cc7bf476ffcec3#rd)\n"),
            RuleExample("1. [合集](https://mp.weixin.qq.com/mp/appmsgalbum?__biz=MzI4MDYzNzg4Mw==&action=getalbum&album_id=3012345)\n"),
            // A temporary link names no article: its parameters are the address.
            RuleExample("- [使用 VSCode 的一些技巧](https://mp.weixin.qq.com/s?src=11&timestamp=1591581536&ver=2387&signature=abcDEF123&new=1)\n"),
            RuleExample("- [面试手册](https://mp.weixin.qq.com/s?__biz=MzkyMTI3Mjc2MQ==&tempkey=MTE0OV9abc&chksm=7b8a&token=1&lang=zh_CN#rd)\n"),
            RuleExample("1. [集成学习](https://baike.baidu.com/s?id=1799441021746509245&wfr=spider&for=pc)\n"),
            RuleExample("1. [第二集](https://www.bilibili.com/video/BV1UG411f7DL/?p=2)\n"),
            RuleExample("1. [SM，SP，warp](https://zhuanlan.zhihu.com/p/266633373?utm_source=wechat_session)\n",
                        options: ["keep-params": ["utm_source"]]),
            RuleExample("1. 写法：`https://zhuanlan.zhihu.com/p/266633373?utm_source=wechat_session`\n"),
            RuleExample("- [a](https://a.example/x?from=search)\n- [b](https://github.com/o/r/blob/main/a.md?ref=v2)\n"),
            RuleExample("- [a](https://a.example/1?utm_source=mylist)\n- [b](https://b.example/2?utm_source=mylist)\n- [c](https://c.example/3?utm_source=mylist)\n"),
            RuleExample("- [a](https://a.example/1?utm_source=mylist&utm_campaign=spring)\n- [b](https://b.example/2?utm_source=mylist)\n- [c](https://c.example/3?utm_source=mylist&utm_campaign=spring)\n"),
            RuleExample("- [a](https://a.example/1?utm_source=mylist&utm_medium=affiliate)\n- [b](https://b.example/2?utm_source=mylist&utm_medium=affiliate&utm_campaign=book_b)\n- [c](https://c.example/3?utm_source=mylist&utm_medium=affiliate&utm_campaign=book_c)\n"),
            // A sponsor's Baidu campaign tag on its three links.
            RuleExample("See the [docs](https://docs.a.example/spa.html?hmsr=ap528&hmpl=ap528&hmkw=3), the [blog](https://blog.a.example/?hmsr=ap528&hmpl=ap528&hmkw=6) and the [forum](https://forum.a.example/?hmsr=ap528&hmpl=ap528&hmkw=7).\n"),
            // The collection's tag in `utm_medium`, and a variant of it in `utm_content`.
            RuleExample("- [a](https://a.example/1?utm_source=ryf)\n- [b](https://b.example/2?utm_source=ryf)\n- [c](https://c.example/3?utm_source=ryf)\n"
                + "- [d](https://d.example/4?utm_source=outsidemedia&utm_medium=ryf&utm_campaign=x)\n- [e](https://e.example/5?utm_content=ryfdwlrz&utm_source=weixinkol)\n"),
            // A campaign run on WeChat, on three addresses.
            RuleExample("- [Git](https://u.example/git/?utm_source=wechat-kol-ruanyf&utm_medium=kol)\n- [Shell](https://u.example/shell/?utm_source=wechat-kol-ruanyf&utm_medium=kol)\n- [HTML](https://u.example/html/?utm_source=wechat-kol-ruanyf&utm_medium=kol)\n"),
        ],
        corrections: [
            // Names written with a Markdown escape in an autolink, where none is read: no fix matches them.
            RuleCorrection("- [Lessons](https://twitter.com/i/moments/874780733146939392?ref_src=twsrc%5Etfw) - by Julie Grace.\n",
                           "- [Lessons](https://twitter.com/i/moments/874780733146939392) - by Julie Grace.\n"),
            RuleCorrection("See https://a.example/blog/metrics?utm\\_source=quora&utm\\_medium=answer for more.\n",
                           "See https://a.example/blog/metrics?utm\\_source=quora&utm\\_medium=answer for more.\n"),
            // A vendor's front page naming this list as the referrer: a credit, no safe fix.
            RuleCorrection("- [Godot](https://godotengine.org/) - An engine.\n- [Coplay](https://coplay.dev?ref=github&utm_source=magictools) - AI Copilot for Unity\n",
                           "- [Godot](https://godotengine.org/) - An engine.\n- [Coplay](https://coplay.dev?ref=github&utm_source=magictools) - AI Copilot for Unity\n"),
            // A sponsor's front page under the sponsors' heading, credited as they ask.
            RuleCorrection("## Current Sponsors\n\n### Gold\n\n**[SerpApi](https://serpapi.com/?utm_source=public-api-lists)** — Scrape search engines\n",
                           "## Current Sponsors\n\n### Gold\n\n**[SerpApi](https://serpapi.com/?utm_source=public-api-lists)** — Scrape search engines\n", unsafe: true),
            // A sponsor's logo, an HTML picture, tagged with the project showing it: its tags stay.
            RuleCorrection("## Sponsors\n\n| Logo | About |\n| --- | --- |\n| [<img src=\"https://a.example/t.png\" alt=\"sponsor\">](https://www.talordata.com/?campaignid=PDs&utm_source=swisskyrepo&utm_term=swisskyrepo) | SERP API |\n",
                           "## Sponsors\n\n| Logo | About |\n| --- | --- |\n| [<img src=\"https://a.example/t.png\" alt=\"sponsor\">](https://www.talordata.com/?campaignid=PDs&utm_source=swisskyrepo&utm_term=swisskyrepo) | SERP API |\n"),
            // The text is the address: it changes with it.
            RuleCorrection("- [https://www.youtube.com/watch?v=hnpzNAPiC0E&ab\\_channel=InfoQ](https://www.youtube.com/watch?v=hnpzNAPiC0E&ab_channel=InfoQ)\n",
                           "- [https://www.youtube.com/watch?v=hnpzNAPiC0E](https://www.youtube.com/watch?v=hnpzNAPiC0E)\n"),
            // `\&`, Markdown's escaped `&`, goes whole with the parameter after it.
            RuleCorrection("- [a](https://baijiahao.baidu.com/s?id=1782475465795992948\\&wfr=spider\\&for=pc)\n",
                           "- [a](https://baijiahao.baidu.com/s?id=1782475465795992948)\n"),
            RuleCorrection("9. [集成学习](https://baijiahao.baidu.com/s?id=1799441021746509245&wfr=spider&for=pc)\n",
                           "9. [集成学习](https://baijiahao.baidu.com/s?id=1799441021746509245)\n"),
            RuleCorrection("2. [TF_IDF](https://baike.baidu.com/item/tf-idf/8816134?fr=ge_ala)\n",
                           "2. [TF_IDF](https://baike.baidu.com/item/tf-idf/8816134)\n"),
            RuleCorrection("1. [第二集](https://www.bilibili.com/video/BV1UG411f7DL/?spm_id_from=333.999.0.0&p=2)\n",
                           "1. [第二集](https://www.bilibili.com/video/BV1UG411f7DL/?p=2)\n"),
            RuleCorrection("3. [chatgpt](https://mp.weixin.qq.com/s?__biz=MzU1MzE2NzIzMg==&mid=2247491577&idx=1&sn=9247f63dc89f215ae5cc7bf476ffcec3&chksm=fbf7af16cc802600f182f961ed7ec3afe5910598a426bdb8cb72c93a2a0af7f0fb5961fc882b#rd)\n",
                           "3. [chatgpt](https://mp.weixin.qq.com/s?__biz=MzU1MzE2NzIzMg==&mid=2247491577&idx=1&sn=9247f63dc89f215ae5cc7bf476ffcec3#rd)\n"),
            RuleCorrection("- [a](https://a.example/1?utm_source=mylist)\n- [b](https://b.example/2?utm_source=mylist)\n- [c](https://c.example/3?utm_source=mylist&utm_campaign=c&fbclid=IwAR0abc)\n",
                           "- [a](https://a.example/1?utm_source=mylist)\n- [b](https://b.example/2?utm_source=mylist)\n- [c](https://c.example/3?utm_source=mylist&utm_campaign=c)\n"),
            RuleCorrection("- 参考：https://zhuanlan.zhihu.com/p/266633373?utm_source=wechat_session&utm_id=0 。\n",
                           "- 参考：https://zhuanlan.zhihu.com/p/266633373 。\n"),
            // A `&` missing before a tag: no fix until it is written.
            RuleCorrection("[Sign up](https://signup.a.example/?provider=FREEutm_source=github&utm_medium=video&utm_campaign=DataExpert)\n",
                           "[Sign up](https://signup.a.example/?provider=FREEutm_source=github&utm_medium=video&utm_campaign=DataExpert)\n", unsafe: true),
        ],
        fixSafety: """
            Safe: only `key=value` parameters named in the tracking list go; the rest of the URL, other \
            parameters and the fragment stay; a link whose text is its address loses the parameter from both. A parameter without a value (`?fr`, `?入`) is never removed, and in \
            a bare URL a value with non-ASCII text (`?utm_source=x入门`, where the sentence may continue the URL) is \
            left for a human. Unsafe on a front page the project tagged (it may be a sponsor's credit), and on a \
            link tagged with the page it is shown on (`utm_source=github`: the maintainer's own campaign). \
            None where a `&` is missing and a tag runs on inside another parameter's value \
            (`?provider=FREEutm_source=github&…`, an `info`): the link is to be mended first.
            """,
        emittedSeverities: [.warning, .info]
    )

    let parameters: TrackingParameters

    public init(options: RuleOptions) {
        parameters = TrackingParameters.defaults.adding(
            everywhere: options.strings("extra-params"), keep: options.strings("keep-params"),
            byHost: options.stringListMap("host-params"), keepByHost: options.stringListMap("host-keep-params"))
    }

    /// Each link is judged alone unless the document tags links with campaign parameters
    /// (whether a tag is the collection's own is judged over all its links).
    public func judgesChunksAlone(in file: MarkdownFile) -> Bool { !Self.isTagged(file.document) }

    /// Whether some link carries a `utm_*`, `ref` or Baidu campaign parameter, what campaign
    /// tags are made of.
    static func isTagged(_ document: Document) -> Bool {
        let links = document.links
        return links.indices.contains { mayCarryACampaignTag(links[$0].destination) }
    }

    /// Whether `destination` may hold a `utm_*`, `ref` or Baidu campaign parameter (on its
    /// bytes; most destinations have no `?` and are done with one search).
    static func mayCarryACampaignTag(_ destination: String) -> Bool {
        destination.containsBytes("?") && (destination.containsBytes("utm_") || destination.containsBytes("ref=")
            || destination.containsBytes("hmsr=") || destination.containsBytes("hmpl="))
    }

    /// Baidu Tongji's campaign parameters (`?hmsr=ap528&hmpl=ap528`): a sponsor's tag, as `utm_*`.
    static let baiduCampaignParameters: Set<String> = ["hmsr", "hmpl", "hmcu", "hmkw", "hmci"]

    /// The collection's own campaign tags, found over every file (a newsletter tags one
    /// sponsor's link per issue).
    public func prepare(collection: [MarkdownFile]) {
        let tags = CollectionCampaignTags.of(collection)
        for file in collection { file.derived.replace(tags) }
    }

    public func check(_ file: MarkdownFile) -> [Violation] {
        // Campaign tags are utm_*/ref values; most documents have none and need no inference.
        let links = file.document.links
        let isTagged = Self.isTagged(file.document)
        let campaign = isTagged
            ? CollectionConventions.of(file).campaignParameters.union(file.derived.value(CollectionCampaignTags.self) { _ in .of([file]) }.keys) : []
        let sourceTags = Self.sourceTags(in: campaign)
        // The document's title as a tag would write it (`# Awesome Vue`: `awesomevue`), five
        // letters at least; asked only of a tagged document.
        let titleKey = !isTagged ? nil
            : file.document.headings.first { $0.level == 1 }.map { Self.letters(of: $0.text) }.flatMap { $0.count >= 5 ? $0 : nil }
        let parsed = LinkURL.all(in: file)
        var violations = findings(in: file, parsed: parsed, links: links, campaign: campaign, sourceTags: sourceTags, titleKey: titleKey)
        // `&ab_channel=…` on nearly every YouTube link of a list: the file's habit. Each finding
        // stays (with its safe fix), as an info, so the file's other findings are not buried.
        let warnings = violations.indices.filter { violations[$0].severity == nil }
        if warnings.count >= Self.habitMinimum {
            let web = parsed.indices.count { parsed.url(at: $0).url.isHTTP }
            if warnings.count * 4 >= web {
                for index in warnings {
                    violations[index].severity = .info
                    violations[index].help.append("an info rather than a warning: tracking parameters are this file's habit (on a quarter or more of its web links)")
                }
            } else {
                Self.markHostHabits(&violations, warnings: warnings, parsed: parsed)
            }
        }
        return violations
    }

    /// `?feature=share` on most of a file's links to YouTube, however many other links it has:
    /// the way the file copies that site's links (its share button), each an `info`.
    private static func markHostHabits(_ violations: inout [Violation], warnings: [Int], parsed: LinkURL.ParsedLinks) {
        // The web links by where their URLs start, with their hosts (`www.` aside).
        var starts: [Int] = [], hosts: [String] = []
        var linksByHost: [String: Int] = [:]
        for position in parsed.indices {
            let url = parsed.url(at: position)
            guard url.url.isHTTP, let host = url.url.host?.lowercased() else { continue }
            let key = host.hasPrefix("www.") ? String(host.dropFirst(4)) : host
            starts.append(url.base)
            hosts.append(key)
            linksByHost[key, default: 0] += 1
        }
        let order = starts.indices.sorted { starts[$0] < starts[$1] }
        let sortedStarts = order.map { starts[$0] }
        func host(of violation: Violation) -> String? {
            let found = sortedStarts.partitionIndex(where: { $0 > violation.range.start })
            return found > 0 ? hosts[order[found - 1]] : nil
        }
        var warningsByHost: [String: [Int]] = [:]
        for index in warnings { if let host = host(of: violations[index]) { warningsByHost[host, default: []].append(index) } }
        for (host, indexes) in warningsByHost where indexes.count >= habitMinimum && indexes.count * 2 >= linksByHost[host, default: 0] {
            for index in indexes {
                violations[index].severity = .info
                violations[index].help.append("an info rather than a warning: tracking parameters are on \(indexes.count) of this file's "
                                              + "\(linksByHost[host, default: 0]) links to \(host), the way it copies that site's links")
            }
        }
    }

    /// From this many tracked links on (a quarter or more of the file's web links), they are its habit.
    static let habitMinimum = 8

    private func findings(in file: MarkdownFile, parsed: LinkURL.ParsedLinks, links: [Link], campaign: Set<String>, sourceTags: [String],
                          titleKey: String?) -> [Violation] {
        parsed.indices.compactMap { position in
            let located = parsed.url(at: position)
            let found = parameters.trackingItems(in: located.url)
            guard !found.isEmpty else { return nil }
            let link = parsed.link(at: position)
            var tracking = found.filter { !isCampaignTag($0, campaign, sourceTags: sourceTags) }
            // Beside the collection's campaign tag, the link's other `utm_*` values are part of that
            // tag (an affiliate's `utm_campaign=book_x`): removing them alone would half-strip it.
            if tracking.count < found.count { tracking.removeAll(where: Self.isCampaignParameter) }
            // `utm_medium=referral` (or affiliate, partner, sponsor): the collection crediting
            // itself on a partner's link, set on purpose, not a reader's tracker copied along.
            // A source naming where a reader found the link (`utm_source=reddit`) was copied along.
            if located.url.queryItems.contains(where: Self.isReferralMedium), !located.url.queryItems.contains(where: Self.namesAReadersPlatform) {
                tracking.removeAll(where: Self.isCampaignParameter)
            }
            guard let first = tracking.first, let query = located.url.queryRange else { return nil }
            // `[Vercel](https://vercel.com/?utm_source=t3-oss&utm_campaign=oss)`: a company's front
            // page tagged with a source no reader's platform names may be a sponsor's or partner's
            // credit, written as they ask; tracking copied along comes with an article's address.
            // (`cmsblogs.com/?hmsr=…&p=2197`: a parameter that stays names a post, not the front
            // page; `?ref=github` beside the tag names the referrer, part of the credit.)
            let mayBeACredit = Self.isFrontPage(located.url) && tracking.allSatisfy(Self.isCampaignParameter)
                && !located.url.queryItems.contains(where: Self.startsWithAReadersPlatform)
                && located.url.queryItems.allSatisfy { tracking.contains($0) || Self.isReferrerTag($0) }
            // `**[SerpApi](https://serpapi.com/?utm_source=public-api-lists)**` under `## Current
            // Sponsors`: the credit its sponsor asks for, as its logo's link beside it.
            if mayBeACredit, let heading = file.document.heading(before: link.range.start), Self.namesSponsors(heading, in: file.document) { return nil }
            // `Sponsored by [Scalr](https://scalr.com/?utm_source=awesome-terraform)`: the line says it is a sponsor's credit.
            if mayBeACredit, Self.lineNamesASponsor(link, in: file.source) { return nil }
            // `[Join the waitlist for my course](https://maven.com/x?utm_source=github&utm_campaign=autumn)`
            // in the page's header: campaign parameters naming the page the link is shown on, on a
            // link outside the collection's lists, were written for the page by its maintainer:
            // worth a look. On an entry, the tag came along with the address.
            // `utm_medium=awesomevue` in `# Awesome Vue`: tagged with the collection's own name,
            // by the vendor who added the entry to credit the list, on an entry too.
            let isTaggedForThisPage = tracking.allSatisfy(Self.isCampaignParameter)
                && (located.url.queryItems.contains(where: Self.namesGitHubAsSource) && !file.document.lists.contains { $0.range.contains(link.range.start) }
                    || titleKey.map { key in located.url.queryItems.contains { Self.isCampaignParameter($0) && Self.namesTheTitle(Self.letters(of: $0.value ?? ""), key) } } == true)
            // A badge's link as its service writes it (`[![Gitter](…)](https://gitter.im/x?utm_source=badge…)`),
            // or a sponsor's logo tagged with where it is shown (`[![Warp](…)](https://warp.dev/?utm_source=github…)`):
            // tags on the page's decoration, set by its maintainer, not on an entry of the collection.
            // So is a logo tagged with the project showing it (`[![Powered by Vercel](…)](https://vercel.com/?utm_source=my-project&utm_campaign=oss)`):
            // campaign parameters only, none naming where a reader found the link.
            if !link.isImage, tracking.contains(where: { $0.value?.lowercased().contains("badge") == true })
                || located.url.queryItems.contains(where: Self.namesGitHubAsSource)
                || tracking.allSatisfy(Self.isCampaignParameter) && !located.url.queryItems.contains(where: Self.startsWithAReadersPlatform),
               ItemFormatRule.isImageOnly(link, images: links, in: file.source) { return nil }
            let names = tracking.map(\.name)
            let quoted = names.map { "'\($0)'" }.joined(separator: ", ")
            let message = "tracking parameter\(names.count == 1 ? "" : "s") \(quoted) in link"
            if located.isElsewhere {
                return Violation(range: link.range, message: message + " definition")
            }
            // Only `key=value` items go; in a bare URL, text glued after it (`?utm_source=x入门`)
            // may be the sentence, not the value, so such a value stays for a human to judge.
            // (`utm\_source` written with a Markdown escape inside an address, where no escape is
            // read: the destination holds `utm%5C_source`, which no removal of `utm\_source` matches.)
            let removable = tracking.filter { item in
                item.value != nil && !item.name.contains("\\") && (link.kind != .bareURL || item.name.utf8.allSatisfy { $0 < 0x80 } && item.value!.utf8.allSatisfy { $0 < 0x80 })
            }
            let kept = located.url.queryItems.filter { item in !removable.contains(item) }
            // A bare URL right after `](` is the cut-off start of a broken link's destination:
            // link-format joins it first, and only then is the whole query known.
            let isBrokenLinkStart = link.kind == .bareURL && BareURLRule.followsBrokenLinkText(link, in: file.source)
            let fix = removable.isEmpty || isBrokenLinkStart ? nil : located.url.queryReplacement(keeping: kept).map { replacement in
                let title = "remove \(removable.map { "'\($0.name)'" }.joined(separator: ", "))"
                var edits = [Edit(range: located.sourceRange(replacement.range), replacement: replacement.replacement)]
                // `[https://…&ab_channel=InfoQ](https://…&ab_channel=InfoQ)`: the text shows the
                // address, and changes with it.
                if let text = link.textRange, let destination = link.destinationRange, link.text == link.destination,
                   destination.start <= edits[0].range.start, edits[0].range.end <= destination.end {
                    let shown = file.source.string(in: SourceRange(destination.start, edits[0].range.start)) + edits[0].replacement
                        + file.source.string(in: SourceRange(edits[0].range.end, destination.end))
                    edits.insert(Edit(range: text, replacement: BareURLRule.escapedTitle(shown)), at: 0)
                }
                let rewrites: [DestinationRewrite] = [.removeQueryParameters(Set(removable.map { $0.name.lowercased() }))]
                return mayBeACredit || isTaggedForThisPage ? Fix.unsafe(title, edits, rewrites: rewrites) : Fix.safe(title, edits, rewrites: rewrites)
            }
            let range = located.sourceRange(first.range.lowerBound..<query.upperBound)
            // `?provider=DB_FREE_TIERutm_source=github&utm_campaign=DataExpert`: a `&` left out, so a
            // tag runs on inside another parameter's value; whose tags these are cannot be told
            // until it is written.
            if let glued = located.url.queryItems.first(where: { ($0.value ?? "").range(of: "[A-Za-z0-9]utm_[a-z]+=", options: [.regularExpression, .caseInsensitive]) != nil }) {
                return Violation(range: range, message: message + ", and a '&' is missing inside '\(glued.name)': a second parameter runs on in its value",
                                 severity: .info,
                                 help: ["write '&' before the 'utm_' inside the value of '\(glued.name)'; the link's tags can be judged then"])
            }
            if mayBeACredit {
                return Violation(range: range, message: message, severity: .info, fix: fix,
                                 help: ["a site's front page tagged by this project: if it credits a sponsor or partner as they ask, keep it"])
            }
            if isTaggedForThisPage {
                return Violation(range: range, message: message, severity: .info, fix: fix,
                                 help: ["tagged with the page it is shown on (`utm_source=github`, or the collection's own name): if it is this project's or a partner's campaign link, keep it"])
            }
            return Violation(range: range, message: message, fix: fix)
        }
    }

    /// Whether the line of `link` says it credits a sponsor (`Sponsored by`, `Sponsor:`, `赞助`).
    static func lineNamesASponsor(_ link: Link, in source: SourceText) -> Bool {
        let line = source.lineText(source.line(containing: link.range.start)).lowercased()
        return ["sponsored by", "sponsor:", "sponsors:", "赞助：", "赞助:", "赞助商：", "赞助商:"].contains(where: line.contains)
    }

    /// Whether `heading`, or a heading above it, names sponsors (`Sponsors`, `Backers`,
    /// `赞助`): the section credits them.
    static func namesSponsors(_ heading: Heading, in document: Document) -> Bool {
        var current: Heading? = heading, level = heading.level + 1
        while let candidate = current {
            if candidate.level < level {
                let text = candidate.text.lowercased()
                if ["sponsor", "backer", "赞助", "金主"].contains(where: text.contains) { return true }
                level = candidate.level
            }
            current = candidate.index > 0 ? document.headings[candidate.index - 1] : nil
        }
        return false
    }

    /// The ASCII letters and digits of `text`, lowercased (`Awesome Vue` is `awesomevue`).
    static func letters(of text: String) -> String {
        String(text.lowercased().unicodeScalars.filter { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0)) }.map(Character.init))
    }

    /// `https://vercel.com/`, `https://a.example`: a site's address without a path.
    static func isFrontPage(_ url: ParsedURL) -> Bool {
        url.path.isEmpty || url.path == "/"
    }

    /// `ref=github`, `via=awesome-list`: the referrer a vendor's link names beside its campaign tag
    /// (`coplay.dev?ref=github&utm_source=magictools`), the same credit in another form.
    static func isReferrerTag(_ item: ParsedURL.QueryItem) -> Bool {
        ["ref", "referrer", "via", "from", "source", "partner", "aff", "affiliate"].contains(ParsedURL.percentDecoded(item.name).lowercased())
    }

    /// `utm_*` (or Baidu's `hmsr`, `hmpl`, …): one of the parameters that together make a campaign tag.
    private static func isCampaignParameter(_ item: ParsedURL.QueryItem) -> Bool {
        let name = ParsedURL.percentDecoded(item.name).lowercased()
        return name.hasPrefix("utm_") || baiduCampaignParameters.contains(name)
    }

    /// A tag's letters that are the title's (`awesomevue` for `# Awesome Vue`), or a run of eight
    /// letters or more of it (`toolsofthetrade` for `# Hacker News Tools of the Trade`).
    static func namesTheTitle(_ tag: String, _ title: String) -> Bool {
        tag == title || tag.count >= 8 && title.contains(tag)
    }

    /// `utm_medium=referral`, `affiliate`, `partner` or `sponsor`: a link's tag that credits
    /// the page linking, which its author writes.
    static func isReferralMedium(_ item: ParsedURL.QueryItem) -> Bool {
        guard ParsedURL.percentDecoded(item.name).lowercased() == "utm_medium", let value = item.value else { return false }
        return ["referral", "affiliate", "partner", "partners", "sponsor", "sponsored", "sponsorship", "spon"].contains(ParsedURL.percentDecoded(value).lowercased())
    }

    /// `utm_source=reddit`, `=newsletter`: a platform or feed a reader followed the link from.
    static func namesAReadersPlatform(_ item: ParsedURL.QueryItem) -> Bool {
        utmSource(of: item).map(readersPlatforms.contains) ?? false
    }

    /// A `utm_source` naming a reader's platform, alone or first (`wechat_session`,
    /// `twitter-share`, `newsletter.weekly`).
    static func startsWithAReadersPlatform(_ item: ParsedURL.QueryItem) -> Bool {
        guard let source = utmSource(of: item) else { return false }
        let first = source.split(whereSeparator: { "_-.".contains($0) }).first.map(String.init) ?? source
        return readersPlatforms.contains(source) || readersPlatforms.contains(first)
    }

    /// `utm_source=github` (or `github.com`, `readme`): the link is tagged with the page it
    /// is shown on, which only the page's maintainer writes on a logo.
    static func namesGitHubAsSource(_ item: ParsedURL.QueryItem) -> Bool {
        utmSource(of: item).map { ["github", "github.com", "github_readme", "github-readme", "readme"].contains($0) } ?? false
    }

    /// The value of a `utm_source` item, decoded and lowercased; nil for any other item.
    private static func utmSource(of item: ParsedURL.QueryItem) -> String? {
        guard ParsedURL.percentDecoded(item.name).lowercased() == "utm_source", let value = item.value else { return nil }
        return ParsedURL.percentDecoded(value).lowercased()
    }

    static let readersPlatforms: Set<String> = ["reddit", "twitter", "t.co", "x", "facebook", "fb", "linkedin", "hackernews", "hn",
                                                "newsletter", "email", "mail", "rss", "feed", "wechat", "weixin", "weibo", "zhihu",
                                                "telegram", "slack", "discord", "youtube", "medium", "mastodon", "instagram", "share",
                                                // Assistants and search engines a reader copied the link from (`utm_source=chatgpt.com`).
                                                "chatgpt", "openai", "perplexity", "copilot", "bing", "google", "producthunt"]

    /// A parameter the collection tags its own links with (`name=value`, or any value of `name`),
    /// or a `utm_*` parameter holding the collection's `utm_source` tag, or a variant of it
    /// (`utm_medium=ruanyifeng`, `utm_content=ryfdwlrz` beside the tag `ryf`).
    private func isCampaignTag(_ item: ParsedURL.QueryItem, _ campaign: Set<String>, sourceTags: [String]) -> Bool {
        guard !campaign.isEmpty else { return false }
        let name = ParsedURL.percentDecoded(item.name).lowercased()
        if campaign.contains(name) || campaign.contains(name + "=" + (item.value ?? "")) { return true }
        guard !sourceTags.isEmpty, name.hasPrefix("utm_"), let value = item.value else { return false }
        let decoded = ParsedURL.percentDecoded(value).lowercased()
        return sourceTags.contains { decoded.hasPrefix($0) }
    }

    /// The values of the collection's `utm_source` tags (`utm_source=ryf`), lowercased, of
    /// `CollectionCampaignTags.minimumLength` characters at least.
    static func sourceTags(in campaign: Set<String>) -> [String] {
        campaign.compactMap { key in
            guard key.hasPrefix("utm_source=") else { return nil }
            let value = ParsedURL.percentDecoded(String(key.dropFirst("utm_source=".count))).lowercased()
            return value.count >= CollectionCampaignTags.minimumLength ? value : nil
        }
    }
}
