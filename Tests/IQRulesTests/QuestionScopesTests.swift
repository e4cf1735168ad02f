import IQCore
@testable import IQRules
import IQTestSupport
import Testing

/// One wording about two subjects is not a question asked twice: a sub-question sharing a word
/// with each of two different parents, and a question pointing at the material shown under it
/// (`this dataset`, `以下代码`) over two different materials. The same wording about one subject
/// stays a duplicate.
@Suite struct QuestionScopesTests {
    private func duplicates(_ markdown: String) throws -> [Diagnostic] {
        try LintHarness.lint(markdown, rules: ["duplicate-question"])
    }

    @Test func aSubQuestionUnderTwoSubjectsAsksTwoThings() throws {
        let outline = """
            1. [E] What are the assumptions of linear regression?
            2. k-means clustering.
                1. [E] How would you choose the value of k?
                1. [M] How would you evaluate it if the labels aren't known?
            3. k-nearest neighbor classification.
                1. [E] How would you choose the value of k?
                1. [M] How does the value of k impact the bias and variance?

            """
        #expect(try duplicates(outline).isEmpty)
        // One subject twice (`Python` inside `Python advanced`): asked twice.
        let sameSubject = """
            - Python
              - What is a Python decorator?
              - What is a generator?
            - Python advanced
              - What is a Python decorator?
              - What is a metaclass?

            """
        #expect(try duplicates(sameSubject).map(\.line) == [5])
        // Sharing no word with its parents, the question names its own subject.
        let ownSubject = """
            - Databases
              - What is eventual consistency?
            - Networking
              - What is eventual consistency?

            """
        #expect(try duplicates(ownSubject).map(\.line) == [4])
    }

    @Test func aQuestionAboutTheMaterialUnderItAsksAboutThatMaterial() throws {
        let figures = """
            1. SVM.
                1. [M] How well would vanilla SVM work on this dataset?

                  <img src="images/a.png" alt="dataset 1">

                1. [M] How well would vanilla SVM work on this dataset?

                  <img src="images/b.png" alt="dataset 2">

            """
        #expect(try duplicates(figures).isEmpty)
        let snippets = "- 以下代码的输出是什么？\n\n  ```js\n  console.log(1)\n  ```\n\n- 以下代码的输出是什么？\n\n  ```js\n  console.log([] + {})\n  ```\n"
        #expect(try duplicates(snippets).isEmpty)
        // The same material twice is the same question twice.
        let copied = "- 以下代码的输出是什么？\n\n  ```js\n  console.log(1)\n  ```\n\n- 以下代码的输出是什么？\n\n  ```js\n  console.log(1)\n  ```\n"
        #expect(try duplicates(copied).map(\.line) == [7])
        // `the following` and `下面` point at what follows as well.
        let following = "1. What is the output of the following?\n\n   ```py\n   print(1)\n   ```\n\n2. What is the output of the following?\n\n   ```py\n   print(2)\n   ```\n"
        #expect(try duplicates(following).isEmpty)
        let options = "- 下面哪个说法是正确的？\n\n  ```\n  A. 1 B. 2\n  ```\n\n- 下面哪个说法是正确的？\n\n  ```\n  A. 3 B. 4\n  ```\n"
        #expect(try duplicates(options).isEmpty)
        // Without material under them, the two are one question asked twice.
        #expect(try duplicates("1. What is the output of the following?\n2. What is a closure?\n3. What is the output of the following?\n").map(\.line) == [3])
    }

    /// A numbered procedure checks the same thing before and after acting; a list of questions
    /// asking one thing twice is still a duplicate.
    @Test func aProcedureRepeatingAStepAsksNothingTwice() throws {
        let procedure = """
            ## "Killing" Containers

            1. Run Pod with a web service (e.g. httpd)
            2. Verify the web service is running with the `ps` command
            3. Check how many restarts the pod has performed
            4. Kill the web service process
            5. Check how many restarts the pod has performed
            6. Verify again the web service is running

            """
        #expect(try duplicates(procedure).isEmpty)
        let questions = """
            ## Pods

            1. What is a Pod?
            2. How many containers can a Pod run?
            3. Check how many restarts the pod has performed
            4. What is a ReplicaSet?
            5. Check how many restarts the pod has performed

            """
        #expect(try duplicates(questions).map(\.line) == [7])
    }

