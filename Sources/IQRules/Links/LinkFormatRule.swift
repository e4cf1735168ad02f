import Foundation
import IQCore
import IQMarkdown

public struct LinkFormatRule: ChunkLocalRule {
    public static let description = RuleDescription(
        id: "link-format",
        summary: "link destinations are well-formed and lead somewhere",
        details: """
            Reports, for links and images:

            - a line break between `(` and the destination or between the destination and `)` \
            (legal Markdown that renders the link, so a `warning`: the next edit inside it breaks \
            the link; spaces on the line, `(https://… )`, only an `info`, and one `info` for a file \
            writing ten links or more so, its habit), and spaces \
            inside a `<…>` web address: words after a whole URL (`<https://…/1 标题>`, a title \
            glued on) are an error; a path going on after the space \
            (`<https://…/Interview List.md>`) renders a working link on GitHub and gets an \
            `info` (the URL breaks when copied elsewhere); a relative path with spaces in `<…>`, \
            `<my notes.md>`, is valid and not reported;
            - a web address written twice, the second after the first's host (`https://doi.org/https://doi.org/10.5194/…`: \
            a `warning`, with an unsafe fix removing the first; an archive's address holding another site's, \
            `https://web.archive.org/web/2020/https://…`, is no repeat);
            - a destination that starts with a host but has no scheme (`www.example.com/…`, \
            `zhuanlan.zhihu.com/p/1`, or a host alone whose suffix names no file type, `golang.org`, \
            or a country's second-level domain, `ucoder.com.br`, \
            when no such file exists), which the browser resolves as a relative path (an `info` without a \
            fix when the host's name is made up, `[Foo](foo.io)` in a guide's example of an entry);
            - text shaped like `[text](destination)` that did not become a link, usually \
            because the URL is broken across lines or contains a space, and `[text] (https://…)`, \
            where a space between `]` and `(` leaves the brackets and the URL as text (not \
            words in parentheses that no URL could be, a remark going on in lower case (three words \
            or more) or in Chinese (four characters or more), without `/`, `.`, `:`, `#`: \
            `[1, n](n is an integer greater than 1)` is prose; `[Mathematics for Computer \
            Science](Mathematics for Computer Science)` is a link missing its address; nor a name \
            indexed in code's way, `int[256](skip …)`, the `[` right after the name, or a generic \
            function's signature, `All[S ~[]E, E any](s S)`), and \
            `[text)(https://…)`, the text closed with `)` where `]` belongs, or `[text]](https://…)`, \
            closed twice, or `[text][https://…]`, \
            the address in square brackets, or `[text]（https://…）`, in full-width parentheses;
            - full-width punctuation in a web address, typed with a Chinese input method: a `？`, \
            `＆`, `＝`, `／`, `＃` or `：` where the address goes on in ASCII \
            (`https://mp.weixin.qq.com/s？__biz=…`, its query read as part of the path), and an \
            address written into Chinese text (`请求http://www.baidu.com：然后返回`), which \
            GitHub's autolink runs on into the punctuation and the words after it, up to the next \
            space (a `（` only after a page's name, a `/` or a bare host: `…/wiki/水星（行星）` may \
            name its page so), or words glued to the number of five digits or more ending its \
            path (`…/abs/1505.00387来自…`; a page named in Chinese starts after a `/`, a letter \
            or a year: `/wiki/C语言`, `/2019年度总结`);
            - a second address pasted into the destination after an encoded space (`….pdf%20(https://….pdf)`), \
            a scheme written twice (`http://https://…`), or one letter from `http` or `https` (`htts://`, `ttps://`, `hhttps://`), or its \
            separator short of a character (`http//openkg.cn`, `https:/a.example`): the link leads \
            nowhere (no fix: the help names `https://`, or `http://` when the scheme has no `s`, and the \
            rest of a mangled address needs a look too);
            - a link with an empty destination (`[chrome 插件]()`), which leads to the page itself: \
            a `warning`, and an `info` each when a file has three or more (its placeholders for links \
            still to come);
            - a relative link to a file that does not exist, resolved from the folder of the \
            Markdown file as a browser resolves it (`./images/../../images/a.png` passes through no folder \
            `images`; a link into a submodule that `.gitmodules` declares is not checked: a plain clone \
            leaves it empty) (skipped when the file is not on disk, e.g. standard input; \
            `#fragment` links, links from the repository root such as `/docs/a.md` and brackets in \
            TeX math (`$S[\\pi](s_t)$`, which GitHub renders as a formula) are not checked; a placeholder such as `[project-name](url)` or \
            `(link-to-octocats-solution)` or a slot named in capitals, `(A-KNOWLEDGE-CHECK-URL)`, in a template is an `info`, and a template's \
            destination of words with a space, `(link to your repository here)`, is no broken \
            link, nor is a site generator's tag or variable, `({{< relref "/a.md" >}})`, `({{site.baseurl}}/setup/)` under a site's configuration, nor a path that climbs \
            out of the repository to one of GitHub's pages of it, `(../../edit/master/readme.md)`, \
            `(../../issues)` from its root, or to a file at a commit, `(../../b3462e8…/solution.h)` from a \
            folder). When none of three or more such links leads to a file, the \
            Markdown file is not where its links were written for (a README copied or \
            downloaded out of its repository, a partial checkout): one `info` on the first \
            says so instead of an error per link; unless most of them exist from a folder \
            above, within the repository (a translation under `translations/` that copied the \
            README's links): those are broken where the file is, an error each, whose help names \
            the path that exists; a draft (`README.draft.md`, `drafts/…`) none of whose links leads to a \
            file from its folder, most of them from a folder above, was written for that folder: one `info`. A destination whose shape says what went wrong (a link written inside \
            it, `[paper]([arxiv.org](https://…))`, a stray bracket, an e-mail address) is an error each, \
            never folded so. In a collection a site generator builds (its configuration, `hugo.toml`, \
            `config.toml`, `_config.yml`, … in the file's folder or one above it), relative links that \
            lead to files only from the page's published address (`content/a/page.md` served at \
            `…/page/`) are one `info` for the page; links to published pages no file of the repository is \
            (`../std/prelude/index.html` in an mdBook: the API docs the site serves beside the book, \
            which its build checks) are not reported. A link to `./jest` or `jest.html` where only `jest.md` exists is an \
            `info` (one for the file when it writes three or more; none in a collection with its \
            site's configuration, `book.toml`, `mkdocs.yml`, `_config.yml`, `book.json`, in its folder \
            or one above it): a documentation site (Jekyll, Astro, MkDocs, mdBook) publishes the page there, \
            GitHub's file view does not (in a site's navigation, `_sidebar.md` or `SUMMARY.md`, it is \
            how the site links its pages, and not reported); so is a link of a file a site's `index.html` loads (in a \
            folder above it, up to four levels, naming it: docsify's `loadNavbar: 'docsify/navbar.md'`; \
            or any page below an `index.html` that sets up docsify, which resolves links from its root \
            unless `relativePath: true`) to a page that exists from that root, which is where the site resolves it (one \
            `info` for the file when it writes three or more; none in the site's navigation). A path written with `\\` (`img\\ch14\\a.png`) whose `/` form \
            exists is reported as such, an error each, without a fix; so is a `?` in a file's name \
            (`…Anthropic?.md` for `…Anthropic.md`), which starts a query.

            The fix joins a destination onto one line and removes the stray whitespace (safe), \
            removes spaces at the ends of a `<…>` destination and encodes the others as `%20` \
            (safe; not a space after `%`, `Error% 20Message`, an escape split in two whose space \
            is to be deleted by hand), adds `https://` to a `www.` \
            host (safe) or to another host (unsafe: it may be a folder), joins a URL broken \
            across lines back into a link (unsafe: the line break may have been meant), and removes \
            the space of `[text] (https://…)`, writes the `]` of `[text)(https://…)`, removes the second `]` \
            of `[text]](https://…)`, or writes the parentheses \
            of `[text][https://…]`, and puts a destination with spaces that names an existing file in \
            angle brackets, `(<docs/the observer.pdf>)` (unsafe: the address stops being shown); \
            it writes the ASCII character a full-width one stands for, and ends an address run on \
            into Chinese text with `<…>` (unsafe: the link changes; none when ideographs are glued \
            to a Latin name at the address's end, `…/hotswapsample中，…`, where the page's name \
            may end either side of them).
            """,
        rationale: """
            A broken link is the most common defect of a curated list and the one readers \
            notice first: the page shows raw brackets, or the link leads to a 404 on the \
            repository instead of the article.
            """,
        defaultSeverity: .error,
        fix: .safeOrUnsafe,
        options: [
            RuleOptionDescription(name: "check-files", summary: "report relative links to files that do not exist",
                                  defaultValue: true),
        ],
        triggeringExamples: [
            // Spaced destinations by habit: one finding.
            RuleExample("- [a](https://a.example/1↓ )\n- [b](https://a.example/2 )\n- [c](https://a.example/3 )\n- [d](https://a.example/4 )\n- [e](https://a.example/5 )\n- [f](https://a.example/6 )\n- [g](https://a.example/7 )\n- [h](https://a.example/8 )\n- [i](https://a.example/9 )\n- [j](https://a.example/10 )\n"),
            // A country's second-level domain without a scheme.
            RuleExample("- [uCoder](↓ucoder.com.br) - a community.\n"),
            RuleExample("The data was released by the [Parallel Meaning Bank](↓pmb.let.rug.nl).\n"),
            // A domain's words glued to it: the autolink takes them in (no fix: `<www.…>` is no autolink).
            RuleExample("- ↓www.baidu.com哪个是根域名，顶级域名：1\n"),
            // A misspelt scheme, a separator short of a character.
            RuleExample("- [Webhook.site](↓htts://webhook.site) - test webhooks\n"),
            RuleExample("| 知识图谱数据集 | [link](↓http//openkg.cn) |\n"),
            RuleExample("- [DoOnline](↓http://https://doonline.cc/) - collaborative editor\n"),
            RuleExample("**[1]** Vinyals. \"A neural conversational model.\" [[pdf]](↓https://arxiv.org/pdf/1506.05869.pdf%20(https://arxiv.org/pdf/1506.05869.pdf))\n"),
            // A link to nothing: the page itself.
            RuleExample("如果想看fps，可以借助第三方的 [chrome 插件]↓()来查看。\n"),
            RuleExample("3. [chatgpt](https://mp.weixin.qq.com/s?__biz=MzU1MzE2NzIzMg==&mid=2247491577&idx=1&sn=9247f63dc89f215ae5cc7bf476ffcec3#rd↓\n)\n"),
            RuleExample("1. [残差网络](↓ https://zhuanlan.zhihu.com/p/91385516)\n"),
            RuleExample("1. [残差网络](<https://zhuanlan.zhihu.com/p/91385516↓ >)\n"),
            RuleExample("[link](<https://a.example/p#:~:text=Error%↓ 20Message>)\n"),
            RuleExample("本书的作者开发了一个开源框架[beego](↓beego.me)，非常的有名。\n"),
            // A title where the address belongs: a link missing its URL.
            RuleExample("介绍：数学：↓[Mathematics for Computer Science](Mathematics for Computer Science)，2013。\n"),
            RuleExample("1. [模型参数量的计算](<https://www.cnblogs.com/future-dream/p/18504417↓ 模型参数量>)\n"),
            RuleExample("- [Interview List](<https://github.com/a/b/blob/master/Interview↓ List.md>)\n"),
            RuleExample("1. [模型参数量的计算](↓www.cnblogs.com/future-dream/p/18504417)\n"),
            RuleExample("2. [样本不均衡问题的解决](↓zhuanlan.zhihu.com/p/466994436)\n"),
            RuleExample("- 官网：[Grab](↓grab.careers)\n"),
            RuleExample("1. ↓[大语言模型的预训练RLHF](https://blog.csdn.net/sinat_39620217/article/\ndetails/131796342)\n"),
            RuleExample("1. ↓[模型显存占用分析](https://blog.51cto.com/welcomeweb/7213052 显存)\n"),
            RuleExample("1. ↓[模型显存占用分析](https://blog.51cto.com/welcomeweb/7213052\n"),
            RuleExample("- ↓[Python] (https://github.com/jwasham/practice-python)\n"),
            RuleExample("- ↓[0053. Maximum subarray)(https://leetcode.com/problems/maximum-subarray/)\n"),
            RuleExample("* ↓[Jpegli][https://github.com/google/jpegli] - an improved JPEG encoder and decoder.\n"),
        ],
        nonTriggeringExamples: [
            RuleExample("- [[Paper]](https://a.example/paper) - a link whose text is in brackets\n"),
            // Footnotes holding links: GitHub renders both.
            RuleExample("删除操作有两种方法[^1]，见 B+ 树[^5]。\n\n[^1]: [B树](https://a.example/b-tree)\n[^5]: [从 B 树谈到 R 树](https://a.example/r-tree)\n"),
            // A relative path with spaces, in angle brackets: valid, the file's name.
            RuleExample("- [x](<path with spaces.md> \"title\")\n", options: ["check-files": false]),
            // A name indexed in a sentence about code, then a remark: no link was meant.
            RuleExample("2. count characters with int[256](skip `c-'a'`)\n"),
            RuleExample("- func All[Slice ~[]E, E any](s Slice) iter.Seq2[int, E]\n- func Collect[K comparable, V any](seq iter.Seq2[K, V]) map[K]V\n"),
            // A page named with full-width brackets, and an address ended by a space.
            RuleExample("见 https://zh.wikipedia.org/wiki/水星（行星） 一文，或 https://baike.baidu.com/item/中文 。\n"),
            RuleExample("见 https://zh.wikipedia.org/wiki/C语言 与 https://a.example/search?q=20240101年 、https://a.example/2019年度总结 。\n"),
            // No address ends before the mark: no host is named yet.
            RuleExample("见https://gith？ub.com/a/b#readme\n"),
            // A pandoc citation key with its gloss in parentheses: no link was meant.
            RuleExample("巧妙地将多视图学习[@xu2013survey](multi-view\nlearning) 融入进来。\n"),
            // A site generator's tag fills the address in.
            RuleExample("- Learn the [template]({{< relref \"/ChapterThree/UnionFind.md\" >}}) first.\n"),
            // An interval, then a remark in parentheses: prose, shown as written.
            RuleExample("At the beginning, the solution space is [1, n](n is an integer greater than 1). We shrink it.\n"),
            // An entry's template in a contribution guide, its destination saying what goes there.
            RuleExample("Add a new line in the following format:\n\n* [Your language in native form (English name)](link to your repository here) — Your Name\n"),
            // Footnotes, as GitHub renders them: `Ibid.` is the note, not a file.
            RuleExample("A single-word footnote.[^1]\n\n[^1]: Ibid.\n"),
            RuleExample("推特的伸缩性挑战主要来自扇出[^ii]。\n\n[^ii]: 扇出：从电子工程学中借用的术语。\n"),
            RuleExample("1. [残差网络](https://zhuanlan.zhihu.com/p/91385516)\n"),
            RuleExample("1. [残差网络](https://zhuanlan.zhihu.com/p/91385516 \"知乎专栏\")\n"),
            RuleExample("![image | left](https://cdn.example.com/a.jpg \"\")\n[x](https://a.example/b '')\n"),
            RuleExample("1. [机器学习基础](#机器学习基础)\n"),
            RuleExample("1. [贡献指南](./CONTRIBUTING.md)\n2. ![图](images/arch.png)\n"),
            RuleExample("1. 写法：`[text](https://zhuanlan.zhihu.com/p/91385516`\n"),
            RuleExample("1. 转义：\\[text](https://zhuanlan.zhihu.com/p/91385516\n"),
            RuleExample("- [ ] 待补充 [残差网络](https://zhuanlan.zhihu.com/p/91385516)\n"),
            RuleExample("- Attention Is All You Need [1] (2017)\n- [ ] (https://a.example/todo)\n"),
            // The `)` closes a parenthesis of the text; a closed `[1]` before it is a citation.
            RuleExample("- [LeetCode (CN)(https://leetcode.cn) is the Chinese site\n- See [1] (notes)(https://a.example/notes)\n"),
        ],
        corrections: [
            // A host without its scheme, another address in its query: the scheme goes in front.
            RuleCorrection("- [View in browser](htmlpreview.github.io/?https://a.example/calc.html)\n",
                           "- [View in browser](https://htmlpreview.github.io/?https://a.example/calc.html)\n", unsafe: true),
            // A mark inside the host stands for no syntax: no fix.
            RuleCorrection("1. [文章](https://baijiahao.b？aidu.com/s?id=1765&wfr=spider)\n", "1. [文章](https://baijiahao.b？aidu.com/s?id=1765&wfr=spider)\n"),
            // A label's colon after Chinese words, before the next address: the sentence's, not the address's.
            RuleCorrection("补招：https://a.example/e1b/2022届暑期实习：https://a.example/e1g/ 北京\n", "补招：https://a.example/e1b/2022届暑期实习：https://a.example/e1g/ 北京\n"),
            RuleCorrection("- https://a.example：8080/x\n", "- https://a.example:8080/x\n", unsafe: true),
            // An ideographic space inside an address, its letters going on after it: no end is known.
            RuleCorrection("见 https://a.example/b#re　adme40218459\n", "见 https://a.example/b#re　adme40218459\n"),
            RuleCorrection("1. [文章](https://mp.weixin.qq.com/s？__biz=MzA5&mid=2247&idx=1)\n",
                           "1. [文章](https://mp.weixin.qq.com/s?__biz=MzA5&mid=2247&idx=1)\n", unsafe: true),
            RuleCorrection("浏览器请求http://www.baidu.com：然后返回页面。\n", "浏览器请求<http://www.baidu.com>：然后返回页面。\n", unsafe: true),
            // `sample中`: the repository's name and "in", or one page name: no fix.
            RuleCorrection("代码均在https://github.com/a/hotswapsample中，下面简单介绍。\n", "代码均在https://github.com/a/hotswapsample中，下面简单介绍。\n", unsafe: true),
            RuleCorrection("参考论文: https://arxiv.org/abs/1505.00387来自张馨宇的技巧\n", "参考论文: <https://arxiv.org/abs/1505.00387>来自张馨宇的技巧\n", unsafe: true),
            RuleCorrection("敬请关注我的博客(http://www.hollischuang.com)和公众号(Hollis)中，敬请期待。\n",
                           "敬请关注我的博客(<http://www.hollischuang.com>)和公众号(Hollis)中，敬请期待。\n", unsafe: true),
            RuleCorrection("- [govader](https://github.com/jonreiter/govader) 的Go实现(https://github.com/cjhutto/vaderSentiment)。\n",
                           "- [govader](https://github.com/jonreiter/govader) 的Go实现(<https://github.com/cjhutto/vaderSentiment>)。\n", unsafe: true),
            RuleCorrection("- [honeypots]（https://github.com/qeeqbox/honeypots） - 蜜罐\n", "- [honeypots](https://github.com/qeeqbox/honeypots) - 蜜罐\n", unsafe: true),
            RuleCorrection("3. [chatgpt](https://mp.weixin.qq.com/s?__biz=MzU1MzE2NzIzMg==&mid=2247491577&idx=1&sn=9247f63dc89f215ae5cc7bf476ffcec3#rd\n)\n",
                           "3. [chatgpt](https://mp.weixin.qq.com/s?__biz=MzU1MzE2NzIzMg==&mid=2247491577&idx=1&sn=9247f63dc89f215ae5cc7bf476ffcec3#rd)\n"),
            RuleCorrection("1. [残差网络](\n  https://zhuanlan.zhihu.com/p/91385516 )\n", "1. [残差网络](https://zhuanlan.zhihu.com/p/91385516)\n"),
            RuleCorrection("1. [模型参数量的计算](<https://www.cnblogs.com/future-dream/p/18504417 模型>)\n",
                           "1. [模型参数量的计算](<https://www.cnblogs.com/future-dream/p/18504417%20模型>)\n"),
            RuleCorrection("1. [残差网络](< https://zhuanlan.zhihu.com/p/91385516 >)\n", "1. [残差网络](<https://zhuanlan.zhihu.com/p/91385516>)\n"),
            RuleCorrection("1. [模型参数量的计算](www.cnblogs.com/future-dream/p/18504417)\n",
                           "1. [模型参数量的计算](https://www.cnblogs.com/future-dream/p/18504417)\n"),
            RuleCorrection("2. [样本不均衡问题的解决](zhuanlan.zhihu.com/p/466994436)\n",
                           "2. [样本不均衡问题的解决](https://zhuanlan.zhihu.com/p/466994436)\n", unsafe: true),
            RuleCorrection("1. [大语言模型的预训练RLHF](https://blog.csdn.net/sinat_39620217/article/\n   details/131796342)\n",
                           "1. [大语言模型的预训练RLHF](https://blog.csdn.net/sinat_39620217/article/details/131796342)\n", unsafe: true),
            RuleCorrection("- [Python] (https://github.com/jwasham/practice-python)\n",
                           "- [Python](https://github.com/jwasham/practice-python)\n", unsafe: true),
            RuleCorrection("- [0053. Maximum subarray)(https://leetcode.com/problems/maximum-subarray/)\n",
                           "- [0053. Maximum subarray](https://leetcode.com/problems/maximum-subarray/)\n", unsafe: true),
            RuleCorrection("- [Prioritize Opportunities]](https://a.example/prioritize) - by Teresa Torres.\n",
                           "- [Prioritize Opportunities](https://a.example/prioritize) - by Teresa Torres.\n", unsafe: true),
            RuleCorrection("* [Jpegli][https://github.com/google/jpegli] - a JPEG library.\n",
                           "* [Jpegli](https://github.com/google/jpegli) - a JPEG library.\n", unsafe: true),
        ],
        fixSafety: """
            Joining a destination deletes only whitespace and line breaks, and only when the destination bytes \
            are the destination itself: inside a quote or list the next line starts with a marker (`>`), which \
            must not become part of the URL, and a bare destination holding a parenthesis is left alone. \
            Adding `https://` happens once (a destination with a scheme is never reported). Joining a URL \
            broken across lines is unsafe: the line break may have been meant. It is offered only when the \
            joined address is printable ASCII (CJK text in a broken destination is as likely prose the page \
            shows), when no tracking parameter starts before the first break (joining, then removing it, \
            would lose the address the page showed), and when the closing `)` is not glued to a word \
            (`5)more` is a list number or text).
            """,
        emittedSeverities: [.error, .warning, .info]
    )

