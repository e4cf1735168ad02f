import Foundation
import IQCore
import IQMarkdown
@testable import IQRules
import IQTestSupport
import Testing

/// Collection shapes of public banks, linted through the real parser: what duplicate-question
/// compares and what it leaves alone.
@Suite struct DuplicateQuestionShapeTests {
    func lines(_ markdown: String) throws -> [Int] {
        try LintHarness.lint(markdown, rules: ["duplicate-question"]).map(\.line)
    }

    @Test func labelLinksAreNotQuestionsAndTheTextNextToThemIs() throws {
        // A label the document repeats (not one of the common ones): inferred from frequency.
        let bank = """
            # 大模型面试题

            - 如何理解注意力机制？ [🔗 解答链接](https://a.example/1)
            - 什么是RLHF？ [🔗 解答链接](https://a.example/2)
            - LoRA的原理 [🔗 解答链接](https://a.example/3)
            - 为什么需要位置编码？ [🔗 解答链接](https://a.example/4)

            """
        #expect(try lines(bank).isEmpty)
        #expect(try lines(bank + "- 注意力机制是什么？ [🔗 解答链接](https://a.example/5)\n") == [7])
        let english = "## Questions\n\n- What is a closure? ([answer](https://a.example/1))\n- What is hoisting? ([answer](https://a.example/2))\n"
        #expect(try lines(english).isEmpty)
        #expect(try lines(english + "- What is a closure ([answer](https://a.example/3))\n") == [5])
        // Items that are nothing but a label hold no question.
        #expect(try lines("- [答案](https://a.example/1)\n- [答案](https://a.example/2)\n- [Answers](https://a.example/3)\n").isEmpty)
    }

    /// An article tracing an algorithm step by step, twice (without and with `key`): its
    /// answer's points, statements of several clauses, ask nothing twice.
    @Test func anArticlesTracedStepsAreNoQuestions() throws {
        let steps = "- 比较A，A，相同类型的节点，进行`patch`，但数据相同，不发生`dom`操作\n- 比较B，B，相同类型的节点，进行`patch`，但数据相同，不发生`dom`操作\n"
            + "- 比较C，F，相同类型的节点，进行`patch`，数据不同，发生`dom`操作\n"
        let article = "# 面试官：你知道vue中key的原理吗？\n\n分析下整体流程：\n\n" + steps + "\n一共发生了3次更新。\n\n在使用`key`的情况：\n\n" + steps
            + "\n这样就减少了操作。\n"
        #expect(try lines(article).isEmpty)
        // Questions repeated in an article still are.
        #expect(try lines(article + "\n- 什么是 key 的作用？\n- 什么是 key 的作用？\n").count == 1)
    }

    /// `3Sum` inside `3Sum Smaller`, each linking its own problem: two entries' titles, not
    /// one question asked twice. Asking, or linking one page, they are still compared.
    @Test func aTitleInsideAnotherLinkingAnotherPageIsNoDuplicate() throws {
        func similar(_ title: (String) -> String) -> String {
            "**Similar Questions**:\n" + [("3Sum", "3sum"), ("3Sum Smaller", "3sum-smaller"), ("Path Sum IV", "path-sum-iv"), ("4Sum", "4sum")]
                .map { "* [\(title($0.0))](https://leetcode.com/problems/\($0.1)/)\n" }.joined()
        }
        #expect(try lines(similar { "\($0) (Medium)" }).isEmpty)
        // Titles adding no name are still compared.
        let bank = "- [梯度裁剪目的、原理、示例代码](https://a.example/1)\n- [梯度消失](https://a.example/2)\n- [梯度裁剪的目的、原理](https://a.example/3)\n"
        #expect(try lines(bank) == [3])
    }

    /// `说说你对webpack的理解？解决了什么问题？` and `说说webpack中常见的Loader？解决了什么问题？`,
    /// each linking its own answer: the second names a thing the first does not.
    @Test func aQuestionNamingAnotherThingIsNoOverlap() throws {
        let bank = "## webpack系列\n\n- [面试官：说说你对webpack的理解？解决了什么问题？](https://a.example/121)\n"
            + "- [面试官：说说webpack的构建流程?](https://a.example/122)\n- [面试官：说说webpack中常见的Loader？解决了什么问题？](https://a.example/123)\n"
            + "- [面试官：说说webpack中常见的Plugin？解决了什么问题？](https://a.example/124)\n"
        #expect(try lines(bank).isEmpty)
    }

