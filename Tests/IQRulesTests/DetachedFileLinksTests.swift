import Foundation
import IQCore
@testable import IQRules
import IQTestSupport
import Testing

/// A README copied out of its repository links to files that are not beside it: when none of
/// several relative file links resolves, link-format says so once (an `info`) instead of an
/// error per link; as soon as one resolves, the missing ones are errors again.
@Suite struct DetachedFileLinksTests {
    private func lint(_ markdown: String, creating existing: [String] = []) throws -> [Diagnostic] {
        let scratch = try ScratchDirectory()
        for name in existing { try scratch.write(name, "# x\n") }
        let path = try scratch.write("README.md", markdown)
        return try LintHarness.lint(markdown, path: path, rules: ["link-format"])
    }

    private let bank = """
        # 题库

        1. [什么是过拟合](docs/overfit.md)
        2. [什么是正则化](docs/regularization.md)
        3. [什么是梯度消失](docs/vanishing.md)
        4. [什么是注意力](docs/attention.md)
        5. [参考](https://example.com/ref)

        """

    @Test func noResolvingLinkIsOneInfo() throws {
        let found = try lint(bank)
        #expect(found.count == 1)
        #expect(found.first?.severity == .info && found.first?.line == 3)
        #expect(found.first?.message.contains("none of the 4 relative links to files") == true, "\(found.map(\.message))")
    }

    /// The help names the path that exists by its shortest form: `../images/a.png`, not
    /// `.././images/a.png`; `contact/a.png` from `docs/`, not `../docs/contact/a.png`.
    @Test func theHelpNamesTheShortestPathThatExists() throws {
        let scratch = try ScratchDirectory()
        for name in ["推荐/images/模型架构图.png", "docs/contact/book.jpeg"] { try scratch.write(name, "") }
        let model = "# WDL\n\n![](./images/模型架构图.png)\n"
        let found = try LintHarness.lint(model, path: try scratch.write("推荐/WDL/WDl.md", model), rules: ["link-format"])
        #expect(found.first?.help.first?.hasPrefix("'../images/模型架构图.png' exists") == true, "\(found.map(\.help))")
        let contact = "# Contact\n\n![](docs/contact/book.jpeg)\n"
        let fromDocs = try LintHarness.lint(contact, path: try scratch.write("docs/README.md", contact), rules: ["link-format"])
        #expect(fromDocs.first?.help.first?.hasPrefix("'contact/book.jpeg' exists") == true, "\(fromDocs.map(\.help))")
    }

    /// `[DVCS](dvcs)` where `#### DVCS` is a heading: the help names the anchor.
    @Test func aHeadingsNameWithoutItsHashIsNamed() throws {
        let markdown = "# Q\n\n* [DVCS](dvcs)\n* [Rebase](#rebase)\n* [Guide](docs/guide.md)\n\n#### DVCS\n\nx\n\n#### Rebase\n\ny\n"
        let found = try lint(markdown, creating: ["docs/guide.md"])
        #expect(found.map(\.line) == [3])
        #expect(found.first?.help == ["'#dvcs' is a heading of this document: a link to it starts with '#'"], "\(found.map(\.help))")
    }

    /// `[prelude](../std/prelude/index.html)` in an mdBook (`book.toml` above): a page the site
    /// serves beside the book, not reported; without the site's configuration, an error.
    @Test func aPublishedPageBesideTheBookIsNotReported() throws {
        let chapter = "# Guessing game\n\nThe [prelude][p] and [Vec](../std/vec/struct.Vec.html) are in the standard library.\n\n[p]: ../std/prelude/index.html\n"
        let scratch = try ScratchDirectory()
        try scratch.write("book.toml", "[book]\ntitle = \"Example\"\n")
        let found = try LintHarness.lint(chapter, path: try scratch.write("src/ch02.md", chapter), rules: ["link-format"])
        #expect(found.isEmpty, "\(found.map(\.message))")
        let bare = try ScratchDirectory()
        let plain = try LintHarness.lint(chapter, path: try bare.write("src/ch02.md", chapter), rules: ["link-format"])
        #expect(plain.map(\.severity) == [.error, .error])
    }

