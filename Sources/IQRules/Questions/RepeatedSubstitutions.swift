/// `source 上 vs min(target 上、中、下) = min 上` and `source 中 vs min(target 上、中、下) = min 中`:
/// one line of a table of cases written as a list, each filling its slots with another value; the
/// same character swapped for another at every place the two differ, two places at least. Each
/// is its own case, not a line written twice. Whole words too: `Concepts: How often do you find
/// outdated content in the Concepts section?` and `Tasks: … in the Tasks section?`, a survey's
/// question asked of each section, its subject in every slot.
enum RepeatedSubstitutions {
    static func fillTheSlotsDifferently(_ first: String, _ second: String) -> Bool {
        // Swapping one character for another of its script keeps the length in bytes (`上`, `中`).
        guard first.utf8.count == second.utf8.count, first != second else { return false }
        let a = Array(first), b = Array(second)
        guard a.count == b.count else { return false }
        var swap: (Character, Character)?
        var places = 0
        for (x, y) in zip(a, b) where x != y {
            guard x.isLetter || x.isNumber, y.isLetter || y.isNumber else { return false }
            if let swap, swap != (x, y) { return false }
            swap = (x, y)
            places += 1
        }
        return places >= 2
    }

    /// The same word swapped for another (not its plural or a misspelling) at every place the two
    /// texts differ, two places at least; everything else, spaces and marks too, the same.
    static func fillTheWordSlotsDifferently(_ first: String, _ second: String) -> Bool {
        // Swapped words leave the marks and spaces between the words as they were: compared on
        // the bytes first, which turns away almost every pair.
        guard first != second, marks(first) == marks(second) else { return false }
        let a = words(first), b = words(second)
        guard a.count == b.count, a.count >= 4 else { return false }
        var swap: (Substring, Substring)?
        var places = 0
        for (x, y) in zip(a, b) where x != y {
            guard x.first?.isLetter == true, y.first?.isLetter == true else { return false }
            if let swap, swap != (x, y) { return false }
            swap = (x, y)
            places += 1
        }
        guard places >= 2, let (x, y) = swap else { return false }
        return !SubjectSwap.areOneName(x.lowercased(), y.lowercased())
    }

    /// The ASCII marks of `text` in order, each run of spaces (and tabs, line breaks) one space;
    /// letters, digits and other scripts left out.
    static func marks(_ text: String) -> [UInt8] {
        var marks: [UInt8] = []
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"), 0x80...:
                continue
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"):
                if marks.last != UInt8(ascii: " ") { marks.append(UInt8(ascii: " ")) }
            default:
                marks.append(byte)
            }
        }
        return marks
    }

    /// The text cut into words (runs of letters and digits) and the single characters between
    /// them, a run of spaces one space (`section?  Please` is `section? Please`).
    static func words(_ text: String) -> [Substring] {
        var pieces: [Substring] = []
        var start: String.Index?
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            let next = text.index(after: index)
            if character.isLetter || character.isNumber {
                if start == nil { start = index }
            } else {
                if let open = start { pieces.append(text[open..<index]); start = nil }
                if character.isWhitespace {
                    if pieces.last != " " { pieces.append(" ") }
                } else {
                    pieces.append(text[index..<next])
                }
            }
            index = next
        }
        if let open = start { pieces.append(text[open...]) }
        return pieces
    }
}
