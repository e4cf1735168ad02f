import IQCore
import IQMarkdown

public struct TOCAnchorRule: DocumentRule {
    public static let description = RuleDescription(
        id: "toc-anchor",
        summary: "links to a section land on a heading or anchor",
        details: """
            Reports a link to `#fragment` (or into the document by its own name, \
            `README.md#fragment`, or `./#fragment` in a README) whose fragment, percent-decoded, is none of the \
            document's anchors: GitHub's heading anchors (lowercase, punctuation removed, \
            spaces as `-`, repeats numbered `-1`, `-2`, …), the `id`s and `name`s (`<a name>`, `<b name>`) of \
            HTML in the file, and the anchors of raw HTML headings by their text (`<h1 \
            align="center">The Guides </h1>` gives `#the-guides-`, the inner space kept, and \
            `#the-guides`). A heading's anchor is made of its text only: the alt text of an \
            image in it (a badge) is left out, the space before it stays \
            (`# Foo [![Badge](b.svg)](url)` has the anchor `#foo-`). `#` alone and `#top` go \
            to the top of the page and are fine, and so is `#readme` in a README (the id GitHub \
            gives the README on the repository's page). \
            The message names the anchor the fix links, or else the nearest anchor by edit \
            distance, when one is near: at most two characters in five changed, or holding the \
            fragment whole, or held by it and telling (`#lora` for `#lora-原理`; half of the \
            fragment, or six characters of several words or of Chinese: not `#state` in \
            `#how-do-you-compare-use-state-and-use-reducer`); never an anchor naming another \
            thing (`#palantir-system-design` for `#databricks-system-design`, `#gan` for `#gnn`) \
            nor one of several sections of one name (`#deep-learning` for `#rust-deep-learning`, \
            where `#deep-learning-1` exists too). A link to the id a heading declares for site generators \
            (`## Introduction {#intro}`, Docusaurus, Hugo, kramdown and Pandoc syntax), or to \
            the `id` of a Hugo shortcode (`{{< figure id="fig_1" … >}}`), is \
            written for that site and is not reported. A fragment that differs from an anchor only in case \
            (`#OCaml` for `## OCaml`) works on GitHub, whose page script ignores the case, but \
            not on renderers that match exactly: it is reported as `info`; a file with ten such links or \
            more writes them so by habit (`#Java-Basic-Syntax` in every entry and every "back to contents" \
            link), and gets one `info` for all of them, whose fix repoints them all. An entry of the \
            table of contents that `toc-sync` reports (the section it should lead to, renamed) \
            is reported there only, once; with `toc-sync` off, it is reported here. A docsify \
            site's navigation (`_sidebar.md`, `_navbar.md`, `_coverpage.md`, or a GitBook's `SUMMARY.md`) is shown beside the \
            page being read, and its fragments are that page's anchors: it is not checked. Nor is a \
            fragment holding a `/` (`#docs/intro`, `#/guide`) with no anchor near it: a route of a \
            single-page site (ditto, docsify) that loads a page; no heading's anchor can hold a `/` \
            (`#Redux/Mobx` near `#reduxmobx` is reported as that heading's). The links of raw \
            HTML (`<p align="center"><a href="#install">`, a centred contents block or a "back to \
            the contents" link) are read alike, outside code and HTML comments, with the message's \
            hint but no fix, once per fragment (at its first link, the message counting the others: \
            `<a href="#learn-regex"><strong>car</strong></a>` highlighting every match of a page's examples); \
            `#user-content-x` is the id GitHub gives the anchor `x`, and the emoji links of an \
            all-contributors table (`#ideas-darcyclarke`, a contribution type and a login) lead nowhere by design. A link written \
            in a heading that is nothing but the link, with the text of a later section (a table of \
            contents set as headings, `##### [第2题-两数相加](#第2题-两数相加)`), takes the anchor \
            first: the section gets `-1`, and the link leads to its own line. It is reported, with \
            an unsafe fix to the section's anchor; and no hint or fix names the heading a link stands in.

            A link into a section of another Markdown file of the collection \
            (`[Setup](docs/install.md#setup)`, resolved from the file's folder) is judged against that file's \
            anchors, read from disk the same way: a `warning`, with the nearest anchor as a hint and no fix. \
            Not judged: a file that does not exist (`link-format`'s), a fragment found ignoring case, a line of \
            the source view (`#L12`, `a.md?plain=1#L5`), a route (`#/intro`), `#readme` into a README, \
            and every link of a page a documentation site builds (MkDocs, Docusaurus, Hugo, docsify: \
            its configuration found above the file), whose anchors are the site's own. When none of \
            three or more such links of a file lands, they were written for another renderer (a \
            GitBook, a wiki): one `info` says so.

            An `<a name>` or `<a id>` written again further down (a line copied with its \
            anchor: `<a name="Scene-Text-Recognition">` over `场景文本检测` and over `场景文本识别`) \
            is a `warning` at the later one, when a link of the document leads to that name and a \
            heading stands between the two: a browser goes to the first element of a name, so \
            the links meant for the later section land on the earlier one.

            When exactly one heading has the link's text (or, when none has it, the text in \
            another case: `[object files](#…)` for `## Object files`, or a text that makes the \
            heading's anchor: `[Industry-strength NLP]` for `## Industry Strength NLP`), an unsafe fix points the link at \
            that heading. Otherwise the message names the nearest anchor no other link of the \
            document leads to (another entry's section is not this one's). It is unsafe because the author may have meant another section \
            with a different title.
            """,
        rationale: """
            A broken fragment does not fail loudly: the browser just stays at the top of the \
            page, and the reader gives up on the table of contents. Renaming a heading breaks \
            every link to it.
            """,
        defaultSeverity: .error,
        fix: .unsafe,
        triggeringExamples: [
            // A repeat of a heading this page has once: no hint, no fix to the first.
            RuleExample("- [问题一](#问题一)\n  - [参考资料](↓#参考资料-1)\n\n## 问题一\n\nx\n\n## 参考资料\n\n1. [总参考](https://a.example/refs)\n"),
            // A heading that is its own link, mistyped: its own anchor is the one meant.
            RuleExample("## Tools\n\n### [Cluster Managers](↓#cluster-manager)\n\n- [Nomad](https://a.example/nomad)\n"),
            // The heading's emoji carries U+FE0F, which GitHub keeps in its anchor.
            RuleExample("## Index\n\n- [General Tools](↓#-general-tools)\n\n## 🛠️ General Tools\n\nText.\n"),
            RuleExample("## 目录\n\n1. [大模型微调](↓#大模型微调)\n\n## 大模型微调技术\n\n内容\n"),
            RuleExample("## Q&A：LoRA 与 QLoRA 的区别？\n\n见 [上文](↓#q&a：lora-与-qlora-的区别)。\n"),
            RuleExample("## 其他问题\n\nx\n\n## 其他问题\n\n[第二节](↓#其他问题-2)\n"),
            RuleExample("↓[参考][r]\n\n## A\n\n[r]: #b\n"),
            RuleExample("[无标题](↓#anything)\n"),
            // A contents entry set as a heading of the section's text takes the anchor first.
            RuleExample("## 题解\n\n##### [第2题-两数相加](↓#第2题-两数相加)\n##### [第3题-无重复字符](↓#第3题-无重复字符)\n\n### 第2题-两数相加\n\n题解。\n\n### 第3题-无重复字符\n\n题解。\n"),
            // One fragment used by several HTML links: reported once, at the first.
            RuleExample("## 2.1 The Full Stop\n\n<pre>\n\".ar\" => The <a href=\"↓#learn-regex\"><strong>car</strong></a> <a href=\"#learn-regex\"><strong>par</strong></a>ked.\n</pre>\n"),
            // A raw HTML link, in a centred contents block.
            RuleExample("<p align=\"center\"><a href=\"↓#instalation\">Installation</a> · <a href=\"#usage\">Usage</a></p>\n\n## Installation\n\n## Usage\n"),
            // Into this document by its own name.
            RuleExample("- [Second week](↓./test.md#week-2)\n\n## Week 1\n\ntext\n"),
            RuleExample("## OCaml\n\n[OCaml](↓#OCaml)\n"),
            RuleExample("# Awesome Foo [![Awesome](https://awesome.re/badge.svg)](https://awesome.re)\n\n[Awesome Foo](↓#awesome-foo-awesome)\n"),
            // A copied anchor: the entry lands on the first section of that name.
            RuleExample("- [场景文本识别](#Rec)\n\n<a name=\"Rec\"></a>\n\n## 场景文本检测\n\n<a name=\"↓Rec\"></a>\n\n## 场景文本识别\n"),
        ],
        nonTriggeringExamples: [
            // A single-page site's route, not a heading's anchor.
            RuleExample("## 目录\n\n1. [前言](#readme)\n1. [ECMAScript 6简介](#docs/intro)\n\n## README\n\nx\n"),
            RuleExample("## Transformer、Bert、GPT系列模型\n\n[跳转](#transformerbertgpt系列模型)\n"),
            RuleExample("## 🔥 热门题目\n\n[热门](#-热门题目)\n"),
            RuleExample("## 大模型　应用（RAG）\n\n[应用](#大模型应用rag)\n"),
            RuleExample("## 其他问题\n\nx\n\n## 其他问题\n\n[第二节](#其他问题-1)\n"),
            RuleExample("## 机器学习\n\n[百分号编码](#%E6%9C%BA%E5%99%A8%E5%AD%A6%E4%B9%A0)\n"),
            RuleExample("<a name=\"faq\"></a>\n\n## 常见问题\n\n[FAQ](#faq) [回到顶部](#top) [顶部](#)\n"),
            // An anchor in a table's cell.
            RuleExample("| Option | Meaning |\n| --- | --- |\n| <a name=\"AllowGroups\"></a>AllowGroups | who may log in |\n\nSee [AllowGroups](#AllowGroups).\n"),
            RuleExample("<td><a href=\"https://a.example\">Darcy</a><br /><a href=\"#ideas-darcyclarke\" title=\"Ideas\">🤔</a></td>\n"),
            RuleExample("<div align=\"right\"><a href=\"#top\">⬆</a> <A HREF='#user-content-usage'>Usage</A></div>\n\n## Usage\n\n`<a href=\"#nowhere\">` <!-- <a href=\"#old\">old</a> -->\n\n```html\n<a href=\"#example\">x</a>\n```\n"),
            RuleExample("## 术语 <a id=\"terms\"></a>\n\n[术语](#terms)\n"),
            RuleExample("# Awesome Foo [![Awesome](https://awesome.re/badge.svg)](https://awesome.re)\n\n[Awesome Foo](#awesome-foo-)\n"),
            RuleExample("- [Intro](#intro)\n\n## Introduction {#intro}\n\n## Setup {: #setup-steps}\n\n[Setup](#setup-steps)\n"),
            RuleExample("As [Figure 3-1](#fig_relational) shows.\n\n{{< figure src=\"/fig/0301.png\" id=\"fig_relational\" caption=\"Figure 3-1.\" >}}\n"),
            // A name given twice in one place, and one no link leads to.
            RuleExample("[FAQ](#faq)\n\n<a name=\"faq\"></a><a id=\"faq\"></a>\n\n## FAQ\n\n<a name=\"more\"></a>\n\n## More\n\n<a name=\"more\"></a>\n\n## Most\n"),
        ],
        corrections: [
            // Not the heading the link stands in: the section further down.
            RuleCorrection("# 链表\n\n#### [题005从尾到头打印链表](#题005)\n#### [题013链表的倒数第K个结点](#题013)\n\n## 题005从尾到头打印链表\n\n递归。\n\n## 题013链表的倒数第K个结点\n\n快慢指针。\n",
                           "# 链表\n\n#### [题005从尾到头打印链表](#题005从尾到头打印链表-1)\n#### [题013链表的倒数第K个结点](#题013链表的倒数第k个结点-1)\n\n## 题005从尾到头打印链表\n\n递归。\n\n## 题013链表的倒数第K个结点\n\n快慢指针。\n", unsafe: true),
            RuleCorrection("## 目录\n\n1. [大模型微调技术](#大模型微调)\n\n## 大模型微调技术\n\nx\n",
                           "## 目录\n\n1. [大模型微调技术](#大模型微调技术)\n\n## 大模型微调技术\n\nx\n", unsafe: true),
            RuleCorrection("- [`LoRA` 原理](#lora)\n\n## `LoRA` 原理\n",
                           "- [`LoRA` 原理](#lora-原理)\n\n## `LoRA` 原理\n", unsafe: true),
            RuleCorrection("- [object files](#%E7%9B%AE%E6%A0%87)\n\n## Object files\n",
                           "- [object files](#object-files)\n\n## Object files\n", unsafe: true),
            RuleCorrection("- [Foo](#foo)\n\n## Foo [![CI](https://ci.example/badge.svg)](https://ci.example)\n",
                           "- [Foo](#foo-)\n\n## Foo [![CI](https://ci.example/badge.svg)](https://ci.example)\n", unsafe: true),
        ],
        fixSafety: """
            Unsafe: the link points at the one heading whose text, with or without its images' \
            alt text, equals the link text (ignoring case when no heading's text is equal); its text stays.
            """,
        emittedSeverities: [.error, .warning, .info],
        yieldsTo: ["toc-sync"]
    )

