/// `5.1 赛题背景` under competition 5 and `4.1 赛题背景` under competition 4: the same slot of
/// an outline's template under two numbered parents, a short name that asks nothing.
enum OutlineSlots {
    static func areSlotsOfTwoParents(_ first: String, _ second: String) -> Bool {
        guard let a = split(first), let b = split(second), a.parent != b.parent else { return false }
        return a.name == b.name && isShortName(a.name)
    }

    /// The parent's number and the name after `5.1 `; nil without an outline number of two parts or more.
    private static func split(_ text: String) -> (parent: Substring, name: String)? {
        let trimmed = Substring(text.trimmedWhitespace)
        let number = trimmed.prefix { $0.isASCII && ($0.isNumber || $0 == ".") }
        let parts = number.split(separator: ".")
        guard parts.count >= 2, let last = parts.last, number.count < trimmed.count else { return nil }
        let name = String(trimmed.dropFirst(number.count)).trimmedWhitespace
        return (number.dropLast(last.count + (number.hasSuffix(".") ? 1 : 0)), name.lowercased())
    }

    /// A section's name: a few words or characters, not a question.
    private static func isShortName(_ name: String) -> Bool {
        guard let last = name.last, !"?？".contains(last) else { return false }
        return name.count <= 12 && name.split(whereSeparator: \.isWhitespace).count <= 4
    }
}
