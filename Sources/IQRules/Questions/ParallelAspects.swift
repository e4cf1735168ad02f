import IQDedup
import IQMarkdown

/// `适配器微调（Adapter-tuning）思路？` and, next to it, `适配器微调（Adapter-tuning）特点是什么？`, in a
/// list that also asks `LoRA 的思路是什么？` and `LoRA 的特点是什么？`: one subject asked about two of
/// its aspects, each aspect asked of another subject around them. A parallel outline written as a
/// flat list, not one question asked twice. The subject is what both texts open with, the aspects
/// are where they differ; the other subject's two items open alike and hold one aspect each.
enum ParallelAspects {
    /// How far apart in their list the two items may be.
    static let maximumDistance = 3
    /// How many items before and after the pair are searched for another subject's aspects.
    static let neighbourhood = 8
    /// The longest aspect, in characters (`思路`, `特点是什么`, `pros and cons`).
    static let maximumAspectLength = 14
    /// The shortest opening two texts share to be about one subject (`LoRA`, `适配器`).
    static let minimumSubjectLength = 2

    static func askTwoAspects(_ first: QuestionEntry, _ second: QuestionEntry) -> Bool {
        // Where the items stand first (a binary search each): most pairs of a large bank are far apart.
        guard first.file.path == second.file.path else { return false }
        let places = OutlinePlaces.of(first.file)
        guard let a = places.innermost(at: first.range.start), let b = places.innermost(at: second.range.start),
              a.list.index == b.list.index, abs(a.item.indexInList - b.item.indexInList) <= maximumDistance,
              let (subject, aspectA, aspectB) = aspects(first.text, second.text) else { return false }
        let items = a.list.items
        let pair = [a.item.indexInList, b.item.indexInList]
        let around = max(0, pair.min()! - neighbourhood)...min(items.count - 1, pair.max()! + neighbourhood)
        // The items of other subjects around the pair, as their texts are compared here.
        let others = around.filter { !pair.contains($0) }.map { comparable(items[$0].text) }.filter { !$0.starts(with: subject) }
        for asking in others where asking.firstRange(of: aspectA) != nil {
            for alsoAsking in others where alsoAsking != asking && alsoAsking.firstRange(of: aspectB) != nil
                && commonPrefixLength(asking, alsoAsking) >= minimumSubjectLength {
                return true
            }
        }
        return false
    }

    /// The opening both texts share (the subject) and where each differs from the other (its
    /// aspect), the closing they share left out; nil when they do not share an opening, or an
    /// aspect is empty (one text inside the other), long, or has no letter.
    static func aspects(_ first: String, _ second: String) -> (subject: [Character], first: [Character], second: [Character])? {
        let a = comparable(first), b = comparable(second)
        let prefix = commonPrefixLength(a, b)
        var suffix = 0
        while suffix < a.count - prefix, suffix < b.count - prefix, a[a.count - 1 - suffix] == b[b.count - 1 - suffix] { suffix += 1 }
        let subject = Array(a[..<prefix]), aspectA = Array(a[prefix..<(a.count - suffix)]), aspectB = Array(b[prefix..<(b.count - suffix)])
        guard subject.count(where: \.isLetter) >= minimumSubjectLength,
              [aspectA, aspectB].allSatisfy({ !$0.isEmpty && $0.count <= maximumAspectLength && $0.contains(where: \.isLetter) }) else { return nil }
        return (subject, aspectA, aspectB)
    }

    /// The text without its list number, lowercased, as characters.
    private static func comparable(_ text: String) -> [Character] {
        Array(OrdinalPrefix.strip(text).lowercased())
    }

    private static func commonPrefixLength(_ a: [Character], _ b: [Character]) -> Int {
        var length = 0
        while length < a.count, length < b.count, a[length] == b[length] { length += 1 }
        return length
    }
}
