/// Characters a page does not show, which GitHub drops from a heading's anchor while a link
/// written by hand (or copied from the text) keeps them: `#සත්‍ය` with U+200D ZERO WIDTH JOINER
/// leads nowhere, though the entry and the heading look alike.
enum InvisibleCharacters {
    static let names: [Unicode.Scalar: String] = [
        "\u{200B}": "U+200B ZERO WIDTH SPACE", "\u{200C}": "U+200C ZERO WIDTH NON-JOINER",
        "\u{200D}": "U+200D ZERO WIDTH JOINER", "\u{2060}": "U+2060 WORD JOINER", "\u{FEFF}": "U+FEFF ZERO WIDTH NO-BREAK SPACE",
    ]

    /// The same characters, as `Character`s.
    static let characters = Set(names.keys.map(Character.init))

    /// A help line when `fragment` (decoded) is `anchor` but for invisible characters; empty otherwise.
    static func help(fragment: String, anchor: String) -> [String] {
        let found = fragment.unicodeScalars.filter { names[$0] != nil }
        guard !found.isEmpty else { return [] }
        var visible = String.UnicodeScalarView()
        visible.append(contentsOf: fragment.unicodeScalars.filter { names[$0] == nil })
        guard String(visible).lowercased() == anchor.lowercased() else { return [] }
        let listed = Set(found).compactMap { names[$0] }.sorted().joined(separator: ", ")
        return ["the link's fragment holds \(listed), which the page does not show and GitHub drops from the heading's anchor: "
                + "the texts look alike, the link leads nowhere"]
    }
}