    public init(options: RuleOptions) {}

    public func check(_ file: MarkdownFile) -> [Violation] {
        // A docsify sidebar's `#fragment`s are the anchors of the page shown beside it.
        guard !ProjectDocuments.isSiteNavigation(file) else { return [] }
        let document = file.document
        var violations: [Violation] = []
        let links = document.links
        // Asked only once a link leads nowhere on GitHub.
        var explicitIDs: Set<String>?
        var nearestAnchors: NearestAnchors?
        // Every anchor, for a link written in a sentence.
        var everyAnchor: NearestAnchors?
        // Lines written as headings without their space (`##守护线程`), read once a link has no near anchor.
        var gluedHeadings: [HeadingSpaceRule.GluedHeading]?
        var headingsByText: [String: [Int]]?
        // The anchors GitHub also finds ignoring case (its page script does), lowercased once.
        var lowercasedAnchors: Set<String>?
        // `[back to top](#readme)` in a README: GitHub gives the README's box on the
        // repository's page the id `readme`.
        let isReadme = (file.path.split(separator: "/").last ?? "").lowercased().hasPrefix("readme")
        // By position, and only same-document links are read whole: iterating would copy every
        // link of a bank (three strings to retain and release).
        let fileName = String(file.path.split(separator: "/").last ?? "")
        // `#x`, or `./…#x` and `README.md#x` into this file: told on the first bytes (a bank's web
        // links never start so), before the `#` is looked for.
        func mayLeadHere(_ destination: String) -> Bool {
            let bytes = destination.utf8
            guard let first = bytes.first else { return false }
            if first == UInt8(ascii: "#") { return true }
            return (first == UInt8(ascii: ".") || bytes.starts(with: fileName.utf8)) && bytes.contains(UInt8(ascii: "#"))
        }
        // The anchors the document's links already lead to (`#x`, or `README.md#x` into this
        // file): another entry's section, no spelling of a dead fragment. Asked once a hint is sought.
        var linkedSet: Set<String>?
        func linkedAnchors() -> Set<String> {
            if let linkedSet { return linkedSet }
            let found = Set(links.compactMap { other -> String? in
                guard mayLeadHere(other.destination),
                      let fragment = other.fragmentOnly ?? Self.ownFragment(of: other.destination, fileName: fileName, isReadme: isReadme),
                      document.anchors.contains(fragment: fragment) else { return nil }
                return AnchorFragment.decode(fragment)
            })
            linkedSet = found
            return found
        }
        // `## Introduction {#intro}`: the id a site generator (Docusaurus, Hugo, kramdown,
        // Pandoc) gives the heading, which the file's links are written for.
        // `{{< figure id="fig_1" … >}}`: a Hugo shortcode's element, the figure or table the
        // text refers to.
        func isDeclaredForASite(_ decoded: String) -> Bool {
            if explicitIDs == nil {
                explicitIDs = Set(document.headings.compactMap { Self.explicitID(of: $0.text) }).union(Self.shortcodeIDs(in: file.source.text))
            }
            return explicitIDs!.contains(decoded)
        }
        // The anchor written as `decoded` but for its case, which GitHub finds and renderers that
        // match case exactly do not: `.some(nil)` when only the lowercased forms agree.
        func anchorInAnotherCase(_ decoded: String) -> String?? {
            if lowercasedAnchors == nil { lowercasedAnchors = Set(document.anchors.all.lazy.map { $0.lowercased() }) }
            let lowered = decoded.lowercased()
            guard lowercasedAnchors!.contains(lowered) else { return nil }
            return .some(document.anchors.all.first { $0.lowercased() == lowered })
        }
        // Links that find their anchors only with the case ignored (one finding each, unless
        // the file writes them so throughout: `caseOnlyFindings`).
        var caseOnly: [(violation: Violation, written: String)] = []
        // A page a MkDocs site builds (its `mkdocs.yml` above): its anchors are Python-Markdown's.
        lazy var isOnMkDocsSite = LinkFormatRule.folderOnDisk(of: file.path).flatMap(LinkFormatRule.mkDocsConfiguration(above:)) != nil
        func caseMessage(_ exact: String?, _ decoded: String) -> String {
            "expected the anchor's exact case" + (exact.map { " '#\($0)'" } ?? "") + ", found '#\(decoded)'; only GitHub ignores the case"
        }
        for index in links.indices where !links[index].isImage && mayLeadHere(links[index].destination) {
            let link = links[index]
            guard let fragment = link.fragmentOnly ?? Self.ownFragment(of: link.destination, fileName: fileName, isReadme: isReadme),
                  !fragment.isEmpty, fragment.lowercased() != "top",
                  !(isReadme && fragment.lowercased() == "readme") else { continue }
            // The heading the link is written in: a contents entry set as a heading
            // (`##### [第2题-两数相加](#…)`) is no section the link means.
            let ownHeading = document.heading(before: link.range.start).flatMap { $0.range.contains(link.range.start) ? $0 : nil }
            if document.anchors.contains(fragment: fragment) {
                if let ownHeading, let landing = Self.landsOnItself(link, fragment: fragment, in: ownHeading, of: file) {
                    violations.append(landing)
                }
                continue
            }
            let decoded = AnchorFragment.decode(fragment)
            if isDeclaredForASite(decoded) { continue }
            if let exact = anchorInAnotherCase(decoded) {
                // The fix links the heading the text names, else the anchor of that spelling.
                let named = fix(for: link, in: document, headingsByText: &headingsByText, besides: ownHeading)
                let path = link.destination.firstIndex(of: "#").map { String(link.destination[..<$0]) } ?? ""
                let caseFix: Fix? = named?.fix ?? exact.flatMap { anchor in
                    link.destinationRange.map { destination in
                        .unsafe("link to #\(anchor)", [Edit(range: destination, replacement: path + "#" + HeadingAnchors.fragment(for: anchor))],
                                rewrites: [.repairDeadAnchor(from: link.destination, text: "")])
                    }
                }
                caseOnly.append((Violation(range: link.destinationRange ?? link.range, message: caseMessage(exact, decoded),
                                           severity: .info, fix: caseFix), decoded))
                continue
            }
            // `# [C#](#tab/csharp)` … `---`: a tab of a DocFX (Microsoft Learn) tab group, named by
            // its id; the heading is the tab's label, not a link to a section.
            if decoded.hasPrefix("tab/"), let ownHeading, HeadingText.normalized(ownHeading.text) == HeadingText.normalized(link.text) { continue }
            // `[Enable & Disable](#enable-disable)` in a page MkDocs builds: Python-Markdown's slug
            // keeps one `-` for a run of spaces and dashes, where GitHub's keeps each (`enable--disable`).
            if isOnMkDocsSite, case let collapsed = TOCSyncRule.collapsingHyphens(decoded.lowercased()),
               document.anchors.all.contains(where: { TOCSyncRule.collapsingHyphens($0.lowercased()) == collapsed }) { continue }
            // `#例题_2` where `#例题-2` exists: Python-Markdown's number for a repeated heading
            // (MkDocs numbers them `_1`, `_2`; GitHub `-1`, `-2`). Written for the site that builds
            // the page: an info on GitHub, and nothing where the page's MkDocs configuration is above it.
            if let gitHubForm = Self.gitHubFormOfPythonMarkdownRepeat(decoded), document.anchors.contains(fragment: gitHubForm) {
                if isOnMkDocsSite { continue }
                violations.append(Violation(range: link.destinationRange ?? link.range,
                                            message: "expected an anchor of this document, found '#\(decoded)', Python-Markdown's anchor for a repeated heading (MkDocs); GitHub's is '#\(gitHubForm)'",
                                            severity: .info,
                                            help: ["the link works on a site built by MkDocs; on GitHub it lands on no heading"]))
                continue
            }
            var message = "expected an anchor of this document, found '#\(decoded)'"
            var lookupIsAmbiguous = false
            // The heading named by the link's text is the one the fix links; the nearest
            // spelling may be another heading's (`#==运算符` is nearest `#运算符`, the `===`
            // heading's, while `==运算符` has `#运算符-1`).
            // `#参考资料-1` where the page has one `参考资料`: the link names the second heading of
            // that name, which this page lacks (a contents copied from another page); the first
            // is another section, so neither a fix nor a hint leads there.
            let repeatedOnce = Self.repeatBase(of: decoded).flatMap { document.anchors.contains(fragment: $0) ? $0 : nil }
            var repair = repeatedOnce == nil ? fix(for: link, in: document, headingsByText: &headingsByText, besides: ownHeading) : nil
            // `[参考](#reference-1)` below `[参考](#reference)`, both dead, the page holding one `参考`
            // (and a `参考资料`): the `-1` names the second section of the two links' name, which
            // the one `参考` is not; leading both links there would leave a section without its link.
            if let named = repair, let base = Self.repeatBase(of: decoded), Self.repeatBase(of: named.anchor) == nil,
               links.contains(where: { other in
                   // (Or already leading there, that link repaired first.)
                   other.range != link.range && other.fragmentOnly.map { [base, named.anchor].contains(AnchorFragment.decode($0)) } == true
                       && HeadingText.normalized(other.text) == HeadingText.normalized(link.text)
               }) {
                repair = nil
                lookupIsAmbiguous = true
            }
            // An anchor another link of the document already leads to is that link's (the next
            // entry's section), not a spelling of this one.
            // (A link in a sentence, `since we use [UFW](#ufw-uncomplicated-firewall)`, is no
            // entry: the section the contents link is the one it means as often as any.)
            let isEntry = Self.isListEntry(link, in: document)
            if isEntry, nearestAnchors == nil, repair == nil {
                let linked = linkedAnchors()
                nearestAnchors = NearestAnchors(document.anchors.all.filter { !linked.contains($0) })
            }
            if !isEntry, everyAnchor == nil, repair == nil { everyAnchor = NearestAnchors(document.anchors.all) }
            var lookup: NearestAnchors.Lookup = repair.map { .nearest($0.anchor) } ?? (isEntry ? nearestAnchors : everyAnchor)?.lookUp(decoded) ?? .none
            // Not the anchor of the heading the link stands in: the entry would lead to itself.
            let ownAnchor = ownHeading.map { document.anchor(of: $0) }
            if let anchor = ownAnchor, repair == nil, lookup.names(anchor) {
                let linked = linkedAnchors()
                let elsewhere = NearestAnchors(document.anchors.all.filter { !linked.contains($0) && $0 != anchor }).lookUp(decoded)
                // `### [Cluster Managers](#cluster-manager)`: a heading that is its own link, the
                // awesome-list way of making a section linkable, mistyped; when no other heading
                // is near, its own anchor is the one meant.
                // (A typo, two edits at most: a contents set as headings links other sections.)
                let isOwnLink = ownHeading.map { HeadingText.normalized($0.text) == HeadingText.normalized(link.text) } ?? false
                    && editDistance(Array(decoded.lowercased()), Array(anchor), atMost: 2) != nil
                if case .none = elsewhere, isOwnLink, case .nearest = lookup {} else { lookup = elsewhere }
            }
            // Nor, unless mistyped (two edits at most), the anchor of a heading whose section
            // holds the link: `[Data Science](#data-science)` under `# Data Science - Extra
            // Resources` would lead to the top of the page it is on.
            if repair == nil, case .nearest(let anchor) = lookup, anchor != ownAnchor,
               Self.enclosingAnchors(of: link.range.start, in: document).contains(anchor),
               editDistance(Array(decoded.lowercased()), Array(anchor), atMost: 2) == nil {
                let excluded = linkedAnchors().union(Self.enclosingAnchors(of: link.range.start, in: document))
                lookup = NearestAnchors(document.anchors.all.filter { !excluded.contains($0) && $0 != ownAnchor }).lookUp(decoded)
            }
            if repeatedOnce != nil || lookupIsAmbiguous { lookup = .none }
            var nearest: String?
            if case .nearest(let anchor) = lookup { nearest = anchor }
            // `#16-расскажите-про-реализации-map` near `#20-расскажите-про-реализации-деревьев`: another
            // numbered question, worded alike; a stale entry, not a typo of that one.
            if repair == nil, let anchor = nearest, let number = Self.leadingNumber(decoded), let other = Self.leadingNumber(anchor), other != number {
                nearest = nil
            }
            // `[ECMAScript 6简介](#docs/intro)`, `[指南](#/guide)`: a route of a single-page site
            // (ditto, docsify) that loads `docs/intro.md`, when no heading is near; no heading's
            // anchor holds a `/` (`#Redux/Mobx` near `#reduxmobx` is that heading's, mistyped).
            if nearest == nil, decoded.contains("/") { continue }
            if nearest == nil, gluedHeadings == nil { gluedHeadings = HeadingSpaceRule.gluedHeadings(in: document) }
            if let nearest {
                message += "; did you mean '#\(InvisibleCharacters.shown(nearest))'"
            } else if let glued = gluedHeadings?.first(where: { GitHubSlugger.baseSlug($0.text) == GitHubSlugger.baseSlug(decoded) }) {
                // `##守护线程`: the heading that would make the anchor lacks its space.
                let marks = String(repeating: "#", count: glued.hashes)
                message += "; the line '\(marks)\(glued.text)' at line \(document.source.reportedLine(containing: glued.start)) would make it, "
                    + "but Markdown needs a space after '\(marks)'"
            } else if let swallowed = Self.headingInCode(making: decoded, in: document) {
                // `### 12.6 案例: 意见抽取` after a fence left open: code on the page, no heading.
                message += "; the line '\(swallowed.text)' at line \(swallowed.line) would make it, but it stands inside the code block "
                    + "opened at line \(swallowed.blockLine) (a fence left open?)"
            } else if case .tied(let first, let second) = lookup {
                message += "; '#\(first)' and '#\(second)' are as similar, so neither is suggested"
            } else if let base = repeatedOnce {
                // `#solution-2` where the page has `#solution` and `#solution-1`: two, not three.
                var copies = 1
                while document.anchors.contains(fragment: "\(base)-\(copies)") { copies += 1 }
                message += "; its '-\(decoded.split(separator: "-").last ?? "")' names a repeat of the heading of '#\(base)', which this page has "
                    + (copies == 1 ? "only once" : "\(copies) times (the last '#\(base)-\(copies - 1)')")
            } else {
                message += document.anchors.all.isEmpty ? "; the document has no anchors" : "; no anchor is similar"
            }
            violations.append(Violation(range: link.destinationRange ?? link.range, message: message, fix: repair?.fix,
                                        help: nearest.map { InvisibleCharacters.help(fragment: decoded, anchor: $0)
                                            + InvisibleCharacters.selectorHelp(fragment: decoded, anchor: $0) } ?? []))
        }
        // `<a href="#contents">`: raw HTML's links, judged alike, without a fix (no link text to
        // name the heading).
        // `<a href="#learn-regex"><strong>car</strong></a>` on every match of a page's examples:
        // one fragment used again and again is reported once, at its first link.
        let htmlTags = HTMLAnchorTags(document)
        var htmlUses: [String: [HTMLAnchorTags.FragmentLink]] = [:], htmlOrder: [HTMLAnchorTags.FragmentLink] = []
        for link in htmlTags.fragmentLinks {
            if htmlUses[link.fragment] == nil { htmlOrder.append(link) }
            htmlUses[link.fragment, default: []].append(link)
        }
        for link in htmlOrder {
            let others = (htmlUses[link.fragment]?.count ?? 1) - 1
            let repeated = others == 0 ? "" : "; \(others) more HTML link\(others == 1 ? "" : "s") of this document lead\(others == 1 ? "s" : "") there"
            var fragment = link.fragment
            // `#user-content-faq` is the id GitHub gives the `faq` anchor on the page.
            if fragment.hasPrefix(Self.gitHubIDPrefix), fragment.count > Self.gitHubIDPrefix.count { fragment.removeFirst(Self.gitHubIDPrefix.count) }
            guard !fragment.isEmpty, fragment.lowercased() != "top", !(isReadme && fragment.lowercased() == "readme"),
                  !Self.isContributionKey(fragment), !document.anchors.contains(fragment: fragment) else { continue }
            let decoded = AnchorFragment.decode(fragment)
            if isDeclaredForASite(decoded) { continue }
            if let exact = anchorInAnotherCase(decoded) {
                violations.append(Violation(range: link.range, message: caseMessage(exact, decoded) + repeated, severity: .info))
                continue
            }
            // `href="#/guide"`: a single-page site's route.
            if decoded.contains("/") { continue }
            if nearestAnchors == nil {
                let linked = linkedAnchors()
                nearestAnchors = NearestAnchors(document.anchors.all.filter { !linked.contains($0) })
            }
            var message = "expected an anchor of this document, found '#\(decoded)' in an HTML link"
            var help: [String] = []
            switch nearestAnchors!.lookUp(decoded) {
            case .nearest(let anchor):
                message += "; did you mean '#\(InvisibleCharacters.shown(anchor))'"
                help = InvisibleCharacters.help(fragment: decoded, anchor: anchor) + InvisibleCharacters.selectorHelp(fragment: decoded, anchor: anchor)
            case .tied(let first, let second):
                message += "; '#\(first)' and '#\(second)' are as similar, so neither is suggested"
            default:
                message += document.anchors.all.isEmpty ? "; the document has no anchors" : "; no anchor is similar"
            }
            violations.append(Violation(range: link.range, message: message + repeated, help: help))
        }
        violations += Self.caseOnlyFindings(caseOnly)
        violations += Self.repeatedAnchorNames(htmlTags.names, linkedBy: htmlTags.fragmentLinks.map(\.fragment), in: file)
        violations += otherFileViolations(file)
        return violations.count > 1 ? violations.sorted { $0.range.start < $1.range.start } : violations
    }