    /// `(A-KNOWLEDGE-CHECK-URL)` in a lesson template: a slot named in capitals, an info.
    @Test func aSlotNamedInCapitalsIsAPlaceholder() throws {
        let template = "### Knowledge check\n\n- [A KNOWLEDGE CHECK QUESTION](A-KNOWLEDGE-CHECK-URL)\n- [Guide](docs/guide.md)\n"
        let found = try lint(template, creating: ["docs/guide.md"])
        #expect(found.map { "\($0.line) \($0.severity)" } == ["3 info"], "\(found.map(\.message))")
        #expect(LinkFormatRule.isPlaceholder("VIDEO_LINK"))
        #expect(!LinkFormatRule.isPlaceholder("README.md"))
    }

    @Test func shortestPathsCollapseDotsAndReturnsToTheFolder() {
        #expect(LinkFormatRule.shortestRelativePath(".././images/a.png") == "../images/a.png")
        #expect(LinkFormatRule.shortestRelativePath("../../a/../b.md") == "../../b.md")
        #expect(LinkFormatRule.shortestRelativePath("../docs/contact/a.png", folderName: "docs") == "contact/a.png")
        #expect(LinkFormatRule.shortestRelativePath("../docs/contact/a.png", folderName: "guide") == "../docs/contact/a.png")
    }

    @Test func oneResolvingLinkMakesTheOthersErrors() throws {
        let found = try lint(bank, creating: ["docs/overfit.md"])
        #expect(found.map(\.line) == [4, 5, 6])
        #expect(found.allSatisfy { $0.severity == .error && $0.message.hasPrefix("linked file 'docs/") })
    }

    /// `docsify/navbar.md`, named by the site's `index.html`: its links are read from the
    /// site's root, where the pages are (an `info` each, and a page missing there an error);
    /// without `index.html` none of them resolves: a file away from its links, one `info`.
    @Test func aDocsifyFileLinksFromTheSitesRoot() throws {
        let scratch = try ScratchDirectory()
        for name in ["introduction.md", "MySQL.md"] { try scratch.write(name, "# x\n") }
        let navbar = "* [Quick Start](introduction)\n* [MySQL](MySQL.md)\n* [Gone](gone.md)\n"
        let path = try scratch.write("docsify/navbar.md", navbar)
        let bare = try LintHarness.lint(navbar, path: path, rules: ["link-format"])
        #expect(bare.map(\.severity) == [.info] && bare.first?.message.contains("none of the 3") == true, "\(bare.map(\.message))")
        // A page that names the file in another site's index.html (not docsify's) leaves it a file of its folder.
        try scratch.write("index.html", "<script>window.site = { navbar: 'docsify/other.md' }</script>\n")
        #expect(try LintHarness.lint(navbar, path: path, rules: ["link-format"]).map(\.severity) == [.info])
        try scratch.write("index.html", "<script>window.$docsify = { loadNavbar: 'docsify/navbar.md' }</script>\n")
        let site = try LintHarness.lint(navbar, path: path, rules: ["link-format"])
        #expect(site.map { "\($0.line) \($0.severity)" } == ["1 info", "2 info", "3 error"], "\(site.map(\.message))")
    }

