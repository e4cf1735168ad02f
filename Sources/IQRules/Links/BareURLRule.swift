import IQCore
import IQMarkdown

public struct BareURLRule: DocumentRule {
    public static let description = RuleDescription(
        id: "bare-url",
        summary: "list items link with `[title](url)`, not a bare URL",
        details: """
            Reports a URL written as plain text (`https://…`, `www.…`) or in angle brackets \
            (`<https://…>`) inside a list item, where a question bank expects \
            `[title](url)`: an item that is a URL, or a short title or label and a URL. Bare URLs in \
            ordinary paragraphs are left alone, and so are e-mail addresses, URLs in the \
            description after an item's own `[title](url)`, URLs after a sentence of the item \
            (`…收藏起来？地址：<http://…>`, or after clauses `…，…，参见官方文档：https://…`: an address \
            given in passing), a URL in parentheses (`基于SVD(参考地址: http://…)`) or after a word \
            pointing at it (`请看:`, `详见`, `see:`), the URLs of a guide's numbered steps (under `步骤：`, `## Installation`), a URL inside a sentence \
            (`Use <https://…> to create the badge.`, `恶意IP库，<https://…>，过滤恶意IP`), ending one after its preposition (`See examples \
            in https://…`, `Mirror all repositories except for http://…`) or its subject (`**https://…** is the primary model…`), two addresses \
            joined by one short word (`http://a.example/ or http://b.example/`: two sites compared), a field of an entry \
            (`Paper: https://…` in a nested list, or after a field name such as `Code:`, `项目地址：`, \
            or one ending in `地址`, `链接`, `link`, `URL`, also set off by a dash: `GitHub - https://…`), \
            the other short labels of a list of `label：URL` items one of which names a field \
            (`**项目地址**：` beside `**在线阅读**：`), the titled entry's other address in a list \
            under it (`* [awesome-ruby](https://github.com/…)` over `  - http://awesome-ruby.com/`), \
            the value of a field written on the line \
            under its name (`* 模型:` over `  * https://…`: an entry's data sheet), \
            a link reference definition glued onto an item (`[Error]: https://…`, which \
            `lazy-continuation` reports), a label used before a URL in three items or more (`Discussion Thread: https://…` \
            under each entry, `知乎解读 https://…`), the address a sentence gives in a list of one \
            or two items under it (`…画图网址，地址是：` over `- https://draw.io`; a sentence of six \
            words or more over `- Web: https://…` and `- API: https://…`; any sentence ending with a \
            colon over a list of one address alone, and a paragraph of prose ending a sentence over \
            one, the tip's source; and one alone under an item that is a title in bold, \
            `16. **Parameter tampering…**`; and one alone as the last of three points or more that link \
            nothing, half of them or more opening in small letters, an answer's source), the addresses of an entry's sheet of fields \
            (`- 课程网站：<https://…>` beside `- 课程教材：龙书`), an address of \
            the reader's own network (`http://192.168.3.200`, `http://server:8080/`, masked as \
            `192.xxx.16.211`), and the URLs of a references list (most items \
            only a URL, a short note such as `(英語)` after it aside: two \
            or more of them, or one under a heading or label line of references such as \
            `참고 자료`, `**参考资料**`, `Additional links:`, `Other answers`, `**Course Link:**`, as in \
            `item-format`, or under a heading the document repeats for every entry; half of them \
            under such a label, beside titled sources, is one too; an item of thanks, `Thanks to \
            [than0s](…) for …`, is no entry of it) or a titled \
            citation under such a heading (`- MySQL 8.2 Optimizing SQL Statements：https://…`, \
            `- 讲述LSTM的来龙去脉。http://…`). In a document that writes as many list entries or more \
            as `name：URL` (text, then the address) as it opens with their `[title](url)`, that is \
            its convention (`iqlint conventions` shows it as `entry titles`, with the entries it \
            counted): only a URL that stands alone, without a name, is reported there. So is one \
            that writes them `URL description`, the address first and what it leads to after it on \
            its line (`- https://github.com/owner/tool - **what it does**`, `- https://… 编码转换`). \
            A changelog and a meeting's minutes cite their issues by address: not read.
            """,
        rationale: """
            The item's title is what readers scan; a raw URL says nothing about the article, \
            is long and noisy on the rendered page, and a `www.` URL becomes an `http://` link.
            """,
        defaultSeverity: .warning,
        fix: .unsafe,
        triggeringExamples: [
            RuleExample("1. [残差网络](https://zhuanlan.zhihu.com/p/91385516)\n2. ↓https://zhuanlan.zhihu.com/p/453411383\n"),
            RuleExample("- [重要性采样](https://zhuanlan.zhihu.com/p/41217212)\n- [Gibbs 采样](https://zhuanlan.zhihu.com/p/25072161)\n- 拒绝采样：↓<https://zhuanlan.zhihu.com/p/21453360596>\n"),
            RuleExample("- [显存占用的计算](https://a.example/1)\n- [FLOPs 的计算](https://a.example/2)\n- 模型参数量的计算 ↓www.cnblogs.com/future-dream/p/18504417\n"),
            RuleExample("- outer\n  1. [混合精度](https://a.example/1)\n  2. [ZeRO](https://a.example/2)\n  3. 梯度检查点 ↓https://zhuanlan.zhihu.com/p/19218662446\n"),
            RuleExample("- [什么是混合精度？](https://a.example/1)\n- [什么是 ZeRO？](https://a.example/2)\n- 什么是梯度检查点？↓https://zhuanlan.zhihu.com/p/19218662446\n"),
            RuleExample("#### 참고 자료\n\n* ↓https://a.example/76\n* [原文](https://a.example/77)\n* [译文](https://a.example/78)\n"),
            // Written `URL description` where titled entries are more: a deviation.
            RuleExample("- [CyberChef](https://a.example/cyberchef) 编码转换\n- [phpggc](https://a.example/phpggc) 反序列化载荷\n- ↓https://a.example/kube-hunter 探测工具\n"),
        ],
        nonTriggeringExamples: [
            // An answer's points, closed by their source.
            RuleExample("#### 7. How would you predict the number of retweets on the seventh day?\n- use time series analysis\n- if not, add features to the regression function\n- https://en.wikipedia.org/wiki/Dynamic_time_warping\n"),
            // A paper's fields, each on its own line of the entry: `代码：` names the second address.
            RuleExample("## Papers\n\n- [Survey](https://a.example/s)\n- [Review](https://a.example/r)\n\n1. Visual Commonsense R-CNN<br>\n论文地址：https://arxiv.org/abs/2002.12204<br>\n代码：https://github.com/a/b<br>\n\n2. Scalable Uncertainty<br>\n论文地址：https://arxiv.org/abs/2003.03396<br>\n"),
            // A tip and its source; a titled point and its source.
            RuleExample("## Trace.axd\n\nIf you find an SSRF in an ASP application, try reading trace.axd. It holds the logs of HTTP requests.\n\n* https://hackerone.com/reports/519418\n"),
            RuleExample("15. **Parameter Tampering**\n    - Tamper payment fields\n\n16. **Parameter tampering can result in price manipulation**\n    - https://www.youtube.com/watch?v=3VMlV7j_yzg\n"),
            // A domain named in a question, its words glued to it: `link-format` reports the run-on.
            RuleExample("## 计算机网络\n\n- User-Agent：1\n- www.baidu.com哪个是根域名，顶级域名：1\n- 说一下arp协议的过程：1\n"),
            // Sources under `#### References`, closed by a word of thanks with its links.
            RuleExample("#### References\n\n- Mozilla's OpenSSH guidelines at https://a.example/openssh\n- https://a.example/audit\n- https://a.example/sshd\n- `man sshd_config`\n- Thanks to [than0s](https://a.example/than0s) for [finding duplicates](https://a.example/38).\n"),
            // A references list's address, kramdown's attributes under it.
            RuleExample("## References\n\n- <https://facebook.github.io/jest/>\n{: .-also-see}\n"),
            // The page's subject's address in `<…>`, alone in its list.
            RuleExample("### About\n\nKoa is a web framework for Node.js.\n\n- <https://koajs.com/>\n"),
            // An XML tag Markdown reads as an address of the scheme `mvc:`.
            RuleExample("# Spring MVC\n\n- 拦截器\n- <mvc:interceptors>\n- 视图解析器\n"),
            // The one source of a references list, a full stop after it.
            RuleExample("### 1. Debounce the input\n\nText.\n\n**References**\n\n- https://developer.mozilla.org/en-US/docs/Web/API/setTimeout.\n"),
            // An address set between two clauses of a Chinese sentence.
            RuleExample("## 防护\n\n1. 验证码，采用点触验证\n2. 恶意IP库，<https://threatbook.cn/>，过滤恶意IP\n\n## 参考资料\n\n- [XSS 防范](https://a.example/xss)\n- [CSRF 是什么](https://a.example/csrf)\n"),
            // A sentence giving the address, set apart in a list under it.
            RuleExample("我用的是一个在线的画图网址，地址是：\n- *https://draw.io*\n\n用它的原因是使用方便和简单。\n"),
            RuleExample("- [A](https://a.example/a)\n- [B](https://a.example/b)\n- [C](https://a.example/c)\n\nA contributor created a web demo and API based on this repo:\n- Web: https://demo.example/\n- API: https://api.example/\n"),
            // An address in prose: a preposition's object, a sentence's subject, two sites compared.
            RuleExample("* gpuid is deprecated\n  See examples in https://a.example/docs/FAQ.md\n* Fixes to img2text\n"),
            RuleExample("- **https://www.placestoread.xyz** is the primary visual model for the table.\n- Magazine reference pages.\n"),
            RuleExample("* jQuery: a great library or the greatest library? Discuss.\n* http://www.w3schools.com/ or http://w3fools.com/\n"),
            // A cheat sheet's `Also see` list: a reference, its address shown on purpose.
            RuleExample("## Matchers\n\nText.\n\n## Also see\n\n- <https://rspec.info/>\n"),
            RuleExample("1. [残差网络](https://zhuanlan.zhihu.com/p/91385516)\n"),
            RuleExample("答案来源于外部链接，例如 https://zhuanlan.zhihu.com/p/91385516 。\n"),
            RuleExample("- 联系 <someone@example.com>\n"),
            RuleExample("## 参考\n\n- MySQL 8.2 Optimizing SQL Statements：https://dev.mysql.com/doc/refman/8.0/en/statement-optimization.html\n- GB18030-维基百科: <https://zh.wikipedia.org/wiki/GB_18030>\n"),
            RuleExample("- Japanese\n\n* Discussion Thread: https://a.example/issues/1\n\n- Korean\n\n* Discussion Thread: https://a.example/issues/2\n\n- Thai\n\n* Discussion Thread: https://a.example/issues/3\n"),
            RuleExample("- 代码：`https://zhuanlan.zhihu.com/p/91385516`\n"),
            RuleExample("- [残差网络](https://zhuanlan.zhihu.com/p/\n  91385516)\n"),
            RuleExample("- [humanize-url](https://a.example/humanize-url) - Humanize a URL: https://a.example/x → a.example/x\n"),
            RuleExample("- 2020-04-14: 官网上线啦，有专题讲解，还不赶紧收藏起来？地址：<https://a.example/>\n"),
            RuleExample("更多关于这个问题:\n1. https://a.example/questions/136097\n2. https://b.example/blog/static-methods/\n"),
            RuleExample("#### 참고 자료\n\n* https://a.example/76\n"),
            RuleExample("- **BERT**\n  * Paper: https://arxiv.org/abs/1810.04805\n  * Code: https://github.com/google-research/bert\n"),
            RuleExample("- 项目地址：https://github.com/a/b\n"),
            RuleExample("- [Hyperopt](https://hyperopt.github.io/hyperopt/)\n  - GitHub - https://github.com/hyperopt/hyperopt\n- [Hyperas](https://maxpumperla.com/hyperas/)\n"),
            RuleExample("- [维护指南](https://a.example/guide)\n- [贡献者](https://a.example/people)\n\n本站的地址：\n\n- **项目地址**：<https://github.com/a/b>\n- **在线阅读**：<https://a.example/>\n"),
            // A document whose entries are written `name：URL`: its own convention.
            RuleExample("- 简单简历（部分免费）：<https://a.example/cv>\n- 极简简历（免费）： <https://b.example/index>\n- [超级简历](https://c.example/)\n"),
            RuleExample("* 轩辕 (XuanYuan 2.0)\n  * Code: https://github.com/a/b\n  * 模型:\n    * https://huggingface.co/a/b\n"),
            // A document whose entries are written `URL description`: its own convention.
            RuleExample("### Malware Detection\n\n- https://github.com/a/loki - **Simple IOC Scanner**\n- https://github.com/b/hunter - **ELF analysis**\n- [Cuckoo](https://c.example/)\n"),
            // The titled entry's website under it.
            RuleExample("* [awesome-ruby](https://github.com/markets/awesome-ruby) by @markets\n  - http://awesome-ruby.com/\n* [awesome-go](https://github.com/avelino/awesome-go)\n"),
            RuleExample("* **CNAME** ─ 一个域名映射到另一个域名（ example.com 指向 www.example.com ）。\n"),
            // A list of domain names (the order one is resolved in): the last is a name too.
            RuleExample("It's resolved in this order:\n\n1) .\n2) .com\n3) site.com\n4) www.site.com\n"),
            RuleExample("- Use <https://pkg.go.dev/badge/> to create the pkg.go.dev link.\n"),
            RuleExample("**参考资料**\n\n- https://a.example/76\n"),
            RuleExample("步骤：\n1. 将此项目导入到Android Studio：\n    https://a.example/tensorflow/demo\n\n2. 下载完成解压文件。\n"),
            // Addresses given in passing: after a word pointing at them, in parentheses, after a
            // field's label, in a titled citation under a reference heading, with a note on its language.
            RuleExample("1. 测试一下 kMeans 函数是否可以如预期运行, 请看: <https://a.example/src/kMeans2.py>\n"),
            RuleExample("* 2.基于SVD(参考地址: http://a.example/svd-notes/)\n* 书籍下载地址: <https://a.example/data/book>\n"),
            RuleExample("## 推荐阅读\n\n1. 讲述LSTM的来龙去脉。http://a.example/posts/lstm/\n"),
            RuleExample("###### 参考\n\n- https://a.example/en-US/docs/bfc (英語)\n- https://a.example/ja/docs/bfc (日本語)\n"),
            RuleExample("**Course Link:**\n\n- <https://a.example/cs2510/index.html>\n"),
            RuleExample("Chrome官方给我们提供了下面这个网站，用于观察 FPS 效果：\n\n- <http://a.example/rendering-tools/forcedsync.html>\n"),
            RuleExample("## 课程资源\n\n- 课程网站：<https://a.example/cs144/>\n- 课程教材：无\n- 课程作业：<https://a.example/cs144/>，8 个 Project 带你实现 TCP/IP 协议栈\n"),
            RuleExample("* [公司A](https://a.example/1)\n* 建议大家在选择公司的时候摸摸底子 https://a.example/check ，发现有问题直接问负责人。\n"),
            RuleExample("- 教程主要面向中文用户\n- **GitBook 在线阅读地址（强力推荐）**：<https://a.example/github/>\n"),
            RuleExample("- 知乎解读 https://a.example/p/1\n- 知乎解读 https://a.example/p/2\n- 知乎解读 https://a.example/p/3\n"),
            RuleExample("### A?\n\n###### Mga Reperensiya\n\n- https://a.example/1\n\n### B?\n\n###### Mga Reperensiya\n\n- https://a.example/2\n"),
            RuleExample("1. 新手入门，首推pytorch，上手快，资源丰富,官方文档写的非常好(https://a.example/tutorials/)\n"),
        ],
        corrections: [
            // An address that already shows as a link to itself gets no fix: only a human can title it.
            RuleCorrection("2. https://zhuanlan.zhihu.com/p/453411383\n", "2. https://zhuanlan.zhihu.com/p/453411383\n", unsafe: true),
            RuleCorrection("- [重要性采样](https://a.example/1)\n- [Gibbs 采样](https://a.example/2)\n- 拒绝采样：<https://zhuanlan.zhihu.com/p/21453360596>\n",
                           "- [重要性采样](https://a.example/1)\n- [Gibbs 采样](https://a.example/2)\n- 拒绝采样：<https://zhuanlan.zhihu.com/p/21453360596>\n", unsafe: true),
            RuleCorrection("- [重要性采样](https://a.example/1)\n- [Gibbs 采样](https://a.example/2)\n- 简历：<https://a.example/jobs/。如果你是校招的话，点击“网申”。>\n",
                           "- [重要性采样](https://a.example/1)\n- [Gibbs 采样](https://a.example/2)\n- 简历：[https://a.example/jobs/](https://a.example/jobs/)。如果你是校招的话，点击“网申”。\n", unsafe: true),
            // Words glued to a scheme name no host: the whole link GitHub shows is kept, so no fix.
            RuleCorrection("1. [重要性采样](https://a.example/1)\n2. [Gibbs 采样](https://a.example/2)\n3. 请遵https://Markdown格式，并保持一致。\n",
                           "1. [重要性采样](https://a.example/1)\n2. [Gibbs 采样](https://a.example/2)\n3. 请遵https://Markdown格式，并保持一致。\n", unsafe: true),
            RuleCorrection("- [重要性采样](https://a.example/1)\n- [Gibbs 采样](https://a.example/2)\n- 模型参数量的计算 www.cnblogs.com/future-dream/p/18504417\n",
                           "- [重要性采样](https://a.example/1)\n- [Gibbs 采样](https://a.example/2)\n- 模型参数量的计算 [www.cnblogs.com/future-dream/p/18504417](https://www.cnblogs.com/future-dream/p/18504417)\n", unsafe: true),
        ],
        fixSafety: """
            Unsafe, and only where the page changes: a `www.` address (which Markdown links over \
            http) or one running on into the sentence after it; an `https://…` or `<https://…>` \
            address already shows as a link to itself, and only a human can give it a title. The URL \
            becomes the link's title until a human writes a real one. The title escapes \
            Markdown punctuation and the destination is written so that it parses back to the same URL \
            (`<…>` around parentheses, `&` as `&amp;`), so the fix never wraps its own result again; a URL \
            that is already the text of a link is not reported.
            """
    )

