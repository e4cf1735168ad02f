import IQCore
import IQTestSupport
import Testing
@testable import IQRules

/// Shapes of the Korean and Japanese banks, checklists, book and paper lists, quizzes written as
/// headings and mobile banks read in audits FD–FI, each through the real parser and linter.
@Suite struct AuditFDtoFITests {
    // MARK: duplicate-question

    @Test func anUnlinkedContentsNamesTheBodysQuestions() throws {
        let contents = "# Swift\n\n# 目录\n\n## 闭包\n\n- What are closures in Swift?\n- When would you use a closure?\n\n# 正文\n\n## 闭包\n\n"
            + "- What are closures in Swift?\n- When would you use a closure?\n"
        #expect(try LintHarness.lint(contents, rules: ["duplicate-question"]).isEmpty)
        // A question asked twice in the body is still one.
        let twice = try LintHarness.lint(contents + "- What are closures in Swift?\n", rules: ["duplicate-question"])
        #expect(twice.map(\.line) == [16], "\(twice.map(\.message))")
    }

    @Test func relatedQuestionsPointAtTheirEntries() throws {
        let page = "# Cocos\n\n## 热更新系统如何设计？\n\n版本清单对比。\n\n### 🔗 相关问题\n\n- 如何设计资源管理策略？\n- 热更有哪些合规风险？\n\n"
            + "## UI 框架如何设计？\n\n分层管理界面。\n\n### 🔗 相关问题\n\n- 观察者模式如何用在 UI 更新中？\n- 如何设计资源管理策略？\n"
        #expect(try LintHarness.lint(page, rules: ["duplicate-question"]).isEmpty)
        // `## JVM 相关问题` titles a section of questions: no pointers.
        #expect(ReferringSections.namesRelatedQuestions("🔗 相关问题"))
        #expect(ReferringSections.namesRelatedQuestions("Related Questions"))
        #expect(!ReferringSections.namesRelatedQuestions("JVM 相关问题"))
    }

    @Test func namesInCodeSpansMakeTwoQuestions() throws {
        let quiz = "## Rust\n\n#### Q1. What is the purpose of the `unwrap()` method in Rust?\n\nA.\n\n#### Q2. What is a trait?\n\nB.\n\n"
            + "#### Q3. What is the purpose of the `unwrap_or()` method in Rust?\n\nC.\n"
        #expect(try LintHarness.lint(quiz, rules: ["duplicate-question"]).isEmpty)
        let again = quiz + "\n#### Q4. What is the purpose of the `unwrap()` method in Rust?\n\nD.\n"
        #expect(try LintHarness.lint(again, rules: ["duplicate-question"]).map(\.line) == [15])
        // A name misspelled in its code span is still the name.
        let misspelt = "## Python\n\n#### Q1. How do you define an `__init__()` method with no parameters?\n\nA.\n\n"
            + "#### Q2. What is a list?\n\nB.\n\n#### Q9. How do you define an `_init_()` method with no parameters?\n\nC.\n"
        #expect(try LintHarness.lint(misspelt, rules: ["duplicate-question"]).map(\.line) == [11])
    }

    @Test func oneSnippetFencedOrInlineIsOneMaterial() throws {
        let quiz = "## R\n\n#### Q50. A list named `a` is created using the statement below. Which choice returns TRUE?\n\n`a <- list(\"10\", TRUE)`\n\n- [x] is.list(a[1])\n\n"
            + "#### Q51. What is a vector?\n\nx\n\n#### Q54. A list named _a_ is created using the statement below. Which choice returns TRUE?\n\n```\na <- list(\"10\", TRUE)\n```\n\n- [x] is.list(a[1])\n"
        #expect(try LintHarness.lint(quiz, rules: ["duplicate-question"]).map(\.line) == [13])
    }

