/// `What are modifiers in regular expression` beside `What is a Regular Expression`, `What are
/// the benefits of higher order functions?` beside `What is a higher order function`: English
/// names what a question asks about a subject first, then the subject, after a preposition
/// (`in`, `of`, `for`) or right after a word naming an aspect (`benefits`, `types`). The longer
/// question asks about a part or a property of the shorter one's subject: another question.
/// (`NarrowedSubjects` reads Chinese, which writes the aspect after the subject.)
///
/// A subject only given a context (`What is a closure in JavaScript?`, `Explain closures in
/// detail`) or a word that still asks what it is (`the meaning of`, `the concept of`) is the
/// same question.
enum EnglishAspects {
    /// Whether one of the two texts asks what something is (`What is X?`, `Explain X`) and the
    /// other about an aspect of it (`What are the Y of X?`, `What are Y in X?`).
    static func oneNarrowsTheOther(_ first: String, _ second: String) -> Bool {
        guard let a = words(of: first), let b = words(of: second), a.count != b.count else { return false }
        return a.count < b.count ? narrows(subjectOf: a, in: b) : narrows(subjectOf: b, in: a)
    }

    /// Whether `longer` names an aspect of `shorter`'s subject before it.
    private static func narrows(subjectOf shorter: [String], in longer: [String]) -> Bool {
        let subject = Array(shorter.drop { questionWords.contains($0) || articles.contains($0) })
        guard !subject.isEmpty, subject.contains(where: { $0.count >= 3 }), longer.count > subject.count,
              let start = firstOccurrence(of: subject, in: longer) else { return false }
        // The word before the subject, articles aside.
        var linking = start - 1
        while linking >= 0, articles.contains(longer[linking]) { linking -= 1 }
        guard linking >= 0 else { return false }
        if aspectNouns.contains(longer[linking]) { return true }
        guard prepositions.contains(longer[linking]) else { return false }
        // `What are tasks in event loop`: something named before the preposition, not only the
        // question's words (`What is in X`) or a noun still asking what it is (`the meaning of`).
        let named = longer[..<linking].filter { !questionWords.contains($0) && !articles.contains($0) && !fillers.contains($0) }
        return !named.isEmpty && !named.allSatisfy { sameQuestionNouns.contains($0) || prepositions.contains($0) }
    }

    private static func firstOccurrence(of needle: [String], in words: [String]) -> Int? {
        guard words.count >= needle.count else { return nil }
        return (0...(words.count - needle.count)).first { words[$0..<($0 + needle.count)].elementsEqual(needle) }
    }

    /// The lowercased words (runs of letters and digits), a plural `s` dropped; nil for a text
    /// with Han, kana or Hangul characters, or with no word.
    static func words(of text: String) -> [String]? {
        var words: [String] = [], word = ""
        func close() {
            guard !word.isEmpty else { return }
            if word.count > 3, word.hasSuffix("s"), !word.hasSuffix("ss") { word.removeLast() }
            words.append(word)
            word = ""
        }
        for scalar in text.unicodeScalars {
            if scalar.isASCII {
                // Letters and digits lowercased by their code, the common case read fast.
                switch scalar.value {
                case 0x41...0x5A: word.unicodeScalars.append(Unicode.Scalar(scalar.value + 0x20)!)
                case 0x61...0x7A, 0x30...0x39: word.unicodeScalars.append(scalar)
                case 0x27: break
                default: close()
                }
                continue
            }
            if HanCharacters.isCJKLetter(scalar) { return nil }
            if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                word.unicodeScalars.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
            } else if scalar != "’" {
                close()
            }
        }
        close()
        return words.isEmpty ? nil : words
    }

    /// Words that open a question without naming anything (`what`, `is`, `explain`).
    static let questionWords: Set<String> = ["what", "whats", "which", "is", "are", "was", "were", "explain", "describe", "define",
                                             "tell", "me", "about", "briefly", "please", "can", "could", "you", "do", "doe", "mean", "by"]
    static let articles: Set<String> = ["a", "an", "the"]
    static let prepositions: Set<String> = ["in", "of", "for", "on", "to", "from", "within", "inside", "into", "with", "behind",
                                            "under", "among", "during", "using", "via", "over", "across"]
    /// Words a question adds without naming another thing (`the main`, `the different`).
    static let fillers: Set<String> = ["main", "different", "variou", "available", "common", "key", "some", "all", "important",
                                       "basic", "most", "commonly", "used", "typical", "possible", "any", "other", "major"]
    /// Nouns that still ask what the subject is (`What is the meaning of X?`), or title a
    /// text about all of it (`An Intro to X`).
    static let sameQuestionNouns: Set<String> = ["meaning", "definition", "concept", "idea", "notion", "overview", "introduction",
                                                 "intro", "explanation", "basic", "fundamental", "term", "summary", "guide", "tutorial",
                                                 "primer", "handbook"]
    /// Aspects named right before the subject, without a preposition (`the benefits closures`,
    /// `the pros and cons`), plural `s` dropped.
    static let aspectNouns: Set<String> = ["benefit", "advantage", "disadvantage", "drawback", "pro", "con", "limitation", "type",
                                           "kind", "feature", "property", "propertie", "method", "event", "example", "rule", "phase",
                                           "step", "part", "component", "use", "usage", "purpose", "state", "alternative", "pitfall",
                                           "problem", "issue", "application", "principle"]
}
