import Testing
@testable import IQDedup

/// The patterns that made duplicate-question cry wolf or miss, each in both directions, Chinese
/// and English. Texts are shaped like the items of public interview-question banks.
@Suite struct QuestionShapeTests {
    let finder = NearDuplicateFinder()
    let normalizer = TextNormalizer()

    func pairs(_ texts: [String]) -> [[Int]] { finder.pairs(in: texts).map { [$0.a, $0.b] } }

    @Test(arguments: [
        ("1.1 什么是LoRA？", "什么是LoRA？"), ("一、为什么需要归一化", "为什么需要归一化"), ("（3）TCP 和 UDP 的区别", "TCP 和 UDP 的区别"),
        ("Q12: 什么是闭包", "什么是闭包"), ("第3题 进程间通信方式有哪些", "进程间通信方式有哪些"), ("问题7：什么是RAG", "什么是RAG"),
        ("10) 什么是死锁", "什么是死锁"), ("2.3.1 梯度裁剪的作用", "梯度裁剪的作用"), ("（二）Redis 为什么这么快", "Redis 为什么这么快"),
        ("Question 5: What is polymorphism?", "What is polymorphism?"), ("#7 What is a goroutine?", "What is a goroutine?"),
        ("iii. What is hoisting?", "What is hoisting?"), ("[4] Explain the CAP theorem", "Explain the CAP theorem"),
    ])
    func listNumbersWrittenInTheTextAreRemoved(numbered: String, plain: String) {
        #expect(normalizer.normalize(numbered) == normalizer.normalize(plain))
    }

    @Test(arguments: ["3D卷积是什么", "2023年的大模型进展", "5G是什么", "1.0版本的变化", "Qwen2.5的训练数据", "int8量化", "I/O多路复用", "5 种微调方法"])
    func numbersThatBelongToTheQuestionStay(text: String) {
        #expect(normalizer.normalize(text).first == text.lowercased().first, "\(text)")
    }

    @Test func aPartNumberInsideATitleCounts() {
        #expect(pairs(["大模型知识蒸馏原理综述（一）：概述", "大模型知识蒸馏原理综述（六）：总结", "大模型知识蒸馏原理综述（二）：MINILLM、GDK"]).isEmpty)
        // The same part twice is still the same title.
        #expect(finder.pairs(in: ["Redis 持久化（二）：AOF", "Redis 持久化（二）：AOF"]).first?.kind == .exact)
        // A note in brackets that is no numeral stays what it was.
        #expect(normalizer.normalize("RLHF（一维）流程") != normalizer.normalize("RLHF 1 流程"))
    }

    @Test func aProblemNumberGluedToItsSlugNamesTheProblem() {
        #expect(pairs(["102.binary-tree-level-order-traversal", "103.binary-tree-zigzag-level-order-traversal"]).isEmpty)
        #expect(pairs(["121.best-time-to-buy-and-sell-stock", "309.best-time-to-buy-and-sell-stock-with-cooldown"]).isEmpty)
        // A list's number glued to words is still the list's.
        #expect(normalizer.normalize("1.What is a closure?") == normalizer.normalize("What is a closure?"))
        #expect(normalizer.normalize("1.什么是闭包") == normalizer.normalize("什么是闭包"))
    }

    @Test func orderedCopiesAreDuplicatesAndNumbersInThemDoNotCount() {
        #expect(pairs(["1.1 什么是LoRA？", "LoRA是什么？", "1.2 什么是RLHF？"]) == [[0, 1]])
        #expect(finder.pairs(in: ["12) Explain the CAP theorem", "Explain the CAP theorem."]).first?.kind == .exact)
    }

    @Test(arguments: [("（字节二面）", ""), ("(高频)", ""), ("【腾讯】", ""), ("（阿里一面）？", "")])
    func trailingQualifiersAreNotPartOfTheQuestion(qualifier: String, _: String) {
        #expect(normalizer.normalize("RLHF 的训练流程" + qualifier) == normalizer.normalize("RLHF的训练流程"))
    }

    @Test func intentSeparatesQuestionsAboutOneSubject() {
        #expect(pairs(["为什么需要思维树", "什么是思维树", "如何使用思维树", "思维树和思维链的区别", "思维树的原理"]).isEmpty)
        #expect(pairs(["What is a closure?", "Why do we need closures?", "How do closures work in loops?", "Closures vs objects"]).isEmpty)
        #expect(pairs(["什么是MySQL索引", "MySQL的索引有哪些"]).isEmpty)
    }

    @Test func phrasingsWithOneIntentAreOneQuestion() {
        #expect(pairs(["什么是LoRA", "LoRA是什么", "介绍一下LoRA", "简述LoRA"]) == [[0, 1], [0, 2], [0, 3], [1, 2], [1, 3], [2, 3]])
        #expect(pairs(["为什么要用消息队列", "为何要使用消息队列"]) == [[0, 1]])
        #expect(pairs(["What is the difference between TCP and UDP?", "TCP vs UDP", "Difference between UDP and TCP"]).count == 3)
        #expect(pairs(["Redis持久化方式有哪些", "Redis的持久化方式"]) == [[0, 1]])
        #expect(pairs(["Why use higher order functions?", "What are the benefits of higher order functions?"]) == [[0, 1]])
    }

    @Test func askingWhatAThingIsForIsAskingWhy() {
        #expect(pairs(["What is the freeze method", "What is the purpose of the freeze method"]).isEmpty)
        #expect(pairs(["What is tree shaking", "What is the need of tree shaking"]).isEmpty)
        #expect(pairs(["What are closures", "What are the uses of closures?"]).isEmpty)
        #expect(pairs(["What is the purpose of the freeze method", "What is the freeze method used for"]) == [[0, 1]])
        #expect(pairs(["volatile关键字的作用", "volatile 关键字有什么作用"]) == [[0, 1]])
    }