    /// Under a docsify `index.html`, a folder's `_sidebar.md` links the pages from the site's
    /// root, as docsify reads it: silent. A page doing so three times or more is one `info`.
    @Test func aDocsifySidebarLinksFromTheRootUnreported() throws {
        let scratch = try ScratchDirectory()
        try scratch.write("docs/index.html", "<script>window.$docsify = { loadSidebar: true }</script>\n")
        for name in ["docs/JVM/README.md", "docs/JVM/GC/README.md", "docs/JVM/JMM/README.md"] { try scratch.write(name, "# x\n") }
        let sidebar = "* [JVM](JVM/)\n  * [垃圾回收](JVM/GC/)\n  * [JMM](JVM/JMM/)\n"
        let sidebarPath = try scratch.write("docs/JVM/JMM/_sidebar.md", sidebar)
        let silent = try LintHarness.lint(sidebar, path: sidebarPath, rules: ["link-format"])
        #expect(silent.isEmpty, "\(silent.map(\.message))")
        let pagePath = try scratch.write("docs/JVM/JMM/notes.md", sidebar + "* [Gone](JVM/gone/)\n")
        let page = try LintHarness.lint(sidebar + "* [Gone](JVM/gone/)\n", path: pagePath, rules: ["link-format"])
        #expect(page.map { "\($0.line) \($0.severity)" } == ["1 info", "4 error"], "\(page.map(\.message))")
        #expect(page.first?.message.hasPrefix("3 links are written from the documentation site's root") == true, "\(page.map(\.message))")
    }

    /// `({{site.baseurl}}/setup-instructions/)`: Jekyll fills the variable in; no file to find.
    @Test func aSiteVariableInADestinationIsNoMissingFile() throws {
        let markdown = "Starter code: [here]({{site.hw_1_colab}}).\n\nSee the [workflow]({{ site.baseurl }}/setup-instructions/) and [gone](gone.md).\n"
        let found = try lint(markdown, creating: ["_config.yml"])
        #expect(found.map(\.line) == [3] && found[0].message.contains("gone.md"), "\(found.map(\.message))")
    }

    /// `./jest`, `promise.html` and `./moment#formatting` beside `jest.md`, `promise.md` and
    /// `moment.md`: a documentation site's addresses of its pages, each an `info` naming the
    /// file; a page with no Markdown file behind it stays an error.
    @Test func siteAddressesOfExistingPagesAreInfos() throws {
        let markdown = "# Jasmine\n\n- [Jest](./jest)\n- [Promise](promise.html)\n- [Moment](./moment#formatting)\n- [Gone](./gone)\n"
        let found = try lint(markdown, creating: ["jest.md", "promise.md"])
        #expect(found.map(\.line) == [3, 4, 5, 6])
        #expect(found.prefix(2).allSatisfy { $0.severity == .info } && found.last?.severity == .error, "\(found.map(\.severity))")
        #expect(found.first?.message.contains("'./jest.md' does") == true && found[1].message.contains("'promise.md' does"), "\(found.map(\.message))")
        // Three or more: the file's habit, one finding; none where the site's configuration says the collection is read there.
        let habit = try lint(markdown, creating: ["jest.md", "promise.md", "moment.md"])
        #expect(habit.map { "\($0.line) \($0.severity)" } == ["3 info", "6 error"], "\(habit.map(\.message))")
        #expect(habit.first?.message.contains("3 links name pages") == true, "\(habit.map(\.message))")
        let book = try lint(markdown, creating: ["jest.md", "promise.md", "moment.md", "book.toml"])
        #expect(book.map(\.line) == [6], "\(book.map(\.message))")
    }

    /// `docs/Overfit.md` linked as `docs/overfit.md`: broken on GitHub, which matches names by
    /// case; the help names the file as it is written on disk.
    @Test func aFileNamedInAnotherCaseIsNamedInTheHelp() throws {
        let markdown = "# 题库\n\n1. [什么是过拟合](docs/overfit.md)\n2. [什么是正则化](docs/Regularization.md)\n3. [缺失](docs/gone.md)\n"
        let found = try lint(markdown, creating: ["docs/Overfit.md", "docs/Regularization.md"])
        #expect(found.map { "\($0.line) \($0.severity)" } == ["3 error", "5 error"], "\(found.map(\.message))")
        #expect(found.first?.help == ["'docs/Overfit.md' exists: only the case of its letters differs, and GitHub matches file names by case"])
        #expect(found.last?.help == [])
    }

