import IQCore
import IQRules
import IQTestSupport
import Testing

/// A references list and an address inside a sentence are not items missing their title (audit P11).
@Suite struct BareURLRuleTests {
    private let referenceLists = """
        ## Statement vs PreparedStatement

        설명 문단.

        #### 참고 자료

        * http://java.ihoney.pe.kr/76

        ## 3 @staticmethod和@classmethod

        更多关于这个问题:
        1. http://stackoverflow.com/questions/136097/what-is-the-difference-between-staticmethod-and-classmethod-in-python
        2. https://realpython.com/blog/python/instance-class-and-static-methods-demystified/

        """

    @Test func aReferencesListIsLeftAloneByBareURLAndItemFormatAlike() throws {
        #expect(try LintHarness.lint(referenceLists, rules: ["bare-url", "item-format"]).isEmpty)
    }

    /// Under `参考文献:`, half the sources written as addresses beside titled ones: the list as it
    /// was gathered. Without the label, or with fewer addresses, they are still reported.
    @Test func halfAddressesUnderACitationLabelAreReferences() throws {
        let references = """
            # 反向传播

            最后写到这里就结束了，具体的可以参考文献[3]。

            参考文献:

            1. Poll的笔记: [神经网络基础](https://a.example/nn)
            2. Rachel_Zhang:https://b.example/details/7758797
            3. https://c.example/Chap5.3-BackProp.pdf
            4. https://d.example/a-step-by-step-backpropagation-example/

            """
        #expect(try LintHarness.lint(references, rules: ["bare-url"]).isEmpty)
        let unlabelled = references.replacing("参考文献:", with: "继续阅读下面的内容:")
        #expect(try LintHarness.lint(unlabelled, rules: ["bare-url"]).map(\.line) == [9, 10])
    }

    /// `Translation Fork: https://…, https://…`: the second address of an exempt field is the
    /// field's too. A second URL after an address that is itself reported is judged alone.
    @Test func theAddressesOfOneFieldShareItsExemption() throws {
        let fields = """
            - Discussion Thread: https://a.example/x
            - Discussion Thread: https://a.example/y
            - Discussion Thread: https://a.example/z, https://a.example/w and https://a.example/v

            """
        #expect(try LintHarness.lint(fields, rules: ["bare-url"]).isEmpty)
        let entries = "- [Go](https://go.dev)\n- https://a.example/z, https://a.example/w\n"
        #expect(try LintHarness.lint(entries, rules: ["bare-url"]).map(\.range.start) == [25, 46])
    }

    /// A file of blog addresses, one section of which holds one: written as the others are.
    /// A lone address among titled entries is still reported.
    @Test func aLoneURLInAFileOfURLListsIsOneOfThem() throws {
        let blogs = "Math\n----\n\n* https://a.example/blog/\n* https://b.example/\n\nWeb\n---\n\n* https://d.example/\n\n"
            + "Security Related\n----------------\n\n* https://c.example/blog/\n"
        #expect(try LintHarness.lint(blogs, rules: ["bare-url"]).isEmpty)
        let titled = "## Math\n\n* [A blog](https://a.example/blog/)\n* [B](https://b.example/)\n\n## Web\n\n* [D](https://d.example/)\n\n"
            + "## Security\n\n* https://c.example/blog/\n"
        #expect(try LintHarness.lint(titled, rules: ["bare-url"]).map(\.line) == [12])
    }

    /// `参考资料：` over a book and an address: the address is cited as the book is. Without the
    /// label, the address is an entry missing its title.
    @Test func anAddressAmongCitedBooksIsACitation() throws {
        let cited = "## 死锁\n\n正文。\n\n参考资料：\n\n- 《MySQL 45 讲》\n- 《高性能 MySQL》\n- https://a.example/2018/10/11/mysql-sourcecode/\n"
        #expect(try LintHarness.lint(cited, rules: ["bare-url"]).isEmpty)
        let unlabelled = "## 死锁\n\n正文。\n\n- 《MySQL 45 讲》\n- 《高性能 MySQL》\n- https://a.example/2018/10/11/mysql-sourcecode/\n"
        #expect(try LintHarness.lint(unlabelled, rules: ["bare-url"]).map(\.line) == [7])
    }

    @Test func aSingleURLUnderAReferenceHeadingIsACitation() throws {
        let markdown = "## Network\n\n설명 문단.\n\n#### Reference\n\n- http://d2.naver.com/helloworld/47667\n"
        #expect(try LintHarness.lint(markdown, rules: ["bare-url", "item-format"]).isEmpty)
    }

    @Test func anAutolinkAfterASentenceOfTheItemIsAnAddressNotATitle() throws {
        let markdown = """
            ## 大事件

            - 2020-04-12: [项目突破三万 Star](https://example.com/3w)。
            - 2020-04-14: 官网`力扣加加`上线啦，有专题讲解，每日一题，还不赶紧收藏起来？地址：<http://leetcode-solution.cn/>

            """
        #expect(try LintHarness.lint(markdown, rules: ["bare-url"]).isEmpty)
    }