    @Test func intentsAreReadFromQuestionWords() {
        #expect(normalizer.intent(of: "为什么需要思维树") == .why)
        #expect(normalizer.intent(of: "如何使用思维树") == .how)
        #expect(normalizer.intent(of: "如何理解思维树") == .what)
        #expect(normalizer.intent(of: "思维树和思维链有什么不同") == .compare)
        #expect(normalizer.intent(of: "What is the difference between C and C++?").isCompatible(with: .compare))
        #expect(normalizer.intent(of: "介绍一下思维树") == .unstated)
        #expect(QuestionIntent.unstated.isCompatible(with: .list) && !QuestionIntent.what.isCompatible(with: .list))
    }

    @Test func namesWithSymbolsStayDistinct() {
        let names = ["C", "C++", "C#", "F#", ".NET", "NET", "Node.js", "Node"]
        #expect(Set(names.map { normalizer.normalize("What is \($0)?") }).count == names.count)
        #expect(pairs(["Memory management in C", "Memory management in C++", "Memory management in C#"]).isEmpty)
        #expect(pairs(["C#的委托", "C++的委托", "F#的类型推断", "C#的类型推断"]).isEmpty)
        #expect(normalizer.normalize("NodeJS") == normalizer.normalize("Node.js"))
        // `B+树` is another tree than `B树`; a plus between words or after a number is no name's.
        #expect(normalizer.normalize("使用B树的好处") != normalizer.normalize("使用B+树的好处"))
        #expect(normalizer.normalize("a+b") == normalizer.normalize("a b"))
        #expect(pairs(["Vue 2的响应式原理", "Vue 3的响应式原理", "Vue3的响应式原理"]) == [[1, 2]])
    }

    @Test func englishIsComparedAsWords() {
        #expect(pairs(["Asynchronous programming", "Synchronous programming"]).isEmpty)
        #expect(pairs(["How does HTTPS work?", "How HTTPS works"]) == [[0, 1]])
    }

    @Test func wordsOnEveryLineSayLittle() {
        let bank = ["Top Docker Interview Questions", "Top C Interview Questions", "Top Java Interview Questions",
                    "Top React Interview Questions", "Top Kafka Interview Questions", "Top Redis Interview Questions",
                    "Redis面试题总结", "MySQL面试题总结", "Kafka面试题总结", "Java并发面试题总结"]
        #expect(pairs(bank).isEmpty)
        // The same bank keeps a real copy.
        #expect(pairs(bank + ["top docker interview questions!"]) == [[0, 10]])
    }

    @Test func versionNumeralsCountAsNumbers() {
        #expect(pairs(["第二代GPT的结构", "第三代GPT的结构"]).isEmpty)
        #expect(finder.pairs(in: ["第二代GPT的结构", "第2代GPT的结构"]).first?.kind == .exact)
        #expect(pairs(["Final Fantasy VII characters", "Final Fantasy X characters"]).isEmpty)
        #expect(finder.pairs(in: ["Rocky II plot", "Rocky 2 plot"]).first?.kind == .exact)
        #expect(SymbolNamesAndNumerals.numeral("十二") == 12 && SymbolNamesAndNumerals.numeral("二十三") == 23)
        #expect(normalizer.normalize("第" + String(repeating: "九", count: 40) + "版").hasPrefix("第九"))
        #expect(normalizer.normalize(String(repeating: "1.", count: 40) + " 什么是LoRA") != "")
        // 统一 and 一致 number nothing.
        #expect(normalizer.normalize("统一的接口") == "统一接口")
    }

    @Test func chineseIsComparedAsBigramsWithTheFirstCharacterMarked() {
        #expect(pairs(["进程间通信方式", "线程间通信方式"]).isEmpty)
        #expect(pairs(["大模型分布式训练中的通信开销优化方法", "大模型分布式训练中的通讯开销优化方法"]) == [[0, 1]])
    }
}

/// Test access to the numeral parser.
enum SymbolNamesAndNumerals {
    static func numeral(_ text: String) -> Int? { ChineseNumerals.value(of: ArraySlice(text.unicodeScalars)) }
}

/// The text rewrites run on every question of every bank: random texts built from the
/// characters they look at must come through without a trap.
@Suite struct QuestionShapeRobustnessTests {
    @Test func randomTextsOfTheRewrittenCharactersNormalise() {
        let pieces: [String] = ["1", "2", ".", "、", "(", ")", "（", "）", "【", "】", "[", "]", "#", "+", "++", "C", "c", "F", "Q",
                                "q", "No", "iii", "IV", "x", "v", "第", "题", "问题", "一", "十", "百", "两", "〇", "版", "代", "期",
                                "什么是", "为什么", "如何", "区别", "vs", "what is", " ", "？", "?", "js", "Node", ".NET", "\u{301}",
                                "😀", "\u{3000}", ":", "：", "-", "原理", "有哪些"]
        var state: UInt64 = 42
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        let finder = NearDuplicateFinder()
        var texts: [String] = []
        for _ in 0..<1_200 {
            let text = (0..<next(14)).map { _ in pieces[next(pieces.count)] }.joined()
            texts.append(text)
            _ = TextNormalizer().normalize(text)
        }
        #expect(finder.pairs(in: texts).allSatisfy { $0.jaccard <= 1 && $0.containment <= 1 && $0.a < $0.b })
    }
}