    @Test func aScriptShownAsAFigureOrOptionsIsTheQuestionsMaterial() throws {
        let images = "# Bash\n\n## Q1. What is the result of this script?\n\n![question](https://a.example/q1.png)\n\n## Q2. What is the result of this script?\n\n"
            + "![question](https://a.example/q2.png)\n\n## Q3. Which option is the default?\n\nx\n"
        #expect(try LintHarness.lint(images, rules: ["duplicate-question"]).isEmpty)
        let options = "# JS\n\n## Q1. Which statement is true?\n\n- [ ] `[3] == [3]`\n- [x] `3 == '3'`\n\n## Q2. Which statement is true?\n\n"
            + "- [ ] `Boolean(NaN)`\n- [x] `Boolean(\"false\")`\n"
        #expect(try LintHarness.lint(options, rules: ["duplicate-question"]).isEmpty)
        #expect(QuestionScopes.choosesAmongOptions("Which expression evaluates to true?"))
        #expect(!QuestionScopes.choosesAmongOptions("Which HTTP method is idempotent?"))
    }

    @Test func twoArticlesOfOneSubjectOnTwoSitesAreAnInfo() throws {
        let list = "## Commit messages\n\n* [A Note About Git Commit Messages](https://tbaggery.com/a)\n* [Conventional Commits](https://www.conventionalcommits.org)\n"
            + "* [How to Write a Git Commit Message](https://cbea.ms/git-commit)\n* [How to Write Better Git Commit Messages](https://www.freecodecamp.org/news/b)\n"
        let found = try LintHarness.lint(list, rules: ["duplicate-question"])
        #expect(found.map(\.severity) == [.info], "\(found.map(\.message))")
        #expect(QuestionScopes.isTitleCased("How to Write a Git Commit Message"))
        #expect(!QuestionScopes.isTitleCased("How to write a git commit message?"))
    }

    @Test func aQuizsSeriesOfHeadingsAFewApartIsNoDuplicate() throws {
        let quiz = "# Django\n\n## Q1. Which Django class-based view would you use to update an existing object from a model?\n\n- [x] UpdateView\n\n"
            + "## Q2. What is a Django migration?\n\n- [x] A change\n\n## Q3. What does the manage script do?\n\n- [x] Commands\n\n"
            + "## Q4. Which Django class-based view would you use to delete an existing object from a model?\n\n- [x] DeleteView\n"
        #expect(try LintHarness.lint(quiz, rules: ["duplicate-question"]).isEmpty)
    }

    @Test func aTranslationNamedWithUnderscoresIsStillATranslation() {
        #expect(TranslationFiles.areTranslations("git/git_quiz_fr.md", "git/git-quiz.md", groups: []))
        #expect(!TranslationFiles.areTranslations("git/git_quiz.md", "git/git-quiz.md", groups: []))
    }

    // MARK: heading rules

    @Test func aQuizsFewQuestionsALevelUpAreTheSlips() throws {
        let quiz = "## Go\n\n#### Q1. What is a slice?\n\n#### Q2. What does len() return?\n\n#### Q3. Which loop is valid?\n\n"
            + "### Q4. What is the AND operator?\n\n#### Q5. What is a closure?\n"
        let found = try LintHarness.lint(quiz, rules: ["heading-increment"]).sorted { $0.line < $1.line }
        #expect(found.map(\.line) == [3, 9])
        #expect(found.map(\.severity) == [.info, .warning])
        #expect(found.allSatisfy { $0.fix == nil })
    }

    @Test func aNotesPointsClosedByItsSourcesAreItsStyle() throws {
        let note = "# hping3\n- A tool that sends packets\n\n#### Choosing the destination port (-p)\n- `hping3 -S -p 80 a.example`\n\n## References\n- [hping3(8)](https://a.example/man)\n"
        #expect(try LintHarness.lint(note, rules: ["heading-increment"]).map(\.severity) == [.info])
    }

    @Test func aLabelAfterOneHashIsNoTitleToMake() throws {
        let found = try LintHarness.lint("## C++\n\n#### Q1. 什么是重载？\n\nA.\n\n#详细解释：\n\nB.\n", rules: ["heading-space"])
        #expect(found.count == 1)
        #expect(found.first?.fix == nil)
    }