    @Test func aRepeatedTitleWithNothingNextToItIsStillADuplicate() throws {
        let markdown = "- [什么是BERT](https://a.example/1)\n- [什么是GPT](https://a.example/2)\n- [什么是BERT](https://a.example/3)\n- [什么是BERT](https://a.example/4)\n"
        #expect(try lines(markdown) == [3, 4])
    }

    @Test func aCopiedBlockOfNestedQuestionsIsFound() throws {
        let block = """
              - [为什么要除以根号d？](https://a.example/1)
              - [多头注意力的作用是什么？](https://a.example/2)
              - [Transformer的位置编码有哪些？](https://a.example/3)
              - [LayerNorm和BatchNorm的区别](https://a.example/4)
            - 训练
              - [梯度消失的原因](https://a.example/5)
              - [如何缓解过拟合？](https://a.example/6)
              - [学习率预热的作用](https://a.example/7)

            """
        let markdown = "# 面试题\n\n## NLP\n\n- 模型结构\n" + block + "\n## 附录\n\n- 模型结构\n" + block
        let found = try LintHarness.lint(markdown, rules: ["duplicate-question"])
        #expect(found.count == 7)
        #expect(found.allSatisfy { $0.line > 16 && $0.severity == .error })
        // The group labels `- 模型结构` and `- 训练` are not compared, though repeated.
        #expect(!found.contains { $0.message.contains("'训练'") || $0.message.contains("'模型结构'") })
    }

    @Test func englishOutlineWithGroupLabels() throws {
        let markdown = """
            - General
              - [What is a closure?](https://a.example/1)
              - [What is hoisting?](https://a.example/2)
            - Advanced
              - [Explain closures](https://a.example/3)
            - General
              - [What is event delegation?](https://a.example/4)

            """
        #expect(try lines(markdown) == [5])
    }

    @Test func subPointsOfAQuestionAreNotCompared() throws {
        let markdown = """
            1. [什么是BERT？](https://a.example/1)
               - 定义
               - 优点
            2. [什么是GPT？](https://a.example/2)
               - 定义
               - 优点

            """
        #expect(try lines(markdown).isEmpty)
    }

    /// An outline copied whole into a page under `### 目录`: its linked entries (one page listed
    /// twice, not reported on their own) continue the run of copies, and the copy is one info,
    /// not an error per unlinked topic between them. A docsify site's navigation (`_sidebar.md`)
    /// holds no questions: the page copying it repeats nothing.
    @Test func anOutlineCopiedWholeIsOneInfo() throws {
        let sidebar = "* 基础篇\n\n    * 集合类\n\n        * [Collection和Collections区别](basics/collection-vs-collections.md)\n\n        * 常用集合类的使用\n\n        * [Set和List区别？](basics/set-vs-list.md)\n\n        * [ArrayList和LinkedList和Vector的区别](basics/arraylist-vs-linkedlist.md)\n\n        * Java 8中Map相关的红黑树的引用背景、原理等\n\n        * [HashMap的容量、扩容](basics/hashmap-capacity.md)\n\n    * 泛型\n\n        * [什么是泛型](basics/generics.md)\n\n        * 泛型各种用法\n\n        * [类型擦除](basics/type-erasure.md)\n\n    * 单元测试\n\n        * [junit](basics/junit.md)\n\n        * junit 和Spring 的结合\n\n    * 时间处理\n\n        * Java中时间API\n\n        * [SimpleDateFormat的线程安全性问题](basics/simpledateformat.md)\n\n        * 如何解决乱码问题\n"
        let menu = "## Java工程师成神之路\n\n欢迎大家参与共建~\n\n### 目录\n\n" + sidebar
        let linter = try LintHarness.makeLinter(rules: ["duplicate-question"])
        let found = linter.lint([MarkdownFile(path: "outline.md", text: sidebar), MarkdownFile(path: "menu.md", text: menu)])
        #expect(found.map { "\($0.path):\($0.line) \($0.severity)" } == ["menu.md:11 info"], "\(found.map(\.message))")
        #expect(found.first?.message == "copied list: these 14 questions repeat outline.md:5–37 in the same order")
        #expect(linter.lint([MarkdownFile(path: "_sidebar.md", text: sidebar), MarkdownFile(path: "menu.md", text: menu)]).isEmpty)
    }

