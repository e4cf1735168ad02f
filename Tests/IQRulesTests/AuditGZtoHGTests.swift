import Foundation
import IQCore
import IQMarkdown
import IQTestSupport
import Testing
@testable import IQRules

/// Shapes of the talk lists, exam-preparation banks, company profiles, glossaries, big-data
/// banks, system-design primers, lists outside software and hardware lists read in audits GZ–HG
/// (multiple-choice options, answers folded in `<details>`, one outline per parent, multi-line
/// addresses, submodules, addresses a question asks about, an address written twice, credits
/// in Japanese, an abbreviation closing a heading, a long line break), each through the real
/// parser and linter.
@Suite struct AuditGZtoHGTests {
    // MARK: duplicate-question

    @Test func theOptionsOfMultipleChoiceQuestionsAreNoQuestions() throws {
        let exam = "# Exam\n\n1. Which of the following are advantages of consolidated billing? (Choose two)\n"
            + "    - A. One bill for multiple accounts.\n    - B. Volume discounts.\n\n"
            + "2. Which of the following compute resources are serverless? (Select TWO)\n"
            + "    - A. One bill for multiple accounts.\n    - B. Volume discounts.\n"
        #expect(try LintHarness.lint(exam, rules: ["duplicate-question"]).isEmpty)
        // Nested questions under group labels are still questions.
        let outline = "# Bank\n\n- Basics\n    - What is a closure in JavaScript?\n    - What is hoisting?\n"
            + "- Advanced\n    - What is a closure in JavaScript?\n    - What is the event loop?\n"
        #expect(try LintHarness.lint(outline, rules: ["duplicate-question"]).count == 1)
        #expect(ChoiceOptions.isOptionList(try list("- A. one\n- C. three\n")))
        #expect(ChoiceOptions.isOptionList(try list("- (a) one\n- (b) two\n- (d) four\n")))
        #expect(ChoiceOptions.isOptionList(try list("- A、一\n- B、二\n")))
        #expect(!ChoiceOptions.isOptionList(try list("- A. one\n- A. again\n")))
        #expect(!ChoiceOptions.isOptionList(try list("- a. one\n- B. two\n")))
        #expect(!ChoiceOptions.isOptionList(try list("- A.I. is here\n- B. two\n")))
        #expect(!ChoiceOptions.isOptionList(try list("- Alpha\n- Beta\n")))
        #expect(QuestionOutline.asksBeforeANote("Which are serverless? (Choose TWO)"))
        #expect(QuestionOutline.asksBeforeANote("哪些是无服务器的？（多选）"))
        #expect(!QuestionOutline.asksBeforeANote("Basics (Part 1)"))
    }

    @Test func aNoteOnHowToAnswerIsNoPartOfTheQuestion() throws {
        let twice = "# Exam\n\n1. Which of the following are advantages of consolidated billing? (Choose two)\n"
            + "2. What is a region?\n3. Which of the following are advantages of consolidated billing? (Select TWO)\n"
        #expect(try LintHarness.lint(twice, rules: ["duplicate-question"]).map(\.severity) == [.error])
        #expect(AnsweringNotes.strip("Which are serverless? (Choose TWO)") == "Which are serverless?")
        #expect(AnsweringNotes.strip("以下哪些是无服务器的？（多选）") == "以下哪些是无服务器的？")
        // A company's tag, or a bracket inside the question, stays.
        #expect(AnsweringNotes.strip("How do you reverse a list? (Google)") == "How do you reverse a list? (Google)")
        #expect(AnsweringNotes.strip("What does select (SQL) do") == "What does select (SQL) do")
    }