    /// `参考资料` of `参考资料-1`: the anchor a numbered repeat of a heading's name is made from.
    static func repeatBase(of fragment: String) -> String? {
        guard let dash = fragment.lastIndex(of: "-"), dash > fragment.startIndex else { return nil }
        let number = fragment[fragment.index(after: dash)...]
        guard !number.isEmpty, number.count <= 3, number.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return String(fragment[..<dash])
    }

    /// The anchors of the headings whose sections hold `offset`: the heading above it, the
    /// heading of a lower level above that, and so on up to the page's title.
    /// Whether `link` opens a list item (`- [UFW](#ufw)`, `1. **[UFW](#ufw)**`) or stands in a
    /// table row: an entry of a list or table of links, such as a table of contents, rather
    /// than a link in a sentence.
    static func isListEntry(_ link: Link, in document: Document) -> Bool {
        let source = document.source
        let line = source.lineText(source.line(containing: link.range.start))
        if line.trimmedWhitespace.hasPrefix("|") || document.blocks.contains(where: { block in
            if case .table(let table) = block { table.range.start <= link.range.start && link.range.start < table.range.end } else { false }
        }) { return true }
        for list in document.lists where list.range.start <= link.range.start && link.range.start < list.range.end {
            for item in list.items where item.range.start <= link.range.start && link.range.start < item.range.end {
                let start = ListItemSupport.contentStart(of: item, in: source)
                if start <= link.range.start, link.range.start - start <= 3, item.links.first?.range == link.range { return true }
            }
        }
        return false
    }

