import IQTestSupport
import Testing

/// A question written as a heading and followed by the next question lacks its answer: an
/// `info`; a topic heading followed by the next topic is an empty section: a warning.
@Suite struct EmptySectionQuestionTests {
    private func severities(_ markdown: String) throws -> [String] {
        try LintHarness.lint(markdown, rules: ["empty-section"]).map { "\($0.line) \($0.severity)" }
    }

    @Test func unansweredQuestionHeadingIsAnInfo() throws {
        #expect(try severities("## Questions\n\n#### 9) Implement connected components.\n\n#### 10) Implement a sparse matrix.\n\nUse a dictionary.\n") == ["3 info"])
        #expect(try severities("## Q\n\n### What is a closure?\n\n### What is hoisting?\n\nText.\n") == ["3 info"])
    }

    /// The help of an unanswered question asks for its answer, not for the section's questions.
    @Test func anUnansweredQuestionIsAskedForItsAnswer() throws {
        let asked = try LintHarness.lint("## Q\n\n### What is a closure?\n\n### What is hoisting?\n\nText.\n", rules: ["empty-section"])
        #expect(asked.map(\.help) == [["the heading asks a question: add its answer under it"]])
        let numbered = try LintHarness.lint("## Questions\n\n### 9) Implement connected components.\n\n### 10) Implement a sparse matrix.\n\nUse a dictionary.\n",
                                            rules: ["empty-section"])
        #expect(numbered.map(\.help) == [["a numbered point like those around it: add its content under it, or remove the heading"]])
        let topic = try LintHarness.lint("# 题库\n\n## 大模型幻觉\n\n## 大模型评测\n\n1. [评测指标](https://a.example/m)\n", rules: ["empty-section"])
        #expect(topic.map(\.help) == [["add the section's content, or remove the heading"]])
    }

    /// `（1）…`, `（2）…` with no answers, then the next topic: each question lacks its answer,
    /// the last one too.
    @Test func aRunOfUnansweredQuestionsEndsWithOne() throws {
        let run = "## 面试题\n\n#### （1）讲一下 two-stage 和 one-stage 的异同\n\n#### （2）讲一下插值方式\n\n## 参考链接\n\n- [a](https://a.example/)\n"
        #expect(try severities(run) == ["3 info", "5 info"])
    }

    /// In a bank asking its questions at one level, an unanswered question over a label is one
    /// of them: an info asking for its answer.
    @Test func aQuestionOverALabelInABankOfQuestions() throws {
        let bank = "# 网络\n\n##### 网络请求缓存处理，okhttp如何处理网络缓存的？\n\n##### HttpUrlConnection 和 okhttp关系？\n\n##### Volley与OkHttp的对比：\n\nVolley 适合小而频繁的请求。\n\n##### OkHttp 的拦截器是什么？\n\n拦截器。\n"
        let found = try LintHarness.lint(bank, rules: ["empty-section"])
        #expect(found.map { "\($0.line) \($0.severity)" } == ["3 info", "5 info"])
        #expect(found.last?.help == ["the heading asks a question: add its answer under it"])
    }

    @Test func aHeadingSayingItsSectionIsToComeIsAnInfo() throws {
        #expect(try severities("## ML system design\n\n### Fraud detection (TBD)\n\n### Adtech\n\n* [Timelines](https://a.example/t)\n") == ["3 info"])
        #expect(try severities("## 大模型\n\n### 多模态（待更新）\n\n### 微调\n\n1. [LoRA](https://a.example/l)\n") == ["3 info"])
    }

    @Test func emptyTopicHeadingIsAWarning() throws {
        #expect(try severities("# 大模型面试题\n\n## 大模型幻觉\n\n## 大模型评测\n\n1. [评测指标](https://a.example/m)\n") == ["3 warning"])
        // A question heading followed by a topic heading is a question whose section ended early.
        #expect(try severities("## Q\n\n### 9) Implement it.\n\n## Next topic\n\nText.\n") == ["3 warning"])
    }

    /// `#### 2、…笔记，<a href="…">点此获取</a>` closes a clause with its link: a heading that is
    /// the link, not an empty section. The same tag shown in a code span links nothing.
    @Test func aClauseClosedByAnAnchorElementIsALinkNotACodeSpan() throws {
        let linked = "# 资料\n\n#### 2、两位工程师的学习笔记，<a href=\"./Doc/other.md\">点此获取</a>\n\n#### 3、赞赏\n\n欢迎赞赏。\n"
        #expect(try severities(linked) == [])
        let shown = "# 资料\n\n#### 2、两位工程师的学习笔记的写法 `标签，<a href=\"x\">`点此获取</a>\n\n#### 3、赞赏\n\n欢迎赞赏。\n"
        #expect(try severities(shown) == ["3 info"])
    }
}

/// Chinese question headings asking in words, without a question mark, one after the other:
/// questions without their answers, as `？` ones are.
@Suite struct EmptySectionWordedQuestionTests {
    @Test func questionsAskedInWordsAreInfos() throws {
        let bank = "# Zookeeper\n\n## zooKeeper是什么\n\n分布式协调服务。\n\n## zookeeper 有几种部署模式\n\n## 集群中为什么要有主节点\n\n## 说一下 zookeeper 的通知机制\n\n客户端注册监听。\n"
        #expect(try LintHarness.lint(bank, rules: ["empty-section"]).map { "\($0.line) \($0.severity)" } == ["7 info", "9 info"])
    }

    /// Topics announced for nothing stay warnings.
    @Test func emptyTopicsStayWarnings() throws {
        let topics = "# 笔记\n\n## 部署模式\n\n## 主节点\n\n选举。\n"
        #expect(try LintHarness.lint(topics, rules: ["empty-section"]).map { "\($0.line) \($0.severity)" } == ["3 warning"])
    }
}

/// `## [](url)`: a heading holding only a link without text shows nothing; its title was lost.
@Suite struct EmptyLinkHeadingTests {
    @Test func aHeadingOfAnEmptyLinkIsReportedWithoutAFix() throws {
        let page = "# 架构设计\n\n## [高并发](https://a.example/1)\n\n使用缓存。\n\n## [](https://a.example/2)\n\n## [消息队列](https://a.example/3)\n\n异步处理。\n"
        let found = try LintHarness.lint(page, rules: ["empty-section"])
        #expect(found.map { "\($0.line) \($0.message)" } == ["7 expected a title after '##', found only a link without text, which shows nothing"])
        #expect(found.first?.fix == nil)
        // A linked title, or an image, is a title.
        #expect(try LintHarness.lint("# A\n\n## [![logo](a.png)](https://a.example/)\n\ntext\n", rules: ["empty-section"]).isEmpty)
    }
}
