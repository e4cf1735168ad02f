/// A few characters of a question text that the source bytes of any list item whose question
/// has that text hold, also where the texts are equal as `String` compares them (canonically
/// equivalent). A question's characters are read from its item's bytes (link texts, text, code
/// spans; breaks become whitespace), except what a character reference writes (`&eacute;`,
/// `&#20013;`) and where another form of a character equals it (a CJK compatibility
/// ideograph, the Kelvin sign): an item whose bytes may hold either is always read.
///
/// Pull-request mode counts the base's copies of a few changed texts: most items of a large
/// base are turned away by their bytes, without working out their questions.
struct QuestionClue {
    /// The UTF-8 bytes of up to three characters of the text, the most telling first.
    private let characters: [[UInt8]]

    init(_ text: String) {
        var found: [(rank: Int, bytes: [UInt8])] = []
        var seen = Set<Character>()
        for character in text where character.unicodeScalars.count == 1 && seen.insert(character).inserted {
            guard let rank = Self.rank(of: character) else { continue }
            found.append((rank, Array(String(character).utf8)))
        }
        // The most telling rank, spread over the text (its start, middle and end): a subject is
        // more telling than the words that ask about it.
        found.sort { $0.rank < $1.rank }
        let best = found.prefix { $0.rank == found.first?.rank }
        let spread = best.count <= 3 ? Array(best) : [best[best.startIndex], best[best.startIndex + best.count / 2], best[best.endIndex - 1]]
        characters = (spread + found.dropFirst(best.count)).prefix(3).map(\.bytes)
    }

    /// Whether an item of these bytes can have the text as its question.
    func mayBeIn(_ bytes: ArraySlice<UInt8>) -> Bool {
        Self.mayHoldOtherForms(bytes) || characters.allSatisfy { Self.contains(bytes, $0) }
    }

    /// Lower is more telling: Han ideographs, then ASCII letters from the rarest in English,
    /// then digits; nil for any other character (its equal forms are not all known here). No
    /// `K`: the Kelvin sign (U+212A) is canonically the same letter.
    private static func rank(of character: Character) -> Int? {
        let scalar = character.unicodeScalars.first!
        if HanCharacters.isIdeograph(scalar) { return commonIdeographs.contains(character) ? 1 : 0 }
        guard scalar.isASCII, let position = asciiOrder.firstIndex(of: UInt8(scalar.value)) else { return nil }
        return 2 + position
    }

    /// Ideographs of the words that ask (`什么是`, `如何`, `区别`) rather than of what is asked about.
    private static let commonIdeographs = Set("什么是为如何怎样的了吗哪些和与或在有中对一个不请说明简述介绍区别作用原理方法问题")

    private static let asciiOrder = Array("qjzxvbpgwyfmculdhrsnioatekQJZXVBPGWYFMCULDHRSNIOATE0123456789".utf8)

    /// A character reference, a CJK compatibility ideograph (U+F900–FAFF, U+2F800–2FA1F) or the
    /// Kelvin sign (U+212A).
    private static func mayHoldOtherForms(_ bytes: ArraySlice<UInt8>) -> Bool {
        var index = bytes.startIndex
        while index < bytes.endIndex {
            switch bytes[index] {
            case UInt8(ascii: "&"): return true
            case 0xEF where index + 1 < bytes.endIndex && (0xA4...0xAB).contains(bytes[index + 1]): return true
            case 0xF0 where index + 1 < bytes.endIndex && bytes[index + 1] == 0xAF: return true
            case 0xE2 where index + 2 < bytes.endIndex && bytes[index + 1] == 0x84 && bytes[index + 2] == 0xAA: return true
            default: break
            }
            index += 1
        }
        return false
    }

    private static func contains(_ bytes: ArraySlice<UInt8>, _ needle: [UInt8]) -> Bool {
        guard let first = needle.first, bytes.count >= needle.count else { return false }
        var index = bytes.startIndex
        let last = bytes.endIndex - needle.count
        while index <= last {
            if bytes[index] == first, bytes[index..<(index + needle.count)].elementsEqual(needle) { return true }
            index += 1
        }
        return false
    }
}
