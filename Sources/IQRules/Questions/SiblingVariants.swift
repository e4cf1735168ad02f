import Foundation
import IQMarkdown

/// `Kakav je stav ili politika firme o roditeljskom odsustvu?` and, next in its list, `… o
/// neplaćenom odsustvu?`: an author asking one question of each case in a row, the same sentence
/// with one word changed. A question added twice lands away from its first copy; items a step or
/// two apart in one list (or question headings a few headings apart) that differ in one word only,
/// neither word a misspelling or a form of the other (`colour`, `color`; `test`, `tests`), are a series; so are two items at the same place of
/// two lists as long as each other (the steps of two parallel sections). Words are what spaces separate:
/// Chinese text, written without them, is left to `SubjectSwap`.
enum SiblingVariants {
    /// How far apart in their list two items of a series may be.
    static let maximumDistance = 2

    static func areSeries(_ first: QuestionEntry, _ second: QuestionEntry) -> Bool {
        // Where the items stand first: most pairs of a large bank are far apart.
        guard first.file.path == second.file.path, first.text.utf8.count(where: { $0 == 0x20 }) >= minimumWords - 1 else { return false }
        guard areInARow(first, second) || standInParallelLists(first, second) || areNearbyHeadings(first, second) else { return false }
        return differInOneWord(first.text, second.text)
    }

    /// `## Q213. … view would you use to update an existing object …?` and, three questions on,
    /// `## Q215. … to delete an existing object …?`: question headings of one level a few headings
    /// apart, a quiz's series asked in its own order.
    static func areNearbyHeadings(_ first: QuestionEntry, _ second: QuestionEntry) -> Bool {
        let document = first.file.document
        guard let a = document.heading(atOrAfter: first.range.start), a.range == first.range,
              let b = document.heading(atOrAfter: second.range.start), b.range == second.range else { return false }
        return a.level == b.level && abs(a.index - b.index) <= maximumHeadingsApart
    }

    /// How many headings apart two question headings of a series may stand (a question and its
    /// answer's heading, a step or two).
    static let maximumHeadingsApart = 6

    /// `- Implement method handlers on both … sides.` under `#### Platform Channel` and `- Implement
    /// event handlers on both … sides.` under `#### Event Channel`: the same place in two lists of
    /// one file as long as each other and as deep, the steps of two parallel sections.
    static func standInParallelLists(_ first: QuestionEntry, _ second: QuestionEntry) -> Bool {
        let places = OutlinePlaces.of(first.file)
        guard let a = places.innermost(at: first.range.start), let b = places.innermost(at: second.range.start) else { return false }
        return a.list.index != b.list.index && a.list.depth == b.list.depth && a.list.items.count == b.list.items.count
            && a.list.items.count >= 2 && a.item.indexInList == b.item.indexInList
    }

    /// The same words in the same order but one, at one place, in sentences of three words or
    /// more; the two words at that place have three letters or more.
    static func differInOneWord(_ first: String, _ second: String) -> Bool {
        let a = words(of: first), b = words(of: second)
        guard a.count == b.count, a.count >= minimumWords else { return false }
        let differing = zip(a, b).filter { $0 != $1 }
        guard differing.count == 1, let (x, y) = differing.first else { return false }
        return x.filter(\.isLetter).count >= 3 && y.filter(\.isLetter).count >= 3 && !SubjectSwap.areOneName(x, y)
    }

    /// `… o neplaćenom odsustvu?` and, next in its list, `… o dugoročnom neplaćenom odsustvu
    /// (sabatikal)?`: the same sentence with words added (a narrower case of the series: long
    /// unpaid leave after unpaid leave), a step or two apart in one list.
    static func narrowInARow(_ first: QuestionEntry, _ second: QuestionEntry) -> Bool {
        guard first.file.path == second.file.path, areInARow(first, second) else { return false }
        return addsWords(first.text, second.text) || addsWords(second.text, first.text)
    }

    /// Whether two questions of one file are a step or two apart in their list, or in the count
    /// of their section's numbered lists (`1. ### Q` / `**[Back to Top]**` / `2. ### Q`: one count
    /// that an unindented line splits into two Markdown lists).
    static func areInARow(_ first: QuestionEntry, _ second: QuestionEntry) -> Bool {
        let places = OutlinePlaces.of(first.file)
        guard let a = places.innermost(at: first.range.start), let b = places.innermost(at: second.range.start) else { return false }
        if a.list.index == b.list.index { return abs(a.item.indexInList - b.item.indexInList) <= maximumDistance }
        guard a.list.isOrdered, b.list.isOrdered, a.list.depth == 0, b.list.depth == 0, let x = a.item.number, let y = b.item.number,
              x != y, abs(x - y) <= maximumDistance else { return false }
        // No heading of the document's own between the two lists (a heading inside an item,
        // `1. ### Q`, is that question's).
        let (start, end) = (min(a.list.range.end, b.list.range.end), max(a.list.range.start, b.list.range.start))
        let blocks = first.file.document.blocks
        // Questions in a row stand a few blocks apart (an answer, `Back to Top`); more is far.
        let firstBetween = blocks.partitionIndex(where: { $0.range.start >= start })
        var index = firstBetween
        while index < blocks.count, blocks[index].range.start < end {
            if case .heading = blocks[index] { return false }
            index += 1
            if index - firstBetween > maximumBlocksBetween { return false }
        }
        return true
    }

    /// The most blocks between two lists whose items may still be a step or two apart.
    static let maximumBlocksBetween = 16

    /// Whether `longer` holds the words of `shorter` (three or more) in their order, and other
    /// words besides, one of three letters at least.
    static func addsWords(_ shorter: String, _ longer: String) -> Bool {
        let short = words(of: shorter), long = words(of: longer)
        guard short.count >= minimumWords, long.count > short.count else { return false }
        var next = 0
        var added: [String] = []
        for word in long {
            if next < short.count, word == short[next] { next += 1 } else { added.append(word) }
        }
        return next == short.count && added.contains { $0.filter(\.isLetter).count >= 3 }
    }

    private static let minimumWords = 3

    /// What a word is stripped of at its ends.
    private static let wordEdges = CharacterSet.punctuationCharacters.union(.symbols)

    private static func words(of text: String) -> [String] {
        text.lowercased().split(whereSeparator: \.isWhitespace)
            .map { $0.trimmingCharacters(in: wordEdges) }
            .filter { !$0.isEmpty }
    }
}
