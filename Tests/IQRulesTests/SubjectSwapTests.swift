@testable import IQRules
import IQTestSupport
import Testing

/// One wording about two subjects is two questions; a reworded question, a misspelt or
/// longer form of one name, is still one.
@Suite struct SubjectSwapTests {
    @Test(arguments: [
        ("什么情况下会出现css阻塞？", "什么情况下会出现js阻塞？"),
        ("写一个方法实现“基数排序算法”，并解释下时间复杂度和空间复杂度", "写一个方法实现“桶排序算法”，并解释下时间复杂度和空间复杂度"),
        ("你有使用过loadable组件吗？它帮我们解决了什么问题？", "你有使用过suspense组件吗？它帮我们解决了什么问题？"),
        ("What is the difference between TCP and UDP?", "What is the difference between TCP and HTTP?"),
        ("LoRA的原理是什么？", "QLoRA的原理是什么？"),
        ("Vue2 的响应式原理", "Vue3 的响应式原理"),
        ("`push_last(A)`", "`push_last(B)`"),
        // The list number written in the text is no part of the wording.
        ("1.1 llama2 系列 数据预处理方式？", "1.2 Baichuan2 系列 数据预处理方式？"),
        ("Floats özelliğinin ne olduğunu ve nasıl çalıştığından bahsedin.", "z-index özelliğinin ne olduğunu ve nasıl çalıştığından bahsedin."),
        // A Latin name against a Chinese word.
        ("如果再有人问你分布式ID，这篇文章扔给他", "如果再有人问你分布式锁，这篇文章扔给他"),
        // An identifier in code's case against a name in words.
        ("Which containers use a border layout as their default layout?", "Which containers use a FlowLayout as their default layout?"),
    ])
    func twoSubjects(first: String, second: String) {
        #expect(SubjectSwap.differOnlyInSubject(first, second))
        #expect(SubjectSwap.differOnlyInSubject(second, first))
    }

    @Test(arguments: [
        ("What is PyTorch used for?", "What is PyTroch used for?"),
        ("What is React?", "What is ReactJS?"),
        ("What is a Promise?", "What is a Promises?"),
        ("What is garbage collection used for?", "What is garbage collection good for?"),
        ("什么是LoRA？", "介绍一下LoRA？"),
        ("什么是 LoRA？", "什么是 LoRA 微调？"),
        ("什么是“LoRA”？", "什么是“lora”？"),
        ("同一个问题", "同一个问题"),
        // Two subjects joined by `和`, `与`, `vs`: named in either order, one question.
        ("进程和线程的区别", "线程和进程的区别"),
        ("TCP与UDP有什么不同？", "UDP 与 TCP 有什么不同？"),
        ("What is difference between StringBuffer and StringBuilder?", "What is difference between StringBuilder and StringBuffer?"),
        // One name, written in code's case and in words.
        ("What is a HashMap in Java?", "What is a hash map in Java?"),
    ])
    func oneSubject(first: String, second: String) {
        #expect(!SubjectSwap.differOnlyInSubject(first, second))
        #expect(!SubjectSwap.differOnlyInSubject(second, first))
    }

    @Test(arguments: [
        ("进程和线程的区别", "线程和进程的区别", true),
        ("Redis vs Memcached 怎么选", "Memcached vs Redis 怎么选", true),
        ("What is difference between StringBuffer and StringBuilder?", "What is difference between StringBuilder and StringBuffer?", true),
        ("TCP/UDP", "UDP/TCP", true),
        ("说说 HTTP、HTTPS 的区别", "说说 HTTPS、HTTP 的区别", true),
        // Roles swapped around a verb, not a joining word: two questions.
        ("用栈实现队列", "用队列实现栈", false),
        ("进程和线程的区别", "进程和协程的区别", false),
        ("进程和线程的区别", "进程和线程的区别", false),
    ])
    func joinedSubjectsInTheOtherOrder(first: String, second: String, swapped: Bool) {
        #expect(JoinedSubjects.areSwapped(first, second) == swapped)
        #expect(JoinedSubjects.areSwapped(second, first) == swapped)
    }

    @Test func aRewordedQuestionIsStillReportedBesideTheOtherSubject() throws {
        let text = "## 排序\n\n1. [写一个方法实现“快速排序算法”，并解释下时间复杂度和空间复杂度](https://a.example/1)\n"
            + "2. [写一个方法实现“归并排序算法”，并解释下时间复杂度和空间复杂度](https://a.example/2)\n"
            + "3. [请写一个方法实现“快速排序算法”，并解释时间复杂度和空间复杂度](https://a.example/3)\n"
        let found = try LintHarness.lint(text, rules: ["duplicate-question"])
        #expect(found.count == 1 && found.first?.line == 5, "\(found.map(\.message))")
    }
}

/// Questions that point at the snippet or figure shown with them, and questions that name
/// their subject.
@Suite struct MaterialPointerTests {
    @Test(arguments: ["What is the output of below code ?", "Explain the code below.", "What does this snippet print?",
                      "How well would vanilla SVM work on this dataset?", "以下代码的输出是什么？",
                      "What's the output?", "What will be logged?", "输出是什么？"])
    func pointsAtItsMaterial(_ question: String) {
        #expect(QuestionScopes.pointsAtMaterial(question))
    }

    @Test(arguments: ["What is code review?", "Why is the output buffered?", "什么是代码审查？", "Below what load does a cache help?",
                      "What is the return value of malloc?", "输出层是什么？"])
    func namesItsSubject(_ question: String) {
        #expect(!QuestionScopes.pointsAtMaterial(question))
    }

    /// `X` and `X之ASM`, `X` and `X进阶篇`: an article and a part of its series; a title grown by
    /// other words is not.
    @Test func anArticleAndAPartOfItsSeries() {
        #expect(SequelTitles.arePartsOfOneSeries("字节码也能做有趣的事 ", "字节码也能做有趣的事之ASM"))
        #expect(SequelTitles.arePartsOfOneSeries("现代 CSS 颜色使用指南", "现代 CSS 颜色使用指南进阶篇"))
        #expect(!SequelTitles.arePartsOfOneSeries("字节码也能做有趣的事", "字节码也能做有趣的事吗"))
        #expect(!SequelTitles.arePartsOfOneSeries("Redis", "Redis之"))
        #expect(SequelTitles.namePartsInBrackets("利用K8S技术栈打造个人私有云（连载之：初章）", "利用K8S技术栈打造个人私有云（连载之：K8S集群搭建）"))
        #expect(SequelTitles.namePartsInBrackets("Rust in Production (Part 1: Setup)", "Rust in Production (Part 2: Tracing)"))
        #expect(SequelTitles.namePartsInBrackets("深入理解事件循环（第一篇）", "深入理解事件循环（第三篇）"))
        // Notes that name no part: a question asked of two cases, compared as usual.
        #expect(!SequelTitles.namePartsInBrackets("Vue 的生命周期有哪些（Vue2）", "Vue 的生命周期有哪些（Vue3）"))
        #expect(!SequelTitles.namePartsInBrackets("利用K8S技术栈打造个人私有云（连载之：初章）", "利用K8S技术栈打造个人私有云（连载之：初章） "))
    }
}