    @Test func aURLAfterAQuestionOrALabelStillStandsForTheTitle() throws {
        let named = "- 什么是梯度检查点？https://a.example/1\n- 拒绝采样：<https://a.example/2>\n- Gradient checkpointing: https://a.example/3\n"
        let titled = (4...7).map { "- [条目 \($0)](https://b.example/\($0))\n" }.joined()
        #expect(try LintHarness.lint(named + titled, rules: ["bare-url"]).map(\.line) == [1, 2, 3])
    }

    /// Entries written `name：URL` as often as `[title](url)` or more: the document's own way,
    /// where only an address without a name is reported.
    @Test func aDocumentWritingItsEntriesNameThenURLFollowsItsOwnConvention() throws {
        let named = "- 简单简历（部分免费）：<https://a.example/cv>\n- 极简简历： <https://b.example/index>\n- Markdown 简历排版工具：https://c.example/\n"
        let titled = (4...6).map { "- [条目 \($0)](https://d.example/\($0))\n" }.joined()
        #expect(try LintHarness.lint(named + titled + "- https://e.example/alone\n", rules: ["bare-url"]).map(\.line) == [7])
        // One titled entry more than the named ones: those deviate from how the document writes.
        let more = titled + "- [条目 7](https://d.example/7)\n"
        #expect(try LintHarness.lint(named + more, rules: ["bare-url"]).map(\.line) == [1, 2, 3])
        // A table of contents' entries link headings, not pages: no titled entries.
        let contents = "- [简历](#简历)\n- [工具](#工具)\n- [模板](#模板)\n- [网站](#网站)\n\n"
        #expect(try LintHarness.lint(contents + named, rules: ["bare-url"]).isEmpty)
    }

    /// Entries written `URL description` (the address first, what it leads to after it) as
    /// often as `[title](url)` or more: the document's own way too (Scanners-Box, Awesome-Redteam).
    @Test func aDocumentWritingItsEntriesURLThenDescriptionFollowsItsOwnConvention() throws {
        let described = "- https://github.com/a/loki - **Simple IOC Scanner**\n- https://github.com/b/hunter 探测工具\n- <https://c.example/cyberchef> 编码转换\n"
        let titled = (4...6).map { "- [条目 \($0)](https://d.example/\($0))\n" }.joined()
        #expect(try LintHarness.lint(described + titled + "- https://e.example/alone\n", rules: ["bare-url"]).map(\.line) == [7])
        let more = titled + "- [条目 7](https://d.example/7)\n"
        #expect(try LintHarness.lint(described + more, rules: ["bare-url"]).map(\.line) == [1, 2, 3])
        let report = ConventionsReport.text(for: MarkdownFile(path: "README.md", text: described))
        #expect(report.contains("URL description  (3 written `URL description`, 0 opening with a [title](url); bare-url reports only a URL standing alone"), "\(report)")
    }

    /// A short Chinese lead-in ending with a colon over one address gives it, as its English
    /// equivalent does; a two-character label does not.
    @Test func aChineseLeadInGivesTheAddressBelowIt() throws {
        #expect(try LintHarness.lint("# T\n\n## Dynamic\n\n常用的动态检测平台：\n- https://s.example/\n", rules: ["bare-url"]).isEmpty)
        #expect(try LintHarness.lint("# T\n\n## Dynamic\n\nCommon dynamic analysis platforms:\n- https://s.example/\n", rules: ["bare-url"]).isEmpty)
        #expect(try LintHarness.lint("# T\n\n## Dynamic\n\n平台：\n- https://s.example/\n", rules: ["bare-url"]).count == 1)
    }

    /// `Dan Creswell has a lovely reading list. https://…`: the address after a sentence of the
    /// item, whatever the file's other entries; a short title closed by a full stop stays one.
    @Test func anAddressAfterASentenceIsNoEntry() throws {
        let papers = "# Reading\n\n- [Paper 1](https://p1.example/a.pdf)\n- [Paper 2](https://p2.example/b.pdf)\n- [Paper 3](https://p3.example/c.pdf)\n\n## Online\n\n"
        #expect(try LintHarness.lint(papers + "- Dan Creswell has a lovely reading list. https://a.example/Pages/\n", rules: ["bare-url"]).isEmpty)
        #expect(try LintHarness.lint(papers + "- Reading list. https://a.example/Pages/\n", rules: ["bare-url"]).count == 1)
    }

    @Test func aURLUnderAFieldNameIsTheFieldsValue() throws {
        let titled = (1...4).map { "- [条目 \($0)](https://d.example/\($0))\n" }.joined()
        let sheet = "* 轩辕\n  * 模型:\n    * https://huggingface.co/a/b\n"
        #expect(try LintHarness.lint(titled + sheet, rules: ["bare-url"]).isEmpty)
        // Under an entry that is no field name, the URL stands for a title.
        let entry = "* 轩辕\n  * 什么是轩辕模型？\n    * https://huggingface.co/a/b\n"
        #expect(try LintHarness.lint(titled + entry, rules: ["bare-url"]).map(\.line) == [7])
    }
}
