/// What a question asks about its subject. Question words are dropped before texts are compared,
/// but the intent they carry must match: "为什么需要思维树" (why), "如何使用思维树" (how) and
/// "思维树和思维链的区别" (compare) are three questions, while "什么是LoRA", "LoRA是什么" and
/// "介绍一下LoRA" are one.
///
/// A question without a cue (a bare topic such as "LoRA") is compatible with "what is" and
/// "which are" questions about the same subject, but not with why, how, compare or "how it
/// works" (原理) questions. A text can carry several intents ("why and how").
public struct QuestionIntent: OptionSet, Sendable, Hashable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    /// No cue at all: a bare topic.
    public static let unstated: QuestionIntent = []
    public static let why = QuestionIntent(rawValue: 1)
    public static let how = QuestionIntent(rawValue: 2)
    public static let compare = QuestionIntent(rawValue: 4)
    /// "什么是X", "What is X", "介绍一下X": a definition.
    public static let what = QuestionIntent(rawValue: 8)
    /// "X有哪些", "Which X": an enumeration.
    public static let list = QuestionIntent(rawValue: 16)
    /// "X的原理", "X的工作原理": how something works inside.
    public static let mechanism = QuestionIntent(rawValue: 32)

    /// Whether two questions with these intents can ask the same thing: equal intents, or a bare
    /// topic against a definition or an enumeration.
    public func isCompatible(with other: QuestionIntent) -> Bool {
        let (a, b) = (self.withoutRedundantWhat, other.withoutRedundantWhat)
        let open: QuestionIntent = [.what, .list]
        return a == b || (a.isEmpty && open.isSuperset(of: b)) || (b.isEmpty && open.isSuperset(of: a))
    }

    /// "What is the difference between…" asks for the difference: "what" only counts alone.
    var withoutRedundantWhat: QuestionIntent {
        self == .what ? self : subtracting(.what)
    }

    /// Phrases that name an intent; they are removed like stop phrases. The longest phrase wins,
    /// so "如何理解" (what) overrides "如何" (how) and "有什么不同" (compare) overrides "不同".
    public static let defaultPhrases: [String: QuestionIntent] = [
        // why
        "为什么": .why, "为何": .why, "为啥": .why, "原因": .why, "的原因": .why, "原因是什么": .why,
        "why": .why, "why do": .why, "why does": .why, "why is": .why, "why are": .why,
        "why do we need": .why, "why use": .why,
        // why, asked as what it is for: "What is the purpose of X", "What are the benefits of X",
        // "What is X used for" ask why X is used, not what X is ("What is X").
        "what is the purpose of": .why, "the purpose of": .why, "purpose of": .why,
        "what is the need of": .why, "what is the need for": .why, "the need of": .why, "the need for": .why,
        "need of": .why, "need for": .why,
        "what is the use of": .why, "the use of": .why, "use of": .why,
        "what are the uses of": .why, "the uses of": .why, "uses of": .why,
        "what are the use cases for": .why, "what are the use cases of": .why, "use cases for": .why, "use cases of": .why,
        "what are the benefits of": .why, "the benefits of": .why, "benefits of": .why,
        "what are the advantages of": .why, "the advantages of": .why, "advantages of": .why, "used for": .why,
        // Not in Chinese: `的作用` also starts `的作用域` (scope), and `X的作用` and `X有什么作用`
        // must stay one question.
        // how
        "如何": .how, "怎么": .how, "怎样": .how, "怎么样": .how, "怎么做": .how, "如何做": .how,
        "how": .how, "how to": .how, "how do": .how, "how does": .how, "how do you": .how,
        "how can": .how, "how would you": .how, "how would": .how, "how is": .how, "how are": .how,
        // compare
        "区别": .compare, "的区别": .compare, "有什么区别": .compare, "有何区别": .compare, "区别是什么": .compare,
        "的区别是什么": .compare, "有什么不同": .compare, "有何不同": .compare, "的不同": .compare, "不同点": .compare,
        "差异": .compare, "的差异": .compare, "异同": .compare, "对比": .compare, "比较": .compare,
        "difference": .compare, "differences": .compare, "difference between": .compare,
        "differences between": .compare, "the difference between": .compare, "compare": .compare,
        "comparison": .compare, "vs": .compare, "versus": .compare, "distinguish": .compare,
        // what: a definition. "介绍一下", "简述", "explain" ask to talk about the subject and state no intent.
        "什么是": .what, "是什么": .what, "是啥": .what, "如何理解": .what, "怎么理解": .what, "怎样理解": .what,
        "what is": .what, "what are": .what, "what's": .what, "define": .what,
        // list
        // Not `list`: the verb opens a question (`List the …`), but the noun names a subject
        // (`STL 的 list 实现`, `linked list`), and a phrase is taken out wherever it stands.
        "有哪些": .list, "哪些": .list, "有几种": .list, "which": .list,
        "what are the types of": .list, "types of": .list, "kinds of": .list,
        // mechanism
        "原理": .mechanism, "的原理": .mechanism, "原理是什么": .mechanism, "工作原理": .mechanism,
        "底层原理": .mechanism, "实现原理": .mechanism, "底层实现原理": .mechanism,
    ]
}