    static func enclosingAnchors(of offset: Int, in document: Document) -> Set<String> {
        var anchors: Set<String> = []
        guard var heading = document.heading(before: offset) else { return anchors }
        anchors.insert(document.anchor(of: heading))
        var index = heading.index
        while index > 0, heading.level > 1 {
            index -= 1
            let above = document.headings[index]
            if above.level < heading.level {
                anchors.insert(document.anchor(of: above))
                heading = above
            }
        }
        return anchors
    }

    /// `##### [第2题-两数相加](#第2题-两数相加)` over a later `### 第2题-两数相加`: the contents
    /// entry, set as a heading of the same text, takes the anchor first, and the section gets
    /// `-1`; the link leads to the line it stands on. Reported, with an unsafe fix to the
    /// section's anchor, when the heading is nothing but the link and one later heading, not
    /// itself a link, has its text.
    static func landsOnItself(_ link: Link, fragment: String, in heading: Heading, of file: MarkdownFile) -> Violation? {
        let document = file.document
        guard let destination = link.destinationRange, document.anchors.headingIndex(forFragment: fragment) == heading.index,
              HeadingText.normalized(heading.text) == HeadingText.normalized(link.text) else { return nil }
        let text = HeadingText.normalized(heading.text)
        let sections = document.headings.filter {
            $0.index > heading.index && HeadingText.normalized($0.text) == text && !$0.content.links.contains { $0.fragmentOnly != nil }
        }
        guard sections.count == 1 else { return nil }
        let anchor = document.anchor(of: sections[0])
        return Violation(
            range: destination,
            message: "expected the anchor of the section '\(text)', '#\(anchor)', found '#\(AnchorFragment.decode(fragment))', "
                + "the anchor of the heading this link stands in",
            related: [RelatedLocation(file: file, range: sections[0].range, message: "section")],
            fix: .unsafe("link to #\(anchor)", [Edit(range: destination, replacement: "#" + HeadingAnchors.fragment(for: anchor))],
                         rewrites: [.repairDeadAnchor(from: link.destination, text: "")]),
            help: ["the heading holding the link has the section's text, so it takes the anchor first and the section gets '#\(anchor)': "
                + "the link leads to the line it stands on"])
    }