    /// Two sections asking the same questions of their own snippets are a template; two
    /// sections listing the same questions and nothing else are a copy, and so are two question
    /// headings answered differently.
    @Test func sectionsAskingTheSameOfTheirOwnMaterial() throws {
        let snippets = """
            ## Fork 101

            ```
            int main() { fork(); printf("yay\\n"); }
            ```

            1. How many times the word "yay" will be printed?
            2. How many processes will be created?

            ## Fork 102

            ```
            int main() { fork(); fork(); printf("yay\\n"); }
            ```

            1. How many times the word "yay" will be printed?
            2. How many processes will be created?

            """
        #expect(try duplicates(snippets).isEmpty)
        let copied = """
            ## Processes

            1. How many times the word "yay" will be printed?
            2. How many processes will be created?

            ## More processes

            1. How many times the word "yay" will be printed?
            2. How many processes will be created?

            """
        #expect(try duplicates(copied).map(\.line) == [8, 9])
        let headings = "1. ### What is a fork?\n\n   It copies the process.\n\n2. ### What is a fork?\n\n   A branch of a repository.\n"
        #expect(try duplicates(headings).map(\.line) == [5])
    }

    /// A solution running one command as its first step and again under its second: only code,
    /// an `info`. The same question written around the command is still an error.
    @Test func aCommandRunAgainIsAnInfo() throws {
        let steps = "## Solution\n\n1. `kubectl describe no minikube | grep -i taints`\n2. `kubectl taint node minikube app=web:NoSchedule`\n"
            + "   1. Any resource with app=web will not be scheduled on the node\n   2. `kubectl describe no minikube | grep -i taints`\n"
        #expect(try duplicates(steps).map { "\($0.line) \($0.severity)" } == ["6 info"])
        let asked = "## Q\n\n1. What does `kubectl get nodes` print?\n2. What is a taint?\n3. What does `kubectl get nodes` print?\n"
        #expect(try duplicates(asked).map { "\($0.line) \($0.severity)" } == ["5 error"])
        let twoSpans = "## Q\n\n1. `a` and `b`\n2. What is c?\n3. `a` and `b`\n"
        #expect(try duplicates(twoSpans).map(\.severity) == [.error])
    }

