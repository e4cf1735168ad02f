import IQCore
import IQMarkdown
@testable import IQRules
import Testing

/// The inference on its own, through the real parser: each convention read from a document's
/// majority, and what `.iqlint.yml` replaces.
@Suite struct CollectionConventionsTests {
    private func conventions(_ markdown: String, overrides: [String: ConfigValue] = [:]) -> (CollectionConventions, Document) {
        let file = MarkdownFile(path: "README.md", text: markdown)
        file.derived.overrides = ConventionOverrides(overrides)
        return (CollectionConventions.of(file), file.document)
    }

    private func roles(_ markdown: String) -> [CollectionConventions.ListRole] {
        let (conventions, document) = conventions(markdown)
        return document.lists.map(conventions.role(of:))
    }

    @Test func listsAreClassifiedByTheirItems() {
        #expect(roles("- [ ] read\n- [x] write\n") == [.checklist])
        // Unlinked tasks with their tools and articles between them: a checklist too. Linked
        // tasks (a bank that ticks the questions it has answered) are its questions.
        let resources = "- [ ] **Contrast:** meets the ratio.\n- [Checker](https://a.example/c)\n- [Guide](https://a.example/g)\n- [ ] **Labels:** every field.\n- [Reader](https://a.example/r)\n"
        #expect(roles(resources) == [.checklist])
        let ticked = "- [x] [什么是 LoRA？](https://a.example/1)\n- [什么是 QLoRA？](https://a.example/2)\n- [x] [什么是 RAG？](https://a.example/3)\n- [什么是 MoE？](https://a.example/4)\n- [什么是 KV cache？](https://a.example/5)\n"
        #expect(roles(ticked) == [.questions])
        let placeholders = (1...10).map { "- [问题\($0)？](https://a.example/\($0))" }.joined(separator: "\n") + "\n- [ ] 待补充\n- [ ] 待补充\n"
        #expect(roles(placeholders) == [.questions])
        #expect(roles("- [A](#a)\n- [B](#b)\n\n## A\n\n## B\n") == [.navigation])
        // An entry whose link cmark does not take (a space in it) is still the table's, and so
        // is one item in twenty of something else; two in twenty are not.
        let entries = (1...19).map { "- [问题\($0)？](#问题\($0))" }
        #expect(roles((entries + ["- [React 路由](#React 路由)"]).joined(separator: "\n") + "\n") == [.navigation])
        #expect(roles((entries + ["- 更多题目见 issues"]).joined(separator: "\n") + "\n") == [.navigation])
        #expect(roles((entries.dropLast() + ["- 更多题目见 issues", "- 待补充？"]).joined(separator: "\n") + "\n") != [.navigation])
        #expect(roles("- 什么是 JVM？\n- 如何调优 GC？\n") == [.questions])
        #expect(roles("- 本项目收集了常见的面试题目，欢迎补充。\n- 答案来自外部链接，如有侵权请联系删除。\n") == [.prose])
        #expect(roles("> - 注意：转载请注明出处，谢谢大家的支持。\n> - [Star](https://a.example)\n") == [.notes])
        #expect(roles("- Java\n  - 什么是 JVM？\n  - 什么是 GC？\n- Go\n  - 什么是 goroutine？\n") == [.groupLabels, .questions, .questions])
        #expect(roles("1. [LoRA](https://a.example/lora)\n   - 低秩分解\n   - 冻结原权重\n") == [.questions, .subPoints])
        #expect(roles("- To cover:\n    - how unit testing works\n    - what are mock objects\n") == [.prose, .subPoints])
    }

    @Test func answersArePerItemPerSectionOrNone() {
        #expect(conventions("1. [a](https://a.example/1)\n2. [b](https://a.example/2)\n3. c\n").0.answerStyle == .perItem)
        let perSection = "## A\n\n- 什么是 a？\n- 什么是 b？\n\n[答案](https://a.example/a)\n"
        #expect(conventions(perSection).0.answerStyle == .perSection)
        #expect(conventions("- 什么是 a？\n- 什么是 b？\n").0.answerStyle == CollectionConventions.AnswerStyle.none)
        #expect(conventions("- 什么是 a？\n", overrides: ["answers": "per-item"]).0.answerStyle == .perItem)
    }