    /// `#ideas-darcyclarke`, `#translation-NikolayIT`: the all-contributors bot links each emoji
    /// of its table to its contribution type and the contributor's login, an anchor no page has.
    static func isContributionKey(_ fragment: String) -> Bool {
        guard let dash = fragment.firstIndex(of: "-"), dash < fragment.index(before: fragment.endIndex) else { return false }
        return contributionTypes.contains(String(fragment[..<dash]))
    }

    /// The contribution types of the all-contributors specification.
    static let contributionTypes: Set<String> = [
        "a11y", "audio", "blog", "bug", "business", "code", "content", "data", "design", "doc", "eventOrganizing", "example",
        "financial", "fundingFinding", "ideas", "infra", "maintenance", "mentoring", "platform", "plugin", "projectManagement",
        "promotion", "question", "research", "review", "security", "talk", "test", "tool", "translation", "tutorial",
        "userTesting", "video",
    ]

    /// The prefix GitHub gives the ids of a rendered README's elements.
    static let gitHubIDPrefix = "user-content-"

    /// A line written as a heading inside a code block whose anchor would be `fragment`: its
    /// text, its line and the line the block opens at; nil when there is none.
    static func headingInCode(making fragment: String, in document: Document) -> (text: String, line: Int, blockLine: Int)? {
        let source = document.source
        let wanted = GitHubSlugger.baseSlug(fragment)
        for block in document.codeBlocks where block.isFenced && block.code.contains("#") {
            let first = source.line(containing: block.range.start), last = source.line(containing: max(block.range.start, block.range.end - 1))
            guard last > first else { continue }
            for line in (first + 1)...last {
                let text = source.lineText(line).trimmedWhitespace
                let marks = text.prefix { $0 == "#" }.count
                guard (1...6).contains(marks), text.dropFirst(marks).first == " " else { continue }
                if GitHubSlugger.baseSlug(String(text.dropFirst(marks)).trimmedWhitespace) == wanted {
                    return (text, source.reportedLine(containing: source.lineRange(line).start), source.reportedLine(containing: block.range.start))
                }
            }
        }
        return nil
    }

