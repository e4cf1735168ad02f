import Foundation

/// `2. ⻔控循环单元`: text converted from a PDF often holds CJK radicals (U+2E80–U+2FDF) where
/// the ideographs they look like belong (`⻔` for `门`, `⽋` for `欠`). Radicals are symbols,
/// which GitHub leaves out of anchors, so an entry written with the radical's anchor links
/// nothing, and the two texts look the same on screen.
enum CJKRadicals {
    static func isRadical(_ scalar: Unicode.Scalar) -> Bool {
        (0x2E80...0x2FDF).contains(scalar.value)
    }

    /// A help line naming the radicals of `text` and, where Unicode maps one to its ideograph
    /// (the Kangxi radicals), that ideograph; empty when the text holds none.
    static func help(for text: String) -> [String] {
        var seen: [Unicode.Scalar] = []
        for scalar in text.unicodeScalars where isRadical(scalar) && !seen.contains(scalar) { seen.append(scalar) }
        guard !seen.isEmpty else { return [] }
        let named = seen.prefix(3).map { radical -> String in
            let code = "U+" + String(radical.value, radix: 16, uppercase: true)
            let ideograph = String(radical).precomposedStringWithCompatibilityMapping
            return ideograph != String(radical) ? "'\(radical)' (\(code), the ideograph is '\(ideograph)')" : "'\(radical)' (\(code))"
        }
        return ["the heading writes the CJK radical \(named.joined(separator: ", ")), a symbol anchors leave out (text converted "
                + "from a PDF?); write the ideograph it looks like instead"]
    }
}
