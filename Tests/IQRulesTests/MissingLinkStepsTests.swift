import IQCore
import IQMarkdown
@testable import IQRules
import IQTestSupport
import Testing

/// A numbered list without links belongs to the linked questions only when they are numbered
/// too, or when its items ask: the steps of a guide among bulleted links have no answers to miss.
@Suite struct MissingLinkStepsTests {
    private let links = """
        ## Common questions

        - [Tell me about yourself](https://a.example/1)
        - [Tell me about a conflict](https://a.example/2)
        - [Why this company?](https://a.example/3)

        """

    @Test func stepsOfAGuideAreNoQuestions() throws {
        let page = "# Behavioral\n\n## How to prepare\n\n1. Learn the STAR answer format\n1. Try out mock interviews\n1. Use structured courses\n\n" + links
        let found = try LintHarness.lint(page, rules: ["missing-link"])
        #expect(found.isEmpty, "\(found.map { "\($0.line) \($0.message)" })")
    }

    /// A list of example tasks with one link does not borrow the habit of a practice list below
    /// it; the same list with two of its tasks linked, or under another title, misses the others' links.
    @Test func aListWhoseOneLinkIsTheExceptionMissesNothing() throws {
        let tasks = ["Implement `Array.prototype` functions: `map`, `reduce`", "Implement Promise-related APIs: `Promise.all`",
                     "Implement Lodash functions: `debounce()`, `throttle()`", "Implement `JSON.stringify()`"]
        let practice = "## Where to practice\n\n" + (1...5).map { "- [Task \($0)](https://a.example/q/\($0))" }.joined(separator: "\n") + "\n"
        let examples = "# Coding questions\n\n## Basic examples\n\n" + tasks.map { "- \($0)\n" }.joined() + "- [Observer pattern](https://a.example/observer)\n\n"
        #expect(try LintHarness.lint(examples + practice, rules: ["missing-link"]).isEmpty)
        let twoLinked = examples.replacingOccurrences(of: "- Implement `JSON.stringify()`", with: "- [Implement `JSON.stringify()`](https://a.example/json)")
        #expect(try LintHarness.lint(twoLinked + practice, rules: ["missing-link"]).map(\.line) == [5, 6, 7])
        let retitled = examples.replacingOccurrences(of: "## Basic examples", with: "## Basic tasks")
        #expect(try LintHarness.lint(retitled + practice, rules: ["missing-link"]).map(\.line) == [5, 6, 7, 8])
    }

    /// A note of a few lists that ask nothing: its unlinked lines are remarks. The same short
    /// list asking questions still misses the answers' links.
    @Test func aNotesRemarksAreNoQuestions() throws {
        let note = "## 微软\n- [Megatron-DeepSpeed](https://github.com/microsoft/Megatron-DeepSpeed)\n- 目前，已支持llama/llama2\n\n"
            + "## 性能\n\n- 显存分析：https://a.example/anatomy\n- https://a.example/p/1\n\n- train performance: 550 tokens/s\n"
        #expect(try LintHarness.lint(note, rules: ["missing-link"]).isEmpty)
        let asked = "## 微调\n- [什么是LoRA？](https://a.example/lora)\n- 什么是RLHF？\n- [为什么要除以根号d？](https://a.example/d)\n"
        #expect(try LintHarness.lint(asked, rules: ["missing-link"]).map(\.line) == [3])
    }

    /// In a collection that names things, an entry without a link misses a link, not an answer.
    @Test func anEntryOfANamesListMissesALinkNotAnAnswer() throws {
        let tools = (1...9).map { "- [Tool \($0)](https://a.example/\($0)) - a tool for task \($0)" }.joined(separator: "\n")
        let found = try LintHarness.lint("# Tools\n\n" + tools + "\n- Tool 10 - search for it by name\n", rules: ["missing-link"])
        #expect(found.map(\.message) == ["expected a link, found only the text 'Tool 10 - search for it…'"], "\(found.map(\.message))")
    }

    @Test func numberedQuestionsStillMissTheirLinks() throws {
        let page = "# Behavioral\n\n## More\n\n1. What is your biggest weakness?\n2. Where do you see yourself in five years?\n\n" + links
        let found = try LintHarness.lint(page, rules: ["missing-link"])
        #expect(found.map(\.line) == [5, 6], "\(found.map { "\($0.line) \($0.message)" })")
    }