    /// The fragment of a link into this document written with its path: `README.md#week-2`,
    /// `./README.md#week-2`, or in a README `./#week-2` (the folder's page shows the README).
    static func ownFragment(of destination: String, fileName: String, isReadme: Bool) -> String? {
        guard let hash = destination.firstIndex(of: "#"), !fileName.isEmpty else { return nil }
        var path = destination[..<hash]
        if path.hasPrefix("./") { path = path.dropFirst(2) }
        guard path == fileName || isReadme && path.isEmpty && destination.hasPrefix("./") else { return nil }
        return String(destination[destination.index(after: hash)...])
    }

    /// Rewrites the fragment when exactly one heading has the link's text: the link most likely
    /// points at that heading after it was renamed or its anchor was guessed wrong.
    /// `headingsByText`: the headings (by position in `document.headings`) under each of
    /// their normalised texts, worked out for the first link that needs them.
    private func fix(for link: Link, in document: Document, headingsByText: inout [String: [Int]]?, besides ownHeading: Heading? = nil) -> (fix: Fix, anchor: String)? {
        guard let destination = link.destinationRange else { return nil }
        let text = HeadingText.normalized(link.text)
        // A badge's alt text is shown but is not part of the anchor: either text names the heading.
        // Each heading is also filed under its lowercased texts (prefixed by a tab, which no
        // normalised text holds), for a link text written in another case.
        if headingsByText == nil {
            var byText: [String: [Int]] = [:]
            for (index, heading) in document.headings.enumerated() {
                let texts = Set([HeadingText.normalized(heading.text), HeadingText.normalized(document.anchors.anchorText(of: heading))])
                for text in texts { byText[text, default: []].append(index) }
                for text in Set(texts.map { "\t" + $0.lowercased() }) { byText[text, default: []].append(index) }
                for text in Set(texts.map { "\n" + GitHubSlugger.baseSlug($0) }) { byText[text, default: []].append(index) }
            }
            headingsByText = byText
        }
        // `[object file storage structure](#…)` names `## Object file storage structure`, and
        // `[Industry-strength Natural Language Processing](#…)` `## Industry Strength Natural
        // Language Processing`: the text makes its anchor.
        let matching = (headingsByText![text] ?? headingsByText!["\t" + text.lowercased()] ?? headingsByText!["\n" + GitHubSlugger.baseSlug(text)] ?? [])
            .filter { $0 != ownHeading?.index }
        guard matching.count == 1 else { return nil }
        let heading = document.headings[matching[0]]
        let anchor = document.anchor(of: heading)
        // `README.md#week-2` keeps its path.
        let path = link.destination.firstIndex(of: "#").map { String(link.destination[..<$0]) } ?? ""
        return (.unsafe("link to #\(anchor)", [Edit(range: destination, replacement: path + "#" + HeadingAnchors.fragment(for: anchor))],
                        rewrites: [.repairDeadAnchor(from: link.destination, text: "")]), anchor)
    }

