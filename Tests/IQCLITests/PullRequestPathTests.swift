import Foundation
import IQTestSupport
import Testing

/// Pull-request mode's cheaper path (base versions re-linted only for the rules of diagnostics
/// outside the changed lines; `duplicate-question` probing only changed questions) reports
/// exactly what the first path did (every rule over everything, every base re-linted in full,
/// still reachable with IQLINT_PR_FULL_RELINT=1), on real repositories and every rule.
@Suite struct PullRequestPathTests {
    /// `--base` output of both paths, byte for byte (JSON, with related locations and fixes).
    /// Without `config`, each file follows its nearest `.iqlint.yml`.
    private func bothPaths(_ repo: GitFixture, base: String, extra: [String] = [], config: String? = "empty.yml") throws -> (cheap: String, full: String) {
        if let config { try repo.write(config, "") }
        let arguments = ["check"] + (config.map { ["--config", $0] } ?? []) + ["--base", base, "--format", "json"] + extra
        let cheap = try CommandRunner.iqlint(arguments, in: repo.path)
        let full = try CommandRunner.iqlint(arguments, in: repo.path, environment: ["IQLINT_PR_FULL_RELINT": "1"])
        #expect(cheap.status == full.status, "\(cheap.stderr)\(full.stderr)")
        return (cheap.stdout, full.stdout)
    }

    private func rules(in json: String) throws -> [String] {
        try diagnostics(in: json).map { "\($0["rule"]!)" }
    }

    private func diagnostics(in json: String) throws -> [[String: Any]] {
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        return try #require(object["diagnostics"] as? [[String: Any]])
    }

    /// `rule`'s diagnostics outside the lines the last commit changed: what only the base
    /// versions can tell apart from old findings.
    private func outsideTheChange(_ json: String, rule: String, changed: ClosedRange<Int>...) throws -> [Int] {
        try diagnostics(in: json).filter { "\($0["rule"]!)" == rule }.compactMap { $0["line"] as? Int }
            .filter { line in !changed.contains { $0.contains(line) } }
    }

    @Test func sampleBankWithAddedEditedAndDeletedItems() throws {
        let bank = try String(contentsOfFile: RepositoryPaths.sampleCorpus, encoding: .utf8)
        let repo = try GitFixture()
        let parent = try repo.commit("bank", files: ["README.md": bank])
        var lines = bank.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let last = try #require(lines.firstIndex { $0.hasPrefix("14. [偏差和方差]") })
        lines.insert("15. [梯度裁剪的目的、原理](https://zhuanlan.zhihu.com/p/12345678)", at: last + 1)
        lines.insert("16. [一个全新的问题：如何评估分词器](https://new.example/tokenizer)", at: last + 2)
        // An item deleted further down: the lines after it are untouched but shifted.
        let deleted = try #require(lines.indices.last { lines[$0].hasPrefix("3. [") })
        lines.remove(at: deleted)
        try repo.commit("change", files: ["README.md": lines.joined(separator: "\n")])

        let (cheap, full) = try bothPaths(repo, base: parent)
        #expect(cheap == full)
        let found = try rules(in: cheap)
        #expect(found.contains("duplicate-question"), "the added duplicate is found: \(found)")
    }

