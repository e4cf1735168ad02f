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
        let markdown = "- 什么是梯度检查点？https://a.example/1\n- 拒绝采样：<https://a.example/2>\n- Gradient checkpointing: https://a.example/3\n"
        #expect(try LintHarness.lint(markdown, rules: ["bare-url"]).map(\.line) == [1, 2, 3])
    }
}
