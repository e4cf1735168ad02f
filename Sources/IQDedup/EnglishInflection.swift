/// Light English inflection folding: steps 1a–1c of the Porter stemmer on lowercase ASCII words.
///
/// Only the inflectional suffixes are removed (plural `s`, `ed`, `ing`, final `y`), so that
/// "laws"/"law" and "scaling"/"scale" meet while different words stay different.
public enum EnglishInflection {
    /// `word` (lowercased ASCII letters) with its inflection folded: `maps` → `map`,
    /// `organizing` and `organized` → `organiz`.
    public static func folded(_ word: some StringProtocol) -> String {
        var bytes = Array(word.utf8)
        fold(&bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Folds the word stored in `word` in place; words with a non-letter or shorter than 3
    /// letters (acronyms like "ai", version tags like "v2") are left alone.
    static func fold(_ word: inout [UInt8]) {
        guard word.count >= 3, word.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) else { return }
        removePlural(&word)
        removePastAndProgressive(&word)
        if word.count > 2, word.last == UInt8(ascii: "y"), containsVowel(word, upTo: word.count - 1) {
            word[word.count - 1] = UInt8(ascii: "i")
        }
    }

    private static func removePlural(_ word: inout [UInt8]) {
        if ends(word, "sses") || ends(word, "ies") {
            word.removeLast(2)
        } else if !ends(word, "ss"), !ends(word, "us"), ends(word, "s") {
            word.removeLast()
        }
    }

    private static func removePastAndProgressive(_ word: inout [UInt8]) {
        if ends(word, "eed") {
            if measure(word, upTo: word.count - 3) > 0 { word.removeLast() }
            return
        }
        let suffixLength: Int
        if ends(word, "ed") {
            suffixLength = 2
        } else if ends(word, "ing") {
            suffixLength = 3
        } else {
            return
        }
        guard containsVowel(word, upTo: word.count - suffixLength) else { return }
        word.removeLast(suffixLength)
        restoreStemEnding(&word)
    }

    /// Porter's clean-up after removing `ed`/`ing`: "hop(p)ing" -> "hop", "scal(ing)" -> "scale".
    private static func restoreStemEnding(_ word: inout [UInt8]) {
        if ends(word, "at") || ends(word, "bl") || ends(word, "iz") {
            word.append(UInt8(ascii: "e"))
        } else if word.count >= 2, word[word.count - 1] == word[word.count - 2],
                  isConsonant(word, at: word.count - 1),
                  ![UInt8(ascii: "l"), UInt8(ascii: "s"), UInt8(ascii: "z")].contains(word[word.count - 1]) {
            word.removeLast()
        } else if measure(word, upTo: word.count) == 1, endsConsonantVowelConsonant(word) {
            word.append(UInt8(ascii: "e"))
        }
    }

    private static func ascii(_ character: Character) -> UInt8 { character.asciiValue! }

    private static func ends(_ word: [UInt8], _ suffix: StaticString) -> Bool {
        suffix.withUTF8Buffer { suffixBytes in
            word.count > suffixBytes.count && word.suffix(suffixBytes.count).elementsEqual(suffixBytes)
        }
    }

    private static func isConsonant(_ word: [UInt8], at index: Int) -> Bool {
        switch word[index] {
        case UInt8(ascii: "a"), UInt8(ascii: "e"), UInt8(ascii: "i"), UInt8(ascii: "o"), UInt8(ascii: "u"):
            return false
        case UInt8(ascii: "y"):
            return index == 0 || !isConsonant(word, at: index - 1)
        default:
            return true
        }
    }

    private static func containsVowel(_ word: [UInt8], upTo end: Int) -> Bool {
        (0..<end).contains { !isConsonant(word, at: $0) }
    }

    /// Porter's m: the number of vowel-consonant sequences in `word[0..<end]`.
    private static func measure(_ word: [UInt8], upTo end: Int) -> Int {
        var count = 0
        var previousWasVowel = false
        for index in 0..<end {
            let isVowel = !isConsonant(word, at: index)
            if previousWasVowel && !isVowel { count += 1 }
            previousWasVowel = isVowel
        }
        return count
    }

    private static func endsConsonantVowelConsonant(_ word: [UInt8]) -> Bool {
        let n = word.count
        guard n >= 3 else { return false }
        return isConsonant(word, at: n - 3) && !isConsonant(word, at: n - 2) && isConsonant(word, at: n - 1)
            && ![UInt8(ascii: "w"), UInt8(ascii: "x"), UInt8(ascii: "y")].contains(word[n - 1])
    }
}