    /// A bank large enough to start parsing while git is still diffing (`EarlyParse`): the same
    /// report as the run on one thread, where nothing starts early; and a new version that is
    /// not text still stops the run with its one-line error.
    @Test func largeBankParsedWhileGitDiffs() throws {
        var lines = ["# 大题库", ""]
        for section in 0..<60 {
            lines += ["## 第\(section)章", ""]
            for item in 1...80 { lines.append("\(item). [第\(section)章第\(item)题：模型\(section * 97 + item)的训练目标是什么](https://q.example/\(section)/\(item))") }
            lines.append("")
        }
        let bank = lines.joined(separator: "\n")
        #expect(bank.utf8.count > 256 * 1024)
        let repo = try GitFixture()
        let parent = try repo.commit("bank", files: ["README.md": bank])
        var changed = lines
        let at = try #require(changed.firstIndex { $0.hasPrefix("80. [第30章") })
        changed.insert("81. [第30章第1题：模型2911的训练目标是什么？](https://q.example/again)", at: at + 1)
        changed[at - 5] += "  "
        try repo.commit("change", files: ["README.md": changed.joined(separator: "\n")])
        try repo.write("empty.yml", "")
        let arguments = ["check", "--config", "empty.yml", "--base", parent, "--format", "json"]
        let parallel = try CommandRunner.iqlint(arguments, in: repo.path)
        let serial = try CommandRunner.iqlint(arguments, in: repo.path, environment: ["IQLINT_THREADS": "1"])
        #expect(parallel.status == 1 && serial.status == 1, "\(parallel.stderr)\(serial.stderr)")
        #expect(parallel.stdout == serial.stdout)
        let found = try rules(in: parallel.stdout)
        #expect(found.contains("duplicate-question") && found.contains("trailing-whitespace"), "\(found)")

        try repo.commit("binary", files: ["README.md": bank + "\n\u{0}"])
        let broken = try CommandRunner.iqlint(["check", "--config", "empty.yml", "--base", "HEAD~1"], in: repo.path)
        #expect(broken.status == 2)
        #expect(broken.stderr.contains("README.md") && broken.stderr.split(separator: "\n").count == 1, "\(broken.stderr)")
    }

    /// Rules that judge each chunk alone (link-format, lazy-continuation, tracking-param) look
    /// at the chunks a change touched only, and report what the full path reports, also a
    /// finding the change caused on a line it did not touch (a deleted blank line glues the next
    /// line onto an item). A document whose links carry campaign tags, or that may hold a link
    /// reference definition, is judged whole.
    @Test func chunkLocalRulesLookAtTheChangedChunks() throws {
        let old = ["# 题库", "", "## 基础", "", "1. [什么是过拟合](https://a.example/overfit?fbclid=abc)",
                   "2. [什么是欠拟合]( https://a.example/underfit)", "",
                   "## 进阶", "", "1. [注意力机制的复杂度](https://a.example/attn)", "", "什么是梯度消失", "",
                   "## 其他", "", "1. [位置编码的作用](https://a.example/pos)", ""]
        var new = old
        new.remove(at: 10)
        new.insert("2. [新问题：如何评估分词器]( https://a.example/tokenizer?fbclid=xyz)", at: new.count - 1)
        for extra in ["", "\n[ref]: https://a.example/ref\n", "\n- [带标签的链接](https://a.example/tagged?utm_source=x)\n"] {
            let repo = try GitFixture()
            let parent = try repo.commit("base", files: ["README.md": old.joined(separator: "\n") + extra])
            try repo.commit("change", files: ["README.md": new.joined(separator: "\n") + extra])
            let (cheap, full) = try bothPaths(repo, base: parent)
            #expect(cheap == full, "\(extra)")
            let found = try diagnostics(in: cheap).map { "\($0["rule"]!):\($0["line"]!)" }
            #expect(Set(found) == ["lazy-continuation:11", "link-format:16", "tracking-param:16"], "\(extra): \(found)")
        }
    }

    /// A collection that tags its own links (`utm_source=newsletter` on three addresses) is a
    /// fact of the whole document: tracking-param judges a new tagged link against all of it.
    @Test func campaignTagsAreJudgedOverTheWholeDocument() throws {
        let old = ["# 资源", "", "## 文章", "", "- [第一篇](https://a.example/1?utm_source=newsletter)",
                   "- [第二篇](https://b.example/2?utm_source=newsletter)", "- [第三篇](https://c.example/3?utm_source=newsletter)", "",
                   "## 新文章", "", "- [旧的一篇](https://d.example/4)", ""]
        let cheap = try bothPathsAgree(inserting: "- [新的一篇](https://e.example/5?utm_source=newsletter&fbclid=abc)", at: 11, into: old,
                                       rule: "tracking-param")
        let messages = try diagnostics(in: cheap).map { "\($0["line"]!): \($0["message"]!)" }
        #expect(messages == ["12: tracking parameter 'fbclid' in link"], "\(messages)")
    }