    /// `(jcxu13@fudan.edu.cn)`: the message names the e-mail address and its `mailto:`.
    @Test func anEmailAddressAsADestinationIsNamed() throws {
        let found = try lint("- 联系：[邮箱](jcxu13@fudan.edu.cn)\n- [题解](docs/q1.md)\n", creating: ["docs/q1.md"])
        #expect(found.map(\.message) == ["linked file 'jcxu13@fudan.edu.cn' does not exist: it is an e-mail address, which a link writes as 'mailto:jcxu13@fudan.edu.cn'"])
    }

    /// `[https://…](最新一轮融资)`: the message says the text and the destination are swapped.
    @Test func aWebAddressAsTheTextOfAMissingFileIsASwap() throws {
        let found = try lint("- 融资：[https://a.example/news/42](最新一轮融资)\n- [题解](docs/q1.md)\n", creating: ["docs/q1.md"])
        #expect(found.map(\.message) == ["linked file '最新一轮融资' does not exist: the text and the destination are swapped, the web address is the link's text"])
    }

    /// `../assets/0.png` in a Hugo page: read from the page's published address (a folder named
    /// after it) the file is there; one info for the page, not an error per link.
    @Test func linksReadFromThePagesPublishedAddressAreAnInfo() throws {
        let found = try lint("# channel\n\n![chan](../assets/0.png)\n", creating: ["assets/0.png", "hugo.toml"])
        #expect(found.map(\.severity) == [.info], "\(found.map(\.message))")
        let missing = try lint("# channel\n\n![chan](../assets/9.png)\n", creating: ["assets/0.png", "hugo.toml"])
        #expect(missing.map(\.severity) == [.error])
        // Without a site generator's configuration, the page is read on GitHub: the link is broken.
        let unbuilt = try lint("# channel\n\n![chan](../assets/0.png)\n", creating: ["assets/0.png"])
        #expect(unbuilt.map(\.severity) == [.error])
    }

    /// `README.md/#plugins`: GitHub opens the file, a local viewer asks for a folder: an info
    /// naming the `/`; three such links or more in a file (a contents written so) are one.
    @Test func aSlashAfterAFilesNameIsAnInfo() throws {
        let found = try lint("# Contributing\n\n- [Plugins](README.md/#plugins) descriptions start with a verb.\n", creating: ["README.md"])
        #expect(found.map(\.message) == ["linked file 'README.md/' is the file 'README.md' with a '/' after its name"])
        #expect(found.map(\.severity) == [.info])
        let contents = (1...4).map { "- [Q\($0)](questions.md/#q\($0))\n" }.joined()
        let habit = try lint("# Contents\n\n" + contents, creating: ["questions.md"])
        #expect(habit.map(\.message) == ["4 links name a file with a '/' after its name ('questions.md/' the first)"])
        #expect(habit.map(\.line) == [3])
        // A folder's name with a `/` is a folder, and a missing file's name with one is still missing.
        #expect(try lint("# C\n\n- [Docs](docs/)\n", creating: ["docs/a.md"]).isEmpty)
        #expect(try lint("# C\n\n- [Q](gone.md/#q)\n", creating: ["questions.md"]).map(\.severity) == [.error])
    }

    /// `[第 1 周]([2024/1月第一周.md](https://…))`: the message names the link left around the
    /// address, and the help the link as meant.
    @Test func aLinkAsTheDestinationIsNamed() throws {
        let found = try lint("| 1月 | [第 1 周]([2024/1月第一周.md](https://a.example/20260105.md)) | [题解](docs/q1.md) |\n| --- | --- | --- |\n", creating: ["docs/q1.md"])
        #expect(found.map(\.message) == ["linked file '[2024/1月第一周.md](https://a.example/20260105.md)' does not exist: the destination is itself a link, '[2024/1月第一周.md](https://a.example/20260105.md)', left around the address"])
        #expect(found.first?.help == ["write the address alone: '[第 1 周](https://a.example/20260105.md)'"])
    }

