/// Turns a question into the form that is compared: NFKC, case folded, without punctuation,
/// symbols, separators or control characters, English word forms folded, aliases applied and
/// stop phrases removed. Adjacent English words keep one space so "a bc" and "ab c" stay apart.
///
/// `"什么是 BERT？"` and `"What is BERT?"` both normalise to `"bert"`.
public struct TextNormalizer: Sendable {
    private let phrases: PhraseTable
    private let foldsInflection: Bool

    public init(configuration: DedupConfiguration = DedupConfiguration()) {
        foldsInflection = configuration.foldsEnglishInflection
        phrases = PhraseTable(
            stopPhrases: configuration.stopPhrases,
            aliases: DedupConfiguration.builtinAliases.merging(configuration.aliases) { _, configured in configured },
            intentPhrases: configuration.intentPhrases,
            foldsInflection: configuration.foldsEnglishInflection
        )
    }

    /// The normalised form of `text`; empty when the text has no letters or digits.
    public func normalize(_ text: String) -> String {
        var scratch = Scratch()
        var output: [UInt32] = []
        appendNormalized(text, to: &output, scratch: &scratch)
        var result = String.UnicodeScalarView()
        result.append(contentsOf: output.lazy.compactMap(Unicode.Scalar.init))
        return String(result)
    }

    /// What `text` asks about its subject (what, why, how, compare, …; unstated for a bare topic).
    public func intent(of text: String) -> QuestionIntent {
        var scratch = Scratch()
        var output: [UInt32] = []
        return appendNormalized(text, to: &output, scratch: &scratch)
    }

    /// Reusable buffers, so a corpus is normalised without allocating per text.
    struct Scratch {
        var tokens = TokenBuffer()
        var rewritten = TokenBuffer()
    }

    /// Appends the normalised scalars of `text` to `output` and returns the question's intent.
    @discardableResult
    func appendNormalized(_ text: String, to output: inout [UInt32], scratch: inout Scratch) -> QuestionIntent {
        scratch.tokens.removeAll()
        scratch.tokens.append(text: Self.prepared(text), foldsInflection: foldsInflection)
        guard !phrases.isEmpty else {
            scratch.tokens.joined(into: &output)
            return .unstated
        }
        let intent = phrases.rewrite(scratch.tokens, into: &scratch.rewritten)
        // A text that is nothing but stop phrases ("总结") is compared as written rather than as "".
        let kept = scratch.rewritten.tokens.isEmpty ? scratch.tokens : scratch.rewritten
        kept.joined(into: &output)
        return intent
    }

    /// The text without its list number and trailing qualifier, with symbol names spelled out and version numerals as digits.
    static func prepared(_ text: String) -> String {
        var result = text
        if let first = text.unicodeScalars.first(where: { $0 != " " && $0 != "\t" }), OrdinalPrefix.mayStartWith(first) {
            let stripped = OrdinalPrefix.strip(text)
            if stripped.startIndex != text.startIndex { result = String(stripped) }
        }
        // One pass tells which of the rewrites can apply; most texts need none.
        var mayHaveSymbolName = false, mayHaveVersionNumeral = false, mayHavePartNumber = false
        var last: Unicode.Scalar = " "
        var previous: Unicode.Scalar = " "
        for scalar in result.unicodeScalars {
            defer { previous = scalar }
            switch scalar.value {
            case 0x2B, 0x23: mayHaveSymbolName = true
            case 0x2E:
                mayHaveSymbolName = true
                continue
            // 版 代 期 届 轮 季 after a numeral ("三代", not "代码"), or a numeral after 第.
            case 0x7248, 0x4EE3, 0x671F, 0x5C4A, 0x8F6E, 0x5B63:
                if ChineseNumerals.isNumeral(previous) { mayHaveVersionNumeral = true }
            case 0x20, 0x3F, 0xFF1F, 0x3002: continue
            // `）` after a numeral: `综述（一）：概述`, a part's number inside the title.
            case 0xFF09, 0x29:
                if ChineseNumerals.isNumeral(previous) { mayHavePartNumber = true }
            default:
                if previous == "第" && ChineseNumerals.isNumeral(scalar) { mayHaveVersionNumeral = true }
            }
            last = scalar
        }
        if last == ")" || last == "）" || last == "】" { result = TrailingQualifier.strip(result) }
        if mayHavePartNumber { result = PartMarker.rewriteInner(result) }
        if mayHaveSymbolName { result = SymbolNames.rewrite(result) }
        if mayHaveVersionNumeral { result = ChineseNumerals.rewrite(result) }
        return result
    }
}
