/// `2019前端秋季社招面试经历总结（三年经验）` and `2019前端秋季社招面试总结（两年经验）`, `Notes (Part 1)`
/// and `Notes (Part 2)`: titles whose closing notes are one wording counting two different
/// numbers (years of experience, a part) are two write-ups, though normalising drops the notes.
/// (Interview rounds, `（阿里一面）` and `（阿里二面）`, are the same question asked twice: left to
/// the rule's other judgements.)
enum NumberedNotes {
    static func countDifferently(_ first: String, _ second: String) -> Bool {
        guard let a = note(of: first), let b = note(of: second) else { return false }
        let (numbersA, wordingA) = split(a), (numbersB, wordingB) = split(b)
        return !numbersA.isEmpty && !numbersB.isEmpty && numbersA != numbersB && wordingA == wordingB && !wordingA.isEmpty
            && !namesARound(a) && !namesARound(b)
    }

    /// The closing brackets of a note and their opening ones.
    private static let brackets: [Character: Character] = ["）": "（", ")": "(", "】": "【", "]": "["]

    /// The text of the bracketed note `text` ends with (its closing marks aside), if any.
    private static func note(of text: String) -> Substring? {
        let text = ClosingMarks.strip(text)
        guard let close = text.last, let open = brackets[close], let openIndex = text.lastIndex(of: open), openIndex != text.startIndex else { return nil }
        let note = text[text.index(after: openIndex)..<text.index(before: text.endIndex)]
        return note.count <= 16 ? note : nil
    }

    /// The note's numbers (runs of digits or Chinese numerals) and its wording without them.
    private static func split(_ note: Substring) -> (numbers: [String], wording: String) {
        var numbers: [String] = [], wording = "", number = ""
        for character in note.lowercased() {
            if character.isASCII && character.isNumber || chineseNumerals.contains(character) {
                number.append(character)
            } else {
                if !number.isEmpty { numbers.append(number); number = "" }
                if !character.isWhitespace { wording.append(character) }
            }
        }
        if !number.isEmpty { numbers.append(number) }
        return (numbers, wording)
    }

    private static let chineseNumerals: Set<Character> = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "两", "百", "零", "〇"]

    /// `一面`, `二轮`, `3面`: an interview round.
    private static func namesARound(_ note: Substring) -> Bool {
        var previous: Character?
        for character in note {
            if character == "面" || character == "轮", let previous, previous.isASCII && previous.isNumber || chineseNumerals.contains(previous) { return true }
            previous = character
        }
        return false
    }
}