    /// `(docs/the observer.pdf)` where that file exists: the unsafe fix puts the destination in
    /// angle brackets, where it may hold its spaces; a file that does not exist gets no fix.
    @Test func aDestinationWithASpaceNamingAFileIsBracketed() throws {
        let scratch = try ScratchDirectory()
        try scratch.write("docs/the observer.pdf", "%PDF")
        let markdown = "* [Deprecating the Observer Pattern](docs/the observer.pdf)\n* [Gone](docs/the gone.pdf)\n"
        let path = try scratch.write("README.md", markdown)
        let found = try LintHarness.lint(markdown, path: path, rules: ["link-format"])
        #expect(found.map { "\($0.line) \($0.fix != nil)" } == ["1 true", "2 false"], "\(found.map(\.message))")
        #expect(try LintHarness.fix(markdown, path: path, rules: ["link-format"], unsafe: true)
                    == "* [Deprecating the Observer Pattern](<docs/the observer.pdf>)\n* [Gone](docs/the gone.pdf)\n")
    }

    /// `$S[\pi_\theta](s_t)$`: a formula's brackets, which GitHub renders as math, lead to no
    /// file; a link after the formula still does.
    @Test func bracketsInMathAreNoLinks() throws {
        let markdown = "加入熵奖励 $S[\\pi_\\theta](s_t)$ 以增加探索，见 [笔记](docs/gone.md)。\n\n$$L=\\hat{\\mathbb{E}}_t[c_2S[\\pi_\\theta](s_t)]$$\n\n"
            + "1. [什么是过拟合](docs/overfit.md)\n"
        let found = try lint(markdown, creating: ["docs/overfit.md"])
        #expect(found.map(\.line) == [1] && found.allSatisfy { $0.message.contains("docs/gone.md") }, "\(found.map { "\($0.line) \($0.message)" })")
    }

    /// A docsify sidebar links its pages by their routes, without `.md`: its navigation, as
    /// docsify wants it; the same link in a page is an info.
    @Test func aSidebarsRoutesAreNotReported() throws {
        let scratch = try ScratchDirectory()
        try scratch.write("chapter1/chapter1.md", "# 第一章\n")
        let markdown = "- 目录\n- [第一章 强化学习基础](chapter1/chapter1)\n"
        for (name, expected) in [("_sidebar.md", 0), ("README.md", 1)] {
            let path = try scratch.write(name, markdown)
            let found = try LintHarness.lint(markdown, path: path, rules: ["link-format"])
            #expect(found.count == expected, "\(name): \(found.map(\.message))")
        }
    }

    /// `…Anthropic?.md` for the file `…Anthropic.md`: the `?` starts a query, an error naming it.
    @Test func aQuestionMarkInAFileNameStartsAQuery() throws {
        let markdown = "- [参考OpenAI还是Anthropic?](docs/参考OpenAI还是Anthropic?.md)\n- [其他](docs/other.md)\n"
        let found = try lint(markdown, creating: ["docs/参考OpenAI还是Anthropic.md", "docs/other.md"])
        #expect(found.map { "\($0.line) \($0.severity)" } == ["1 error"] && found[0].message.contains("'?'"), "\(found.map(\.message))")
    }

    /// Under an `mkdocs.yml`, the site's renderer (Python-Markdown) links a destination with
    /// spaces: only GitHub's view shows the brackets, a warning.
    @Test func onAnMkDocsSiteASpacedDestinationIsAWarning() throws {
        let scratch = try ScratchDirectory()
        try scratch.write("docs/02 Creating a window.md", "# Window\n")
        let markdown = "# OpenGL\n\n我们可以在[这里](02 Creating a window.md)开始创建窗口。\n"
        let path = try scratch.write("docs/01 OpenGL.md", markdown)
        #expect(try LintHarness.lint(markdown, path: path, rules: ["link-format"]).map(\.severity) == [.error])
        try scratch.write("mkdocs.yml", "site_name: LearnOpenGL\ndocs_dir: docs\n")
        let found = try LintHarness.lint(markdown, path: path, rules: ["link-format"])
        #expect(found.map(\.severity) == [.warning] && found.allSatisfy { $0.message.contains("MkDocs") }, "\(found.map(\.message))")
    }

    /// A translation under `translations/` that copied the README's links: they exist from the
    /// folder above, so each is broken where the file is, an error that names that folder.
    @Test func linksWrittenForTheFolderAboveAreEachReported() throws {
        let scratch = try ScratchDirectory()
        try FileManager.default.createDirectory(atPath: scratch.path + "/.git", withIntermediateDirectories: true)
        let links = ["translations/README-cn.md", "translations/README-es.md", "docs/a.md"]
        let markdown = "# 题库\n\n" + links.map { "- [\($0)](\($0))\n" }.joined()
        for name in links { try scratch.write(name, markdown) }
        let found = try LintHarness.lint(markdown, path: scratch.path + "/translations/README-cn.md", rules: ["link-format"])
        #expect(found.map(\.line) == [3, 4, 5])
        #expect(found.allSatisfy { $0.severity == .error }, "\(found.map(\.severity))")
        // Each by its shortest path from the translation's folder.
        #expect(found.map { $0.help.first?.prefix { $0 != " " } } == ["'README-cn.md'", "'README-es.md'", "'../docs/a.md'"], "\(found.map(\.help))")
    }

    /// `img\ch14\a.png`, a Windows path whose `/` form exists: each link is broken on GitHub,
    /// not a sign that the file left its repository.
    @Test func backslashPathsWhoseSlashFormExistsAreEachReported() throws {
        let markdown = "## 14.1 超参数概述\n\n![](docs\\a.md)\n\n![](docs\\b.md)\n\n![](docs\\c.md)\n"
        let found = try lint(markdown, creating: ["docs/a.md", "docs/b.md", "docs/c.md"])
        #expect(found.map(\.line) == [3, 5, 7], "\(found.map(\.message))")
        #expect(found.allSatisfy { $0.severity == .error && $0.message.contains("'docs/a.md' does") || $0.line != 3 })
        #expect(found.allSatisfy { $0.message.hasPrefix("expected '/' between the parts of a path, found '\\'") })
        // Without the `/` form either, the links lead nowhere: one `info`, as before.
        let nowhere = try lint(markdown)
        #expect(nowhere.map(\.severity) == [.info])
    }

    @Test func fewMissingLinksAreEachReported() throws {
        let found = try lint("# 题库\n\n1. [甲](docs/a.md)\n2. [乙](docs/b.md)\n")
        #expect(found.map(\.line) == [3, 4])
        #expect(found.allSatisfy { $0.severity == .error })
    }

    /// A missing file whose name with `.md` exists is an `info` naming that file (a site's
    /// address of the page); a bracket typed before a web address is named in the message.
    @Test func aMissingFileSaysWhatItsLinkLacks() throws {
        let markdown = "# 题库\n\n1. [过拟合](docs/overfit.md)\n2. [正则化](docs/regularization)\n3. [LLM]([https://github.com/simonw/llm)\n"
            + "4. [Faster R-CNN](https：//github.com/rbgirshick/py-faster-rcnn)\n"
        let found = try lint(markdown, creating: ["docs/overfit.md", "docs/regularization.md"])
        #expect(found.map(\.line) == [4, 5, 6], "\(found.map(\.message))")
        #expect(found.last?.message.hasSuffix("the scheme's colon is the full-width '：', so the address is read as a file name") == true)
        #expect(found.first?.severity == .info && found.first?.message.contains("'docs/regularization.md' does") == true, "\(found.map(\.message))")
        #expect(found.dropFirst().first?.message.hasSuffix("starts with a stray '[' before its web address") == true, "\(found.map(\.message))")
    }

    /// A contribution template's `[project-name](url)`: a placeholder, an `info`, whether or not
    /// other file links resolve; a file that merely has `link` in its name is still looked for.
    @Test func aPlaceholderDestinationIsNoMissingFile() throws {
        let template = "# Contributing\n\n* [project-name](url) - Description.\n* [Name](LINK_HERE) - x\n* [Guide](docs/overfit.md)\n* [Checker](link-checker.md)\n"
        let found = try lint(template, creating: ["docs/overfit.md"])
        #expect(found.map { "\($0.line):\($0.severity)" } == ["3:info", "4:info", "6:error"], "\(found.map(\.message))")
        #expect(found.first?.message == "the destination 'url' is a placeholder: an example of an entry, or a link still to be written")
    }

    /// `../../edit/master/readme.md` in a contribution guide climbs out of the repository to
    /// GitHub's edit page of it: a route of the site, not a missing file. From `docs/`, the
    /// route takes one `../` more; with one too few the link leads nowhere.
    @Test func aRouteOfGitHubAboveTheRepositoryIsNoFile() throws {
        let scratch = try ScratchDirectory()
        try FileManager.default.createDirectory(atPath: scratch.path + "/.git", withIntermediateDirectories: true)
        let guide = "# Contributing\n\n[All suggestions are welcome](../../edit/master/readme.md). See [issues](../../issues).\n"
        #expect(try LintHarness.lint(guide, path: try scratch.write("contributing.md", guide), rules: ["link-format"]).isEmpty)
        let nested = "# Guide\n\n[Edit](../../../edit/main/docs/guide.md) or [report](../../issues).\n"
        let found = try LintHarness.lint(nested, path: try scratch.write("docs/guide.md", nested), rules: ["link-format"])
        #expect(found.map(\.message) == ["linked file '../../issues' does not exist"], "\(found.map(\.message))")
    }

    /// `../../b3462e8…/27. Symmetric Tree/solution.h` from a folder climbs to `/owner/repo/blob/`:
    /// the file at that commit on GitHub. From the root it climbs one folder too far; a date's
    /// digits name no commit.
    @Test func aFileAtACommitOnGitHubIsNoMissingFile() throws {
        let scratch = try ScratchDirectory()
        try FileManager.default.createDirectory(atPath: scratch.path + "/.git", withIntermediateDirectories: true)
        let pinned = "代码请见[这里](../../b3462e886fa4da1120c9e29570ed78f3aa9c881e/27.%20Symmetric%20Tree/solution.h#L12-L23)。\n"
        #expect(try LintHarness.lint(pinned, path: try scratch.write("100. Symmetric Tree/README.md", pinned), rules: ["link-format"]).isEmpty)
        #expect(try LintHarness.lint(pinned, path: try scratch.write("README.md", pinned), rules: ["link-format"]).count == 1)
        let dated = "见[笔记](../../20230101/notes.md)。\n"
        #expect(try LintHarness.lint(dated, path: try scratch.write("notes/README.md", dated), rules: ["link-format"]).count == 1)
    }
}

/// `[Transforms](-#-9-transforms)`: the message names the section the link meant.
@Suite struct StrayTextBeforeSectionTests {
    private func lint(_ markdown: String) throws -> [Diagnostic] {
        let scratch = try ScratchDirectory()
        let path = try scratch.write("README.md", markdown)
        return try LintHarness.lint(markdown, path: path, rules: ["link-format"])
    }

    @Test func aCharacterBeforeTheHashIsNamed() throws {
        let found = try lint("## Contents\n\n* [Transforms](-#transforms)\n\n## Transforms\n\nText.\n")
        #expect(found.map(\.message) == ["linked file '-' does not exist: '-' stands before '#transforms', a section of this document, and is read as a file's name"])
        #expect(found.first?.help == ["link the section alone: '#transforms'"])
        // No such section: a file's name as any other.
        let other = try lint("## Contents\n\n* [Transforms](-#gone)\n\n## Transforms\n\nText.\n")
        #expect(other.map(\.message) == ["linked file '-' does not exist"])
    }
}