    /// Whether relative links to files lead anywhere is judged over the whole document: a file
    /// none of whose links to files resolve is outside its repository, and one more such link
    /// is no finding of its own.
    @Test func linksToFilesAreJudgedOverTheWholeDocument() throws {
        let old = ["# 笔记", "", "## 基础", "", "- [一](docs/one.md)", "- [二](docs/two.md)", "- [三](docs/three.md)", "",
                   "## 进阶", "", "- [外链](https://a.example/x)", ""]
        let cheap = try bothPathsAgree(inserting: "- [四](docs/four.md)", at: 11, into: old, rule: "link-format")
        #expect(try diagnostics(in: cheap).isEmpty, "\(cheap)")
    }

    /// A README of `lines` committed, then `line` inserted at `index`: `rule`'s report of the
    /// change, checked to be the full path's.
    private func bothPathsAgree(inserting line: String, at index: Int, into lines: [String], rule: String) throws -> String {
        let repo = try GitFixture()
        let parent = try repo.commit("base", files: ["README.md": lines.joined(separator: "\n")])
        var new = lines
        new.insert(line, at: index)
        try repo.commit("change", files: ["README.md": new.joined(separator: "\n")])
        let (cheap, full) = try bothPaths(repo, base: parent, extra: ["--select", rule])
        #expect(cheap == full)
        return cheap
    }

    /// The same flagged text on an old line and on a line the change added before it: the full
    /// path counted the old one as a second occurrence the base did not have and reported it
    /// too; the chunk-local path does not look at the old line's chunk at all.
    @Test func anOldFindingRepeatedByTheChangeIsNotReportedAgain() throws {
        let old = ["# 题库", "", "## 其他", "", "1. [位置编码的作用](https://a.example/pos)", "",
                   "## 基础", "", "1. [什么是过拟合]( https://a.example/overfit)", "",
                   "## 进阶", "", "1. [注意力机制的复杂度](https://a.example/attn)", ""]
        let repo = try GitFixture()
        let parent = try repo.commit("base", files: ["README.md": old.joined(separator: "\n")])
        var new = old
        new.insert(contentsOf: ["## 新增", "", "1. [什么是过拟合]( https://a.example/overfit)", ""], at: 2)
        try repo.commit("change", files: ["README.md": new.joined(separator: "\n")])
        let (cheap, full) = try bothPaths(repo, base: parent, extra: ["--select", "link-format"])
        #expect(try diagnostics(in: full).map { $0["line"] as? Int } == [5, 13])
        #expect(try diagnostics(in: cheap).map { $0["line"] as? Int } == [5])
    }

    @Test func severalFilesRenamesNewFilesAndSuppressions() throws {
        let repo = try GitFixture()
        let basics = "# 基础\n\n1. [什么是过拟合](https://a.example/overfit)\n2. [什么是梯度消失](https://a.example/vanish)\n4. [什么是正则化](https://a.example/reg)\n"
        let advanced = "# 进阶\n\n<!-- iqlint-disable-next-line list-numbering -->\n1. [注意力机制的复杂度](https://a.example/attn)\n2. [位置编码的作用](https://a.example/pos)\n"
        let parent = try repo.commit("base", files: ["basics.md": basics, "advanced.md": advanced, "old.md": "# 旧\n\n1. [旧问题](https://a.example/old)\n"])
        try repo.git("mv", "old.md", "renamed.md")
        try repo.commit("change", files: [
            "basics.md": basics + "5. [什么是过拟合？](https://b.example/overfit-again)\n",
            "advanced.md": advanced + "3. [位置编码的作用是什么](https://a.example/vanish)\n",
            "renamed.md": "# 旧\n\n1. [旧问题](https://a.example/old)\n2. [注意力机制的复杂度](https://c.example/attn)\n",
            "new.md": "# 新\n\n1. [什么是正则化](https://a.example/reg)\n3. [新问题](https://a.example/new)\n",
        ])
        let (cheap, full) = try bothPaths(repo, base: parent)
        #expect(cheap == full)
        let found = try rules(in: cheap)
        #expect(found.contains("duplicate-question") && found.contains("duplicate-link") && found.contains("list-numbering"), "\(found)")

        let (cheapSelected, fullSelected) = try bothPaths(repo, base: "HEAD~1", extra: ["--select", "duplicate-question,unused-suppression"])
        #expect(cheapSelected == fullSelected)
    }

