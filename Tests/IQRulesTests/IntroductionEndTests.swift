import IQTestSupport
import Testing

/// The questions before a table of contents are the page's introduction, not compared; a few
/// anchors nested at the end of a list of questions (`- 包` over `[常用官方包说明](#常用包)`) are
/// no table of contents of their own, and the questions above them are compared.
@Suite struct IntroductionEndTests {
    private let questions = "# 目录\n\n- 基础入门\n  - 什么是 reflect 包，如何获取字段 tag？\n  - map 不初始化使用会怎么样\n- 进阶\n"
        + "  - 什么是 reflect 包，如何获取字段 tag？\n  - map 的 iterator 是否安全？\n"

    @Test func anchorsNestedAtTheEndOfAQuestionListEndNoIntroduction() throws {
        let page = questions + "- 包\n  - [常用官方包说明](#常用包)\n  - [常用框架](#框架)\n\n## 常用包\n\nfmt\n\n## 框架\n\ngin\n"
        #expect(try LintHarness.lint(page, rules: ["duplicate-question"]).map(\.line) == [7])
    }

    @Test func aTableOfContentsOfItsOwnEndsTheIntroduction() throws {
        let page = questions + "\n## 目录\n\n- [常用包](#常用包)\n- [框架](#框架)\n\n## 常用包\n\nfmt\n\n## 框架\n\ngin\n"
        #expect(try LintHarness.lint(page, rules: ["duplicate-question"]).isEmpty)
    }
}

/// Items nested under one label are that topic's aspects, unless they are the same words in
/// another order: the same question asked twice under `- 数据类型`.
@Suite struct NestedRewordedQuestionTests {
    @Test func theSameWordsInAnotherOrderUnderOneLabelAreReported() throws {
        let list = "- 数据类型\n  - map不初始化使用会怎么样\n  - array和slice的区别\n  - 零切片、空切片、nil切片是什么\n  - slice深拷贝和浅拷贝\n"
            + "  - make和new什么区别\n  - slice和array的区别\n  - go struct能不能比较？\n"
        #expect(try LintHarness.lint(list, rules: ["duplicate-question"]).map(\.line) == [7])
        // Aspects of the topic, worded alike, stay silent.
        let aspects = "- LoRA 篇\n  - LoRA 的原理是什么\n  - LoRA 的优点是什么\n  - QLoRA 是什么\n"
        #expect(try LintHarness.lint(aspects, rules: ["duplicate-question"]).isEmpty)
    }
}

/// A table of contents whose one entry (the page's title) nests the others ends the
/// introduction as a flat one does: the contribution links above it are no questions.
@Suite struct NestedContentsIntroductionTests {
    @Test func aContentsNestedUnderTheTitleEndsTheIntroduction() throws {
        let page = "# Awesome Free ChatGPT\n\n🌈 欢迎贡献\n\n- [添加镜像站点](https://a.example/new)\n- [反馈站点失效](https://a.example/bug)\n- 更多(todo)\n\n## 目录\n\n"
            + "* [Awesome Free ChatGPT](#awesome-free-chatgpt)\n  * [目录](#目录)\n  * [镜像列表](#镜像列表)\n  * [替代方案](#替代方案)\n\n"
            + "## 镜像列表\n\n- [A](https://b.example/a)\n- [B](https://b.example/b)\n\n## 替代方案\n\n- [C](https://b.example/c)\n- [D](https://b.example/d)\n"
        #expect(try LintHarness.lint(page, rules: ["missing-link"]).isEmpty)
    }
}
