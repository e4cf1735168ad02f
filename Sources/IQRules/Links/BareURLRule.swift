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
            (`Use <https://…> to create the badge.`), ending one after its preposition (`See examples \
            in https://…`) or its subject (`**https://…** is the primary model…`), two addresses \
            joined by one short word (`http://a.example/ or http://b.example/`: two sites compared), a field of an entry \
            (`Paper: https://…` in a nested list, or after a field name such as `Code:`, `项目地址：`, \
            or one ending in `地址`, `链接`, `link`, `URL`, also set off by a dash: `GitHub - https://…`), \
            the other short labels of a list of `label：URL` items one of which names a field \
            (`**项目地址**：` beside `**在线阅读**：`), the titled entry's other address in a list \
            under it (`* [awesome-ruby](https://github.com/…)` over `  - http://awesome-ruby.com/`), \
            the value of a field written on the line \
            under its name (`* 模型:` over `  * https://…`: an entry's data sheet), \
            a label used before a URL in three items or more (`Discussion Thread: https://…` \
            under each entry, `知乎解读 https://…`), and the URLs of a references list (most items \
            only a URL, a short note such as `(英語)` after it aside: two \
            or more of them, or one under a heading or label line of references such as \
            `참고 자료`, `**参考资料**`, `Additional links:`, `Other answers`, `**Course Link:**`, as in \
            `item-format`, or under a heading the document repeats for every entry) or a titled \
            citation under such a heading (`- MySQL 8.2 Optimizing SQL Statements：https://…`, \
            `- 讲述LSTM的来龙去脉。http://…`). In a document that writes as many list entries or more \
            as `name：URL` (text, then the address) as it opens with their `[title](url)`, that is \
            its convention: only a URL that stands alone, without a name, is reported there.
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
        ],
        nonTriggeringExamples: [
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
            // The titled entry's website under it.
            RuleExample("* [awesome-ruby](https://github.com/markets/awesome-ruby) by @markets\n  - http://awesome-ruby.com/\n* [awesome-go](https://github.com/avelino/awesome-go)\n"),
            RuleExample("* **CNAME** ─ 一个域名映射到另一个域名（ example.com 指向 www.example.com ）。\n"),
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
            RuleExample("- 知乎解读 https://a.example/p/1\n- 知乎解读 https://a.example/p/2\n- 知乎解读 https://a.example/p/3\n"),
            RuleExample("### A?\n\n###### Mga Reperensiya\n\n- https://a.example/1\n\n### B?\n\n###### Mga Reperensiya\n\n- https://a.example/2\n"),
            RuleExample("1. 新手入门，首推pytorch，上手快，资源丰富,官方文档写的非常好(https://a.example/tutorials/)\n"),
        ],
        corrections: [
            RuleCorrection("2. https://zhuanlan.zhihu.com/p/453411383\n",
                           "2. [https://zhuanlan.zhihu.com/p/453411383](https://zhuanlan.zhihu.com/p/453411383)\n", unsafe: true),
            RuleCorrection("- [重要性采样](https://a.example/1)\n- [Gibbs 采样](https://a.example/2)\n- 拒绝采样：<https://zhuanlan.zhihu.com/p/21453360596>\n",
                           "- [重要性采样](https://a.example/1)\n- [Gibbs 采样](https://a.example/2)\n- 拒绝采样：[https://zhuanlan.zhihu.com/p/21453360596](https://zhuanlan.zhihu.com/p/21453360596)\n", unsafe: true),
            RuleCorrection("- [重要性采样](https://a.example/1)\n- [Gibbs 采样](https://a.example/2)\n- 简历：<https://a.example/jobs/。如果你是校招的话，点击“网申”。>\n",
                           "- [重要性采样](https://a.example/1)\n- [Gibbs 采样](https://a.example/2)\n- 简历：[https://a.example/jobs/](https://a.example/jobs/)。如果你是校招的话，点击“网申”。\n", unsafe: true),
            // Words glued to a scheme name no host: the whole link GitHub shows is kept.
            RuleCorrection("1. [重要性采样](https://a.example/1)\n2. [Gibbs 采样](https://a.example/2)\n3. 请遵https://Markdown格式，并保持一致。\n",
                           "1. [重要性采样](https://a.example/1)\n2. [Gibbs 采样](https://a.example/2)\n3. 请遵[https://Markdown格式，并保持一致。](https://Markdown格式，并保持一致。)\n", unsafe: true),
            RuleCorrection("- [重要性采样](https://a.example/1)\n- [Gibbs 采样](https://a.example/2)\n- 模型参数量的计算 www.cnblogs.com/future-dream/p/18504417\n",
                           "- [重要性采样](https://a.example/1)\n- [Gibbs 采样](https://a.example/2)\n- 模型参数量的计算 [www.cnblogs.com/future-dream/p/18504417](https://www.cnblogs.com/future-dream/p/18504417)\n", unsafe: true),
        ],
        fixSafety: """
            Unsafe: the URL becomes the link's title until a human writes a real one. The title escapes \
            Markdown punctuation and the destination is written so that it parses back to the same URL \
            (`<…>` around parentheses, `&` as `&amp;`), so the fix never wraps its own result again; a URL \
            that is already the text of a link is not reported.
            """
    )

    public init(options: RuleOptions) {}

    public func check(_ file: MarkdownFile) -> [Violation] {
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
                    // `…还不赶紧收藏起来？地址：<http://…>`: an address given in a sentence, not the item's title.
                    if Self.followsASentence(link, in: item, source: file.source) || Self.isInASentence(link, in: item, source: file.source) { return true }
                    // `**https://…** is the primary model for…`: the address is a sentence's subject.
                    if Self.isSentenceSubject(link, in: item, source: file.source) { return true }
                    // `* http://www.w3schools.com/ or http://w3fools.com/`: two sites compared, a topic.
                    if Self.comparesTwoAddresses(in: item, source: file.source) { return true }
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
                    }
                    let message = runOn == nil ? "bare URL in a list item: expected [title](url)"
                        : "bare URL in a list item runs on into the sentence after it (from '\(rest.prefix(1))'): expected [title](url) before the sentence"
                    violations.append(Violation(
                        range: link.range, message: message,
                        fix: .unsafe("wrap in [title](url) with the URL as title" + (runOn == nil ? "" : ", the sentence after it as text"),
                                     [Edit(range: link.range, replacement: "[\(Self.escapedTitle(text))](\(Self.escapedDestination(destination)))" + rest)],
                                     rewrites: runOn == nil ? [.upgradeToHTTPS] : [.upgradeToHTTPS, .endBeforeSentence]),
                        help: ["replace the URL text with the article's title"]))
                }
            }
        }
        if !namedViolations.isEmpty, titledEntries <= namedEntries.count {
            let named = Set(namedViolations)
            return violations.indices.filter { !named.contains($0) }.map { violations[$0] }
        }
        return violations
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

    /// `- Use <https://pkg.go.dev/badge/> to create the link.`: words before the URL and the
    /// sentence going on after it (not a separator such as ` - ` or `：` before a description).
    static func isInASentence(_ link: Link, in item: ListItem, source: SourceText) -> Bool {
        let start = ListItemSupport.contentStart(of: item, in: source)
        guard start < link.range.start else { return false }
        let before = source.string(in: SourceRange(start, link.range.start))
        guard before.contains(where: \.isLetter), let last = before.last, last == " " else { return false }
        let lineEnd = source.lineRange(source.line(containing: link.range.end)).end
        guard link.range.end < lineEnd else { return false }
        let after = source.string(in: SourceRange(link.range.end, lineEnd))
        guard after.first == " ", let next = after.dropFirst().first, next.isLetter else { return false }
        return after.filter(\.isLetter).count >= 4
    }

    /// Whether the item's text before `link` (other links left out) is a sentence rather than a
    /// title or a label: a sentence ends inside it (`？`, `。`, `. ` with more text after), or it
    /// runs longer than a title does. `- 什么是闭包？https://…` and `- 拒绝采样：<https://…>` are titles.
    static func followsASentence(_ link: Link, in item: ListItem, source: SourceText) -> Bool {
        var start = ListItemSupport.contentStart(of: item, in: source)
        guard start < link.range.start else { return false }
        var before = ""
        for other in item.links where other.range.start >= start && other.range.end <= link.range.start {
            before += source.string(in: SourceRange(start, other.range.start)) + " "
            start = other.range.end
        }
        before += source.string(in: SourceRange(start, link.range.start))
        var text = Substring(before)
        while let last = text.last, last.isWhitespace || ":：-–—|".contains(last) { text.removeLast() }
        if let last = text.last, sentenceEnds.contains(last) { text.removeLast() }
        // Clauses: `…模块化，十分好用和便利，更详细的文档直接参见官方文档：`; a title has one comma at most.
        return text.count > maximumTitleLength || text.contains(where: sentenceEnds.contains) || text.contains(". ")
            || text.count(where: { $0 == "，" }) >= 2
    }

    /// The item is `label: URL` and the label names a field (`Paper:`, `代码：`, `地址：`), or the
    /// item sits in a nested list, where `label: URL` describes the entry above (`- BERT` then
    /// `  * Paper: https://…`, `  * Code: https://…`). A top-level `- 拒绝采样：https://…` is an
    /// entry whose title is not linked, and stays reported.
    static func isLabelledField(_ link: Link, in item: ListItem, list: MarkdownList, source: SourceText) -> Bool {
        guard let label = label(before: link, in: item, source: source) else {
            // `  - GitHub - https://…`: a known field name set off by a dash instead of a colon.
            return label(before: link, in: item, source: source, separatedLoosely: true).map(isFieldLabel) ?? false
        }
        return list.depth >= 1 || isFieldLabel(label)
    }

    /// `paper`, `代码`, `书籍下载地址`, `course link`: a label (lowercased) naming a field that holds an address.
    static func isFieldLabel(_ label: String) -> Bool {
        fieldLabels.contains(label) || fieldLabelEndings.contains { label.hasSuffix($0) }
    }

    /// The item opens with a titled link to a web page (`[awesome-ruby](https://…) by @markets`).
    static func opensWithItsTitle(_ item: ListItem, in source: SourceText) -> Bool {
        guard let first = item.links.first(where: { !$0.isImage }), first.kind != .bareURL, first.kind != .angleAutolink else { return false }
        return first.destination.lowercased().hasPrefix("http") && !followsText(first, in: item, source: source)
    }

    /// Letters or digits stand in the item's text before `link`.
    static func followsText(_ link: Link, in item: ListItem, source: SourceText) -> Bool {
        let start = ListItemSupport.contentStart(of: item, in: source)
        return start < link.range.start && source.string(in: SourceRange(start, link.range.start)).contains { $0.isLetter || $0.isNumber }
    }

    /// The text before `link` ends with a word sending the reader to it (`请看:`, `详见`,
    /// `see:`), a colon or dash after it aside.
    static func pointsAtIt(_ link: Link, in item: ListItem, source: SourceText) -> Bool {
        let start = ListItemSupport.contentStart(of: item, in: source)
        var before = Substring(source.string(in: SourceRange(start, link.range.start)).lowercased())
        while let last = before.last, last.isWhitespace || ":：-–—".contains(last) { before.removeLast() }
        return pointerWords.contains { word in
            // A whole word: `see`, not the end of `foresee`.
            before.hasSuffix(word) && before.dropLast(word.count).last.map { !($0.isASCII && $0.isLetter) } ?? true
        }
    }

    /// `See examples in https://…`, `Slides available at https://…`: a sentence of three words
    /// or more before the address ends with a preposition, whose object the address is.
    static func followsAPreposition(_ link: Link, in item: ListItem, source: SourceText) -> Bool {
        let start = ListItemSupport.contentStart(of: item, in: source)
        let words = source.string(in: SourceRange(start, link.range.start)).lowercased().split(whereSeparator: \.isWhitespace)
        guard words.count >= 3, let last = words.last else { return false }
        return prepositions.contains(String(last))
    }

    static let prepositions: Set<String> = ["in", "at", "from", "via", "on", "under", "into"]

    /// `**https://www.placestoread.xyz** is the primary visual model…`: a verb follows the
    /// address (its emphasis closed), and the sentence goes on.
    static func isSentenceSubject(_ link: Link, in item: ListItem, source: SourceText) -> Bool {
        let lineEnd = source.lineRange(source.line(containing: link.range.end)).end
        guard link.range.end < lineEnd else { return false }
        let after = source.string(in: SourceRange(link.range.end, lineEnd)).drop { "*_`>".contains($0) }
        guard after.first == " " else { return false }
        let words = after.split(whereSeparator: \.isWhitespace)
        guard words.count >= 3, let verb = words.first else { return false }
        return subjectVerbs.contains(String(verb))
    }

    static let subjectVerbs: Set<String> = ["is", "are", "was", "were", "has", "have", "provides", "offers", "shows", "lets",
                                            "gives", "contains", "explains", "describes", "hosts", "lists"]

    /// `* http://www.w3schools.com/ or http://w3fools.com/`: an item of two addresses joined by
    /// one short word (`or`, `vs`, `eller`, `或`), and nothing else: the two sites are the
    /// topic (a question to discuss), not entries without titles.
    static func comparesTwoAddresses(in item: ListItem, source: SourceText) -> Bool {
        let urls = item.links.filter { $0.kind == .bareURL || $0.kind == .angleAutolink }
        guard urls.count == 2, item.links.count == 2 else { return false }
        let start = ListItemSupport.contentStart(of: item, in: source)
        let lineEnd = source.lineRange(source.line(containing: urls[1].range.end)).end
        guard source.string(in: SourceRange(start, urls[0].range.start)).allSatisfy(\.isWhitespace),
              source.string(in: SourceRange(urls[1].range.end, lineEnd)).allSatisfy({ $0.isWhitespace || $0.isPunctuation }) else { return false }
        let between = source.string(in: SourceRange(urls[0].range.end, urls[1].range.start)).trimmingCharacters(in: .whitespaces)
        return !between.isEmpty && between.count <= maximumJoinLength && between.allSatisfy(\.isLetter)
    }

    static let maximumJoinLength = 6

    /// Words that send the reader to an address written after them.
    static let pointerWords = ["请看", "请见", "参见", "详见", "请参考", "参考", "请访问", "访问", "see", "see also", "refer to", "visit"]

    /// `- Algorithms (参考地址: http://…)` or `（更多细节请参考: https://… ）`: the URL sits in
    /// parentheses the item's text opened before it.
    static func isInParentheses(_ link: Link, in item: ListItem, source: SourceText) -> Bool {
        let start = ListItemSupport.contentStart(of: item, in: source)
        guard start < link.range.start else { return false }
        var depth = 0
        for character in source.string(in: SourceRange(start, link.range.start)) {
            if character == "(" || character == "（" { depth += 1 } else if (character == ")" || character == "）") && depth > 0 { depth -= 1 }
        }
        return depth > 0
    }

    /// The item is `label: URL`: the label, lowercased, without its colon and emphasis. Loosely
    /// separated, the label may also end with a dash or nothing at all (`知乎解读 https://…`,
    /// `Full, detailed list - https://…`): only a label repeated in three items counts so.
    static func label(before link: Link, in item: ListItem, source: SourceText, separatedLoosely: Bool = false) -> String? {
        let start = ListItemSupport.contentStart(of: item, in: source)
        guard start < link.range.start,
              !item.links.contains(where: { $0.range.start >= start && $0.range.end <= link.range.start }) else { return nil }
        var before = Substring(source.string(in: SourceRange(start, link.range.start)).trimmedWhitespace)
        if let colon = before.last, colon == ":" || colon == "：" {
            before.removeLast()
        } else if separatedLoosely {
            while let last = before.last, last.isWhitespace || "-–—|".contains(last) { before.removeLast() }
        } else {
            return nil
        }
        let label = String(before).trimmed { $0.isWhitespace || "*_`".contains($0) }.lowercased()
        return label.isEmpty || label.count > maximumTitleLength ? nil : label
    }

    /// `www.example.com` in `（ example.com 指向 www.example.com ）`: a domain reserved for
    /// examples (RFC 2606) names no page, so it is an example in prose, never an entry.
    static func isExampleAddress(_ destination: String) -> Bool {
        guard let host = ParsedURL(destination).host else { return false }
        // `http://myweb/users와 같은 URI`: a host without a dot is a machine of one's own network
        // or an example of an address, never a page to title.
        return ["example.com", "example.org", "example.net"].contains { ParsedURL.host(host, isWithin: $0) } || ParsedURL.isLocalName(host)
    }

    /// Whether only separators of a list of values (commas, semicolons, `、`, `|`, `/`, `and`,
    /// `or`, spaces) stand between `start` and `end` on one line.
    static func separatesValues(_ source: SourceText, from start: Int, to end: Int) -> Bool {
        guard start <= end, source.line(containing: start) == source.line(containing: end) else { return false }
        let between = source.string(in: SourceRange(start, end))
        return between.split { $0.isWhitespace || ",;，；、|/".contains($0) }.allSatisfy { ["and", "or", "和", "或"].contains($0.lowercased()) }
    }

    /// Labels written before a bare URL in three items or more of the document.
    static func repeatedLabels(in file: MarkdownFile) -> Set<String> {
        var counts: [String: Int] = [:]
        for list in file.document.lists {
            for item in list.items {
                for link in item.links where link.kind == .bareURL || link.kind == .angleAutolink {
                    if let label = label(before: link, in: item, source: file.source, separatedLoosely: true) { counts[label, default: 0] += 1 }
                }
            }
        }
        return Set(counts.filter { $0.value >= 3 }.keys)
    }

    /// Labels of a field that holds a URL: the URL is the value, not an entry's title.
    static let fieldLabels: Set<String> = ["paper", "code", "link", "url", "website", "homepage", "home page", "site", "repo",
                                           "repository", "github", "source", "source code", "demo", "slides", "video", "blog",
                                           "docs", "documentation", "project", "pdf", "arxiv",
                                           "地址", "链接", "网址", "论文", "代码", "项目", "主页", "官网", "原文", "博客", "文档",
                                           "视频", "源码", "项目地址", "论文地址", "代码地址", "原文地址", "官网地址", "下载地址",
                                           "github地址", "在线地址", "项目主页", "论文链接", "代码链接", "原文链接",
                                           "参考", "参考资料", "参考文献", "出处", "来源", "reference"]
    /// Endings of a label naming a field that holds an address: `书籍下载地址`, `参考链接`,
    /// `Course Link`, `Dataset URL`.
    static let fieldLabelEndings = ["地址", "链接", "网址", " link", " links", " url"]

    private static let sentenceEnds: Set<Character> = ["。", "！", "？", "；", "!", "?", ";"]
    /// Characters of a title or label before a URL; longer text is a sentence.
    private static let maximumTitleLength = 60

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
