import IQDedup

/// `What is the browser support for Angular?` beside `What is the browser support of Angular
/// Elements?`: the longer question names another thing, the shorter one's name extended by a
/// capitalised word (`React` and `React Native`, `Docker` and `Docker Compose`, `Vue` and `Vue
/// Router`). The rest of the wording is the same (articles, prepositions and question words
/// aside), so the pair scores high, but each asks about its own product.
enum ExtendedNames {
    static func nameTwoThings(_ first: String, _ second: String) -> Bool {
        // The name starts with an ASCII capital: without one the texts are not split into words.
        guard hasASCIICapital(first) || hasASCIICapital(second) else { return false }
        // `2.4.3 什么是 Lattice LSTM …` and `2.6 LSTM …`: the outline numbers are no words of theirs.
        let a = words(of: OrdinalPrefix.strip(first)), b = words(of: OrdinalPrefix.strip(second))
        guard a.count != b.count, !a.isEmpty, !b.isEmpty else { return false }
        let (shorter, longer) = a.count < b.count ? (a, b) : (b, a)
        // The name the shorter question ends on, written with a capital.
        guard let name = shorter.last(where: { !isFunctionWord($0.lowercased()) }), name.first?.isUppercase == true else { return false }
        // In Title Case (`What Is JSX Syntax?`) a capital tells no name; in Chinese text, which
        // has no capitals, every Latin word is one.
        let isInChinese = (first + second).unicodeScalars.contains(where: HanCharacters.isCJKLetter)
        guard isInChinese || longer.dropFirst().contains(where: { $0.first?.isLowercase == true }) else { return false }
        let shorterWords = Set(shorter.map { $0.lowercased() })
        for position in longer.indices.dropLast() where longer[position] == name {
            // The words right after the name, with a capital, that the shorter question lacks.
            let addedWords = longer[(position + 1)...].prefix { $0.first?.isUppercase == true && !shorterWords.contains($0.lowercased()) }
            guard !addedWords.isEmpty else { continue }
            // Nothing else differs: the same words once the extension is left out.
            let rest = longer[..<(position + 1)] + longer[(position + 1 + addedWords.count)...]
            if contentWords(Array(rest)) == contentWords(shorter) { return true }
        }
        // `LSTM` and `Lattice LSTM`, set in Chinese text: a capitalised word right before the
        // name (a space between them, no more) makes another model of it. (`Q: 书写高效 CSS…`
        // has a label, far from the name.)
        if isInChinese {
            let longerText = a.count > b.count ? first : second
            for position in longer.indices.dropFirst() where longer[position] == name {
                let added = longer[..<position].reversed().prefix { $0.first?.isUppercase == true && !shorterWords.contains($0.lowercased()) }
                guard !added.isEmpty, added.allSatisfy({ $0.count >= 2 }),
                      longerText.contains(added.reversed().joined(separator: " ") + " " + name) else { continue }
                let rest = longer[..<(position - added.count)] + longer[position...]
                if contentWords(Array(rest)) == contentWords(shorter) { return true }
            }
        }
        return false
    }

    private static func hasASCIICapital(_ text: String) -> Bool {
        text.utf8.contains { (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains($0) }
    }

    /// Runs of ASCII letters and digits, as written.
    private static func words(of text: Substring) -> [String] {
        text.split { !($0.isASCII && ($0.isLetter || $0.isNumber)) }.map(String.init)
    }

    private static func contentWords(_ words: [String]) -> [String] {
        words.map { $0.lowercased() }.filter { !isFunctionWord($0) }
    }

    private static func isFunctionWord(_ word: String) -> Bool {
        EnglishAspects.questionWords.contains(word) || EnglishAspects.articles.contains(word) || EnglishAspects.prepositions.contains(word)
    }
}
