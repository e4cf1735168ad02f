/// A short tag in one pair of brackets and nothing else: ` (Paid)` or `（付费）` after a label
/// link, ` (英語)` after a reference's URL.
enum EnclosedTags {
    typealias Pair = (open: Character, close: Character)

    static let parentheses: [Pair] = [("(", ")"), ("（", "）")]
    static let brackets: [Pair] = parentheses + [("[", "]"), ("【", "】")]

    /// Whether `text`, spaces at its ends aside, is one of `pairs` around at least one and at
    /// most `maximumLength - 2` characters holding none of the pairs' own.
    static func isTag(_ text: some StringProtocol, enclosedBy pairs: [Pair], maximumLength: Int) -> Bool {
        let tag = String(text).trimmed { $0.isWhitespace }
        guard tag.count >= 3, tag.count <= maximumLength, let open = tag.first, let close = tag.last,
              pairs.contains(where: { $0.open == open && $0.close == close }) else { return false }
        return !tag.dropFirst().dropLast().contains { character in pairs.contains { $0.open == character || $0.close == character } }
    }
}