    @Test func aSurveyAskingEachSectionTheSameIsNoDuplicate() throws {
        let survey = "# Survey\n\n1. Concepts: How often do you find outdated content in the Concepts section?\n"
            + "2. Concepts: How can we improve the Concepts section? Please select all that apply.\n3. Tasks: How often do you find outdated content in the Tasks section?\n"
            + "4. Tasks: How can we improve the Tasks section?  Please select all that apply.\n"
        #expect(try LintHarness.lint(survey, rules: ["duplicate-question"]).isEmpty)
        #expect(RepeatedSubstitutions.fillTheWordSlotsDifferently("Concepts: How often in the Concepts section?", "Tasks: How often in the Tasks section?"))
        // A plural of the same word, or one slot only, is no other subject.
        #expect(!RepeatedSubstitutions.fillTheWordSlotsDifferently("Concept: How often in the Concept section?", "Concepts: How often in the Concepts section?"))
        #expect(!RepeatedSubstitutions.fillTheWordSlotsDifferently("How often in the Concepts section?", "How often in the Tasks section?"))
        #expect(!RepeatedSubstitutions.fillTheWordSlotsDifferently("Concepts: How often in the Concepts section?", "Tasks: How rarely in the Tasks section?"))
    }

    @Test func aDigestSectionAskingAgainIsOneInfo() throws {
        let questions = ["What is a closure in JavaScript?", "What is the event loop?", "What is hoisting in JavaScript?",
                         "What are the data types in JavaScript?", "How does prototypal inheritance work?"]
        func section(_ title: String, _ asked: [String]) -> String { "## \(title)\n\n" + asked.map { "### \($0)\n\nAn answer.\n\n" }.joined() }
        let page = "# JavaScript questions\n\n" + section("Top Questions with Answers", Array(questions.prefix(4)))
            + section("All Questions with Answers", questions + ["What is a promise?", "What is a generator?"])
        let found = try LintHarness.lint(page, rules: ["duplicate-question"])
        #expect(found.count == 1 && found[0].severity == .info && found[0].message.hasSuffix("and 3 more questions of that section asked again in this one"),
                "\(found.map(\.message))")
    }

    @Test func anAnswerFoldedUnderItsSummaryIsNoQuestion() throws {
        let answer = "On kubeadm clusters like this one, the default location for certificate files is `/etc/kubernetes/pki/etcd`"
        func test(_ first: String, _ second: String) -> String {
            "# Practice Test\n\n1.  <details>\n    <summary>\(first)</summary>\n\n    \(answer)\n    </details>\n\n"
                + "1.  <details>\n    <summary>\(second)</summary>\n\n    \(answer)\n    </details>\n"
        }
        let distinct = test("Where is the ETCD server certificate file located?", "Where is the ETCD CA Certificate file located?")
        #expect(try LintHarness.lint(distinct, rules: ["duplicate-question"]).isEmpty)
        // The same summary twice is the question asked twice.
        let twice = test("Where is the ETCD server certificate file located?", "Where is the ETCD server certificate file located?")
        #expect(try LintHarness.lint(twice, rules: ["duplicate-question"]).count == 1)
        #expect(Question.summaryText(of: "<details>\n<summary><b>What is a Pod?</b></summary>") == "What is a Pod?")
        #expect(Question.summaryText(of: "<details>\n<p>no summary</p>") == nil)
    }

    @Test func oneOutlineWrittenForEachParentLeadsToItsOwnPages() throws {
        func clusters(_ second: String) -> String {
            "# Managed Clusters\n\n* AWS EKS\n    * [Manual build using the console](https://a.example/eks/console)\n"
                + "    * [Automated build using Terraform](https://a.example/eks/terraform)\n* Azure AKS\n"
                + "    * [Manual build using the console](\(second))\n    * [Automated build using Terraform](https://a.example/aks/terraform)\n"
        }
        #expect(try LintHarness.lint(clusters("https://a.example/aks/console"), rules: ["duplicate-question"]).isEmpty)
        // The same page under both parents: the entry is listed twice.
        #expect(try LintHarness.lint(clusters("https://a.example/eks/console"), rules: ["duplicate-question"]).count == 1)
    }

    // MARK: lazy-continuation

    @Test func entriesEachWrittenOverLinesAreNoGluedItems() throws {
        let offices = "# Offices\n\n* 1100 Winter St.\n( Headquarters )\nWaltham, MA 02451\n\n* Boston, MA\n201 South Street\nBoston, MA 02111\n\n"
            + "* Boulder, CO\n1433 Pearl Street\nBoulder, CO 80302\n"
        #expect(try LintHarness.lint(offices, rules: ["lazy-continuation"]).isEmpty)
        // One entry among one-line entries carrying a line: a lost item, reported.
        let one = "# Tools\n\n* Docker\n\n* Kubernetes\nHelm\n\n* Terraform\n"
        #expect(try LintHarness.lint(one, rules: ["lazy-continuation"]).count == 1)
        // A tight list keeps its glued lines reported.
        let tight = "# Tools\n\n* Docker\nPodman\n* Kubernetes\nHelm\n"
        #expect(try LintHarness.lint(tight, rules: ["lazy-continuation"]).count == 2)
    }

    // MARK: link-format

    @Test func aPathStepsBackOutOfAFolderTheDiskDoesNotHold() throws {
        let scratch = try ScratchDirectory()
        try scratch.write("images/Route_53.png", "png")
        let page = try scratch.write("sections/global.md", "# Global\n\n![Route 53](./images/../../images/Route_53.png)\n")
        let text = try String(contentsOfFile: page, encoding: .utf8)
        #expect(try LintHarness.lint(text, path: page, rules: ["link-format"]).isEmpty)
        let gone = try scratch.write("sections/gone.md", "# Gone\n\n![Route 54](./images/../../images/Route_54.png)\n")
        #expect(try LintHarness.lint(try String(contentsOfFile: gone, encoding: .utf8), path: gone, rules: ["link-format"]).count == 1)
        #expect(LinkFormatRule.foldedSteps("./images/../../images/a.png") == "../images/a.png")
        #expect(LinkFormatRule.foldedSteps("a/./b/../c") == "a/c")
        #expect(LinkFormatRule.foldedSteps("../../x") == "../../x")
    }

    @Test func aMadeUpHostWithoutItsSchemeIsAnInfo() throws {
        let guide = "# Contributing\n\nUse this format:\n\n1. [Foo](foo.io) - We build a certificate provider. Python, Full Time\n"
            + "2. [Bar](bar.io) - Uber for fruit baskets. Node, JS\n"
        let found = try LintHarness.lint(guide, rules: ["link-format"])
        #expect(found.map(\.severity) == [.info, .info] && found.allSatisfy { $0.fix == nil }, "\(found.map(\.message))")
        // A real host without its scheme stays an error.
        #expect(try LintHarness.lint("# A\n\n- [Zhihu](zhuanlan.zhihu.com/p/1)\n", rules: ["link-format"]).map(\.severity) == [.error])
    }

    @Test func anAddressWrittenTwiceIsAWarningWithAnUnsafeFix() throws {
        let papers = "# Papers\n\n- [Ten packages](https://doi.org/https://doi.org/10.5194/bg-12-1483-2015)\n"
            + "- [Gateway](https://doi.org/http://DOI.org/10.1016/j.cliser.2017.07.001)\n"
        let found = try LintHarness.lint(papers, rules: ["link-format"])
        #expect(found.map(\.severity) == [.warning, .warning] && found.allSatisfy { $0.fix?.applicability == .unsafe }, "\(found.map(\.message))")
        // An archive of another site's page, and one address: fine.
        let fine = "# A\n\n- [w](https://web.archive.org/web/2020/https://a.example/x)\n- [d](https://doi.org/10.1/x)\n"
        #expect(try LintHarness.lint(fine, rules: ["link-format"]).isEmpty)
        #expect(LinkFormatRule.repeatedAddressPrefix("https://doi.org/https://doi.org/10.1/x") == "https://doi.org/")
        #expect(LinkFormatRule.repeatedAddressPrefix("https://doi.org/https://doi.orgx/10.1/x") == nil)
    }

    @Test func aLinkIntoASubmoduleIsNoMissingFile() throws {
        let scratch = try ScratchDirectory()
        try scratch.write("docs/here.md", "# Here\n")
        let text = "# Skills\n\n- [pyth](ext/skills/pyth/SKILL.md) - price feeds\n- [gone](docs/gone.md) - a page\n- [here](docs/here.md) - a page\n"
        let page = try scratch.write("README.md", text)
        #expect(try LintHarness.lint(text, path: page, rules: ["link-format"]).count == 2)
        try scratch.write(".gitmodules", "[submodule \"ext/skills\"]\n\tpath = ext/skills\n\turl = https://github.com/example/skills.git\n")
        let found = try LintHarness.lint(text, path: page, rules: ["link-format"])
        #expect(found.count == 1 && found[0].message.contains("docs/gone.md"), "\(found.map(\.message))")
        #expect(Submodules.declaredPaths(in: "[submodule \"a\"]\n  path=vendor/a/\n[submodule \"b\"]\n\tpath = \"b c\"\n\tpathname = x\n")
            == ["vendor/a", "b c"])
    }

    // MARK: insecure-link

    @Test func anAddressAQuestionAsksAboutKeepsItsScheme() throws {
        let quiz = "# Quiz\n\n## What can I access by visiting the URL: http://status.aws.amazon.com/?\n\n"
            + "47. What can you access by visiting <http://status.aws.amazon.com>?\n"
        #expect(try LintHarness.lint(quiz, rules: ["insecure-link"]).isEmpty)
        let statement = "# Links\n\nThe status page is at http://status.aws.amazon.com/ for now.\n"
        #expect(try LintHarness.lint(statement, rules: ["insecure-link"]).map(\.severity) == [.warning])
        // A sentence citing the site before another that asks, and an address alone on its line, are links.
        let cited = "# 工具\n\n在网站<http://color-themes.com/>中将主题下载之后，是一个jar包。那怎么导入到WebStorm呢？\n\nhttp://www.forbes.com/sites/a/?\n"
        #expect(try LintHarness.lint(cited, rules: ["insecure-link"]).count == 2)
    }

    // MARK: duplicate-link, heading-punctuation, trailing-whitespace

    @Test func creditsTitledInJapaneseCiteWhatTheListHolds() throws {
        func blogs(_ credits: String) -> String {
            "# Blogs\n\n## 企業のエンジニアブログ\n\n* [High Scalability](https://highscalability.com/)\n* [Netflix Tech Blog](https://netflixtechblog.com/)\n\n"
                + "## \(credits)\n\nSpecial thanks to:\n\n* [High scalability](https://highscalability.com/)\n* [Cracking the coding interview](https://a.example/ctci)\n"
        }
        #expect(try LintHarness.lint(blogs("クレジット"), rules: ["duplicate-link"]).isEmpty)
        #expect(try LintHarness.lint(blogs("ブログ"), rules: ["duplicate-link"]).count == 1)
        // A credit card is no credit.
        #expect(try LintHarness.lint(blogs("クレジットカード積立"), rules: ["duplicate-link"]).count == 1)
    }

    @Test func anAdvisoryCoveringARangeOfEntriesIsNoCopiedAddress() throws {
        let advisory = "https://a.example/vulns/CVE-2017-15613_to_CVE-2017-15637.txt"
        let list = "# CVE list\n\n## [CVE-2017-15613](\(advisory))\n\n- Stored XSS.\n\n## [CVE-2017-15614](\(advisory))\n\n- Reflected XSS.\n"
        let found = try LintHarness.lint(list, rules: ["duplicate-link"])
        #expect(found.allSatisfy { $0.severity == .info && !$0.help.contains { $0.contains("copied from that entry") } }, "\(found.map(\.help))")
        #expect(DuplicateLinkRule.namesARangeHolding("CVE-2017-15614", "CVE-2017-15613_to_CVE-2017-15637.txt"))
        #expect(!DuplicateLinkRule.namesARangeHolding("CVE-2017-15640", "CVE-2017-15613_to_CVE-2017-15637.txt"))
        #expect(!DuplicateLinkRule.namesARangeHolding("CVE-2017-15614", "CVE-2017-15613.txt"))
    }

    @Test func viewsOfOneCollectionCrossListingItsEntriesAreOneInfoAFile() throws {
        func entry(_ number: Int) -> String { "1. [Report \(number) on thing \(number * 7)](https://a.example/reports/\(1000 + number)) to Program\(number) - \(number) upvotes\n" }
        let views = ["a-paid.md": "# Top paid\n\n" + (0..<12).map(entry).joined(), "b-xss.md": "# XSS\n\n" + (100..<112).map(entry).joined()]
        func upvoted(_ shared: [Int]) -> String { "# Top upvoted\n\n" + (shared.map(entry) + (300..<312).map(entry)).joined() }
        // Three entries listed in a-paid.md, three in b-xss.md: six cross-listings, one info.
        let six = try LintHarness.lint(upvoted([0, 1, 2, 100, 101, 102]), path: "z-upvoted.md", rules: ["duplicate-link"], companions: views)
        #expect(six.count == 1 && six[0].severity == .info
                && six[0].message.hasSuffix("and 5 more of this file's entries are listed in other files of the collection too"), "\(six.map(\.message))")
        // A few cross-listings are each reported.
        let three = try LintHarness.lint(upvoted([0, 1, 100]), path: "z-upvoted.md", rules: ["duplicate-link"], companions: views)
        #expect(three.count == 3 && three.allSatisfy { $0.message.hasPrefix("duplicate link: same article as ") && !$0.message.contains("more") }, "\(three.map(\.message))")
    }

    @Test func anAbbreviationsPeriodClosesAHeading() throws {
        #expect(try LintHarness.lint("# Resources\n\n## GitHub Org.\n\ntext\n", rules: ["heading-punctuation"]).isEmpty)
        #expect(try LintHarness.lint("# Resources\n\n## GitHub organisations.\n\ntext\n", rules: ["heading-punctuation"]).count == 1)
    }

    @Test func aLineBreakOfThreeSpacesIsAnInfo() throws {
        let found = try LintHarness.lint("# A\n\n第一阶段：NameNode启动   \n客户端请求。\n", rules: ["trailing-whitespace"])
        #expect(found.map(\.severity) == [.info] && found.first?.fix?.applicability == .safe, "\(found.map(\.message))")
    }

    // MARK: missing-link

    @Test func anInvitationClosingTheCommunitysNotesIsNoEntry() throws {
        let notes = "# Notes\n\nCommunity notes:\n\n* [Notes from Alice](https://a.example/a)\n* [Notes from Bob](https://a.example/b)\n* Add your notes here\n"
        #expect(try LintHarness.lint(notes, rules: ["missing-link"]).isEmpty)
        #expect(try LintHarness.lint(notes.replacingOccurrences(of: "Add your notes here", with: "Notes from Carol"), rules: ["missing-link"]).count == 1)
        #expect(Placeholders.invitesContributions("Your project here"))
        #expect(Placeholders.invitesContributions("欢迎补充更多资料"))
        #expect(!Placeholders.invitesContributions("Here is your first program"))
    }

    // MARK: reading files

    @Test func aUTF16FileIsNamedSo() throws {
        #expect(throws: InputError(path: "a.md", problem: "encoded as UTF-16LE (it starts with a byte-order mark); iqlint reads UTF-8: convert it, e.g. iconv -f UTF-16LE -t UTF-8")) {
            try FileSystem.decode([0xFF, 0xFE, 0x23, 0x00, 0x20, 0x00], path: "a.md")
        }
        #expect(throws: InputError.self) { try FileSystem.decode([0x23, 0x00], path: "b.md") }
        #expect(try FileSystem.decode([0xEF, 0xBB, 0xBF, 0x23, 0x20, 0x41], path: "c.md").text.hasSuffix("# A"))
    }

    // MARK: heading-increment

    @Test func aQuizSettingQuestionsSmallAndAnswersBigKeepsItsLevels() throws {
        let quiz = "# Quiz\n\n###### 1. What's the output?\n\n#### Answer: A\n\n###### 2. What's the output?\n\n#### Answer: B\n\n"
            + "###### 3. What's the output?\n\n#### Answer: C\n"
        #expect(try LintHarness.fix(quiz, rules: ["heading-increment"], unsafe: true) == quiz)
        #expect(HeadingIncrementRule.alternatingLevels(MarkdownParser.parse(quiz).headings) == [6])
        // Once is no habit.
        #expect(HeadingIncrementRule.alternatingLevels(MarkdownParser.parse("###### a\n\n#### b\n\n###### c\n").headings).isEmpty)
    }

    private func list(_ markdown: String) throws -> MarkdownList {
        let document = MarkdownParser.parse(markdown)
        return try #require(document.lists.first)
    }
}