    @Test func questionsForTheInterviewerWaitForNoAnswer() throws {
        let page = "# Behavioural\n\n## Salary\n\nText.\n\n### Questions for the interviewer\n\n#### 1. How many people are in the team?\n\n"
            + "#### 2. Could you describe the department?\n\n#### 3. What does a day look like?\n\n## End\n\nText.\n"
        #expect(try LintHarness.lint(page, rules: ["empty-section"]).isEmpty)
    }

    @Test func aTableOfContentsGoesOnAfterItsSeparator() throws {
        for separator in ["---------------- Semua dibawah ini bersifat opsional ----------------", "---"] {
            let page = "# Koding Interview\n\n## Daftar Isi\n\n- [Apa ini?](#apa-ini)\n- [Struktur Data](#struktur-data)\n\n\(separator)\n\n"
                + "- [Buku Tambahan](#buku-tambahan)\n- [Seri Video](#seri-video)\n\n## Apa ini?\n\nRencana.\n\n## Struktur Data\n\nArray.\n\n"
                + "## Buku Tambahan\n\nBuku.\n\n## Seri Video\n\nVideo.\n"
            #expect(try LintHarness.lint(page, rules: ["toc-sync"]).isEmpty, "\(separator)")
        }
    }

    @Test func aLicencesLegalTextIsNotRestyled() throws {
        let licence = "# Creative Commons Attribution 4.0 International\n\n### Using Creative Commons Public Licenses\n\n"
            + "See [considerations](http://wiki.creativecommons.org/Considerations).\n"
        #expect(try LintHarness.lint(licence, path: "LICENSE.md", rules: ["insecure-link", "heading-increment", "heading-punctuation"]).isEmpty)
        #expect(try !LintHarness.lint(licence, path: "notes.md", rules: ["insecure-link"]).isEmpty)
        #expect(ProjectDocuments.isLicense("docs/LICENCE-CC-BY.md"))
        #expect(!ProjectDocuments.isLicense("docs/licensing-guide.md"))
    }

    @Test func questionNumbersInHeadingsCountUp() throws {
        let quiz = "## PHP\n\n#### Q96. What is PDO?\n\n#### Q97. What does this print?\n\n#### Q98. What does this code return?\n\n"
            + "#### Q98. What does this code print?\n\n#### Q99. What is a trait?\n\n#### Q100. What is Composer?\n"
        let found = try LintHarness.lint(quiz, rules: ["heading-numbering"])
        #expect(found.map(\.message) == ["expected 99 after 98, found 98 again"])
        #expect(HeadingNumberingRule.questionNumber(of: "Pregunta 99. ¿Qué es?") == 99)
        #expect(HeadingNumberingRule.questionNumber(of: "1.2 Setup") == nil)
        #expect(HeadingNumberingRule.questionNumber(of: "2019 Notes") == nil)
    }

    // MARK: links

    @Test func aRedactedHostIsNoAddressRunningOn() throws {
        let page = "# サービス\n\n記事: https://www.〇〇.jp/company/interview/6effb222/ を参照\n"
        #expect(try LintHarness.lint(page, rules: ["link-format"]).isEmpty)
    }

    @Test func wordsGluedToABareHostEndItWithTheFix() throws {
        let fixed = try LintHarness.fix("# XPath\n\nhrefがhttp://example.comから始まるa要素を辿り\n", rules: ["link-format"], unsafe: true)
        #expect(fixed == "# XPath\n\nhrefが<http://example.com>から始まるa要素を辿り\n")
    }

    @Test func aSiteReachedByItsIPNumberIsAnInfo() throws {
        let found = try LintHarness.lint("- [Demo](http://101.230.144.196/) of the model\n", rules: ["insecure-link"])
        #expect(found.map(\.severity) == [.info])
    }

    // MARK: lists