    @Test func theMessageNamesTheOtherFile() throws {
        let linter = try LintHarness.makeLinter(rules: ["duplicate-question"])
        let first = MarkdownFile(path: "docs/nlp.md", text: "1. [什么是RLHF](https://a.example/1)\n")
        let second = MarkdownFile(path: "docs/llm.md", text: "# LLM\n\n1. [RLHF是什么？](https://b.example/1)\n")
        let diagnostics = linter.lint([first, second])
        #expect(diagnostics.map(\.message) == ["duplicate question: same as '什么是RLHF' at docs/nlp.md:1 after normalisation"])
        let sameFile = try LintHarness.lint("1. [什么是RLHF](https://a.example/1)\n2. [RLHF是什么？](https://b.example/1)\n", rules: ["duplicate-question"])
        #expect(sameFile.first?.message == "duplicate question: same as '什么是RLHF' at line 1 after normalisation")
    }

    @Test func theAddedQuestionIsReportedWhereverItSits() throws {
        let linter = try LintHarness.makeLinter(rules: ["duplicate-question"])
        let old = "# 面试题\n\n1. [梯度裁剪的作用](https://a.example/1)\n2. [学习率预热的作用](https://a.example/2)\n3. [什么是KV Cache](https://a.example/3)\n"
        let new = "# 面试题\n\n1. [KV Cache是什么？](https://b.example/9)\n2. [梯度裁剪的作用](https://a.example/1)\n3. [学习率预热的作用](https://a.example/2)\n4. [什么是KV Cache](https://a.example/3)\n"
        // Linted alone, the later copy is reported.
        #expect(linter.lint([MarkdownFile(path: "README.md", text: new)]).map(\.line) == [6])
        // With the version before the change, the added one is, pointing at the existing one.
        let diagnostics = linter.lint([MarkdownFile(path: "README.md", text: new)], reference: [MarkdownFile(path: "README.md", text: old)])
        #expect(diagnostics.map(\.line) == [3])
        #expect(diagnostics.first?.related.map { $0.source.line(containing: $0.range.start) } == [6])
    }
    /// A template's `@vitejs/plugin-react` and `@vitejs/plugin-react-swc`: two package names
    /// alike, no question; a question inside a longer one still overlaps.
    @Test func oneNameInsideAnotherIsNoOverlap() throws {
        let plugins = "# Vite\n\nTwo plugins:\n\n- [@vitejs/plugin-react](https://a.example/react) uses [Babel](https://babel.example)\n"
            + "- [@vitejs/plugin-react-swc](https://a.example/react-swc) uses [SWC](https://swc.example)\n"
        #expect(try LintHarness.lint(plugins, rules: ["duplicate-question"]).isEmpty)
        let questions = "# React\n\n1. What are fragments?\n2. Why use keys in lists?\n3. What are Keyed Fragments?\n"
        #expect(try LintHarness.lint(questions, rules: ["duplicate-question"]).map { "\($0.line) \($0.severity)" } == ["5 info"])
    }
    /// `==` and `===` in code are the subject of the question; normalised text leaves symbols
    /// out, so the template words alone (`Каква е разликата между … и`) must not pair it with
    /// every other "difference between" question.
    @Test func subjectsWrittenAsSymbolsInCodeKeepQuestionsApart() throws {
        let bank = "# Въпроси\n\n* Каква е разликата между HTML и XHTML?\n* Какво е closure?\n* Каква е разликата между `==` и `===`?\n"
            + "* Каква е разликата между call stack и task queue?\n"
        #expect(try LintHarness.lint(bank, rules: ["duplicate-question"]).isEmpty)
        // In quotes, and against a group label whose words are all the question has left.
        let quoted = "# Întrebări\n\n* Care este diferența dintre HTML și XHTML?\n* Care este diferența dintre \"==\" și \"===\"?\n"
            + "* What's the difference between '==' and '==='?\n* What's the difference between HTML and XHTML?\n"
        #expect(try LintHarness.lint(quoted, rules: ["duplicate-question"]).isEmpty)
        let label = "# Vprašanja\n\n* Razlika med:\n  * HTML in XHTML\n* Razlika med `==` in `===`?\n"
        #expect(try LintHarness.lint(label, rules: ["duplicate-question"]).isEmpty)
        // The same symbols on both sides are still compared.
        let twice = bank + "* Каква е разликата между `==` и `===` в JavaScript?\n"
        #expect(try LintHarness.lint(twice, rules: ["duplicate-question"]).map(\.line) == [7])
    }

