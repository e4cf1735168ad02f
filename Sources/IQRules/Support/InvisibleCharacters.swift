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

    /// Emoji variation selectors: invisible, and kept in a heading's anchor by GitHub
    /// (`## 🛠️ General Tools` is `#️-general-tools`, with U+FE0F before the `-`).
    static let variationSelectors: [Unicode.Scalar: String] = ["\u{FE0F}": "U+FE0F VARIATION SELECTOR-16", "\u{FE0E}": "U+FE0E VARIATION SELECTOR-15"]

    /// `anchor` as a message shows it: an invisible variation selector percent-encoded, so the
    /// suggestion does not look the same as the fragment it corrects.
    static func shown(_ anchor: String) -> String {
        guard anchor.unicodeScalars.contains(where: { variationSelectors[$0] != nil }) else { return anchor }
        var shown = ""
        for scalar in anchor.unicodeScalars {
            if variationSelectors[scalar] != nil {
                shown += String(scalar).utf8.map { String(format: "%%%02X", $0) }.joined()
            } else {
                shown.unicodeScalars.append(scalar)
            }
        }
        return shown
    }

    /// A help line when `anchor` is `fragment` but for a variation selector the heading's emoji
    /// carries; empty otherwise.
    static func selectorHelp(fragment: String, anchor: String) -> [String] {
        guard let listed = namesOfExtra(variationSelectors, in: anchor, beyond: fragment) else { return [] }
        return ["the heading's emoji carries \(listed), which the page does not show and GitHub keeps in the anchor: "
                + "write it in the link as '#\(shown(anchor))', or drop it from the heading"]
    }

    /// A help line when `fragment` (decoded) is `anchor` but for invisible characters; empty otherwise.
    static func help(fragment: String, anchor: String) -> [String] {
        guard let listed = namesOfExtra(names, in: fragment, beyond: anchor) else { return [] }
        return ["the link's fragment holds \(listed), which the page does not show and GitHub drops from the heading's anchor: "
                + "the texts look alike, the link leads nowhere"]
    }

    /// The names of the characters of `named` that `text` holds, when without them it is `other`
    /// (in any case); nil otherwise.
    private static func namesOfExtra(_ named: [Unicode.Scalar: String], in text: String, beyond other: String) -> String? {
        let found = text.unicodeScalars.filter { named[$0] != nil }
        guard !found.isEmpty else { return nil }
        var visible = String.UnicodeScalarView()
        visible.append(contentsOf: text.unicodeScalars.filter { named[$0] == nil })
        guard String(visible).lowercased() == other.lowercased() else { return nil }
        return Set(found).compactMap { named[$0] }.sorted().joined(separator: ", ")
    }
}