    @Test func japaneseBulletsTypedAsTextBecomeTheListsMarkers() throws {
        let fixed = try LintHarness.fix("# クラウド\n\n- Paas(Platform as a Service)\n・Google App Engine\n・Heroku（ヘロク）\n", rules: ["lazy-continuation"], unsafe: true)
        #expect(fixed == "# クラウド\n\n- Paas(Platform as a Service)\n- Google App Engine\n- Heroku（ヘロク）\n")
    }

    @Test func aLineOpeningWithAParticleFinishesTheSentenceAbove() {
        #expect(LazyContinuationRule.continuesSentence(previous: "OSなどのプラットフォーム", next: "をインターネット上で利用できるもの"))
        #expect(LazyContinuationRule.continuesSentence(previous: "・IBM Bluemix（アイビーエム）", next: "など"))
        #expect(!LazyContinuationRule.continuesSentence(previous: "サービスとしてのプラットフォーム", next: "・Google App Engine"))
    }

    @Test func aPathThroughMenusAndAParticleAtTheLineEndGoOn() throws {
        let steps = "# ELB\n\n1. ヘルスチェック\n    - EC2ダッシュボード\n    -> ターゲットグループ\n    -> ターゲット\n2. Route53を修正\n"
        #expect(try LintHarness.lint(steps, rules: ["lazy-continuation"]).isEmpty)
        let wrapped = "# ログイン\n\n- (11) パスワードを入力させる\n  - 不正なパスワードが複数回入力された場合は`login`が\n  `exit`を呼び、(4)からやり直し\n- (13) 実行\n"
        #expect(try LintHarness.lint(wrapped, rules: ["lazy-continuation"]).isEmpty)
        let fixed = try LintHarness.fix("# Fargate\n- サーバーレスな実行環境\n\u{2010} イメージを指定するだけで実行できる\n", rules: ["lazy-continuation"], unsafe: true)
        #expect(fixed == "# Fargate\n- サーバーレスな実行環境\n- イメージを指定するだけで実行できる\n")
    }

    @Test func quotationsFromOneSourceAreTwoNotes() throws {
        let notes = "# Meditation\n\n- [Don't judge your thoughts, don't associate yourself with them.](https://a.example/epiphany)\n"
            + "- [Enjoy life without suffering. Suffering comes from our thoughts only.](https://a.example/epiphany)\n- [Other](https://a.example/other)\n"
        #expect(try LintHarness.lint(notes, rules: ["duplicate-link"]).isEmpty)
        // Two channels named with what they are, at one address: a slip.
        let channels = "# Videos\n\n- [Mildlyoverfitted - Tutorials on intermediate ML/DL topics](https://a.example/c1)\n"
            + "- [mlops.community - Interviews of industry experts about production ML](https://a.example/c1)\n"
        #expect(try LintHarness.lint(channels, rules: ["duplicate-link"]).count == 1)
    }

    @Test func japaneseAndSingularSourceHeadingsCiteTheirSources() {
        #expect(ReferenceLists.isCitationHeading("参照"))
        #expect(ReferenceLists.isCitationHeading("Source:"))
        #expect(!ReferenceLists.isCitationHeading("Source code"))
    }

    @Test func aStepThatLostItsDotIsNoRenumbering() throws {
        let steps = "# API key\n\nSteps:\n\n1. Go to the console.\n\n2. Create a project.\n\n3. Find the API.\n\n4 Click the `Enable` button.\n\n5. Create credentials.\n\n6. Copy the key.\n"
        #expect(try LintHarness.lint(steps, rules: ["list-numbering"]).isEmpty)
    }

    @Test func laterBreaksNameTheNumbersTheFixWrites() throws {
        let found = try LintHarness.lint("# Style\n\n1. a\n2. b\n2. c\n9. d\n10. e\n10. f\n", rules: ["list-numbering"])
        #expect(found.map(\.message) == ["expected 3, found 2", "expected 4, found 9", "expected 6, found 10"])
        #expect(try LintHarness.fix("# Style\n\n1. a\n2. b\n2. c\n9. d\n10. e\n10. f\n", rules: ["list-numbering"]) == "# Style\n\n1. a\n2. b\n3. c\n4. d\n5. e\n6. f\n")
    }
}
