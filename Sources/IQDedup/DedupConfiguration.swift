/// Everything that decides which texts count as duplicates.
///
/// A pair of texts with compatible intents is reported when its normalised texts are equal
/// (``DuplicateKind/exact``), when the weighted Jaccard similarity of their features (English
/// words, Chinese bigrams, weighted by rarity) reaches ``threshold`` and their numbers agree
/// (``DuplicateKind/similar``), or when the smaller set is at least ``containment`` inside the
/// larger one and both texts have at least ``minContainmentLength`` characters
/// (``DuplicateKind/contained``).
public struct DedupConfiguration: Sendable, Equatable {
    /// Phrases removed from every text after normalisation (question words, "的区别", "what is").
    public var stopPhrases: [String]
    /// Question words that name an intent (why, how, compare); removed like stop phrases, but
    /// two questions are only duplicates when their intents match.
    public var intentPhrases: [String: QuestionIntent]
    /// Spellings rewritten to a canonical form before comparison, e.g. `"scale law": "scaling law"`.
    public var aliases: [String: String]
    /// Weighted Jaccard similarity at which two texts are reported as similar.
    public var threshold: Double
    /// Share of the smaller bigram set that must be inside the larger to report containment;
    /// above 1 turns containment off.
    public var containment: Double
    /// Normalised length (in characters) below which containment is not reported.
    public var minContainmentLength: Int
    /// The plain (unweighted) Jaccard similarity MinHash LSH is tuned to catch (the middle of its
    /// S-curve), and the least a similar pair must have: weights can lift a pair above
    /// ``threshold`` whose texts differ in common words, not one that shares little at all.
    public var candidateThreshold: Double
    /// How candidate pairs are found.
    public var strategy: CandidateStrategy
    /// Texts whose numbers differ ("llama2"/"llama3", "7B"/"13B") are never reported as similar,
    /// only as exact or contained.
    public var numbersMustMatch: Bool
    /// Folds English word forms (plural `s`, `ed`, `ing`) so that "Scaling Laws" meets "scaling law".
    public var foldsEnglishInflection: Bool
    /// How many candidate pairs are collected before they are verified: bounds their memory
    /// (8 bytes a pair, twice while sorting) on banks where they run into the hundreds of
    /// millions. The result does not depend on it.
    public var candidateChunkSize = 1 << 22
    /// Pull-request mode (`pairs(newTexts:corpus:)`) pairs each new text with every other text,
    /// without an index, while there are at most this many new texts: exact, and cheaper than
    /// the index. The gate decides a pair in about 8 ns, the index costs 1–1.7 µs a text (exact
    /// join or MinHash), so the two break even near 100–200 new texts whatever the corpus size
    /// (`iqlint-bench --new-texts`, bench/RESULTS_NEW_TEXTS.md).
    public var directProbeNewTextLimit = 64

    public init(
        stopPhrases: [String] = DedupConfiguration.defaultStopPhrases,
        aliases: [String: String] = [:],
        intentPhrases: [String: QuestionIntent] = QuestionIntent.defaultPhrases,
        threshold: Double = 0.7,
        containment: Double = 0.9,
        minContainmentLength: Int = 4,
        candidateThreshold: Double = 0.6,
        strategy: CandidateStrategy = .automatic(exactJoinBelow: 10_000),
        foldsEnglishInflection: Bool = true,
        numbersMustMatch: Bool = true
    ) {
        self.stopPhrases = stopPhrases
        self.aliases = aliases
        self.intentPhrases = intentPhrases
        self.threshold = threshold
        self.containment = containment
        self.minContainmentLength = minContainmentLength
        self.candidateThreshold = candidateThreshold
        self.strategy = strategy
        self.foldsEnglishInflection = foldsEnglishInflection
        self.numbersMustMatch = numbersMustMatch
    }

    /// Spellings of one word that the built-in comparison treats as one (connectives, "use").
    public static let builtinAliases: [String: String] = [
        "与": "和", "跟": "和", "及": "和", "以及": "和", "使用": "用", "采用": "用",
    ]

    /// Question words and connectives of Chinese and English interview questions that say
    /// nothing about the subject, so two questions on the same subject meet once they are gone.
    public static let defaultStopPhrases: [String] = [
        "什么是", "是什么", "是啥", "请简述", "简述", "简要", "请问", "请解释", "解释一下", "解释", "介绍一下",
        "简单介绍", "介绍", "讲一讲", "讲一下", "讲讲", "说一说", "说一下", "说说", "谈谈", "谈一谈", "聊聊", "请你",
        "你对", "你的理解", "的理解", "概述", "是怎样的", "是怎么样的", "有哪些", "哪些", "有什么", "吗", "呢",
        "一下", "请解释一下", "这么", "那么", "进行", "会",
        "总结", "不同", "的",
        "what is", "what are", "what's", "what does", "what do", "explain", "describe", "define",
        "tell me about", "give an overview of", "the", "a", "an", "is", "are", "in", "of", "for", "to", "do",
        "does", "you", "your", "can", "and",
    ]
}

/// How ``NearDuplicateFinder`` finds candidate pairs before verifying them exactly.
public enum CandidateStrategy: Sendable, Equatable {
    /// An exact all-pairs join for fewer than `exactJoinBelow` texts, MinHash LSH above. On the
    /// benchmark corpus the two cost the same at about 15,000 texts; the default switches at 10,000.
    case automatic(exactJoinBelow: Int)
    /// Exact all-pairs join with prefix filtering: finds every qualifying pair.
    case exactJoin
    /// MinHash signatures and banded LSH: near-linear, misses a tiny share of pairs.
    case minHashLSH
}