    /// A bank's list of communities: `[Machine Learning]` under `### Quora` and under
    /// `### Reddit`, each linking its own site, is an `info`. Linking one site twice, or under
    /// one group label, or asked as a question, it stays an error.
    @Test func aNameUnderTwoGroupLabelsOnTwoSitesIsAnInfo() throws {
        func communities(_ second: String, text: String = "Machine Learning") -> String {
            "## Questions\n\n- [What is overfitting?](https://a.example/1)\n- [What is a kernel?](https://a.example/2)\n\n"
                + "## Communities\n\n- ### Quora\n\t- [\(text)](https://www.quora.com/topic/Machine-Learning)\n"
                + "\t- [Statistics](https://www.quora.com/topic/Statistics)\n\n- ### Reddit\n\t- [\(text)](\(second))\n"
        }
        #expect(try duplicates(communities("https://www.reddit.com/r/machinelearning")).map { "\($0.line) \($0.severity)" } == ["13 info"])
        #expect(try duplicates(communities("https://www.quora.com/topic/ML")).map { "\($0.line) \($0.severity)" } == ["13 error"])
        let oneLabel = "## Questions\n\n- [What is overfitting?](https://a.example/1)\n- [What is a kernel?](https://a.example/2)\n\n"
            + "## Communities\n\n- ### Forums\n\t- [Machine Learning](https://www.quora.com/topic/Machine-Learning)\n"
            + "\t- [Statistics](https://www.quora.com/topic/Statistics)\n\t- [Machine Learning](https://www.reddit.com/r/ml)\n"
        #expect(try duplicates(oneLabel).map { "\($0.line) \($0.severity)" } == ["11 error"])
        #expect(try duplicates(communities("https://www.reddit.com/r/ml", text: "What is machine learning?")).map { "\($0.line) \($0.severity)" }
                    == ["13 error"])
    }

    /// `以上方法是否一定有效？` after two sections asks about each section's methods; `我的理解`
    /// and `我的总结`, two topics' closing notes, are not one once normalised to `我的`.
    @Test func questionsAboutWhatStandsAboveThemAndClosingNotes() throws {
        let above = "# 如何解决高方差问题？\n- 获取更多的数据\n- 减少特征数量\n\n# 以上方法是否一定有效？\n- 未必\n\n"
            + "# 如何解决高偏差问题？\n- 增加多项式特征\n\n# 以上方法是否一定有效？\n- 未必\n"
        #expect(try duplicates(above).isEmpty)
        #expect(try duplicates(above.replacingOccurrences(of: "以上方法", with: "正则化方法")).map(\.line) == [11])
        let notes = "# 基础概念\n- 生成与判别模型\n    - [什么叫生成模型](a.md#L1)\n    - [我的理解](a.md#L9)\n"
            + "# 机器学习\n- 逻辑回归\n    - [LR如何并行](b.md#L5)\n    - [我的总结](b.md#L164)\n"
        #expect(try duplicates(notes).isEmpty)
        #expect(try duplicates(notes.replacingOccurrences(of: "我的总结", with: "我的理解")).map(\.line) == [8])
    }

    /// An interview log: `自我介绍` in the first round and again in the third is a step of each,
    /// another question asked again an `info`; the
    /// same question twice in one round, or under headings naming no round, stays an error.
    @Test func anInterviewLogsRoundsAskAgainOnPurpose() throws {
        let log = "# 笔试面经\n\n## 算法工程师\n\n### 一面\n1. 自我介绍；\n1. 什么是二分查找？\n1. 如何判断链表是否有环？\n\n"
            + "### 二面\n1. 什么是 AdaBoost？\n1. 用积分计算概率；\n\n### 三面\n1. 自我介绍；\n1. 什么是梯度下降？\n"
        // A step of every interview (`自我介绍`) is not reported; a question two rounds ask is an info.
        #expect(try duplicates(log).isEmpty)
        let asked = log.replacingOccurrences(of: "自我介绍", with: "什么是过拟合")
        #expect(try duplicates(asked).map { "\($0.line) \($0.severity)" } == ["15 info"])
        let topics = log.replacingOccurrences(of: "一面", with: "基础").replacingOccurrences(of: "二面", with: "进阶").replacingOccurrences(of: "三面", with: "项目")
        #expect(try duplicates(topics).map { "\($0.line) \($0.severity)" } == ["15 error"])
        #expect(QuestionScopes.namesARound("Round 2") && QuestionScopes.namesARound("HR 面") && !QuestionScopes.namesARound("Background"))
        // Steps joined are a step; talk alone is none.
        #expect(InterviewRecords.isStep("杂谈+反问") && InterviewRecords.isStep("自我介绍、手撕代码") && !InterviewRecords.isStep("杂谈")
                && !InterviewRecords.isStep("反问+什么是闭包"))
    }

    /// One exercise a page (`fork_101.md`, `fork_102.md`): each its own snippet and the same
    /// questions about it. The same questions over the same snippet in two files are a copy,
    /// and so are they in two pages' long sections.
    @Test func pagesAskingTheSameOfTheirOwnMaterial() throws {
        func page(_ title: String, _ code: String) -> String {
            "## \(title)\n\nAnswer the questions given the following program:\n\n```\n\(code)\n```\n\n"
                + "1. How many times the word \"yay\" will be printed?\n2. How many processes will be created?\n"
        }
        let first = page("Fork 101", "int main() { fork(); printf(\"yay\\n\"); }")
        let second = page("Fork 102", "int main() { fork(); fork(); printf(\"yay\\n\"); }")
        let pages = try LintHarness.lint(first, path: "fork_101.md", rules: ["duplicate-question"], companions: ["fork_102.md": second])
        #expect(pages.isEmpty, "\(pages.map(\.message))")
        let copy = try LintHarness.lint(first, path: "fork_101.md", rules: ["duplicate-question"], companions: ["fork_102.md": first])
        #expect(copy.map { "\($0.path):\($0.line)" } == ["fork_102.md:9", "fork_102.md:10"])
        // Long sections of two pages (a certificate's questions, each answered in its own block)
        // differ anyway: a question copied between them is still a copy.
        let answers = (1...5).map { "<details>\n<summary>Question \($0)?</summary>\n\nAnswer \($0).\n</details>\n\n" }.joined()
        let long = try LintHarness.lint(answers + first, path: "fork_101.md", rules: ["duplicate-question"],
                                        companions: ["fork_102.md": second + "\n" + answers])
        #expect(long.map(\.path) == ["fork_102.md", "fork_102.md"])
    }
    /// Sections whose headings frame questions alike and differ in a name (two companies): the
    /// same question under both is what each asks, an info. Two topics, or two levels or parts
    /// of one bank, are no names.
    @Test func sectionsOfTwoCompaniesEachListTheirOwn() throws {
        let companies = "## Airbnb behavioral interview questions\n\n- Tell me about why you want to work here.\n- What do you think of Airbnb?\n\n"
            + "## Stack Overflow behavioral interview questions\n\n- What have you built?\n- Why do you want to work here?\n"
        let found = try duplicates(companies)
        #expect(found.map { "\($0.line) \($0.severity)" } == ["9 info"])
        #expect(found.first?.help.first?.contains("'Stack Overflow' and 'Airbnb'") == true, "\(found.first?.help ?? [])")
        let topics = "## Questions to ask about technical work\n\n- What resources does the company have?\n\n"
            + "## Questions to ask about the role\n\n- What resources does the company have?\n"
        #expect(try duplicates(topics).map(\.severity) == [.error])
        let levels = "## 机器学习基础\n\n1. 什么是过拟合\n\n## 机器学习进阶\n\n1. 什么是过拟合\n"
        #expect(try duplicates(levels).map(\.severity) == [.error])
        let parts = "## Part 1 interview questions\n\n1. What is overfitting?\n\n## Part 2 interview questions\n\n1. What is overfitting?\n"
        #expect(try duplicates(parts).map(\.severity) == [.error])
    }

    /// A question with no subject of its own (`How it works?`) asks about its section: in two
    /// sections or two files it asks about two things; twice in one section it is asked twice.
    @Test func aQuestionLeaningOnItsSectionIsAskedOncePerSection() throws {
        let tools = "# Prepare\n\n#### Tooling\n\nAsk about any tool:\n\n* What the tool does?\n* How it works?\n* How to use it?\n"
        let search = "# Algorithms\n\n#### Binary search\n\n* How does it works?\n* Can you implement it in Go?\n"
        let found = try LintHarness.lint(tools, path: "prepare.md", rules: ["duplicate-question"], companions: ["software.md": search])
        #expect(found.isEmpty, "\(found.map(\.message))")
        let twice = try LintHarness.lint("## Docker\n\n* How does it work?\n* What is a layer?\n* How does it work?\n", rules: ["duplicate-question"])
        #expect(twice.map(\.line) == [5])
        #expect(QuestionScopes.hasNoSubjectOfItsOwn("What are its advantages?"))
        #expect(QuestionScopes.hasNoSubjectOfItsOwn("它的原理是什么？"))
        #expect(!QuestionScopes.hasNoSubjectOfItsOwn("What is Docker and why is it useful?"))
        #expect(!QuestionScopes.hasNoSubjectOfItsOwn("How does garbage collection work?"))
    }
}