    public init(options: RuleOptions) {}

    /// `https://…`, `http://…`, `ftp://…`, or `www.…` (which GitHub links with http).
    static func isWebAddress(_ destination: String) -> Bool {
        let bytes = destination.utf8.prefix(8).map { $0 | 0x20 }
        return ["https://", "http://", "ftp://", "www."].contains { bytes.starts(with: $0.utf8) }
    }

    public func check(_ file: MarkdownFile) -> [Violation] {
        // A changelog's or a meeting's minutes' items cite their issues by address, as records do.
        guard !ProjectDocuments.isRecord(file.path) else { return [] }
        let scan = Self.scan(file)
        var conventional = Set<Int>()
        if scan.namesEntriesByText { conventional.formUnion(scan.namedViolations) }
        if scan.describesEntriesAfterTheAddress { conventional.formUnion(scan.describedViolations) }
        return scan.violations.indices.filter { !conventional.contains($0) }.map { scan.violations[$0] }
    }

    /// What `check` finds before the document's habit is applied, and what tells the habit.
    struct EntryScan {
        var violations: [Violation] = []
        /// The violations of entries written `name：URL` (text, then the address).
        var namedViolations: [Int] = []
        /// The offsets of those entries.
        var namedEntries = Set<Int>()
        /// Entries opening with their `[title](url)`.
        var titledEntries = 0
        /// The violations of entries written `URL description` (the address, then what it is).
        var describedViolations: [Int] = []
        /// The offsets of those entries.
        var describedEntries = Set<Int>()

