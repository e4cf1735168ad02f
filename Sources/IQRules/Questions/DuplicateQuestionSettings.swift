import IQCore
import IQDedup

/// The options `duplicate-question` and `iqlint dupes` share, read from the rule's settings.
public struct DuplicateQuestionSettings: Sendable {
    public static let options: [RuleOptionDescription] = [
        RuleOptionDescription(name: "threshold", summary: "similarity (weighted Jaccard of English words and Chinese bigrams) at which two questions are near duplicates (warning)",
                              defaultValue: 0.7),
        RuleOptionDescription(name: "containment", summary: "share of the shorter question found in the longer one at which it is reported as contained (info)",
                              defaultValue: 0.9),
        RuleOptionDescription(name: "min-containment-length", summary: "normalised length (characters) below which containment is not reported",
                              defaultValue: 4),
        RuleOptionDescription(name: "extra-stop-phrases", summary: "phrases to ignore besides the built-in question words (什么是, 如何, what is, …)",
                              defaultValue: .list([])),
        RuleOptionDescription(name: "aliases", summary: "spellings to treat as one, e.g. `{\"scale law\": \"scaling law\"}`",
                              defaultValue: .map([:])),
        RuleOptionDescription(name: "containment-min-similarity", summary: "lowest similarity at which a contained question is reported; below it the longer question is about much more",
                              defaultValue: 0.5),
        RuleOptionDescription(name: "distinct-numbers", summary: "questions whose numbers differ (`llama2` and `llama3`, `ChatGLM` and `ChatGLM2`, `一个结点` and `两个结点`) are about different things, never duplicates",
                              defaultValue: true),
        RuleOptionDescription(name: "ignore-pairs", summary: "accepted pairs, each a list of two question texts, e.g. `[[\"BERT\", \"BERT的结构\"]]`",
                              defaultValue: .list([])),
        RuleOptionDescription(name: "exclude-sections", summary: "headings (text contained, or `#anchor`) whose sections hold no questions",
                              defaultValue: QuestionLists.defaultExcludedSections),
        RuleOptionDescription(name: "exclude-before-toc", summary: "skip the lists before the table of contents (the introduction)",
                              defaultValue: true),
    ]

    public let configuration: DedupConfiguration
    public let questionLists: QuestionLists
    /// Accepted pairs as normalised texts, smaller first.
    public let ignoredPairs: Set<[String]>
    public let distinctNumbers: Bool
    /// Containment below this Jaccard similarity is a short question inside a long, different
    /// one ("微调方法总结" inside a list of twenty methods), not "X" against "X and Y".
    public let minimumContainedSimilarity: Double

    public init(options: RuleOptions) throws(RuleConfigurationError) {
        var configuration = DedupConfiguration()
        configuration.threshold = options.double("threshold")
        configuration.containment = options.double("containment")
        configuration.minContainmentLength = options.int("min-containment-length")
        configuration.stopPhrases += options.strings("extra-stop-phrases")
        configuration.aliases = options.stringMap("aliases")
        guard (0...1).contains(configuration.threshold), configuration.threshold > 0 else {
            throw RuleConfigurationError(option: "threshold", problem: "must be between 0 and 1, found \(configuration.threshold)")
        }
        guard (0...1).contains(configuration.containment) else {
            throw RuleConfigurationError(option: "containment", problem: "must be between 0 and 1, found \(configuration.containment)")
        }
        // Candidates are searched below the reported threshold so that none is missed.
        configuration.candidateThreshold = min(configuration.candidateThreshold, configuration.threshold)
        questionLists = QuestionLists(excludedSections: options.strings("exclude-sections"),
                                      excludeBeforeTableOfContents: options.bool("exclude-before-toc"))
        let normalizer = TextNormalizer(configuration: configuration)
        var ignored = Set<[String]>()
        if case .list(let pairs) = options.value("ignore-pairs") {
            for (index, pair) in pairs.enumerated() {
                guard case .list(let texts) = pair, texts.count == 2,
                      case .string(let first) = texts[0], case .string(let second) = texts[1] else {
                    throw RuleConfigurationError(option: "ignore-pairs", problem: "entry \(index + 1) must be a list of two question texts")
                }
                ignored.insert([normalizer.normalize(first), normalizer.normalize(second)].sorted())
            }
        }
        ignoredPairs = ignored
        distinctNumbers = options.bool("distinct-numbers")
        minimumContainedSimilarity = options.double("containment-min-similarity")
        configuration.numbersMustMatch = distinctNumbers
        self.configuration = configuration
    }

    /// What is left out of the pairs the engine finds: accepted pairs, pairs whose numbers
    /// differ, and containments of a short question in a much longer one.
    public var pairFilter: PairFilter {
        PairFilter(minimumContainedSimilarity: minimumContainedSimilarity, ignoredPairs: ignoredPairs, numbersMustMatch: distinctNumbers)
    }

    public var finder: NearDuplicateFinder { NearDuplicateFinder(configuration: configuration) }
}