    /// `例题-2` of `例题_2`: GitHub's anchor for the repeated heading Python-Markdown numbers with
    /// `_` and digits; nil for a fragment without such an ending.
    static func gitHubFormOfPythonMarkdownRepeat(_ fragment: String) -> String? {
        guard let underscore = fragment.lastIndex(of: "_"), underscore > fragment.startIndex else { return nil }
        let digits = fragment[fragment.index(after: underscore)...]
        guard !digits.isEmpty, digits.count <= 3, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return fragment[..<underscore] + "-" + digits
    }

    /// The `id` attributes of a site generator's shortcodes (`{{< figure id="fig_1" >}}`,
    /// `{{% table id=tab_2 %}}`), which render as elements with that id.
    static func shortcodeIDs(in text: String) -> Set<String> {
        // Most documents have none: a byte search first.
        guard text.contains("{{") else { return [] }
        var ids: Set<String> = []
        var rest = Substring(text)
        while let open = rest.range(of: "{{") {
            let after = rest[open.upperBound...]
            guard let marker = after.first, marker == "<" || marker == "%",
                  let close = after.range(of: marker == "<" ? ">}}" : "%}}") else {
                rest = after
                continue
            }
            let shortcode = after[after.index(after: after.startIndex)..<close.lowerBound]
            if let id = attribute("id", in: shortcode) { ids.insert(id) }
            rest = after[close.upperBound...]
        }
        return ids
    }