        /// `name：URL` entries are as many as titled ones: that is how the document writes its
        /// entries, and only a URL standing alone is reported.
        var namesEntriesByText: Bool { !namedViolations.isEmpty && titledEntries <= namedEntries.count }
        /// `- https://github.com/owner/tool - **what it does**` entries are as many as titled
        /// ones: the address names the entry (its owner and project) and the words after it
        /// describe it, the document's way; only a URL standing alone is reported.
        var describesEntriesAfterTheAddress: Bool { !describedViolations.isEmpty && titledEntries <= describedEntries.count }
    }

    /// The bare URLs of `file`'s list items, each with whether its entry is written `name：URL`.
    static func scan(_ file: MarkdownFile) -> EntryScan {
        var violations: [Violation] = []
        // Labels in front of three URLs or more (`* Discussion Thread: https://…` under each
        // translation) name a field of the document's entries; worked out when first needed.
        var repeatedLabels: Set<String>?
        // The item holding each nested list, for the field names above values; worked out when
        // a nested list's URL is first reported.
        var parentItems: [Int: ListItem]?
        // Entries reported for `name：URL` (text, then the address) and entries opening with their
        // `[title](url)`: when the first are as many as the second, `name：URL` is how this
        // document writes its entries, and only a URL standing alone is reported.
        var titledEntries = 0
        var namedViolations: [Int] = [], namedEntries = Set<Int>()
        var describedViolations: [Int] = [], describedEntries = Set<Int>()
        for list in file.document.lists {
            // A references list cites its sources as bare URLs on purpose; both questions are asked
            // of a list once, and only of a list that needs the answer.
            var isReferenceList: Bool?, isUnderCitationLabel: Bool?
            // `- **项目地址**：<https://…>` beside `- **在线阅读**：<https://…>`: one item naming a
            // known field makes a list of nothing but `label：URL` items a sheet of fields, whose
            // other short labels name fields too.
            lazy var namesAField = {
                let labels = list.items.map { item in
                    item.links.first { $0.kind == .bareURL || $0.kind == .angleAutolink }
                        .flatMap { Self.label(before: $0, in: item, source: file.source) }
                }
                return labels.allSatisfy { $0 != nil } && labels.contains { $0.map(Self.isFieldLabel) == true }
            }()
            // `步骤：` over `1. 将此项目导入到Android Studio：` / `https://…`: a guide's numbered
            // steps point at what to use, they are not entries with titles.
            if list.isOrdered, StepLists.isUnderStepsTitle(list, in: file.document) { continue }
            // `…我用的是一个在线的画图网址，地址是：` over `- *https://draw.io*`: the sentence gives the
            // address, the list only sets it apart.
            if Self.isGivenByTheLineAbove(list, in: file.source) { continue }
            // `### About` … `- <https://koajs.com/>`: one address in `<…>`, alone in its list, is
            // the page's subject's address written as an autolink on purpose, not an entry.
            if list.depth == 0, list.items.count == 1, Self.isOnlyAnAddress(list.items[0]),
               list.items[0].links.first?.kind == .angleAutolink { continue }
            // `- 课程网站：<https://…>` / `- 课程教材：龙书` / `- 课程作业：<https://…>，8 个 Project`: an
            // entry's sheet of fields, whose addresses are values, not entries to title.
            if FieldSheets.isSheet(list) { continue }
            for item in list.items {
                let links = item.links
                // `- [name](url) - Humanize a URL: https://a.example → a.example`: the item has its
                // title link; a URL in its description is an example or an aside, not the entry.
                let titleEnd = links.first { $0.kind != .bareURL && $0.kind != .angleAutolink && !$0.isImage }?.range.end
                // Text before the item's first address names it (`拒绝采样：https://…`); a second
                // address after the first (`https://a…, https://b…`) is no name.
                lazy var isNamed = links.first { $0.kind == .bareURL || $0.kind == .angleAutolink }
                    .map { Self.followsText($0, in: item, source: file.source) } ?? false
                // A web page's title; a table of contents' `[Heading](#anchor)` is no entry.
                if let first = links.first(where: { !$0.isImage }), first.kind != .bareURL, first.kind != .angleAutolink,
                   first.destination.lowercased().hasPrefix("http"), !Self.followsText(first, in: item, source: file.source) {
                    titledEntries += 1
                }
                // A URL's exemption covers the URLs written after it as one value (`Translation Fork:
                // https://…, https://…`): the field's second address is no more an entry than its first.
                func isExempt(_ link: Link) -> Bool {
                    // `[Error]: https://…` taken into the item above: a lost definition, which
                    // lazy-continuation reports; wrapping its URL would not bring it back.
                    if LazyContinuationRule.isReferenceDefinition(file.source.lineText(file.source.line(containing: link.range.start))) { return true }
                    // `…还不赶紧收藏起来？地址：<http://…>`: an address given in a sentence, not the item's title.
                    if Self.followsASentence(link, in: item, source: file.source) || Self.isInASentence(link, in: item, source: file.source) { return true }
                    // `**https://…** is the primary model for…`: the address is a sentence's subject.
                    if Self.isSentenceSubject(link, in: item, source: file.source) { return true }
                    // `- use time series analysis` … `- https://en.wikipedia.org/wiki/Dynamic_time_warping`:
                    // the last of an answer's points, none of the others linking anything, is the
                    // source the answer closes with.
                    // (Points half of which open in small letters: `- 《MySQL 45 讲》` over the address is a
                    // citation among titles.)
                    if item.indexInList == list.items.count - 1, list.items.count >= 3, Self.isOnlyAnAddress(item),
                       case let points = list.items.dropLast(), points.allSatisfy({ $0.links.isEmpty }),
                       points.count(where: { $0.text.first.map { $0.isASCII && $0.isLowercase } == true }) * 2 >= points.count { return true }
                    // `* http://www.w3schools.com/ or http://w3fools.com/`: two sites compared, a topic.
                    if Self.comparesTwoAddresses(in: item, source: file.source) { return true }
                    // `4) www.site.com` after `3) site.com`: one more domain name of a list of them.
                    if Self.isAmongDomainNames(link, in: list) { return true }
                    // `2.基于SVD(参考地址: http://…)`: an address in parentheses is an aside.
                    if Self.isInParentheses(link, in: item, source: file.source) { return true }
                    // `* Paper: https://…` under an entry: a field of the entry, not an entry.
                    if Self.isLabelledField(link, in: item, list: list, source: file.source) { return true }
                    if let label = Self.label(before: link, in: item, source: file.source), label.count <= FieldSheets.maximumNameLength / 2,
                       namesAField { return true }
                    // `* 模型:` over `  * https://…`: the field's value, on the line under its name.
                    if list.depth >= 1 {
                        if parentItems == nil { parentItems = ListNesting.parentItems(file.document) }
                        if let parent = parentItems![list.index] {
                            if FieldSheets.isFieldName(parent) { return true }
                            // `* [awesome-ruby](https://github.com/…)` over `  - http://awesome-ruby.com/`:
                            // the titled entry's other address (its website), not an entry.
                            if !Self.followsText(link, in: item, source: file.source), Self.opensWithItsTitle(parent, in: file.source) { return true }
                            // `16. **Parameter tampering…**` over `   - https://youtube…`: the source
                            // of a titled point, alone in its list.
                            if list.items.count == 1, Self.isOnlyAnAddress(item), Self.isBoldTitle(parent, in: file.source) { return true }
                        }
                    }
                    if let label = Self.label(before: link, in: item, source: file.source, separatedLoosely: true) {
                        if repeatedLabels == nil { repeatedLabels = Self.repeatedLabels(in: file) }
                        if repeatedLabels!.contains(label) { return true }
                    }
                    if Self.followsText(link, in: item, source: file.source) {
                        // Under `## 参考` or `**References**`, `- MySQL 8.2 Optimizing SQL Statements：https://…`
                        // or `- 讲述LSTM的来龙去脉。http://…` is a titled citation: the source and its
                        // title or what it tells, as references are written.
                        if isUnderCitationLabel == nil { isUnderCitationLabel = ReferenceLists.isUnderCitationLabel(list, in: file.document) }
                        if isUnderCitationLabel == true { return true }
                        // `…是否可以如预期运行, 请看: <https://…>`: the text points the reader at the address.
                        if Self.pointsAtIt(link, in: item, source: file.source) { return true }
                        // `See examples in https://…`: the address ends a sentence, after its preposition.
                        if Self.followsAPreposition(link, in: item, source: file.source) { return true }
                    }
                    if isReferenceList == nil { isReferenceList = ReferenceLists.isReferenceList(list, in: file.document) }
                    if isReferenceList == true { return true }
                    return false
                }
                var exemptEnd: Int?
                for link in links where link.kind == .bareURL || link.kind == .angleAutolink {
                    // `<mvc:interceptors>`: an XML tag Markdown took for an address of the scheme
                    // `mvc:`; only web addresses want titles (and an e-mail address is its own).
                    guard Self.isWebAddress(link.destination), !AddressesInCode.holds(link.range, in: file.source) else { continue }
                    if let titleEnd, titleEnd <= link.range.start { continue }
                    if let end = exemptEnd, Self.separatesValues(file.source, from: end, to: link.range.start) {
                        exemptEnd = link.range.end
                        continue
                    }
                    exemptEnd = isExempt(link) ? link.range.end : nil
                    if exemptEnd != nil { continue }
                    // A URL in another link's text is already linked; wrapping it again nests links.
                    let isInsideLink = links.contains { $0.range != link.range && $0.range.start <= link.range.start && link.range.end <= $0.range.end }
                        || Self.isLinkText(link, in: file.source)
                    guard !isInsideLink, !link.destination.lowercased().hasPrefix("mailto:"), !Self.isExampleAddress(link.destination),
                          let raw = link.destinationRange,
                          !Self.followsBrokenLinkText(link, in: file.source) else { continue }
                    let written = file.source.string(in: raw)
                    // `- www.baidu.com哪个是根域名：1`: a domain named in a question, its words glued to it,
                    // which `link-format` reports; no title makes that an entry.
                    let hostStart = written.range(of: "://")?.upperBound ?? written.startIndex
                    if FullWidthAddresses.wordsAfterTheHost(in: written[hostStart...]) != nil { continue }
                    // `<https://a.example/jobs/。如果你是校招的话…>`: the URL runs on into the sentence
                    // after it, which the page shows as part of the link; the sentence stays text.
                    let runOn = Self.sentenceRunOn(in: written)
                    let text = runOn.map { String(written[..<$0]) } ?? written
                    let rest = runOn.map { String(written[$0...]) } ?? ""
                    // cmark turns `www.…` into `http://www.…`; the fix links the https page instead.
                    let destination = link.destination.hasPrefix("http://") && !text.lowercased().hasPrefix("http://")
                        ? "https://" + text : text
                    if isNamed {
                        namedViolations.append(violations.count)
                        namedEntries.insert(item.range.start)
                    } else if Self.isDescribedAfter(link, in: item, source: file.source) {
                        describedViolations.append(violations.count)
                        describedEntries.insert(item.range.start)
                    }
                    let message = runOn == nil ? "bare URL in a list item: expected [title](url)"
                        : "bare URL in a list item runs on into the sentence after it (from '\(rest.prefix(1))'): expected [title](url) before the sentence"
                    // `https://…` and `<https://…>` already show as a link to themselves: wrapping
                    // them changes nothing on the page and would only silence the finding. A `www.`
                    // address (linked over http) or one running on into a sentence changes.
                    let changesThePage = runOn != nil || destination != link.destination
                    violations.append(Violation(
                        range: link.range, message: message,
                        fix: changesThePage
                            ? .unsafe("wrap in [title](url) with the URL as title" + (runOn == nil ? "" : ", the sentence after it as text"),
                                      [Edit(range: link.range, replacement: "[\(Self.escapedTitle(text))](\(Self.escapedDestination(destination)))" + rest)],
                                      rewrites: runOn == nil ? [.upgradeToHTTPS] : [.upgradeToHTTPS, .endBeforeSentence])
                            : nil,
                        help: ["replace the URL text with the article's title: [title](url)"]))
                }
            }
        }
        return EntryScan(violations: violations, namedViolations: namedViolations, namedEntries: namedEntries, titledEntries: titledEntries,
                         describedViolations: describedViolations, describedEntries: describedEntries)
    }

