/// Stop phrases and aliases, matched on whole tokens so that "a" never matches inside "lora".
///
/// Phrases are tokenised with the same pipeline as the texts, so a configured "Scaling Laws"
/// matches every spelling that normalises like it.
struct PhraseTable: Sendable {
    private struct Phrase: Sendable {
        var tokenHashes: [UInt64]
        var tokenScalars: [[UInt32]]
        /// Empty for a stop phrase.
        var replacement: [(scalars: [UInt32], isWord: Bool, hash: UInt64)]
        /// The intent a question word names; nil for other phrases.
        var intent: QuestionIntent?
    }

    private var phrases: [Phrase] = []
    /// Phrase indices by the hash of their first token, longest phrase first.
    private var phrasesByFirstToken: [UInt64: [Int]] = [:]
    /// A 1024-bit filter on first-token hashes: most tokens start no phrase and skip the dictionary.
    private var firstTokenFilter = [UInt64](repeating: 0, count: 16)

    var isEmpty: Bool { phrases.isEmpty }

    init(stopPhrases: [String], aliases: [String: String], intentPhrases: [String: QuestionIntent] = [:], foldsInflection: Bool) {
        var buffer = TokenBuffer()
        func tokens(of text: String) -> [(scalars: [UInt32], isWord: Bool, hash: UInt64)] {
            buffer.removeAll()
            buffer.append(text: text, foldsInflection: foldsInflection)
            return buffer.tokens.map { (Array(buffer.scalars(of: $0)), $0.isWord, $0.hash) }
        }
        // Sorted so that the table, and therefore every result, does not depend on dictionary order.
        let intents = intentPhrases.sorted { $0.key < $1.key }.map { ($0.key, nil as String?, $0.value as QuestionIntent?) }
        let rewrites = intents + stopPhrases.map { ($0, nil as String?, nil as QuestionIntent?) }
            + aliases.sorted { $0.key < $1.key }.map { ($0.key, $0.value as String?, nil as QuestionIntent?) }
        var seen = Set<[UInt64]>()
        for (text, replacement, intent) in rewrites {
            let key = tokens(of: text)
            // An intent phrase also listed as a stop phrase keeps its intent.
            guard !key.isEmpty, seen.insert(key.map(\.hash)).inserted else { continue }
            phrases.append(Phrase(
                tokenHashes: key.map(\.hash),
                tokenScalars: key.map(\.scalars),
                replacement: replacement.map(tokens(of:)) ?? [],
                intent: intent
            ))
        }
        for (index, phrase) in phrases.enumerated() {
            phrasesByFirstToken[phrase.tokenHashes[0], default: []].append(index)
            let bit = Int(phrase.tokenHashes[0] & 1023)
            firstTokenFilter[bit >> 6] |= 1 << UInt64(bit & 63)
        }
        for key in phrasesByFirstToken.keys {
            phrasesByFirstToken[key]!.sort { phrases[$0].tokenHashes.count > phrases[$1].tokenHashes.count }
        }
    }

    /// Copies `input` to `output`, replacing the longest phrase that starts at each token, and
    /// returns the intents the removed question words named.
    @discardableResult
    func rewrite(_ input: TokenBuffer, into output: inout TokenBuffer) -> QuestionIntent {
        output.removeAll()
        let tokens = input.tokens
        var position = 0
        var intent = QuestionIntent.unstated
        while position < tokens.count {
            if let phrase = longestPhrase(startingAt: position, in: input) {
                if let named = phrase.intent { intent.formUnion(named) }
                for token in phrase.replacement {
                    output.append(token: token.scalars, isWord: token.isWord, hash: token.hash)
                }
                position += phrase.tokenHashes.count
            } else {
                let token = tokens[position]
                output.append(token: input.scalars(of: token), isWord: token.isWord, hash: token.hash)
                position += 1
            }
        }
        return intent
    }

    private func longestPhrase(startingAt position: Int, in input: TokenBuffer) -> Phrase? {
        let tokens = input.tokens
        let firstHash = tokens[position].hash
        let bit = Int(firstHash & 1023)
        guard firstTokenFilter[bit >> 6] & (1 << UInt64(bit & 63)) != 0,
              let candidates = phrasesByFirstToken[firstHash] else { return nil }
        for index in candidates {
            let phrase = phrases[index]
            let length = phrase.tokenHashes.count
            guard position + length <= tokens.count else { continue }
            let matches = (0..<length).allSatisfy { offset in
                let token = tokens[position + offset]
                return token.hash == phrase.tokenHashes[offset]
                    && input.scalars(of: token).elementsEqual(phrase.tokenScalars[offset])
            }
            if matches { return phrase }
        }
        return nil
    }
}
