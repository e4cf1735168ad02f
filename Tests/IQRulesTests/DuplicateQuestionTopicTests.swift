import IQCore
import IQMarkdown
@testable import IQRules
import IQTestSupport
import Testing

/// A bank with a page or a section per technology: a question that leaves its subject to its
/// page is not the question another page asks about its own topic by name.
@Suite struct DuplicateQuestionTopicTests {
    func lines(_ files: [(String, String)]) throws -> [String] {
        let linter = try LintHarness.makeLinter(rules: ["duplicate-question"])
        return linter.lint(files.map { MarkdownFile(path: $0.0, text: $0.1) }).map { "\($0.path):\($0.line)" }
    }

    let vue = """
        # Vue

        - [vue和angular有什么区别呢？](https://a.example/11)
        - [说说组件的命名规范](https://a.example/12)
        - [vue的生命周期有哪些？](https://a.example/13)
        - [vue中的key有什么作用？](https://a.example/14)

        """

    let react = """
        # React

        - [React与angular、vue有什么区别？](https://a.example/1)
        - [说说你对React的组件命名规范的理解](https://a.example/2)
        - [React的生命周期有哪些？](https://a.example/3)
        - [React中的key有什么作用？](https://a.example/4)

        """

    @Test func aQuestionNamingItsPagesTopicIsNotTheOtherPagesQuestion() throws {
        #expect(try lines([("lib/React.md", react), ("lib/Vue.md", vue)]).isEmpty)
    }

    @Test func bothNamingOneTopicAreStillADuplicate() throws {
        // A React question filed under Vue is the React page's question asked again.
        let misfiled = vue + "- [说说你对React的组件命名规范的理解吧](https://a.example/15)\n"
        #expect(try lines([("lib/React.md", react), ("lib/Vue.md", misfiled)]) == ["lib/Vue.md:7"])
    }

    @Test func filesNamedAfterNoTopicCompareAsBefore() throws {
        // `README.md` names nothing, and `nlp.md` is a name none of its items repeats.
        let first = "# 面试题\n\n- [说说组件的命名规范](https://a.example/1)\n"
        #expect(try lines([("README.md", first), ("lib/React.md", react)]) == ["lib/React.md:4"])
        #expect(try lines([("nlp.md", first), ("lib/React.md", react)]) == ["lib/React.md:4"])
    }

    @Test func sectionsNamedAfterTechnologiesAreTopicsToo() throws {
        let bank = """
            # 前端面试题

            ## Vue

            - [vue的生命周期有哪些？](https://a.example/1)
            - [说说组件的命名规范](https://a.example/2)
            - [vue中的key有什么作用？](https://a.example/3)

            ## React

            - [React的生命周期有哪些？](https://a.example/4)
            - [说说你对React的组件命名规范的理解](https://a.example/5)
            - [React中的key有什么作用？](https://a.example/6)

            """
        #expect(try lines([("README.md", bank)]).isEmpty)
        // A heading that is a phrase, or a name only one item repeats, is no topic.
        let phrase = bank.replacingOccurrences(of: "## React\n", with: "## React 面试题\n")
        #expect(try lines([("README.md", phrase)]) == ["README.md:12"])
    }

    @Test func aTopicIsOneNameAndNothingElse() {
        #expect(TopicSubjects.topicName("3. React") == "react")
        #expect(TopicSubjects.topicName("Vue.js:") == "vue.js")
        #expect(TopicSubjects.topicName("C++") == "c++")
        #expect(TopicSubjects.topicName("React 面试题") == nil)
        #expect(TopicSubjects.topicName("React hooks") == nil)
        #expect(TopicSubjects.topicName("README") == nil)
        #expect(TopicSubjects.names(in: "React与angular、vue.js有什么区别？") == ["react", "angular", "vue.js"])
        #expect(TopicSubjects.mentions(["vue"], "vue.js"))
        #expect(!TopicSubjects.mentions(["angular"], "vue.js"))
    }
}
