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
            aliases: configuration.aliases,
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

    /// Reusable buffers, so a corpus is normalised without allocating per text.
    struct Scratch {
        var tokens = TokenBuffer()
        var rewritten = TokenBuffer()
    }

    /// Appends the normalised scalars of `text` to `output`.
    func appendNormalized(_ text: String, to output: inout [UInt32], scratch: inout Scratch) {
        scratch.tokens.removeAll()
        scratch.tokens.append(text: text, foldsInflection: foldsInflection)
        guard !phrases.isEmpty else {
            scratch.tokens.joined(into: &output)
            return
        }
        phrases.rewrite(scratch.tokens, into: &scratch.rewritten)
        // A text that is nothing but stop phrases ("总结") is compared as written rather than as "".
        let kept = scratch.rewritten.tokens.isEmpty ? scratch.tokens : scratch.rewritten
        kept.joined(into: &output)
    }
}
