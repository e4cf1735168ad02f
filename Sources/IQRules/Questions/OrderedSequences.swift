/// `CONV→act→BN→Dropout` and `CONV→act→Dropout→BN`: the options of one question, each an
/// order of the same steps. The order is what they say; the same words in another order are
/// another answer, however alike their words.
enum OrderedSequences {
    static let arrows = ["→", "->", "=>", "⇒", "➔", "-->"]

    /// Whether both texts are sequences of steps joined by arrows that differ, in their steps or
    /// their order (`实验室-->上` and `实验室-->中` are two parts, too).
    static func differInOrder(_ first: String, _ second: String) -> Bool {
        guard let a = steps(first), let b = steps(second), a.count >= 2, b.count >= 2 else { return false }
        return a != b
    }

    /// The steps between arrows, lowercased and trimmed; nil when the text has no arrow.
    private static func steps(_ text: String) -> [String]? {
        guard arrows.contains(where: text.contains) else { return nil }
        var unified = text
        for arrow in arrows.sorted(by: { $0.count > $1.count }) { unified = unified.replacingOccurrences(of: arrow, with: "\u{1}") }
        let parts = unified.split(separator: "\u{1}").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }.filter { !$0.isEmpty }
        return parts
    }
}