    /// Where a URL's text runs on into a sentence: the first CJK sentence mark (`。`, `，`, `；`,
    /// `！`, `？`) in it, which no address holds unencoded. Nil when it has none, or when what
    /// comes before it names no web host (`https://Markdown格式，…`: words glued to a scheme,
    /// not an address that a sentence follows).
    static func sentenceRunOn(in url: String) -> String.Index? {
        guard let mark = url.firstIndex(where: DestinationRewrite.sentenceMarks.contains), mark > url.startIndex,
              namesWebHost(url[..<mark]) else { return nil }
        return mark
    }

    /// Whether `address` (`https://a.example/x`, `www.a.example`) starts with a host of ASCII
    /// labels and at least one dot.
    static func namesWebHost(_ address: Substring) -> Bool {
        let afterScheme = address.range(of: "://").map { address[$0.upperBound...] } ?? address
        let host = afterScheme.prefix { !"/?#:".contains($0) }
        return host.contains(".") && host.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "." || $0 == "-" || $0 == "_") }
    }

    /// The URL as link text that renders as written: Markdown punctuation is escaped, so an
    /// `*`, `[` or `&amp;` in the URL is neither emphasis, a nested link nor an entity.
    static func escapedTitle(_ text: String) -> String {
        var result = ""
        for character in text {
            if "\\[]*_`<>&!".contains(character) { result.append("\\") }
            result.append(character)
        }
        return result
    }

    /// The URL as a destination that parses back to itself: backslashes and `&` escaped, and inside
    /// `<…>` when it holds a parenthesis or space, which would end a bare destination.
    static func escapedDestination(_ url: String) -> String {
        var escaped = ""
        for character in url {
            // Entities are decoded in a destination, so a literal `&` is written as one.
            if character == "&" { escaped += "&amp;"; continue }
            if "\\<>".contains(character) { escaped.append("\\") }
            escaped.append(character)
        }
        return url.contains(where: { "() ".contains($0) }) ? "<\(escaped)>" : escaped
    }

    /// `[https://…](…)`: the URL is the text of a link (which the model may not list).
    static func isLinkText(_ link: Link, in source: SourceText) -> Bool {
        let bytes = source.bytes
        return link.range.start >= 1 && bytes[link.range.start - 1] == UInt8(ascii: "[")
            && link.range.end + 1 < bytes.count && bytes[link.range.end] == UInt8(ascii: "]") && bytes[link.range.end + 1] == UInt8(ascii: "(")
    }

    /// `[text](https://…` or `[text] (https://…)` that did not become a link (`link-format`
    /// reports it): the URL is part of a broken link, not a bare one.
    static func followsBrokenLinkText(_ link: Link, in source: SourceText) -> Bool {
        var index = link.range.start - 1
        while index >= 0, [UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"), UInt8(ascii: "\n")].contains(source.bytes[index]) { index -= 1 }
        guard index >= 1, source.bytes[index] == UInt8(ascii: "(") else { return false }
        // `[text] (https://…)`: the space keeps the link from forming (`link-format` reports it).
        index -= 1
        while index >= 1, source.bytes[index] == UInt8(ascii: " ") || source.bytes[index] == UInt8(ascii: "\t") { index -= 1 }
        return source.bytes[index] == UInt8(ascii: "]")
    }
}