    @Test func changeWithNothingOutsideItsLinesNeedsNoBase() throws {
        let repo = try GitFixture()
        let parent = try repo.commit("base", files: ["README.md": "# 题库\n\n1. [问题一](https://a.example/1)\n2. [问题二](https://a.example/2)\n"])
        // A repeated entry (duplicate-link; duplicate-question yields to it) and a question repeated with another link.
        try repo.commit("change", files: ["README.md": "# 题库\n\n1. [问题一](https://a.example/1)\n2. [问题二](https://a.example/2)\n3. [问题一](https://a.example/1)\n4. [问题二](https://b.example/other)\n"])
        let (cheap, full) = try bothPaths(repo, base: parent)
        #expect(cheap == full)
        #expect(try rules(in: cheap).sorted() == ["duplicate-link", "duplicate-question"])
    }

    @Test func linkAddedAboveAnOldOneMakesTheOldOneTheRepeat() throws {
        let repo = try GitFixture()
        let parent = try repo.commit("base", files: ["README.md": "# 题库\n\n- [甲](https://a.example/1)\n- [乙](https://a.example/2)\n"])
        try repo.commit("change", files: ["README.md": "# 题库\n\n- [丙](https://a.example/2)\n- [甲](https://a.example/1)\n- [乙](https://a.example/2)\n"])
        let (cheap, full) = try bothPaths(repo, base: parent)
        #expect(cheap == full)
        #expect(try rules(in: cheap) == ["duplicate-link"])
    }