    let checkFiles: Bool

    public init(options: RuleOptions) {
        checkFiles = options.bool("check-files")
    }

    /// Each link is judged alone, except whether relative links to files lead anywhere, which
    /// is judged over the whole document (`FileLinks`): then only if it has no such link.
    public func judgesChunksAlone(in file: MarkdownFile) -> Bool {
        guard checkFiles else { return true }
        let links = file.document.links
        return !links.indices.contains { Self.mayLinkFile(links[$0]) }
    }

    /// A link `destinationViolation` may count as a relative link to a file.
    static func mayLinkFile(_ link: Link) -> Bool {
        guard link.kind == .inline || link.kind == .reference else { return false }
        let destination = link.destination
        guard let first = destination.utf8.first, first != UInt8(ascii: "#"), first != UInt8(ascii: "/"),
              !destination.hasPrefix("https://"), !destination.hasPrefix("http://") else { return false }
        return !ParsedURL(destination).hasScheme
    }

    public func check(_ file: MarkdownFile) -> [Violation] {
        var violations: [Violation] = []
        let folder = checkFiles ? LinkFormatRule.folderOnDisk(of: file.path) : nil
        var files = FileLinks()
        files.siteRoot = folder.flatMap { Self.siteRoot(loading: file.path, above: $0) }
        let links = file.document.links, source = file.source
        // A docsify sidebar links its pages by their routes (`chapter1/chapter1`), as docsify wants.
        let isNavigation = ProjectDocuments.isSiteNavigation(file)
        // By position: iterating would copy every link (three strings to retain and release).
        var tidying: [Violation] = []
        for index in links.indices {
            for violation in whitespaceViolations(links[index], source: source) {
                if violation.severity == .info, violation.message.hasPrefix("whitespace ") { tidying.append(violation) } else { violations.append(violation) }
            }
            if let violation = destinationViolation(links[index], source: source, folder: folder, anchors: file.document.anchors,
                                                    isNavigation: isNavigation, files: &files) {
                violations.append(violation)
            }
        }
        violations += Self.spacingFindings(tidying)
        violations += files.violations(folder: folder, page: file.path)
        violations += emptyDestinationViolations(file.document)
        violations += brokenLinkViolations(file.document, folder: folder)
        let spaced = SpacedLinkText.findings(in: file.document)
        violations += spaced.map { finding in
            Violation(range: finding.range, message: finding.message, fix: finding.fix)
        }
        // `[x]（https://…）` is the spaced text's finding, reported once.
        violations += FullWidthAddresses.findings(in: file.document).filter { finding in
            !spaced.contains { $0.range.contains(finding.range.start) }
        }.map { Violation(range: $0.range, message: $0.message, severity: $0.isExample ? .info : nil, fix: $0.fix, help: $0.help) }
        violations += MisclosedLinkText.findings(in: file.document).map { finding in
            Violation(range: finding.range, message: finding.shape.message,
                      fix: .unsafe(finding.shape.fixTitle, finding.edits, rewrites: [.hideShownURL(finding.url)]))
        }
        return violations
    }