    /// A roadmap whose lists name articles, asking its reader a few questions of its own: a
    /// self-check, not entries missing links. A question among the named entries still misses its link.
    @Test func aNamesListsSelfCheckMissesNothing() throws {
        let reading = (1...14).map { "- [Maven 文章 \($0)](https://a.example/\($0))" }.joined(separator: "\n")
        let selfCheck = "学完之后，务必要搞懂下面这些问题：\n\n1. Maven 项目如何创建？如何引入依赖？\n2. Maven 依赖冲突如何解决？\n3. Maven 私服如何搭建？\n"
        let page = "# 学习路线\n\n## Maven\n\n" + reading + "\n\n" + selfCheck
        #expect(try LintHarness.lint(page, rules: ["missing-link"]).isEmpty)
        let amongEntries = "# 学习路线\n\n## Maven\n\n" + reading + "\n- Maven 私服如何搭建？\n"
        #expect(try LintHarness.lint(amongEntries, rules: ["missing-link"]).map(\.line) == [19])
        // The reader's questions, closed by one link for them all.
        let withAnswers = "# 学习路线\n\n## Maven\n\n" + reading + "\n\n## Be thinking of for when the interview comes\n\n"
            + "- Why do you want this job?\n- What's a tough problem you've solved?\n- If you find it hard to come up with answers, see the link below.\n"
            + "- [General Interview Questions and their Answers](https://a.example/answers)\n"
        #expect(try LintHarness.lint(withAnswers, rules: ["missing-link"]).isEmpty)
    }

    /// Topics announced under `## Coming soon` (or `## 待更新`) have no links yet by design; the
    /// same names under another heading still miss theirs.
    @Test func topicsAnnouncedAsComingHaveNoLinksToMiss() throws {
        let topics = "# Interview Questions\n\n## Topics\n\n" + (1...5).map { "\($0). [Topic \($0)](https://a.example/\($0))" }.joined(separator: "\n")
        for heading in ["Coming soon", "Upcoming topics", "TODO", "待更新", "敬请期待"] {
            let page = topics + "\n\n## \(heading)\n\n1. DevOps\n2. Kubernetes\n3. Terraform\n"
            #expect(try LintHarness.lint(page, rules: ["missing-link"]).isEmpty, "\(heading)")
        }
        let elsewhere = topics + "\n\n## More topics\n\n1. DevOps\n2. Kubernetes\n3. Terraform\n"
        #expect(try LintHarness.lint(elsewhere, rules: ["missing-link"]).map(\.line) == [13, 14, 15])
    }
    /// `分为如下几步：` over sentences: a solution's steps, one citing an article in passing.
    @Test func aLeadInAnnouncingStepsIntroducesSteps() throws {
        let page = "# 19.删除链表的倒数第N个节点\n\n## 思路\n\n分为如下几步：\n\n"
            + "* 首先推荐使用虚拟头结点，可以看这篇： [链表：虚拟头节点](https://a.example/0203)\n\n"
            + "* 定义fast指针和slow指针，初始值为虚拟头结点，如图：\n\n* fast首先走n + 1步，然后同时移动\n"
        #expect(try LintHarness.lint(page, rules: ["missing-link"]).isEmpty)
    }

    /// `- arXiv：https://…` / `- intro：ICLR 2015` / `- homepage：https://…`: a paper's fields.
    @Test func aSheetOfFieldsHasNoEntries() throws {
        let sheet = "## VGGNet\n\n- arXiv：https://arxiv.org/abs/1409.1556\n- intro：ICLR 2015\n- homepage：https://a.example/vgg/\n\n"
            + "## ResNet\n\n- [ResNet 解读](https://a.example/resnet)\n- [残差连接](https://a.example/residual)\n"
        #expect(try LintHarness.lint(sheet, rules: ["missing-link"]).isEmpty)
        // An item that is no field makes the list one of entries.
        let mixed = sheet.replacing("- homepage：https://a.example/vgg/\n", with: "- 什么是 VGG 的感受野？\n")
        #expect(try LintHarness.lint(mixed, rules: ["missing-link"]).map(\.line) == [4, 5])
        // Entries named by their links, each with a description after a colon: one lacks its link.
        let entries = "## 其他关系型数据库\n\n- [apsw](https://a.example/apsw)：另一个 Python SQLite 封装。\n- dataset：在数据库中存储 Python 字典\n"
            + "- [pymssql](https://a.example/pymssql)：一个简单的 SQL Server 接口。\n"
        #expect(try LintHarness.lint(entries, rules: ["missing-link"]).map(\.line) == [4])
        // Numbered questions after a colon are questions, not fields.
        let numbered = "## 基础\n\n- 问题1：[什么是过拟合](https://a.example/1)\n- 问题2：什么是欠拟合\n- 问题3：[什么是正则化](https://a.example/3)\n"
        #expect(try LintHarness.lint(numbered, rules: ["missing-link"]).map(\.line) == [4])
    }