    @Test func labelsAreRepeatedShortLinkTextsButNotRepeatedQuestions() {
        let labelled = (1...3).map { "- 问题\($0) [详情](https://a.example/\($0))" }.joined(separator: "\n") + "\n"
        #expect(conventions(labelled).0.labels == ["详情"])
        let repeated = (1...3).map { "- [什么是BERT](https://a.example/\($0))" }.joined(separator: "\n") + "\n"
        #expect(conventions(repeated).0.labels.isEmpty)
        // Alone after each section's questions, a repeated short text still says "the answers".
        let afterSections = (1...3).map { "## 第\($0)章\n\n- 问题\($0)？\n- 问题\($0)b？\n\n[戳我](https://a.example/\($0))\n" }.joined(separator: "\n")
        #expect(conventions(afterSections).0.labels == ["戳我"])
        // English labels run longer than Chinese ones (`Practice question`, 17 characters).
        let practice = (1...3).map { "- Implement \($0)?\n  - [Practice question](https://a.example/\($0)) (Paid)" }.joined(separator: "\n") + "\n"
        #expect(conventions(practice).0.labels == ["practice question"])
    }

    /// The same language under Books, Courses and Podcasts is an entry of three lists of links,
    /// not a label (free-programming-books), however often it repeats.
    @Test func aNameRepeatedAsAWholeListEntryIsNotALabel() {
        let sections = ["books", "courses", "casts"].map { section in
            "## \(section)\n\n" + ["Chinese / 中文", "English", "French / français"].map { "+ [\($0)](\(section)/\($0.prefix(2)).md)" }
                .joined(separator: "\n") + "\n"
        }.joined(separator: "\n")
        let (found, _) = conventions(sections)
        #expect(found.labels.isEmpty, "\(found.labels)")
        // Beside text in an item, the same texts are labels again.
        let beside = (1...3).map { "- 问题\($0) [English](https://a.example/\($0))" }.joined(separator: "\n") + "\n"
        #expect(conventions(beside).0.labels == ["english"])
    }

    /// Four video series all called Docker, each entry its name then its author: entries of a
    /// list of links, not a label. Ending a question, the same link is a label.
    @Test func aNameOpeningDescribedEntriesIsNotALabel() {
        let series = ["Full Cycle", "AlgaWorks", "Fabricio Veronez", "LINUXtips"].enumerated()
            .map { "* [Docker](https://a.example/\($0.offset)) - \($0.element)" }.joined(separator: "\n") + "\n"
        #expect(conventions(series).0.labels.isEmpty, "\(conventions(series).0.labels)")
        #expect(conventions(series.replacingOccurrences(of: " - ", with: ": ")).0.labels.isEmpty)
        let asking = (1...4).map { "* 如何部署服务\($0)？ [Docker](https://a.example/\($0))" }.joined(separator: "\n") + "\n"
        #expect(conventions(asking).0.labels == ["docker"])
        #expect(ConventionInference.isEntry("Docker (Full Cycle)", named: "Docker"))
        #expect(!ConventionInference.isEntry("Docker compose tips", named: "Docker"))
    }