    /// The value of `name="value"`, `name='value'` or `name=value` among a shortcode's attributes.
    private static func attribute(_ name: String, in attributes: Substring) -> String? {
        var rest = attributes
        while let found = rest.range(of: name + "=") {
            let before = found.lowerBound > rest.startIndex ? rest[rest.index(before: found.lowerBound)] : " "
            let value = rest[found.upperBound...]
            rest = value
            guard before.isWhitespace else { continue }
            if let quote = value.first, quote == "\"" || quote == "'" {
                guard let end = value.dropFirst().firstIndex(of: quote) else { return nil }
                return String(value[value.index(after: value.startIndex)..<end])
            }
            let word = value.prefix { !$0.isWhitespace }
            return word.isEmpty ? nil : String(word)
        }
        return nil
    }

    /// The id of a heading's attribute block, `Introduction {#intro}`, `Setup {: #setup}`,
    /// `API {#api .wide}`; nil without one.
    static func explicitID(of headingText: String) -> String? {
        let text = headingText.trimmed { $0 == " " || $0 == "\t" }
        guard text.hasSuffix("}"), let open = text.lastIndex(of: "{") else { return nil }
        let words = text[text.index(after: open)..<text.index(before: text.endIndex)].split(separator: " ")
        let attributes = words.first == ":" ? words.dropFirst() : words[...]
        guard let first = attributes.first, first.hasPrefix("#"), first.count > 1 else { return nil }
        return String(first.dropFirst())
    }

    /// The case-only findings of a file: one each, or, from `caseOnlyHabit` of them on, one for
    /// the file: a contents written in the headings' own capitals (`#Java-Basic-Syntax`, every
    /// entry and every "back to contents" link) is one habit, which hundreds of findings would
    /// bury the broken links under. Its fix repoints every link.
    static func caseOnlyFindings(_ found: [(violation: Violation, written: String)]) -> [Violation] {
        guard found.count >= caseOnlyHabit, let first = found.first else { return found.map(\.violation) }
        let fixes = found.compactMap(\.violation.fix)
        let fix: Fix? = fixes.isEmpty ? nil
            : .unsafe("link to the anchors in their exact case", fixes.flatMap(\.edits), rewrites: fixes.flatMap(\.rewrites))
        let unfixed = found.count - fixes.count
        return [Violation(range: first.violation.range,
                          message: "expected the anchors' exact case, found \(found.count) links that find their headings only with the case ignored ('#\(first.written)' first); only GitHub ignores the case",
                          severity: .info, fix: fix,
                          help: ["the file writes its links to its headings in their capitals, which GitHub finds and renderers that match case exactly do not"]
                            + (unfixed > 0 && fix != nil ? ["the fix repoints \(fixes.count) of the \(found.count) links; the others name no heading it can tell"] : []))]
    }

    /// From this many case-only links on, a file's habit: one finding.
    static let caseOnlyHabit = 10

    /// `16` of `16-расскажите…`, `11` of `1.1-c语言` (GitHub's anchor drops the dot): the number an
    /// anchor of a numbered heading starts with, as its anchor writes it.
    static func leadingNumber(_ fragment: String) -> String? {
        let lead = fragment.prefix { $0.isASCII && ($0.isNumber || $0 == ".") }
        let digits = lead.filter { $0 != "." }
        guard !digits.isEmpty, fragment.dropFirst(lead.count).first == "-" else { return nil }
        return digits
    }

    /// The nearest of `anchors` to `fragment` (see `NearestAnchors`).
    static func nearest(to fragment: String, among anchors: [String]) -> String? {
        NearestAnchors(anchors).nearest(to: fragment)
    }
}