    /// `name@host.tld`: one `@`, a dotted host after it, no path.
    static func isEmailAddress(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, !text.contains("/"), !text.contains(" ") else { return false }
        let labels = parts[1].split(separator: ".", omittingEmptySubsequences: false)
        return labels.count >= 2 && labels.allSatisfy { !$0.isEmpty && $0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") } }
    }

    /// How many folders a relative path climbs before it names one of GitHub's pages of a
    /// repository (`../../edit/master/readme.md`, `../../issues`, `../../wiki/Home`), two or
    /// more; nil otherwise. From a file's page (`/owner/repo/blob/main/docs/x.md`), a folder's
    /// depth in the repository plus two reaches `/owner/repo/`.
    static func gitHubRouteLevels(_ target: String) -> Int? {
        var rest = Substring(target)
        if rest.hasPrefix("./") { rest = rest.dropFirst(2) }
        var levels = 0
        while rest.hasPrefix("../") { rest = rest.dropFirst(3); levels += 1 }
        guard levels >= 2 else { return nil }
        let page = rest.prefix { $0 != "/" }.lowercased()
        return gitHubRepositoryPages.contains(page) ? levels : nil
    }

    /// How many folders below the root of its repository (the nearest folder above holding
    /// `.git`, within six) `folder` is; nil outside a repository.
    static func depthInRepository(_ folder: String) -> Int? {
        var current = URL(fileURLWithPath: folder).standardizedFileURL
        for depth in 0...6 {
            if FileSystem.kind(of: current.appendingPathComponent(".git").path) != .missing { return depth }
            let parent = current.deletingLastPathComponent()
            guard parent.path != current.path else { return nil }
            current = parent
        }
        return nil
    }

    /// How many folders `../../b3462e8…/27. Symmetric Tree/solution.h` climbs before a commit's
    /// id (7 to 40 hex digits): from a file's page (`/owner/repo/blob/main/sub/x.md`), a folder's
    /// depth in the repository plus one reaches `/owner/repo/blob/`, so the link is the file at
    /// that commit on GitHub. Nil otherwise.
    static func commitPinnedLevels(_ target: String) -> Int? {
        var rest = Substring(target)
        var levels = 0
        while rest.hasPrefix("../") { rest = rest.dropFirst(3); levels += 1 }
        let commit = rest.prefix { $0 != "/" }
        // (A date, `20230101`, has no letter.)
        guard levels >= 1, (7...40).contains(commit.count), commit.allSatisfy(\.isHexDigit), commit.contains(where: \.isNumber),
              commit.contains(where: \.isLetter),
              rest.dropFirst(commit.count).first == "/" else { return nil }
        return levels
    }

    static let gitHubRepositoryPages: Set<String> = [
        "edit", "blob", "tree", "raw", "blame", "commits", "commit", "compare", "issues", "pulls", "pull", "wiki",
        "discussions", "releases", "tags", "actions", "projects", "security", "pulse", "graphs", "network",
        "stargazers", "watchers", "forks", "fork", "labels", "milestones", "new", "upload", "find", "search",
    ]

    /// A site generator's tag (Hugo's `{{< relref "…" >}}`, Liquid's `{% link … %}`, `{{ site.url }}`).
    /// `{{site.baseurl}}/a/`, `{{ page.url }}`: a `{{ … }}` expression anywhere in the destination.
    static func holdsTemplateVariable(_ destination: String) -> Bool {
        guard let open = destination.range(of: "{{") else { return false }
        return destination[open.upperBound...].contains("}}")
    }

    static func isTemplateTag(_ destination: String) -> Bool {
        (destination.hasPrefix("{{") && destination.hasSuffix("}}")) || (destination.hasPrefix("{%") && destination.hasSuffix("%}"))
    }

    /// `[chrome 插件]()`: a link with nothing between its parentheses, which leads to the page
    /// itself: a warning. Three or more in a file are its placeholders for links still to come
    /// (`[第3章]()` in a plan): an info each.
    func emptyDestinationViolations(_ document: Document) -> [Violation] {
        let source = document.source
        let links = document.links
        // By position: a link is copied only when its destination is empty.
        let empty = links.indices.lazy.filter { links[$0].destination.isEmpty }.map { links[$0] }.filter { link in
            guard link.kind == .inline, link.range.end >= 2, link.range.end <= source.bytes.count else { return false }
            // Written `()` (not `(<>)` or `("title")`).
            return source.bytes[link.range.end - 2] == UInt8(ascii: "(") && source.bytes[link.range.end - 1] == UInt8(ascii: ")")
        }
        let arePlaceholders = empty.count >= Self.emptyDestinationPlaceholders
        return empty.map { link in
            let message = "expected a destination, found '()': the \(link.isImage ? "image" : "link")"
                + (link.text.isEmpty ? "" : " '\(link.text.trimmedWhitespace.quoted(upTo: 40))'") + (link.isImage ? " shows nothing" : " leads to this page itself")
            // `[![Publish](https://img.shields.io/badge/Conference-ICML'23-blue)]()`: a badge
            // shown as a label (a paper list's generator writes them so); its link goes nowhere
            // new, and nothing is lost: an info, whatever the count.
            if !link.isImage, ItemFormatRule.isImageOnly(link, images: links, in: source) {
                return Violation(range: SourceRange(link.range.end - 2, link.range.end), message: message, severity: .info,
                                 help: ["a badge shown as a label: remove the link around the image, or write the address it should lead to"])
            }
            return Violation(range: SourceRange(link.range.end - 2, link.range.end), message: message,
                             severity: arePlaceholders ? .info : .warning,
                             help: arePlaceholders ? ["\(empty.count) links of this file have no destination: placeholders for links still to come?"]
                               : ["write the address between the parentheses, or remove the brackets"])
        }
    }

    /// `htts://`, `ttps://`, `hhttps://`: a scheme one letter from `http` or `https`, before
    /// `://`, or `http//`, `https:/` with the separator short of a character; the prefix as
    /// written and the one meant (`https://` when it has an `s`). `hxxp://` (a defanged
    /// address) and `ftp://` are two letters off, and left alone.
    /// `%20(` or `%20` before a second web address inside a web destination (an encoded space
    /// and the address again, pasted with the first); nil when there is none. A redirect's or an
    /// archive's address (`?url=https://…`, `web.archive.org/web/2020/https://…`) has no space before it.
    static func secondAddress(in destination: String) -> String? {
        guard destination.utf8.count > 12, destination.utf8.starts(with: "http".utf8) else { return nil }
        // On the bytes first: nearly every destination holds no encoded space.
        guard destination.utf8.contains(UInt8(ascii: "%")), destination.containsBytes("%20") else { return nil }
        let lowered = destination.lowercased()
        for glue in ["%20(", "%20"] {
            for scheme in ["https://", "http://"] where lowered.contains(glue + scheme) { return glue }
        }
        return nil
    }

    /// `http://https://…`, `https://http//…`: a web scheme written twice, the second one as
    /// copied with the address; nil when it is not.
    static func doubledWebScheme(_ destination: String) -> String? {
        // Told on one byte: the letter after the first scheme is an `h` only where it repeats
        // (or for a host such as `hn.algolia.com`).
        let utf8 = destination.utf8
        let first: String
        if utf8.starts(with: "https://".utf8) { first = "https://" } else if utf8.starts(with: "http://".utf8) { first = "http://" } else { return nil }
        guard let letter = utf8.dropFirst(first.utf8.count).first, letter | 0x20 == UInt8(ascii: "h") else { return nil }
        let rest = utf8.dropFirst(first.utf8.count).prefix(8).map { $0 | 0x20 }
        guard let second = ["https://", "http://", "https//", "http//", "https:/", "http:/"].first(where: { rest.starts(with: $0.utf8) }) else { return nil }
        return String(destination.prefix(first.utf8.count + second.utf8.count))
    }

    /// `https://doi.org/https://doi.org/10.5194/…`, `https://doi.org/http://doi.org/…`: a web
    /// address whose path starts with a web address of the same host; the first one (scheme,
    /// host and `/`). An archive's or a proxy's address holding another site's
    /// (`https://web.archive.org/web/2020/https://a.example/`) is no repeat.
    static func repeatedAddressPrefix(_ destination: String) -> String? {
        let utf8 = destination.utf8
        let scheme: Int
        if utf8.starts(with: "https://".utf8) { scheme = 8 } else if utf8.starts(with: "http://".utf8) { scheme = 7 } else { return nil }
        guard let slash = utf8.dropFirst(scheme).firstIndex(of: UInt8(ascii: "/")) else { return nil }
        let host = utf8[utf8.index(utf8.startIndex, offsetBy: scheme)..<slash]
        let path = utf8[utf8.index(after: slash)...]
        // Told on one byte: a path rarely starts with an `h`.
        guard !host.isEmpty, let letter = path.first, letter | 0x20 == UInt8(ascii: "h") else { return nil }
        let inner: Int
        if path.starts(with: "https://".utf8) { inner = 8 } else if path.starts(with: "http://".utf8) { inner = 7 } else { return nil }
        let innerHost = path.dropFirst(inner).prefix { $0 != UInt8(ascii: "/") }
        guard innerHost.count == host.count, zip(innerHost, host).allSatisfy({ $0 | 0x20 == $1 | 0x20 }),
              path.dropFirst(inner + innerHost.count).first == UInt8(ascii: "/") else { return nil }
        return String(destination.prefix(scheme + host.count + 1))
    }

    static func misspeltWebScheme(_ destination: String) -> (String, String)? {
        // Nearly every destination starts with a web scheme written right, or none: told on the
        // first bytes (a bank has a link per item).
        let bytes = destination.utf8
        if bytes.starts(with: "https://".utf8) || bytes.starts(with: "http://".utf8) { return nil }
        guard bytes.contains(UInt8(ascii: "/")), let first = bytes.first, first | 0x20 >= UInt8(ascii: "a"), first | 0x20 <= UInt8(ascii: "z") else { return nil }
        // `http//openkg.cn`, `https:/a.example`: the separator lost a character.
        let lowercased = destination.lowercased()
        for scheme in ["https", "http"] {
            for broken in [scheme + "//", scheme + ":/"] where lowercased.hasPrefix(broken) && !lowercased.hasPrefix(scheme + "://") {
                let rest = destination.dropFirst(broken.count)
                guard let first = rest.first, first.isLetter || first.isNumber else { continue }
                return (String(destination.prefix(broken.count)), scheme + "://")
            }
        }
        guard let separator = destination.range(of: "://") else { return nil }
        let scheme = String(destination[..<separator.lowerBound])
        let lowered = scheme.lowercased()
        guard !lowered.isEmpty, lowered.count <= 7, lowered.allSatisfy({ $0.isASCII && $0.isLetter }), lowered != "http", lowered != "https" else { return nil }
        let near = [editDistance(Array(lowered), Array("https"), atMost: 1), editDistance(Array(lowered), Array("http"), atMost: 1)]
        guard near.contains(where: { $0 != nil }) else { return nil }
        return (scheme + "://", lowered.contains("s") ? "https://" : "http://")
    }

    /// How many empty destinations make a file's placeholders.
    static let emptyDestinationPlaceholders = 3

    /// The relative links to files, as they are resolved: when none of several leads to a file,
    /// the Markdown file is not where its links were written for (a README downloaded or copied
    /// out of its repository, a partial checkout), and one `info` says so instead of an error per
    /// link. When most missing targets exist from a folder above (a translation under
    /// `translations/` that copied the README's links), the links are broken where the file is:
    /// each is an error, with a help line naming that folder.
    struct FileLinks {
        var resolved = 0
        /// The root of the documentation site that loads the file, when one does.
        var siteRoot: String?
        /// The configuration of the site that builds the file (`book.toml`), once looked for.
        var siteConfiguration: String??
        /// The repository's submodules (`.gitmodules`), read when a link's file is missing.
        var submodules: [String]?
        /// Links naming a page by its address on a documentation site (`ch01.html` for `ch01.md`).
        var sitePages: [(target: String, page: String, range: SourceRange)] = []
        /// Links written from the root of the docsify site that loads the file, not from its folder.
        var siteRootLinks: [(target: String, root: String, range: SourceRange)] = []
        /// From this many such links on, the file's habit is one finding.
        static let sitePageHabit = 3
        var missing: [(target: String, violation: Violation)] = []
        /// Links to a file with a `/` after its name (`questions.md/#Python`).
        var slashedFiles: [(target: String, range: SourceRange)] = []

        /// Below this many relative file links, each missing one is reported.
        static let detachedMinimum = 3
        /// Folders above the file's that are tried, up to the repository's root.
        static let ancestorLevels = 3

        func violations(folder: String?, page: String) -> [Violation] {
            pageAddressViolations() + siteRootViolations() + slashedFileViolations() + fileViolations(folder: folder, page: page)
        }

        /// Each link to a file followed by a `/`, or one finding for a file that writes them so:
        /// they work where most collections are read.
        private func slashedFileViolations() -> [Violation] {
            let help = "GitHub and GitLab open the file; a local viewer, an editor's preview or a site asks for a folder of that name. Remove the '/' after the file's name"
            guard slashedFiles.count >= Self.sitePageHabit, let first = slashedFiles.first else {
                return slashedFiles.map { target, range in
                    Violation(range: range, message: "linked file '\(target)' is the file '\(target.dropLast())' with a '/' after its name",
                              severity: .info, help: [help])
                }
            }
            return [Violation(range: first.range,
                              message: "\(slashedFiles.count) links name a file with a '/' after its name ('\(first.target)' the first)",
                              severity: .info, help: [help])]
        }

        /// Each link written from the site's root, or one finding for a file that writes them so.
        private func siteRootViolations() -> [Violation] {
            let help = "a site (docsify) resolves links from the folder of its index.html; GitHub resolves them from this file's folder"
            guard siteRootLinks.count >= Self.sitePageHabit, let first = siteRootLinks.first else {
                return siteRootLinks.map { target, root, range in
                    Violation(range: range,
                              message: "linked file '\(target)' is not in this file's folder, but in the documentation site's root '\(root)': the address of its page on the site",
                              severity: .info, help: [help])
                }
            }
            return [Violation(range: first.range,
                              message: "\(siteRootLinks.count) links are written from the documentation site's root '\(first.root)', not from this file's folder ('\(first.target)' the first)",
                              severity: .info, help: [help + ": they work on the site, not in GitHub's file view"])]
        }

        /// Each link naming a page by its site address, or one finding for a file that writes them so.
        private func pageAddressViolations() -> [Violation] {
            guard sitePages.count >= Self.sitePageHabit, let first = sitePages.first else {
                return sitePages.map { target, page, range in
                    Violation(range: range, message: "linked file '\(target)' does not exist, '\(page)' does: the address of its page on a documentation site",
                              severity: .info, help: ["link '\(page)' if the collection is read on GitHub, which opens a file only by its whole name"])
                }
            }
            return [Violation(range: first.range,
                              message: "\(sitePages.count) links name pages by their addresses on a documentation site ('\(first.target)' for '\(first.page)' the first)",
                              severity: .info,
                              help: ["GitHub's file view opens a file only by its whole name; a site (mdBook, MkDocs, Jekyll) publishes each page at such an "
                                     + "address. Link the '.md' files if the collection is read on GitHub"])]
        }

        private func fileViolations(folder: String?, page: String) -> [Violation] {
            // `[prelude](../std/prelude/index.html)` in a book a site generator builds (`book.toml`
            // above): a page the published site holds beside the book (another book, the API
            // docs), which no file of the repository is, and which the site's own build checks.
            if let folder, missing.contains(where: { Self.namesAPublishedPage($0.target) }), SiteGenerators.configuration(above: folder) != nil {
                return FileLinks(resolved: resolved, missing: missing.filter { !Self.namesAPublishedPage($0.target) })
                    .fileViolations(folder: folder, page: page)
            }
            // `../assets/0.png` in `content/channel/2-底层结构.md` of a Hugo site: read from the
            // page's published address (`…/2-底层结构/`), the file is there; only GitHub's file
            // view, which reads it from the page's folder, misses it.
            // Only in a collection built by a site generator (its configuration found above the file).
            if let folder, case let stem = Self.stem(of: page), !stem.isEmpty, !missing.isEmpty, SiteGenerators.configuration(above: folder) != nil {
                let pageFolder = LinkFormatRule.join(folder, stem)
                // Folded by hand: the page's folder does not exist on disk, so `..` cannot pass through it.
                let published = Set(missing.map(\.target).filter { LinkFormatRule.isPublished(LinkFormatRule.join(pageFolder, $0)) })
                if !published.isEmpty, published.count == Set(missing.map(\.target)).count {
                    let first = missing[0]
                    let path = LinkFormatRule.shortestRelativePath(stem + "/" + first.target)
                    return [Violation(range: first.violation.range,
                                      message: "\(missing.count == 1 ? "the relative link" : "the \(missing.count) relative links") to files ('\(first.target)' the first) lead\(missing.count == 1 ? "s" : "") to no file from this page's folder, "
                                        + "but to '\(path)' from its published address ('\(stem)/', as a site generator serves the page)",
                                      severity: .info,
                                      help: ["GitHub's file view reads links from the page's folder and misses the files; a site built from the page (Hugo, Jekyll's pretty URLs, MkDocs' directory URLs) finds them"])]
                }
            }
            if let (levels, found) = writtenFor(folder) {
                let up = String(repeating: "../", count: levels)
                let place = levels == 1 ? "one folder" : "\(levels) folders"
                // `docs/readme-revamp/README.draft.md` linking `docs/data/manifest.json`: no link
                // leads anywhere from here, every one from the folder above: a draft of a page
                // there, whose links work where it goes. One finding. (A translation read where
                // it is, `translations/README-ja.md`, has its links broken for its readers: below.)
                if ProjectDocuments.isDraft(page), resolved == 0, missing.count >= Self.detachedMinimum,
                   let first = missing.first(where: { found.contains($0.target) }) {
                    let path = LinkFormatRule.shortestRelativePath(up + first.target, folderName: URL(fileURLWithPath: folder ?? ".").standardizedFileURL.lastPathComponent)
                    let leading = missing.count(where: { found.contains($0.target) })
                    let share = leading == missing.count ? "every one does" : "\(leading) of them do"
                    return [Violation(range: first.violation.range,
                                      message: "none of the \(missing.count) relative links to files leads to a file from this folder, and \(share) when read from \(place) up "
                                        + "('\(first.target)' is '\(path)' from here): the draft was written for that folder, so they are not reported one by one",
                                      severity: .info,
                                      help: ["if the file stays here, write its links from this folder (prefix them with '\(up)')"])]
                }
                return missing.map { target, violation in
                    guard found.contains(target) else { return violation }
                    let path = LinkFormatRule.shortestRelativePath(up + target, folderName: URL(fileURLWithPath: folder ?? ".").standardizedFileURL.lastPathComponent)
                    return Violation(range: violation.range, message: violation.message, severity: violation.severity,
                                     help: ["'\(path)' exists: the link was written for a file \(place) up (a copy or a translation moved into this folder?)"])
                }
            }
            guard resolved == 0, missing.count >= Self.detachedMinimum, let first = missing.first else { return missing.map(\.violation) }
            let message = "none of the \(missing.count) relative links to files leads to a file ('\(first.target)' is the first): "
                + "they were written for another place or layout (a copy of the file, a site generator, a note-taking app's page names), "
                + "so they are not reported one by one"
            return [Violation(range: first.violation.range, message: message, severity: .info)]
        }

        /// `../std/prelude/index.html`, `../ch02.html#x`: an address of a site's page (`.html`).
        static func namesAPublishedPage(_ target: String) -> Bool {
            let path = target.prefix { $0 != "#" && $0 != "?" }.lowercased()
            return path.hasSuffix(".html") || path.hasSuffix(".htm")
        }

        /// `content/channel/2-底层结构.md` → `2-底层结构`: the file's name without its extension.
        static func stem(of path: String) -> String {
            let name = path.split(separator: "/").last.map(String.init) ?? path
            guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return name }
            return String(name[..<dot])
        }

        /// The nearest folder above `folder` (how many levels up) from which at least half of the
        /// missing targets exist, and those targets; nil when there is none, within
        /// `ancestorLevels` and the repository (a folder holding `.git` is the last one tried).
        private func writtenFor(_ folder: String?) -> (levels: Int, found: Set<String>)? {
            guard let folder, !missing.isEmpty else { return nil }
            var current = URL(fileURLWithPath: folder).standardizedFileURL
            if FileSystem.kind(of: current.appendingPathComponent(".git").path) != .missing { return nil }
            for levels in 1...Self.ancestorLevels {
                let parent = current.deletingLastPathComponent()
                guard parent.path != current.path else { return nil }
                current = parent
                let found = Set(missing.map(\.target).filter { FileSystem.kind(of: LinkFormatRule.join(current.path, $0)) != .missing })
                if !found.isEmpty, found.count * 2 >= Set(missing.map(\.target)).count { return (levels, found) }
                if FileSystem.kind(of: current.appendingPathComponent(".git").path) != .missing { return nil }
            }
            return nil
        }
    }