    /// Where the paths differ on purpose: a question inserted above an old one it duplicates is
    /// reported where it was inserted (the change is responsible), not on the untouched old line.
    @Test func insertedEarlierDuplicateIsReportedWhereItWasInserted() throws {
        let repo = try GitFixture()
        let parent = try repo.commit("base", files: ["README.md": "# 题库\n\n- [什么是过拟合](https://a.example/1)\n- [什么是注意力机制](https://a.example/2)\n"])
        try repo.commit("change", files: ["README.md": "# 题库\n\n- [什么是注意力机制？](https://b.example/3)\n- [什么是过拟合](https://a.example/1)\n- [什么是注意力机制](https://a.example/2)\n"])
        try repo.write("empty.yml", "")
        let result = try repo.iqlint(["check", "--config", "empty.yml", "--base", parent, "--format", "json", "--select", "duplicate-question"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let diagnostics = try #require(object["diagnostics"] as? [[String: Any]])
        #expect(diagnostics.map { $0["line"] as? Int } == [3])
    }

    /// An item inserted into a numbered list: the unchanged items after it are misnumbered now.
    @Test func insertedItemMisnumbersUnchangedItemsAfterIt() throws {
        let repo = try GitFixture()
        let items = (1...6).map { "\($0). [第\($0)个问题：什么是模型\($0)](https://a.example/\($0))" }
        let parent = try repo.commit("base", files: ["README.md": "# 题库\n\n" + items.joined(separator: "\n") + "\n"])
        var changed = items
        changed.insert("3. [新插入的问题：如何评估分词器](https://a.example/new)", at: 2)
        try repo.commit("change", files: ["README.md": "# 题库\n\n" + changed.joined(separator: "\n") + "\n"])
        let (cheap, full) = try bothPaths(repo, base: parent)
        #expect(cheap == full)
        #expect(try !outsideTheChange(cheap, rule: "list-numbering", changed: 5...5).isEmpty, "\(cheap)")
    }

    /// A change that makes linked questions the majority: the old unlinked questions, on
    /// unchanged lines, now miss their links.
    @Test func conventionShiftFlagsUnchangedItems() throws {
        let repo = try GitFixture()
        let base = "# 题库\n\n## 基础\n\n1. 什么是过拟合？\n2. 什么是欠拟合？\n3. 什么是正则化？\n4. 什么是梯度消失？\n5. [什么是注意力](https://a.example/1)\n"
        let parent = try repo.commit("base", files: ["README.md": base])
        let added = (1...6).map { "\($0). [新问题\($0)是什么](https://a.example/n\($0))" }.joined(separator: "\n")
        try repo.commit("change", files: ["README.md": base + "\n## 新增\n\n" + added + "\n"])
        let (cheap, full) = try bothPaths(repo, base: parent)
        #expect(cheap == full)
        #expect(try outsideTheChange(cheap, rule: "missing-link", changed: 9...17) == [5, 6, 7, 8], "\(cheap)")
        // One thread (the base version parsed in place, not behind the lint) reports the same.
        let serial = try CommandRunner.iqlint(["check", "--config", "empty.yml", "--base", parent, "--format", "json"], in: repo.path,
                                              environment: ["IQLINT_THREADS": "1"])
        #expect(serial.stdout == cheap)
    }

    /// A heading renamed under an unchanged table of contents: its entry now points nowhere.
    @Test func renamedHeadingBreaksAnUnchangedTableOfContents() throws {
        let repo = try GitFixture()
        let document = "# 题库\n\n- [基础](#基础)\n- [进阶](#进阶)\n\n## 基础\n\n1. [什么是过拟合](https://a.example/1)\n\n## 进阶\n\n1. [注意力机制的复杂度](https://a.example/4)\n"
        let parent = try repo.commit("base", files: ["README.md": document])
        try repo.commit("change", files: ["README.md": document.replacingOccurrences(of: "## 进阶\n", with: "## 进阶题目\n")])
        let (cheap, full) = try bothPaths(repo, base: parent)
        #expect(cheap == full)
        #expect(try outsideTheChange(cheap, rule: "toc-anchor", changed: 10...10) == [4], "\(cheap)")
    }

    /// Renumbering touches every item of a list: questions the base already had as often stay
    /// old, a repeated pair among them too (more texts than are compared one by one), while the
    /// inserted duplicate is new. The full path reports the old pair as well (its lines changed):
    /// one of the differences on purpose.
    @Test func renumberedListKeepsOldQuestionsOld() throws {
        let repo = try GitFixture()
        let texts = (1...12).map { "关于主题\($0 % 10)的第\($0)个问题是什么" } + ["关于主题1的第1个问题是什么"]
        func bank(_ texts: [String]) -> String {
            "# 题库\n\n" + texts.enumerated().map { "\($0 + 1). [\($1)](https://a.example/\($0))" }.joined(separator: "\n") + "\n"
        }
        let parent = try repo.commit("base", files: ["README.md": bank(texts)])
        try repo.commit("change", files: ["README.md": bank(["关于主题3的第3个问题是什么？"] + texts)])
        try repo.write("empty.yml", "")
        let arguments = ["check", "--config", "empty.yml", "--base", parent, "--format", "json", "--select", "duplicate-question"]
        let cheap = try diagnostics(in: try repo.iqlint(arguments).stdout).compactMap { $0["line"] as? Int }
        let full = try diagnostics(in: try CommandRunner.iqlint(arguments, in: repo.path, environment: ["IQLINT_PR_FULL_RELINT": "1"]).stdout)
            .compactMap { $0["line"] as? Int }
        #expect(cheap == [3], "the inserted question is reported where it was inserted, found \(cheap)")
        #expect(full.contains(16) && !cheap.contains(16))
    }

    /// Files under two configurations (two linting profiles): the later profile compares with
    /// the earlier profile's files as they are now, not with their base versions, so a text
    /// the change removed from one profile's file is no partner of the other's new question.
    @Test func twoConfigurationsCompareAcrossProfiles() throws {
        let repo = try GitFixture()
        let parent = try repo.commit("base", files: [
            ".iqlint.yml": "rules: {}\n",
            "sub/.iqlint.yml": "rules:\n  missing-link: off\n",
            "a.md": "# 甲\n\n1. [什么是梯度消失，如何缓解](https://a.example/1)\n2. [什么是过拟合](https://a.example/2)\n",
            "sub/b.md": "# 乙\n\n1. [注意力机制的复杂度](https://b.example/1)\n2. 位置编码的作用\n",
        ])
        try repo.commit("change", files: [
            "a.md": "# 甲\n\n1. [批归一化的作用是什么](https://a.example/1)\n2. [什么是过拟合](https://a.example/2)\n3. [什么是欠拟合](https://a.example/2)\n",
            "sub/b.md": "# 乙\n\n1. [注意力机制的复杂度](https://b.example/1)\n2. 位置编码的作用\n3. [什么是梯度消失？如何缓解](https://a.example/1)\n4. [什么是过拟合？](https://c.example/1)\n",
        ])
        let (cheap, full) = try bothPaths(repo, base: parent, config: nil)
        #expect(cheap == full)
        let found = try diagnostics(in: cheap).map { "\($0["path"]!):\($0["line"]!):\($0["rule"]!)" }
        // a.md's "什么是梯度消失，如何缓解" was replaced by the change; "什么是过拟合" is still there.
        #expect(!found.contains("sub/b.md:5:duplicate-question") && found.contains("sub/b.md:6:duplicate-question"), "\(found)")
    }

    /// duplicate-link normalises only the links that may share a changed link's identity:
    /// every spelling the normaliser folds (scheme, host case, default port, trailing and
    /// doubled slashes, tracking parameters, parameter order, percent-encoding, ignored
    /// fragments, article ids of CSDN, Zhihu and WeChat), in the changed lines and in the
    /// unchanged ones, on a bank whose links share their host, across two files.
    @Test func duplicateLinksInEverySpellingMatchTheFullPath() throws {
        let repo = try GitFixture()
        let filler = (1...60).map { "- [问题\($0)](https://example.com/q/\($0))" }
        let old = [
            "- [梯度裁剪](https://blog.csdn.net/ZacharyGz/article/details/135410610)",
            "- [残差网络](https://zhuanlan.zhihu.com/p/91385516)",
            "- [显存占用](https://mp.weixin.qq.com/s?__biz=MzI4MDYzNzg4Mw==&mid=2247565072&idx=2&sn=1a9)",
            "- [百科](https://baike.baidu.com/item/%E4%B8%AD%E6%96%87)",
            "- [文章](https://Example.com/a?b=2&a=1)",
            "- [首页](https://vapor.codes)",
            "- [指南](https://example.com/guide#install)",
            "- [编码](https://example.com/%61%62)",
        ]
        let other = "# 其他\n\n- [回答](https://www.zhihu.com/question/1/answer/3434426739)\n- [页面](https://example.com/page/)\n"
        let parent = try repo.commit("base", files: ["README.md": "# 题库\n\n" + (old + filler).joined(separator: "\n") + "\n", "other.md": other])
        let added = [
            "- [裁剪](https://zacharygz.blog.csdn.net/article/details/135410610?spm=1001.2014.3001.5502)",
            "- [残差](https://www.zhihu.com/tardis/bd/art/91385516)",
            "- [占用](https://mp.weixin.qq.com/s?idx=2&mid=2247565072&__biz=MzI4MDYzNzg4Mw%3D%3D#wechat_redirect)",
            "- [百科二](https://baike.baidu.com/item/中文/)",
            "- [文章二](http://example.com:443/a/?a=1&b=2&utm_source=x)",
            "- [首页二](HTTP://VAPOR.CODES/#top)",
            "- [指南二](https://example.com/guide#usage)",
            "- [指南三](https://example.com/guide/#install)",
            "- [编码二](https://example.com/ab)",
            "- [回答二](https://www.zhihu.com/answer/3434426739#rd)",
            "- [页面二](https://EXAMPLE.com//page)",
            "- [问题七](https://example.com/q/7?utm_medium=a)",
            "- [问题七十](https://example.com/q/70)",
        ]
        // One added above the old links, the others below; an old link edited into a repeat.
        var lines = ["- [新](https://example.com/q/12/)"] + old + filler + added
        lines[lines.count - added.count - 1] = "- [问题六十](https://example.com/q/59)"
        try repo.commit("change", files: ["README.md": "# 题库\n\n" + lines.joined(separator: "\n") + "\n", "other.md": other])
        let (cheap, full) = try bothPaths(repo, base: parent, extra: ["--select", "duplicate-link"])
        #expect(cheap == full)
        let lines3 = try diagnostics(in: cheap).compactMap { $0["line"] as? Int }
        // Every added repeat but "指南二" (another section of the page), "问题七十" and the first
        // line's old partner (q/12, reported on the old line it makes the repeat).
        #expect(lines3.count == 13, "\(lines3)")
    }

    /// A new file has no changed lines: every link of it is the change's, more than the clues
    /// worth testing one by one; every link is then compared, with the same findings.
    @Test func newFileWithManyLinksMatchesTheFullPath() throws {
        let repo = try GitFixture()
        let old = (1...40).map { "- [问题\($0)](https://example.com/q/\($0))" }.joined(separator: "\n")
        let parent = try repo.commit("base", files: ["README.md": "# 题库\n\n" + old + "\n"])
        // Ten of its thirty links repeat the README's: not a copy of it (see the next test).
        let copied = (1...30).map { "- [问题\($0)](http://EXAMPLE.com/q/\($0 * 4)/?utm_source=x)" }.joined(separator: "\n")
        try repo.commit("change", files: ["new.md": "# 新\n\n" + copied + "\n"])
        let (cheap, full) = try bothPaths(repo, base: parent, extra: ["--select", "duplicate-link"])
        #expect(cheap == full)
        // Ten cross-listings of one file: one info at the first, counting the other nine.
        let found = try diagnostics(in: cheap)
        #expect(found.count == 1 && (found.first?["message"] as? String)?.hasSuffix("and 9 more of this file's entries are listed in other files of the collection too") == true,
                "\(found)")
    }

    /// An index gathering a topic's file (`category/all.md`): a question added to both, as the
    /// collection does, is no duplicate; the pair's one `info` is at its first old repeat, so
    /// the change reports nothing, as the full path says.
    @Test func anEntryAddedToAFileAndItsIndexIsNoDuplicate() throws {
        let repo = try GitFixture()
        let css = (1...6).map { "- [CSS 问题\($0)？](https://a.example/issues/\($0))" }
        let html = (7...12).map { "- [HTML 问题\($0)？](https://a.example/issues/\($0))" }
        func files(css: [String], html: [String]) -> [String: String] {
            ["category/all.md": "# 汇总\n\n## css\n\n" + css.joined(separator: "\n") + "\n\n## html\n\n" + html.joined(separator: "\n") + "\n",
             "category/css.md": "# CSS\n\n## 历史题目\n\n" + css.joined(separator: "\n") + "\n"]
        }
        let parent = try repo.commit("base", files: files(css: css, html: html))
        try repo.commit("change", files: files(css: css + ["- [CSS 问题13？](https://a.example/issues/13)"], html: html))
        let (cheap, full) = try bothPaths(repo, base: parent, extra: ["--select", "duplicate-link"])
        #expect(cheap == full)
        #expect(try diagnostics(in: cheap).isEmpty, "\(cheap)")
    }

    /// A bank of mostly distinct generated questions (invented names on question templates),
    /// in bulleted lists (numbers would change on every item after an inserted one, whose old
    /// duplicates the full path then reports: a difference on purpose).
    private static func generatedQuestions(count: Int, seed: UInt64) -> [String] {
        let syllables = ["mon", "dex", "bel", "ner", "ca", "ly", "sa", "rix", "tu", "ner", "hu", "zor", "ka", "lo", "sen",
                         "ga", "ma", "tra", "ko", "tek", "qui", "ly", "pel", "dra", "vo", "mi", "ta", "fen", "gu", "ro"]
        let templates = ["%@的显存占用如何估算", "使用%@时会怎样变化", "%@的原理是什么", "为什么需要%@", "%@和Transformer的区别",
                         "How does %@ work", "%@在大模型训练中的作用", "简述%@的实现方式", "%@有哪些优缺点", "%@的数学推导"]
        var state = seed
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        return (0..<count).map { _ in
            let name = (0..<(3 + next(2))).map { _ in syllables[next(syllables.count)] }.joined().capitalized
            return templates[next(templates.count)].replacingOccurrences(of: "%@", with: name)
        }
    }

    /// Each question with its own address: an item keeps its line when others are inserted.
    private static func bank(_ questions: [String]) -> String {
        bank(questions.enumerated().map { ($1, "q/\($0)") })
    }

    private static func bank(_ entries: [(question: String, address: String)]) -> String {
        var lines = ["# 题库", ""]
        for (section, start) in stride(from: 0, to: entries.count, by: 500).enumerated() {
            lines += ["## 第\(section + 1)部分", ""]
            lines += entries[start..<min(start + 500, entries.count)].map { "- [\($0.question)](https://example.com/\($0.address))" }
            lines.append("")
        }
        return lines.joined(separator: "\n")
    }

    /// The change's questions: a copy, a rewording, an extension, a new one twice, and an old
    /// item reworded into a copy of another.
    private static func changed(_ questions: [String]) -> String {
        var result = questions.enumerated().map { ($1, "q/\($0)") }
        result.insert((questions[10], "new/1"), at: 700)
        result.insert((questions[20] + "的总结", "new/2"), at: 40)
        result.insert((questions[30] + "，以及它在推理阶段的影响", "new/3"), at: result.count - 3)
        result.insert(("一个全新的问题：如何评估分词器的压缩率", "new/4"), at: 300)
        result.insert(("一个全新的问题：如何评估分词器的压缩率？", "new/5"), at: 900)
        result[1_100].0 = questions[50] + "（修订版）"
        return bank(result)
    }

    /// duplicate-question pairs the changed questions with every other question directly (no
    /// index); on a bank the exact join covers, the output is the full path's, byte for byte.
    @Test func changedQuestionsProbedDirectlyMatchTheFullPath() throws {
        let questions = Self.generatedQuestions(count: 1_500, seed: 3)
        let repo = try GitFixture()
        let parent = try repo.commit("bank", files: ["README.md": Self.bank(questions), "other.md": Self.bank(Self.generatedQuestions(count: 300, seed: 4))])
        try repo.commit("change", files: ["README.md": Self.changed(questions)])
        let (cheap, full) = try bothPaths(repo, base: parent, extra: ["--select", "duplicate-question"])
        #expect(cheap == full)
        #expect(try diagnostics(in: cheap).count >= 4, "\(cheap)")
    }

    /// Above the exact join's size the full path finds candidates with MinHash LSH, which may
    /// miss a pair; the direct probe finds every finding it reports, on the same lines.
    @Test func changedQuestionsProbedDirectlyFindEveryFindingOfTheIndex() throws {
        let questions = Self.generatedQuestions(count: 11_000, seed: 5)
        let repo = try GitFixture()
        let parent = try repo.commit("bank", files: ["README.md": Self.bank(questions)])
        try repo.commit("change", files: ["README.md": Self.changed(questions)])
        let (cheap, full) = try bothPaths(repo, base: parent, extra: ["--select", "duplicate-question"])
        func findings(_ json: String) throws -> Set<String> {
            Set(try diagnostics(in: json).map { "\($0["path"]!):\($0["line"]!)" })
        }
        let fullFindings = try findings(full)
        #expect(fullFindings.count >= 4, "\(full)")
        #expect(fullFindings.isSubset(of: try findings(cheap)), "\(cheap)")
    }
}