    /// An awesome-list or an index names things; a bank asks. Fewer than one in five items
    /// phrased as questions, of eight or more, is names; `items:` replaces the inference.
    @Test func itemsAreQuestionsOrNames() {
        let index = ["Books", "Courses"].map { section in
            "## \(section)\n\n" + ["German", "French", "Spanish", "Italian"].map { "- [\($0)](https://a.example/\(section)/\($0))" }.joined(separator: "\n")
        }.joined(separator: "\n\n") + "\n"
        #expect(conventions(index).0.itemKind == .names)
        #expect(conventions(index, overrides: ["items": "questions"]).0.itemKind == .questions)
        // One question in five is a bank (and the sample bank has one in four).
        let bank = (1...10).map { "- [\($0 % 5 == 0 ? "什么是 LoRA\($0)" : "Topic \($0)")](https://a.example/\($0))" }.joined(separator: "\n") + "\n"
        #expect(conventions(bank).0.itemKind == .questions)
        let names = (1...10).map { "- [\($0 == 10 ? "什么是 LoRA" : "Topic \($0)")](https://a.example/\($0))" }.joined(separator: "\n") + "\n"
        #expect(conventions(names).0.itemKind == .names)
        // Seven topics are too few to tell.
        #expect(conventions((1...7).map { "- [Topic \($0)](https://a.example/\($0))" }.joined(separator: "\n") + "\n").0.itemKind == .questions)
        // Unless they are an awesome-list's entries, each a link and what it is, and none asks anything.
        let entries = """
            ## HTTP Client

            * [hyperium/hyper](https://github.com/hyperium/hyper) - an HTTP implementation
            * [seanmonstar/reqwest](https://github.com/seanmonstar/reqwest) - an easy and powerful Rust HTTP Client

            ## HTTP Server

            * [hyperium/hyper](https://github.com/hyperium/hyper) - an HTTP implementation
            * [tokio-rs/axum](https://github.com/tokio-rs/axum) - Ergonomic and modular web framework

            """
        #expect(conventions(entries).0.itemKind == .names)
        // One title of four asking is an entry's title (`[Why Is It So Hard to Listen](…) - by …`);
        // half of them asking is a bank of described questions.
        #expect(conventions(entries.replacingOccurrences(of: "[seanmonstar/reqwest]", with: "[What is reqwest?]")).0.itemKind == .names)
        #expect(conventions(entries.replacingOccurrences(of: "[seanmonstar/reqwest]", with: "[What is reqwest?]")
            .replacingOccurrences(of: "[tokio-rs/axum]", with: "[How does axum route a request?]")).0.itemKind == .questions)
        // News: each link is the subject of a sentence about it. A question after its link still asks.
        let news = "## 新闻\n\n- [微软](https://a.example/1)将 Linux 内核放进了 Windows 10 的新版本。\n- [旧金山](https://a.example/2)通过法律，禁止政府机构使用面部识别。\n"
        #expect(conventions(news).0.itemKind == .names)
        let asked = "- [Transformer](https://a.example/1)的注意力机制是怎么计算的\n- [BERT](https://a.example/2)的预训练任务有哪些区别\n"
        #expect(conventions(asked).0.itemKind == .questions)
    }

    /// Short phrases right after a paragraph that asks (`序列化协议属于哪一层呢？`) answer it, as
    /// after one that introduces them (`如下：`); after a plain paragraph, numbered, they are questions.
    @Test func aListAfterAQuestionAnswersIt() {
        let list = "\n\n1. 应用层\n2. 传输层\n3. 网络层\n4. 网络接口层\n"
        #expect(roles("TCP/IP 四层模型是下面这样的，序列化协议属于哪一层呢？" + list) == [.prose])
        #expect(roles("Which layer is it?" + list) == [.prose])
        #expect(roles("TCP/IP 四层模型如下：" + list) == [.prose])
        #expect(roles("TCP/IP 四层模型" + list) == [.questions])
    }

    @Test func numberingAndNumbersInsideBullets() {
        #expect(conventions("1. a\n1. b\n\n- x\n\n1. c\n1. d\n").0.numbering == .one)
        #expect(conventions("1. a\n2. b\n").0.numbering == .ordered)
        #expect(conventions("- 1. a\n- 2. b\n").0.numbersInsideBullets)
    }

    @Test func campaignTagsRecurOnThreeAddresses() {
        let tagged = ["a", "b", "c"].map { "- [\($0)](https://\($0).example/p?utm_source=list)" }.joined(separator: "\n") + "\n"
        #expect(conventions(tagged).0.campaignParameters == ["utm_source=list"])
        let twice = ["a", "b"].map { "- [\($0)](https://\($0).example/p?utm_source=list)" }.joined(separator: "\n") + "\n"
        #expect(conventions(twice).0.campaignParameters.isEmpty)
    }

    @Test func overridesReplaceEachInference() {
        let phrases = "## 模型\n\n- 百川\n- 千问\n"
        let (plain, document) = conventions(phrases)
        #expect(document.lists.map(plain.role(of:)) == [.prose])
        let (forced, _) = conventions(phrases, overrides: ["question-sections": ["模型"]])
        #expect(document.lists.map(forced.role(of:)) == [.questions])
        #expect(conventions("- a\n", overrides: ["labels": ["Link", "答案"]]).0.labels == ["link", "答案"])
        #expect(conventions("1. a\n2. b\n", overrides: ["numbering": "one"]).0.numbering == .one)
        #expect(conventions("- [a](https://a.example/?ref=me)\n", overrides: ["campaign-params": ["REF"]]).0.campaignParameters == ["ref"])
    }

    @Test func configuredTranslationGroupsAreNotCompared() throws {
        let yaml = "conventions:\n  translations: [[\"en.md\", \"cn.md\"]]\n"
        let configuration = try Configuration.load(yaml: yaml, path: "c.yml", knownRules: BuiltinRules.all.map { $0.description })
        let linter = try Linter(ruleTypes: BuiltinRules.all, configuration: configuration, select: ["duplicate-link"])
        let files = [MarkdownFile(path: "en.md", text: "- [Raft](https://a.example/raft)\n"),
                     MarkdownFile(path: "cn.md", text: "- [Raft 论文](https://a.example/raft)\n")]
        #expect(linter.lint(files).isEmpty)
        let unconfigured = try Linter(ruleTypes: BuiltinRules.all, select: ["duplicate-link"])
        let again = [MarkdownFile(path: "en.md", text: "- [Raft](https://a.example/raft)\n"),
                     MarkdownFile(path: "cn.md", text: "- [Raft 论文](https://a.example/raft)\n")]
        #expect(unconfigured.lint(again).map(\.path) == ["en.md"])
    }

    @Test func translationsAreRecognisedByTheirPaths() {
        #expect(TranslationFiles.areTranslations("README.md", "README.zh-CN.md", groups: []))
        #expect(TranslationFiles.areTranslations("README.md", "translations/README-ja.md", groups: []))
        #expect(TranslationFiles.areTranslations("docs/en/guide.md", "docs/zh/guide.md", groups: []))
        #expect(!TranslationFiles.areTranslations("README.md", "docs/guide.md", groups: []))
        #expect(!TranslationFiles.areTranslations("java.md", "go.md", groups: []))
        // `RU.md`, `zh-CN.md` beside the README are its translations; `os.md`, a topic, is not.
        #expect(TranslationFiles.areTranslations("README.md", "RU.md", groups: []))
        #expect(TranslationFiles.areTranslations("README.md", "zh-CN.md", groups: []))
        #expect(!TranslationFiles.areTranslations("README.md", "os.md", groups: []))
        #expect(TranslationFiles.areTranslations("java.md", "java-cn.md", groups: []))
        #expect(TranslationFiles.areTranslations("a.md", "b.md", groups: [["a.md", "b.md"]]))
        // Any ISO 639-1 code after the name, and the country codes READMEs use.
        #expect(TranslationFiles.areTranslations("translations/README-af.md", "translations/README-pl.md", groups: []))
        #expect(TranslationFiles.areTranslations("README.md", "translations/README-ptbr.md", groups: []))
        #expect(TranslationFiles.areTranslations("README-kh.md", "README_bn.md", groups: []))
        // A region or script after the language, whichever (`he-IL`: Israel is no language code).
        #expect(TranslationFiles.areTranslations("README.uz-UZ.md", "README.he-IL.md", groups: []))
        #expect(TranslationFiles.areTranslations("README.md", "README.zh-Hant-TW.md", groups: []))
        #expect(!TranslationFiles.areTranslations("README.md", "README-go-is-fun.md", groups: []))
        #expect(TranslationFiles.areTranslations("books/free-programming-books-ro.md", "books/free-programming-books-az.md", groups: []))
        #expect(!TranslationFiles.areTranslations("books/free-programming-books-ro.md", "books/free-programming-books-subjects.md", groups: []))
        // A topic folder is not a language, even where its name is a code (`cv`: Chuvash).
        #expect(!TranslationFiles.areTranslations("README.md", "cv/README.md", groups: []))
        #expect(TranslationFiles.areTranslations("README.md", "zh-CN/README.md", groups: []))
        // Inside a translations folder, each language's folder translates the whole collection.
        #expect(TranslationFiles.areTranslations("src/translations/serbian/README.md", "src/translations/croatian/README.md", groups: []))
        #expect(TranslationFiles.areTranslations("src/translations/_template/README.md", "src/questions/css-questions.md", groups: []))
        #expect(!TranslationFiles.areTranslations("src/translations/serbian/README.md", "src/translations/serbian/css.md", groups: []))
        // A folder named after a language in English holds the collection translated, whatever its files are called.
        #expect(TranslationFiles.areTranslations("14_Day_Higher_order_functions/14_higher_order_functions.md",
                                                 "Chinese/14_higher_order_functions.md", groups: []))
        #expect(TranslationFiles.areTranslations("Portuguese/07_sets_pt.md", "Chinese/07_sets_cn.md", groups: []))
        #expect(!TranslationFiles.areTranslations("Chinese/06_tuples.md", "Chinese/07_sets_cn.md", groups: []))
        // A language named in English after the file's name.
        #expect(TranslationFiles.areTranslations("sections/measurememory.md", "sections/measurememory.korean.md", groups: []))
        #expect(TranslationFiles.areTranslations("README.md", "README.brazilian-portuguese.md", groups: []))
        #expect(!TranslationFiles.areTranslations("measurememory.md", "measurecpu.korean.md", groups: []))
    }
}