    // MARK: whitespace around and inside the destination

    private func whitespaceViolations(_ link: Link, source: SourceText) -> [Violation] {
        let bytes = source.bytes
        guard link.kind == .inline, let destination = link.destinationRange, let text = link.textRange,
              text.end + 1 < bytes.count, bytes[text.end + 1] == UInt8(ascii: "("),
              link.range.end >= 1, bytes[link.range.end - 1] == UInt8(ascii: ")") else { return [] }
        let open = text.end + 1, close = link.range.end - 1
        let isAngle = destination.start > open + 1 && bytes[destination.start - 1] == UInt8(ascii: "<")
            && destination.end < close && bytes[destination.end] == UInt8(ascii: ">")
        var violations: [Violation] = []
        let leading = SourceRange(open + 1, isAngle ? destination.start - 1 : destination.start)
        // Only whitespace may go, and only when the destination bytes are the destination: in a
        // quote or list the line break is followed by a marker that must stay out of the URL.
        let isWhitespace = { (range: SourceRange) in
            bytes[range.start..<range.end].allSatisfy { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") || $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\r") }
        }
        // A parenthesis in a bare destination only parses balanced and away from the line end.
        // Asked only of a link with whitespace to report (it builds a string).
        func joinable() -> Bool {
            source.string(in: destination) == link.destination && (isAngle || !link.destination.contains { $0 == "(" || $0 == ")" })
        }
        // A line break inside the parentheses splits the link over two lines; spaces on one line
        // (`(https://redis.io/topics/transactions )`) render the same link: worth tidying only.
        func spacing(_ range: SourceRange, place: String) -> Violation {
            let breaksLine = source.bytes[range.start..<range.end].contains(UInt8(ascii: "\n"))
            let fix: Fix? = isWhitespace(range) && joinable()
                ? .safe(breaksLine ? "join the destination onto one line" : "remove the whitespace \(place)", [.delete(range)]) : nil
            return Violation(range: range, message: describe(range, in: source, place: place),
                             severity: breaksLine || !isWhitespace(range) ? .warning : .info, fix: fix)
        }
        if !leading.isEmpty {
            violations.append(spacing(leading, place: "after '('"))
        }
        if link.title == nil {
            let trailing = SourceRange(isAngle ? destination.end + 1 : destination.end, close)
            // `(url "")`: an empty title, which the space before it separates from the URL.
            let isEmptyTitle = ["\"\"", "''", "()"].contains(source.string(in: trailing).trimmedWhitespace)
            if !trailing.isEmpty, !isEmptyTitle {
                violations.append(spacing(trailing, place: "before ')'"))
            }
        }
        if isAngle {
            let isSpace = { (offset: Int) in bytes[offset] == UInt8(ascii: " ") || bytes[offset] == UInt8(ascii: "\t") }
            var inner = destination.start..<destination.end
            while let first = inner.first, isSpace(first) { inner = inner.dropFirst() }
            while let last = inner.last, isSpace(last) { inner = inner.dropLast() }
            // Spaces at the ends were never meant; spaces between words are part of the URL.
            var edits = [SourceRange(destination.start, max(inner.lowerBound, destination.start)),
                         SourceRange(min(inner.upperBound, destination.end), destination.end)]
                .filter { !$0.isEmpty }.map(Edit.delete)
            edits += inner.filter(isSpace).map { Edit(range: SourceRange($0, $0 + 1), replacement: "%20") }
            // `Error% 20Message`: an escape split by a space (a translation tool's doing). Encoding
            // the space writes `%%2020`, which keeps the link as it is and repairs nothing: the
            // space is to be deleted, which changes the link, a human's call.
            let splitsAnEscape = inner.contains { isSpace($0) && $0 > inner.lowerBound && bytes[$0 - 1] == UInt8(ascii: "%") }
            let escapeHelp = splitsAnEscape ? ["'% ' splits a percent escape (`%20` written `% 20`): delete the space after '%'"] : []
            func encoding(_ title: String) -> Fix? { splitsAnEscape ? nil : .safe(title, edits) }
            let endsClean = inner.lowerBound == destination.start && inner.upperBound == destination.end
            if endsClean, !ParsedURL(link.destination).hasScheme {
                // `<file name.md>` is valid CommonMark and renders: spaces between the words of a
                // relative path are a file name, written as the format allows. Not reported.
            } else if endsClean, let first = inner.first(where: isSpace),
                      bytes[first..<inner.upperBound].contains(where: { "/.?#=&".utf8.contains($0) }) {
                // `<https://…/Interview List.md>`: the path goes on after the space, so the space
                // is the file's name. GitHub renders a working link (the browser encodes the
                // space), but a URL has no spaces: copied elsewhere it breaks. Words after a
                // whole URL (`<https://…/18504417 模型参数量>`) are a title glued on: an error.
                violations.append(Violation(range: SourceRange(first, first + 1),
                                            message: "space inside the URL: it works in `<…>`, but a URL has no spaces (copied elsewhere it breaks)",
                                            severity: .info,
                                            fix: encoding("encode the spaces as %20"), help: escapeHelp))
            } else if let first = (destination.start..<destination.end).first(where: isSpace) {
                violations.append(Violation(range: SourceRange(first, first + 1), message: "space inside the link destination",
                                            fix: encoding("remove or encode the spaces as %20"), help: escapeHelp))
            }
        }
        return violations
    }

    /// Spaces inside the parentheses around destinations, one finding each; from `spacingHabit`
    /// of them on, the file's way of writing its links (`[百度云链接](https://pan.baidu.com/s/… )` on
    /// every entry), which render the same: one finding, whose fix tidies them all.
    static func spacingFindings(_ found: [Violation]) -> [Violation] {
        guard found.count >= spacingHabit, let first = found.first else { return found }
        let fixes = found.compactMap(\.fix)
        return [Violation(range: first.range,
                          message: "whitespace inside the parentheses of \(found.count) link destinations (the first here): the links render the same, so this is the file's habit, worth tidying only",
                          severity: .info,
                          fix: fixes.isEmpty ? nil : .safe("remove the whitespace around the destinations", fixes.flatMap(\.edits)))]
    }

    /// From this many spaced destinations on, a file's habit: one finding.
    static let spacingHabit = 10

    private func describe(_ range: SourceRange, in source: SourceText, place: String) -> String {
        source.bytes[range.start..<range.end].contains(UInt8(ascii: "\n"))
            ? "line break \(place) of the link destination" : "whitespace \(place) of the link destination"
    }

    // MARK: where the destination leads

    private func destinationViolation(_ link: Link, source: SourceText, folder: String?, anchors: HeadingAnchors,
                                      isNavigation: Bool, files: inout FileLinks) -> Violation? {
        guard link.kind == .inline || link.kind == .reference else { return nil }
        let destination = link.destination
        if let glued = Self.secondAddress(in: destination) {
            // `…/1506.05869.pdf%20(https://arxiv.org/pdf/1506.05869.pdf)`: a note pasted into the
            // destination; the address with it is no document.
            let start = link.destinationRange?.start ?? link.range.start
            return Violation(
                range: SourceRange(start, link.destinationRange.map { max($0.end, start) } ?? link.range.end),
                message: "expected one address, found a second one after '\(glued)': the link leads to both written as one, which is no page",
                help: ["keep the address before '\(glued)'"])
        }
        if let doubled = Self.doubledWebScheme(destination) {
            // `http://https://doonline.cc/…`: the browser takes `https` for a host. No fix: which
            // scheme the site serves needs a look.
            let start = link.destinationRange?.start ?? link.range.start
            return Violation(
                range: SourceRange(start, link.destinationRange.map { max($0.end, start) } ?? link.range.end),
                message: "expected one scheme, found '\(doubled)': the address is written with two, so the link leads nowhere",
                help: ["keep the second scheme (the address as copied) and remove the first"])
        }
        if let repeated = Self.repeatedAddressPrefix(destination), let range = link.destinationRange {
            // `https://doi.org/https://doi.org/10.5194/…`: the address pasted after its own host.
            let edits = [Edit(range: SourceRange(range.start, range.start + repeated.utf8.count), replacement: "")]
            let isWritten = source.string(in: SourceRange(range.start, min(range.end, range.start + repeated.utf8.count))) == repeated
            return Violation(
                range: SourceRange(range.start, max(range.end, range.start)),
                message: "expected one address, found '\(repeated)' written twice: the link asks the site for a page named by its own address",
                // (A warning: a resolver may still strip its own address; the link is written wrong either way.)
                severity: .warning,
                fix: isWritten ? .unsafe("remove the first '\(repeated)'", edits, rewrites: [.dropRepeatedPrefix]) : nil)
        }
        if let (misspelt, correct) = Self.misspeltWebScheme(destination) {
            let start = link.destinationRange?.start ?? link.range.start
            let what = misspelt.hasSuffix("://") ? "a misspelt scheme" : "the scheme's ':' or '/' missing"
            // No fix: a mangled address may have lost more than its scheme's letters.
            return Violation(
                range: SourceRange(start, link.destinationRange.map { max($0.end, start) } ?? link.range.end),
                message: "expected \(correct), found '\(misspelt)': \(what), so the link leads nowhere",
                help: ["write '\(correct)' and check the rest of the address"])
        }
        let url = ParsedURL(destination)
        guard !url.hasScheme, !destination.isEmpty, !destination.hasPrefix("#"), !destination.hasPrefix("/") else { return nil }
        // `$S[\pi_\theta](s_t)$`: a formula's brackets, which GitHub renders as math.
        if MathSpans.contains(link.range.start, in: source) { return nil }
        let target = ParsedURL.percentDecoded(url.path, keeping: "/")
        let start = link.kind == .inline ? link.destinationRange?.start ?? link.range.start : link.range.start
        let exists = folder.map { FileSystem.kind(of: LinkFormatRule.join($0, target)) != .missing }
        if let host = LinkFormatRule.schemelessHost(destination), exists != true {
            // Spaces before the host are removed by the whitespace fix first; `https://` goes after
            // them. The host must be written where the edit goes: a fix placed anywhere else
            // would insert `https://` again on every run.
            let hostBytes = Array(host.utf8)
            let insert = link.kind == .inline && link.destinationRange != nil && start + hostBytes.count <= source.bytes.count
                && source.bytes[start..<(start + hostBytes.count)].map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }.elementsEqual(hostBytes)
            // `[Foo](foo.io) - We are building…` in a contribution guide's example of an entry:
            // a made-up name, no site to send anyone to.
            if Self.isMadeUpHost(host) {
                return Violation(range: SourceRange(start, link.destinationRange.map { max($0.end, start) } ?? link.range.end),
                                 message: "link destination has no scheme, so it is a relative path: '\(host)' is a made-up name (an example of an entry?)",
                                 severity: .info)
            }
            let edits = insert ? [Edit.insert("https://", at: start)] : []
            let isWWW = host.hasPrefix("www.")
            return Violation(
                range: SourceRange(start, link.destinationRange.map { max($0.end, start) } ?? link.range.end),
                message: "link destination has no scheme, so it is a relative path: expected https://\(host)/…",
                fix: edits.isEmpty ? nil : isWWW ? .safe("add https://", edits, rewrites: [.addHTTPSScheme])
                    : .unsafe("add https://", edits, rewrites: [.addHTTPSScheme]))
        }
        guard !target.isEmpty, let exists else { return nil }
        // `[pyth](../skills/ext/sendai/SKILL.md)` into a folder `.gitmodules` declares: another
        // repository's files, which a recursive clone and GitHub's page of the folder hold.
        if !exists, let folder {
            if files.submodules == nil { files.submodules = Submodules.paths(above: folder) }
            if !files.submodules!.isEmpty, Submodules.holds(FileSystem.absolute(LinkFormatRule.join(folder, target)), files.submodules!) { return nil }
        }
        // `({{site.baseurl}}/setup-instructions/)`, `({{ site.hw_1_colab }})`: a site generator's
        // variable (Jekyll's Liquid, Hugo), which it fills in when it builds the page (where its
        // configuration says a site builds the file; elsewhere, a template of another program's).
        if !exists, Self.holdsTemplateVariable(destination), let folder {
            if files.siteConfiguration == nil { files.siteConfiguration = .some(SiteGenerators.configuration(above: folder)) }
            if files.siteConfiguration! != nil { return nil }
        }
        // `../../edit/master/readme.md` in a contribution guide: it climbs out of the repository
        // to GitHub's page of it (`/owner/repo/edit/…`), a route of the site, not a file.
        if !exists, let levels = Self.gitHubRouteLevels(target), levels == (folder.flatMap(Self.depthInRepository) ?? levels - 2) + 2 { return nil }
        if !exists, let levels = Self.commitPinnedLevels(target), levels == (folder.flatMap(Self.depthInRepository) ?? levels - 1) + 1 { return nil }
        // `img\ch14\a.png`, a Windows path: GitHub looks for one file of that name, while
        // `img/ch14/a.png` exists. Reported on its own, not counted among links leading nowhere.
        if !exists, target.contains("\\"), let folder {
            let slashed = target.replacingOccurrences(of: "\\", with: "/")
            if FileSystem.kind(of: LinkFormatRule.join(folder, slashed)) != .missing {
                return Violation(range: SourceRange(start, link.destinationRange.map { max($0.end, start) } ?? link.range.end),
                                 message: "expected '/' between the parts of a path, found '\\': no file '\(target)' exists, '\(slashed)' does",
                                 help: ["write the path as '\(slashed)': GitHub does not read '\\' as a folder separator"])
            }
        }
        if !exists, Self.isPlaceholder(target) {
            // `* [project-name](url) - Description.` in a contribution template: the form of an
            // entry, not a file that went missing.
            return Violation(range: SourceRange(start, link.destinationRange.map { max($0.end, start) } ?? link.range.end),
                             message: "the destination '\(target)' is a placeholder: an example of an entry, or a link still to be written",
                             severity: .info)
        }
        if !exists, !target.hasPrefix("/"), let root = files.siteRoot,
           FileSystem.kind(of: LinkFormatRule.join(root, target)) != .missing || Self.sitePage(of: target, in: root) != nil {
            // `docsify/navbar.md` that `index.html` loads: a docsify site resolves its links from
            // the site's root, the folder of `index.html`, not from the file's own folder.
            // A site's navigation (`_sidebar.md`) is read by the site alone: its links are right.
            files.resolved += 1
            if isNavigation { return nil }
            files.siteRootLinks.append((target, root, SourceRange(start, link.destinationRange.map { max($0.end, start) } ?? link.range.end)))
            return nil
        }
        // `[…](如何设计智能体架构：参考OpenAI还是Anthropic?.md)`: the `?` of a title starts a query,
        // and the link asks for `…Anthropic`; without it, the name is a file's.
        if exists == false, let folder, let mark = destination.firstIndex(of: "?") {
            var whole = destination
            whole.remove(at: mark)
            let wholePath = ParsedURL.percentDecoded(ParsedURL(whole).path, keeping: "/")
            if wholePath != target, FileSystem.kind(of: LinkFormatRule.join(folder, wholePath)) == .file {
                return Violation(range: SourceRange(start, link.destinationRange.map { max($0.end, start) } ?? link.range.end),
                                 message: "linked file '\(target)' does not exist: the '?' in the name starts a query, and '\(wholePath)' is the file",
                                 help: ["remove the '?' from the destination (or write it '%3F' if the file's name holds one)"])
            }
        }
        if !exists, let folder, let page = Self.sitePage(of: target, in: folder) {
            if isNavigation {
                files.resolved += 1
                return nil
            }
            // `./jest` or `promise.html` beside `jest.md`, `promise.md`: a documentation site
            // (Jekyll, Astro, MkDocs) publishes the page at that address, and GitHub's file view
            // does not. Where the collection is read decides; the file is there. A collection
            // with its site's configuration (`book.toml`, `mkdocs.yml`) is read on the site.
            files.resolved += 1
            if files.siteConfiguration == nil { files.siteConfiguration = .some(SiteGenerators.configuration(above: folder)) }
            if files.siteConfiguration! != nil { return nil }
            files.sitePages.append((target, page, SourceRange(start, link.destinationRange.map { max($0.end, start) } ?? link.range.end)))
            return nil
        }
        if exists {
            files.resolved += 1
        } else {
            // `questions.md/#Python`: a file's name with a `/` after it. GitHub's and GitLab's file
            // views open the file; a local viewer or a site asks for a folder of that name.
            if target.hasSuffix("/"), target.count > 1, let folder, FileSystem.kind(of: LinkFormatRule.join(folder, String(target.dropLast()))) == .file {
                files.slashedFiles.append((target, SourceRange(start, link.destinationRange.map { max($0.end, start) } ?? link.range.end)))
                files.resolved += 1
                return nil
            }
            var message = "linked file '\(target)' does not exist"
            if let inner = Self.linkWrittenAsDestination(target) {
                // `[第 1 周]([2024/1月第一周.md](https://…/20260105.md))`: an old link left around the address.
                message += ": the destination is itself a link, '[\(inner.text)](\(inner.address))', left around the address"
            } else if let stray = target.first, "[(<\"'".contains(stray), ParsedURL(String(target.dropFirst())).hasScheme {
                // `[LLM]([https://github.com/simonw/llm)`: a bracket typed before the address.
                message += ": the destination starts with a stray '\(stray)' before its web address"
            } else if Self.isEmailAddress(target) {
                // `(jcxu13@fudan.edu.cn)`: an e-mail address, which a link reaches through `mailto:`.
                message += ": it is an e-mail address, which a link writes as 'mailto:\(target)'"
            } else if BareURLRule.isWebAddress(link.text.trimmedWhitespace), !target.contains("/"), !link.text.contains(" ") {
                // `[https://…](最新一轮融资)`: the address written as the text, the words as the address.
                message += ": the text and the destination are swapped, the web address is the link's text"
            } else if let fragment = Self.sectionAfterStrayText(destination, target: target, anchors: anchors) {
                // `[Transforms](-#-9-transforms)`: a character typed before the `#` of a section link.
                message += ": '\(target)' stands before '#\(fragment)', a section of this document, and is read as a file's name"
            } else if let colon = target.firstIndex(of: "："), ["http", "https"].contains(target[..<colon].lowercased()) {
                // `https：//github.com/…`: typed with a Chinese input method, the scheme's colon is full-width.
                message += ": the scheme's colon is the full-width '：', so the address is read as a file name"
            }
            // `[DVCS](dvcs)` in a table of contents, where `#### DVCS` is a heading: the `#` left out.
            let isAnchorWithoutHash = !target.contains("/") && !target.contains(".") && anchors.contains(fragment: target)
            var help = isAnchorWithoutHash ? ["'#\(target)' is a heading of this document: a link to it starts with '#'"] : []
            if let inner = Self.linkWrittenAsDestination(target) { help.append("write the address alone: '[\(link.text)](\(inner.address))'") }
            if let fragment = Self.sectionAfterStrayText(destination, target: target, anchors: anchors) { help.append("link the section alone: '#\(fragment)'") }
            // `454.4-sum-ii.en.md` beside `454.4-Sum-ii.en.md`: found on a disk that ignores case, not on GitHub.
            if help.isEmpty, let folder, let written = CaseVariantPaths.existing(target, in: folder) {
                help.append("'\(written)' exists: only the case of its letters differs, and GitHub matches file names by case")
            }
            let violation = Violation(range: SourceRange(start, link.destinationRange.map { max($0.end, start) } ?? link.range.end),
                                      message: message, help: help)
            // A destination whose shape says what went wrong (a link written inside it, a stray
            // bracket, an e-mail address) is broken wherever the file is read: reported each,
            // never folded into "written for another place".
            if message != "linked file '\(target)' does not exist" { return violation }
            files.missing.append((target, violation))
        }
        return nil
    }

    /// The section `-#-9-transforms` links after a stray character or two (`-`) that is no
    /// file's name (no `.` or `/`), when this document has that section; nil otherwise.
    static func sectionAfterStrayText(_ destination: String, target: String, anchors: HeadingAnchors) -> String? {
        guard target.count <= 2, !target.contains("/"), !target.contains("."), let hash = destination.firstIndex(of: "#") else { return nil }
        let fragment = String(destination[destination.index(after: hash)...])
        return !fragment.isEmpty && anchors.contains(fragment: fragment) ? fragment : nil
    }

    /// `[2024/1月第一周.md](https://…)` as a destination: a link's text and its web address.
    static func linkWrittenAsDestination(_ target: String) -> (text: String, address: String)? {
        guard target.hasPrefix("["), target.hasSuffix(")"), let middle = target.range(of: "]("),
              !target[target.index(after: target.startIndex)..<middle.lowerBound].contains("]") else { return nil }
        let address = String(target[middle.upperBound..<target.index(before: target.endIndex)])
        guard ParsedURL(address).hasScheme, !address.contains(" ") else { return nil }
        return (String(target[target.index(after: target.startIndex)..<middle.lowerBound]), address)
    }

    /// The `mkdocs.yml` in `folder` or a folder above it (up to four levels): the file is a page
    /// of an MkDocs site, built with Python-Markdown. Nil when there is none.
    /// Whether a site serves `path` (joined from a page's published folder): a file or folder
    /// there, or a page's source the site publishes at that address (`12.1/` or `3-5` for
    /// `12.1.md`, `3-5.md`, `3-5/index.md`: MkDocs' directory URLs, Hugo's pretty ones).
    static func isPublished(_ path: String) -> Bool {
        let absolute = FileSystem.absolute(path)
        if FileSystem.kind(of: absolute) != .missing { return true }
        var page = absolute
        while page.hasSuffix("/") { page.removeLast() }
        guard !page.isEmpty, !page.hasSuffix(".md") else { return false }
        return [page + ".md", page + "/index.md", page + "/README.md"].contains { FileSystem.kind(of: $0) == .file }
    }

    static func mkDocsConfiguration(above folder: String) -> String? {
        var current = folder
        for _ in 0...4 {
            let configuration = LinkFormatRule.join(current, "mkdocs.yml")
            if FileSystem.kind(of: configuration) == .file { return configuration }
            let parent = FileSystem.folder(of: current)
            guard parent != current, !parent.isEmpty else { return nil }
            current = parent
        }
        return nil
    }

    /// The Markdown file a documentation site publishes at `target`: `jest.md` for `./jest`
    /// or `jest.html`; nil when there is none (or `target` names a folder).
    static func sitePage(of target: String, in folder: String) -> String? {
        guard !target.hasSuffix("/"), !target.lowercased().hasSuffix(".md") else { return nil }
        let stem = target.lowercased().hasSuffix(".html") ? String(target.dropLast(5)) : target
        guard !stem.isEmpty, !stem.hasSuffix("/"), !stem.hasSuffix(".") else { return nil }
        let page = stem + ".md"
        return FileSystem.kind(of: LinkFormatRule.join(folder, page)) == .file ? page : nil
    }

    /// The nearest folder above `folder` (up to four levels) whose `index.html` names the file
    /// at `path` (`loadNavbar: 'docsify/navbar.md'`), or sets up docsify for every page below it:
    /// the root of a documentation site that loads the file and resolves its links from there.
    static func siteRoot(loading path: String, above folder: String) -> String? {
        var current = folder
        for _ in 0..<4 {
            let parent = FileSystem.folder(of: current)
            guard parent != current, !parent.isEmpty else { return nil }
            current = parent
            let index = LinkFormatRule.join(current, "index.html")
            guard FileSystem.kind(of: index) == .file else { continue }
            let prefix = current.hasSuffix("/") ? current : current + "/"
            guard path.hasPrefix(prefix) || current == ".", let page = try? String(contentsOfFile: index, encoding: .utf8) else { return nil }
            // A docsify site resolves every page's links from its root, unless told to resolve
            // them from the page (`relativePath: true`).
            if page.contains("$docsify"), !page.replacingOccurrences(of: " ", with: "").contains("relativePath:true") { return current }
            let relative = current == "." && !path.hasPrefix("./") ? path : String(path.dropFirst(current == "." ? 2 : prefix.count))
            return page.contains(relative) ? current : nil
        }
        return nil
    }

    /// `url`, `link`, `your-link`, `URL_HERE`: a word standing for the address to write; or a
    /// phrase of words only, one of them `link` or `url` (`link to your repository here`,
    /// `link-to-octocats-solution`): the template of an entry, saying what goes there.
    /// `[1, n](n is an integer greater than 1)`: an interval, then a remark in parentheses. Words,
    /// three or more, none with a character a URL or a path needs (`/`, `.`, `:`, `#`, `%`):
    /// prose, never a destination; the page shows it as written, as meant.
    /// `int[256]`, `dp[i]`: the `[` at `offset` right after an ASCII name, closing a short index
    /// (letters, digits, `_`, `+`, `-`) at once: code's indexing, not a link's text.
    static func isIndexedName(at offset: Int, in source: SourceText) -> Bool {
        let bytes = source.bytes
        guard offset > 0, offset < bytes.count, bytes[offset] == UInt8(ascii: "["), isNameByte(bytes[offset - 1]) else { return false }
        var index = offset + 1
        while index < bytes.count, index - offset <= maximumIndexLength,
              isNameByte(bytes[index]) || bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
        return index > offset + 1 && index < bytes.count && bytes[index] == UInt8(ascii: "]")
    }

    /// A byte of an ASCII name in code: a letter, a digit or `_`.
    private static func isNameByte(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A) || byte == UInt8(ascii: "_")
    }

    /// The longest index `isIndexedName` reads (`i+1`, `256`, `MAX_N`).
    static let maximumIndexLength = 12

    /// `func All[Slice ~[]E, E any](s Slice)`, `Clone[M ~map[K]V, K comparable](m M)`: a generic
    /// function's type parameters right after its name, then its parameters; code in ASCII,
    /// brackets balanced, nothing a link's address needs (`/`, `:`, `#`, `%`).
    static func isGenericSignature(at offset: Int, in source: SourceText) -> Bool {
        let bytes = source.bytes
        func isCodeByte(_ byte: UInt8) -> Bool { isNameByte(byte) || " ,~*.|&[]".utf8.contains(byte) }
        /// The offset after the bracket closing the one at `start`, when all between is code.
        func close(from start: Int, open: UInt8, close: UInt8, limit: Int) -> Int? {
            var depth = 0, index = start
            while index < bytes.count, index - start <= limit {
                let byte = bytes[index]
                if byte == open {
                    depth += 1
                } else if byte == close {
                    depth -= 1
                    if depth == 0 { return index + 1 }
                } else if !isCodeByte(byte) {
                    return nil
                }
                index += 1
            }
            return nil
        }
        guard offset > 0, offset < bytes.count, bytes[offset] == UInt8(ascii: "["), isNameByte(bytes[offset - 1]),
              let parameters = close(from: offset, open: UInt8(ascii: "["), close: UInt8(ascii: "]"), limit: maximumSignatureLength),
              parameters < bytes.count, bytes[parameters] == UInt8(ascii: "(") else { return false }
        return close(from: parameters, open: UInt8(ascii: "("), close: UInt8(ascii: ")"), limit: maximumSignatureLength) != nil
    }

    /// The longest type parameters or parameters `isGenericSignature` reads.
    static let maximumSignatureLength = 120

    static func isParentheticalProse(_ target: String) -> Bool {
        // A remark may end its sentence.
        let body = target.hasSuffix(".") || target.hasSuffix("。") ? String(target.dropLast()) : target
        guard !body.contains(where: { "/.:#%?=&\\".contains($0) }), let first = body.unicodeScalars.first else { return false }
        // A remark goes on in lower case (or in Chinese); `(Mathematics for Computer Science)`,
        // a title where the URL belongs, is a link missing its address.
        if first.properties.isLowercase { return body.split(whereSeparator: \.isWhitespace).count >= 3 }
        return HanCharacters.isCJKLetter(first) && body.unicodeScalars.count(where: HanCharacters.isCJKLetter) >= 4
    }

    static func isPlaceholder(_ target: String) -> Bool {
        let words = target.lowercased().split { $0 == "-" || $0 == "_" || $0 == " " }
        guard !words.isEmpty, words.contains(where: { ["url", "link", "uri", "href"].contains($0) }) else { return false }
        if words.count <= 3, words.allSatisfy({ ["url", "link", "uri", "href", "your", "the", "here", "to", "of", "project", "repo", "website", "site"].contains($0) }) {
            return true
        }
        // `A-KNOWLEDGE-CHECK-URL`, `VIDEO_LINK`: a template's slot, named in capitals.
        if words.count <= 8, target.allSatisfy({ $0.isASCII && ($0.isUppercase || $0 == "-" || $0 == "_") }) { return true }
        return words.count <= 8 && words.allSatisfy { $0.allSatisfy { $0.isASCII && $0.isLetter } }
            && words.contains { ["your", "to", "here", "the", "for"].contains($0) }
    }

    /// Top-level domains that make `name.tld/…` a host rather than a file name.
    static let hostSuffixes: Set<String> = [
        "com", "cn", "net", "org", "io", "ai", "dev", "co", "edu", "gov", "info", "me", "cc", "tv", "xyz", "top",
        "site", "app", "tech", "so", "im", "uk", "de", "jp", "fr", "us", "ru", "hk", "tw", "kr", "in",
        "careers", "jobs", "blog", "online", "cloud", "news",
        // Countries whose code no common file type uses (not `pl`, `rs`, `sh`, `py`, `md`, `cs`).
        "nl", "ch", "se", "it", "eu", "es", "be", "dk", "fi", "ca", "au", "nz", "br", "il", "gr", "cz", "pt", "ie", "vn",
        "sg", "ua", "mx", "za", "hu", "ro",
    ]

    /// `foo.io`, `bar.com`, `yoursite.com`: a host whose name is a placeholder
    /// (programmers' metasyntactic words, or the reader's own site).
    static func isMadeUpHost(_ host: String) -> Bool {
        let labels = host.split(separator: ".")
        guard labels.count >= 2 else { return false }
        let name = labels[labels.count - 2]
        return madeUpNames.contains(String(name)) || InsecureLinkRule.placeholderNames.contains(String(name))
    }

    static let madeUpNames: Set<String> = ["foo", "bar", "baz", "qux", "quux", "foobar"]

    /// The host a scheme-less destination starts with (`www.x.com/…`, `zhuanlan.zhihu.com/p/1`).
    static func schemelessHost(_ destination: String) -> String? {
        let host = String(destination.prefix { !"/?#:".contains($0) }).lowercased()
        let labels = host.split(separator: ".", omittingEmptySubsequences: false)
        guard labels.count >= 2, labels.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") } }),
              let suffix = labels.last else { return nil }
        // `main.cc` or `setup.in` alone are file names; `a.b.com`, `zhihu.com/p/1` or `golang.org`
        // (a suffix no file type uses) are hosts.
        let hasPath = destination.dropFirst(host.count).hasPrefix("/")
        let isHostOnlySuffix = hostOnlySuffixes.contains(String(suffix))
        // `ucoder.com.br`, `bbc.co.uk`: a country's second-level domain.
        let isCountrySecondLevel = labels.count >= 3 && suffix.count == 2 && suffix.allSatisfy(\.isLetter)
            && ["com", "co", "org", "net", "edu", "gov", "ac"].contains(String(labels[labels.count - 2]))
        return host.hasPrefix("www.") || isCountrySecondLevel
            || (hostSuffixes.contains(String(suffix)) && (labels.count >= 3 || hasPath || isHostOnlySuffix)) ? host : nil
    }

    /// Suffixes that end host names and no file's name (`beego.me`, `pptrconsole.com`).
    /// (`Dockerfile.dev`, `logo.ai`, `main.app` are files.)
    static let hostOnlySuffixes: Set<String> = ["com", "org", "net", "io", "cn", "edu", "gov", "xyz", "tech", "me", "co",
                                                 "careers", "jobs", "online"]

    // MARK: text that did not become a link

    private func brokenLinkViolations(_ document: Document, folder: String?) -> [Violation] {
        var violations: [Violation] = []
        var blocks: [(SourceRange, InlineContent)] = document.paragraphs.map { ($0.range, $0.content) }
        blocks += document.headings.map { ($0.contentRange, $0.content) }
        for (range, content) in blocks {
            let skipped = content.links.map(\.range) + content.htmlComments.map(\.range)
            // Most blocks' every `](` belongs to a link: then the scan would find nothing.
            guard BrokenLinkScanner.mayFindLinks(in: range, of: document.source.bytes, skipping: skipped) else { continue }
            let scanner = BrokenLinkScanner(source: document.source, skipped: skipped)
            for finding in scanner.findings(in: range) {
                // `[^1]: [B树](https://…)` over the next definition: Markdown read the line as a
                // definition (GitHub as a footnote holding the link), and cmark counts it into the
                // paragraph below; no text that failed to become a link.
                if Self.isDefinitionLine(containing: finding.range.start, in: document.source) { continue }
                // `count with int[256](skip `c-'a'`)`, `dp[i](…)`: a name indexed in a sentence about
                // code, then a remark; no link was meant.
                if finding.cause == .space, Self.isIndexedName(at: finding.range.start, in: document.source)
                    || Self.isGenericSignature(at: finding.range.start, in: document.source) { continue }
                // `$[a \sqrt n, b \sqrt n](1 \le a, b \le \sqrt n)$`: an interval and its condition
                // in a formula, which a math renderer (MathJax, KaTeX) shows; no link was meant.
                if Self.isInsideInlineMath(finding.range.start, in: document.source) { continue }
                // `[Your language](link to your repository here)` in a contribution guide: the
                // template of an entry, shown as written on purpose.
                if finding.cause == .space, let destination = finding.destination,
                   Self.isPlaceholder(document.source.string(in: destination).trimmedWhitespace)
                    || Self.isParentheticalProse(document.source.string(in: destination).trimmedWhitespace) { continue }
                // `[template]({{< relref "/ChapterThree/UnionFind.md" >}})`, `({% link a.md %})`: a site
                // generator's template fills the address in when it builds the page.
                if let destination = finding.destination, case let written = document.source.string(in: destination).trimmedWhitespace,
                   Self.isTemplateTag(written) || Self.holdsTemplateVariable(written) { continue }
                // `(files/deprecating-the observer-pattern.pdf)`: a file of that name exists; in
                // angle brackets the destination may hold its spaces.
                if finding.cause == .space, let destination = finding.destination, let folder,
                   case let path = document.source.string(in: destination).trimmedWhitespace, !path.contains("<"), !path.contains(">"),
                   !ParsedURL(path).hasScheme, !path.hasPrefix("/"), FileSystem.kind(of: LinkFormatRule.join(folder, path)) == .file {
                    let trimmed = Self.trimmedRange(destination, in: document.source)
                    // `docs/01 OpenGL.md` under an `mkdocs.yml`: Python-Markdown, which builds the
                    // site, makes the link; only GitHub's view shows the brackets.
                    let isOnMkDocsSite = Self.mkDocsConfiguration(above: folder) != nil
                    violations.append(Violation(range: finding.range,
                                                message: message(for: finding, in: document.source)
                                                    + (isOnMkDocsSite ? " (on GitHub; the MkDocs site's renderer links it)" : ""),
                                                severity: isOnMkDocsSite ? .warning : nil,
                                                // The destination shown as text becomes the link's: its words go (as a joined one's).
                                                fix: .unsafe("write the destination in angle brackets", [.insert("<", at: trimmed.start), .insert(">", at: trimmed.end)],
                                                             rewrites: [.joinDestination]),
                                                help: ["the file '\(path)' exists: in angle brackets (or with '%20' for each space) the destination may name it"]))
                    continue
                }
                violations.append(Violation(range: finding.range, message: message(for: finding, in: document.source),
                                            fix: joinFix(finding, source: document.source)))
            }
        }
        return violations
    }

    /// Whether `offset` stands between two `$` of its line (an odd number of unescaped `$`
    /// before it, one at least after it): inside a formula written `$…$`.
    static func isInsideInlineMath(_ offset: Int, in source: SourceText) -> Bool {
        let line = source.lineRange(source.line(containing: offset))
        let bytes = source.bytes
        func dollars(_ range: Range<Int>) -> Int {
            var count = 0
            for index in range where bytes[index] == UInt8(ascii: "$") && (index == 0 || bytes[index - 1] != UInt8(ascii: "\\")) { count += 1 }
            return count
        }
        return dollars(line.start..<offset) % 2 == 1 && dollars(offset..<line.end) >= 1
    }

    /// Whether `offset` is on a line opening with a definition's label, `[label]:` or `[^1]:`
    /// (up to three spaces before it), past that label.
    static func isDefinitionLine(containing offset: Int, in source: SourceText) -> Bool {
        let line = source.lineRange(source.line(containing: offset))
        let text = source.string(in: SourceRange(line.start, offset))
        let indented = text.prefix { $0 == " " }
        let rest = text.dropFirst(indented.count)
        guard indented.count <= 3, rest.first == "[", let close = rest.range(of: "]:") else { return false }
        let label = rest[rest.index(after: rest.startIndex)..<close.lowerBound]
        return !label.isEmpty && !label.contains("[") && !label.contains("]")
    }

    private func message(for finding: BrokenLinkScanner.Finding, in source: SourceText) -> String {
        switch finding.cause {
        case .lineBreak: "not a link: the destination is broken across lines"
        case .space:
            // A tab pasted from a spreadsheet or an editor is invisible in most views: name it.
            finding.destination.map { source.bytes[$0.start..<$0.end].contains(UInt8(ascii: " ")) } == false
                ? "not a link: the destination contains a tab" : "not a link: the destination contains a space"
        case .unclosed: "not a link: the '(' of the destination is never closed"
        case .other: "not a link: the destination is malformed"
        }
    }

    /// Deletes the line breaks (and the indentation after them) when that leaves one URL.
    /// `range` without the spaces at its ends.
    static func trimmedRange(_ range: SourceRange, in source: SourceText) -> SourceRange {
        var start = range.start, end = range.end
        while start < end, source.bytes[start] == UInt8(ascii: " ") || source.bytes[start] == UInt8(ascii: "\t") { start += 1 }
        while end > start, source.bytes[end - 1] == UInt8(ascii: " ") || source.bytes[end - 1] == UInt8(ascii: "\t") { end -= 1 }
        return SourceRange(start, end)
    }

    private func joinFix(_ finding: BrokenLinkScanner.Finding, source: SourceText) -> Fix? {
        guard finding.cause == .lineBreak, let inside = finding.destination else { return nil }
        let bytes = source.bytes
        let whitespace: Set<UInt8> = [UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"), UInt8(ascii: "\n")]
        var edits: [Edit] = []
        var index = inside.start
        while index < inside.end {
            guard whitespace.contains(bytes[index]) else { index += 1; continue }
            var end = index
            while end < inside.end, whitespace.contains(bytes[end]) { end += 1 }
            // A space that is not at a line break, or a quote marker, leaves nothing to join safely.
            guard bytes[index..<end].contains(UInt8(ascii: "\n")), end == inside.end || bytes[end] != UInt8(ascii: ">"),
                  !Self.startsListItem(bytes, at: end, limit: inside.end + 1) else { return nil }
            edits.append(.delete(SourceRange(index, end)))
            index = end
        }
        // Only a web address is worth joining: `htt中ps://…` is text with a URL-like tail.
        let joined = bytes[inside.start..<inside.end].filter { !whitespace.contains($0) }
        let scheme = joined.prefix(8).map { $0 | 0x20 }
        let isWebAddress = scheme.starts(with: Array("https://".utf8)) || scheme.starts(with: Array("http://".utf8))
        guard isWebAddress, let firstBreak = edits.first?.range.start else { return nil }
        // The page shows the broken link's text, and the part before the first break as an
        // address of its own. Joining must not turn shown words into address (only printable
        // ASCII is joined: `中文` or `，` in a broken destination is as likely prose typed into
        // it as part of an IRI), nor lead tracking-param to remove a parameter the shown
        // address already had (`?utm` + `_source=x` joined, then removed, loses `?utm`).
        guard joined.allSatisfy({ $0 > 0x20 && $0 < 0x7F }) else { return nil }
        // A `)` glued to a word (`5)https://…`) closes no address: it is a list number or text
        // that a removed line brought up next to the broken destination.
        let next = inside.end + 1 < bytes.count ? bytes[inside.end + 1] : 0
        let nextIsWord = (0x30...0x39).contains(next) || (0x41...0x5A).contains(next) || (0x61...0x7A).contains(next)
        guard !(inside.end < bytes.count && bytes[inside.end] == UInt8(ascii: ")") && nextIsWord) else { return nil }
        let url = ParsedURL(String(decoding: joined, as: UTF8.self))
        let shownLength = firstBreak - inside.start
        guard !TrackingParameters.defaults.trackingItems(in: url).contains(where: { $0.range.lowerBound < shownLength }) else { return nil }
        return .unsafe("join the destination onto one line", edits, rewrites: [.joinDestination])
    }

    /// A line that starts with a list marker (`9) `, `- `) begins an item of its own: the `)`
    /// that seemed to close the destination is that marker, not the end of a URL.
    static func startsListItem(_ bytes: [UInt8], at start: Int, limit: Int) -> Bool {
        let end = min(limit, bytes.count)
        var index = start
        while index < end, index - start < 9, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) { index += 1 }
        let isBullet = index == start && index < end && [UInt8(ascii: "-"), UInt8(ascii: "*"), UInt8(ascii: "+")].contains(bytes[index])
        let isNumber = index > start && index < end && [UInt8(ascii: "."), UInt8(ascii: ")")].contains(bytes[index])
        guard isBullet || isNumber else { return false }
        let after = index + 1
        return after >= bytes.count || [UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r")].contains(bytes[after])
    }

    // MARK: files

    /// The folder of `path` when `path` is a file on disk.
    static func folderOnDisk(of path: String) -> String? {
        guard FileSystem.kind(of: path) == .file else { return nil }
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    /// `.././images/a.png` as `../images/a.png`, and `../docs/contact/a.png` written in
    /// `docs/` as `contact/a.png`: the same file, by the shortest path (`folderName` is the
    /// name of the folder the path is read from, when known).
    static func shortestRelativePath(_ path: String, folderName: String? = nil) -> String {
        var parts: [Substring] = []
        for part in path.split(separator: "/", omittingEmptySubsequences: true) {
            if part == "." { continue }
            if part == "..", let last = parts.last, last != ".." { parts.removeLast(); continue }
            parts.append(part)
        }
        // `../docs/x` read from `docs/`: up and back down into the same folder.
        if parts.count >= 2, parts[0] == "..", let folderName, parts[1] == folderName { parts.removeFirst(2) }
        return parts.isEmpty ? "." : parts.joined(separator: "/")
    }

    /// `relative` read from `folder`, its `name/..` steps folded as a browser folds them
    /// (`./images/../../images/a.png` passes through no folder `images`, which need not exist).
    static func join(_ folder: String, _ relative: String) -> String {
        let folded = relative.contains("/..") ? foldedSteps(relative) : relative
        return folder.hasSuffix("/") ? folder + folded : folder + "/" + folded
    }

    /// `a/./b/../c` → `a/c`; leading `..` steps are kept (they leave `folder`, which exists).
    static func foldedSteps(_ relative: String) -> String {
        var parts: [Substring] = []
        let pieces = relative.split(separator: "/", omittingEmptySubsequences: false)
        for (index, part) in pieces.enumerated() {
            if part == ".", index < pieces.count - 1 { continue }
            if part == "..", let last = parts.last, last != "..", last != "" { parts.removeLast(); continue }
            parts.append(part)
        }
        let joined = parts.joined(separator: "/")
        return joined.isEmpty ? "." : joined
    }
}