    /// `DD-MM-YYYY HH:mm` and `DD/MM/YYYY HH:mm` normalise alike: two formats an exercise asks
    /// for, not one question twice. A token written the same, or without symbols on one side,
    /// is compared.
    @Test func tokensJoinedByOtherSymbolsAreOtherTexts() throws {
        let formats = "# Dates\n\n1. What is a date format?\n2. DD-MM-YYYY HH:mm\n3. What is a time zone?\n4. DD/MM/YYYY HH:mm\n"
        let questions = "# Q\n\n- What is a closure?\n- How does TCP/IP work?\n- What is a promise?\n- How does TCP/IP work\n- What is Node.js?\n- What is NodeJS?\n"
        #expect(try LintHarness.lint(formats, rules: ["duplicate-question"]).isEmpty)
        #expect(try LintHarness.lint(questions, rules: ["duplicate-question"]).map(\.line) == [6, 8])
        #expect(QuestionSubjects.tokensWithSeparators(of: "DD/MM/YYYY HH:mm 是什么") == ["ddmmyyyy": "dd/mm/yyyy", "hhmm": "hh:mm"])
        #expect(QuestionSubjects.tokensWithSeparators(of: "What's new in C++ 20? (v1.2)") == ["v12": "v1.2"])
        #expect(!QuestionSubjects.writeTokensDifferently("Node.js", "NodeJS"))
        #expect(!QuestionSubjects.writeTokensDifferently("What's new in v1.2?", "What is new in v1.2?"))
        #expect(QuestionSubjects.writeTokensDifferently("How does TCP/IP work?", "How does TCP-IP work?"))
    }

    /// An index entry linking an article, titled with the question the article opens with: the
    /// index names what the page answers. The same question in another article is still asked twice.
    @Test func anIndexEntryAndTheArticleItLinksAskOnce() throws {
        let index = "## 核心文章\n\n- [TCP 三次握手和四次挥手](./tcp-connection.md)：掌握连接建立。\n"
            + "- [为什么 TCP 是面向字节流，UDP 是面向报文？](./tcp-byte-stream.md)：理解数据边界。\n\n## 高频问题\n\n- TCP 如何保证可靠传输？\n- DNS 解析过程是怎样的？\n"
        let article = "# TCP 字节流\n\n这篇文章主要回答几个问题：\n\n1. 为什么说 TCP 是面向字节流，UDP 是面向报文？\n2. TCP 粘包、拆包到底是怎么产生的？\n"
            + "3. 应用层应该如何定义消息边界？\n\n正文。\n"
        let linked = try LintHarness.lint(index, path: "README.md", rules: ["duplicate-question"],
                                          companions: ["tcp-byte-stream.md": article, "tcp-connection.md": "# 握手\n\n正文。\n"])
        #expect(linked.isEmpty, "\(linked.map { "\($0.path):\($0.line) \($0.message)" })")
        let elsewhere = try LintHarness.lint(index, path: "README.md", rules: ["duplicate-question"],
                                             companions: ["udp.md": article, "tcp-connection.md": "# 握手\n\n正文。\n"])
        #expect(elsewhere.count == 1, "\(elsewhere.map { "\($0.path):\($0.line) \($0.message)" })")
    }

    /// An article telling two cases step by step (without a key, with a key): a step both
    /// walkthroughs take is worth a look, not a question asked twice; in a bank's lists it is.
    /// (A step of several clauses is a statement and not compared at all: see
    /// `anArticlesTracedStepsAreNoQuestions`.)
    @Test func aStepTwoWalkthroughsOfAnArticleShareIsAnInfo() throws {
        let steps = "- 比较A与A，相同类型的节点进行`patch`但数据相同不发生`dom`操作\n"
        let article = "# key 的作用\n\n设置 key 与不设置 key 的区别，举个例子。\n\n```js\nitems.splice(2, 0, 'f')\n```\n\n"
            + "在不使用`key`的情况，`vue`会进行这样的操作：\n\n" + steps + "- 比较C，F，相同类型的节点，进行`patch`，数据不同，发生`dom`操作\n\n"
            + "一共发生了3次更新。\n\n在使用`key`的情况：`vue`会进行这样的操作：\n\n" + steps + "- 比较C，F，不相同类型的节点\n\n"
            + "一共发生了0次更新。\n\n可见设置`key`能够减少对页面的`DOM`操作。\n"
        #expect(try LintHarness.lint(article, rules: ["duplicate-question"]).map { "\($0.line) \($0.severity)" } == ["18 info"])
    }
}