    /// Puzzles set for the reader among a study guide's resources: none linked but for a credit.
    @Test func puzzlesAmongResourcesAskTheReader() throws {
        let guide = "## Statistics\n\n* Learn Bayesian and practice [problems in Bayesian](https://a.example/p.pdf)\n"
            + "* Let A and B be events with P(A) = 0.6 and P(B) = 0.7. Can they be disjoint?\n"
            + "* Alice has 2 kids, one a girl. What is the probability both are girls? (credit [swierdo](https://www.reddit.com/user/swierdo/))\n\n"
            + "## Big data\n\n* [Spark architecture](https://a.example/spark)\n* [Hadoop tutorial](https://a.example/hadoop)\n"
        #expect(try LintHarness.lint(guide, rules: ["missing-link"]).isEmpty)
        // A question that links its answer makes the others questions missing theirs.
        let answered = guide.replacing("Can they be disjoint?", with: "Can they be [disjoint](https://a.example/answer)?")
            .replacing(" (credit [swierdo](https://www.reddit.com/user/swierdo/))", with: "")
        #expect(try LintHarness.lint(answered, rules: ["missing-link"]).map(\.line) == [5])
    }

    /// A docsify site's navigation lists its pages: an unlinked entry is a page not written
    /// yet, an info there; the same outline in a page of its own stays a warning.
    @Test func anUnlinkedEntryOfASitesNavigationIsAnInfo() throws {
        let outline = "* 基础篇\n    * 集合类\n        * [Collection和Collections区别](basics/a.md)\n        * 常用集合类的使用\n        * [Set和List区别？](basics/b.md)\n        * [ArrayList的区别](basics/c.md)\n"
        let sidebar = try LintHarness.lint(outline, path: "docs/_sidebar.md", rules: ["missing-link"])
        #expect(sidebar.map { "\($0.line) \($0.severity)" } == ["4 info"])
        #expect(sidebar.first?.help.first == "a site's navigation (_sidebar.md): an unlinked entry is a page not written yet")
        #expect(try LintHarness.lint(outline, path: "docs/menu.md", rules: ["missing-link"]).map { "\($0.line) \($0.severity)" } == ["4 warning"])
    }

    /// An article (paragraphs and code, a list here and there) whose only linked items are its
    /// footer (author, repository, licence): too few to say its lists link answers, so its
    /// data list (`特征:` / `1. 不浮出水面是否可以生存`) misses nothing. Four linked questions would.
    @Test func anArticlesFooterSetsNoAnswerConvention() throws {
        let article = """
            # 第3章 决策树

            决策树是一种常见的分类方法。

            根据以下 2 个特征，将动物分成两类: 鱼类和非鱼类。

            特征:

            1. 不浮出水面是否可以生存
            2. 是否有脚蹼

            收集数据: 可以使用任何方法。

            ```python
            def createDataSet():
                return [[1, 1, 'yes']]
            ```

            准备数据: 树构造算法只适用于标称型数据。

            * * *

            * **作者: [片刻](https://a.example/author)**
            * [GitHub地址](https://a.example/repo)
            * **版权声明: 请标注信息来源于 [ApacheCN](https://a.example/site)**

            """
        #expect(try LintHarness.lint(article, rules: ["missing-link"]).isEmpty)
        let conventions = CollectionConventions.of(MarkdownFile(path: "3.md", text: article))
        #expect(conventions.answerStyle == .none)
        let bank = article.replacing("* **版权声明: 请标注信息来源于 [ApacheCN](https://a.example/site)**",
                                     with: "* [什么是信息增益？](https://a.example/1)\n* [什么是基尼指数？](https://a.example/2)\n* [什么是剪枝？](https://a.example/3)\n* 什么是 ID3？")
        #expect(try LintHarness.lint(bank, rules: ["missing-link"]).map(\.line).contains(28))
    }
}

/// `## Alternate Step` over `2. Input the domain name`: a title naming steps, whatever words
/// come before `step`, makes its list a procedure with no answers to miss.
@Suite struct MissingLinkStepTitleTests {
    @Test func aListUnderATitleEndingInStepIsAProcedure() throws {
        let page = "## Alternate Step\n1. Go to [Online Broken Link Checker](https://a.example/blc), [Dead Link Checker](https://b.example/)\n2. Input the domain name\n\n"
            + "### Author\n* [@KathanP19](https://a.example/k)\n* [@cyph3r_asr](https://a.example/c)\n"
        #expect(try LintHarness.lint(page, rules: ["missing-link"]).isEmpty)
        #expect(StepLists.isStepsTitle("Steps to Reproduce") && StepLists.isStepsTitle("Alternate Step"))
        #expect(!StepLists.isStepsTitle("Stepper motors") && !StepLists.isStepsTitle("Footsteps"))
    }
}

/// `* 1. storage` under `* e) … remember at least these :`: bullets each holding a one-item
/// numbered list are phrases of an enumeration, not questions missing their links.
@Suite struct MissingLinkOneItemListsTests {
    @Test func bulletsHoldingOneNumberedPhraseMissNothing() throws {
        let page = "* e)  As a rule of thumb remember at least these :\n * 1. processing and servers\n * 2. storage\n * 3. caching\n"
            + "* [facebook graph api](https://a.example/tao.pdf)\n* [facebook haystack](https://a.example/haystack.pdf)\n"
        #expect(try LintHarness.lint(page, rules: ["missing-link"]).isEmpty)
    }
}
