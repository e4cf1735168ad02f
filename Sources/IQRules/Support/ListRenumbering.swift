import IQCore
import IQMarkdown

/// Edits that rewrite item numbers, keeping each marker's delimiter and the column where the
/// item's text starts when the new number is as wide as the old one.
public enum ListRenumbering {
    /// Edits renumbering `items` consecutively from `first`, skipping items already right.
    public static func edits(for items: some Sequence<ListItem>, startingAt first: Int) -> [Edit] {
        var edits: [Edit] = []
        var number = first
        for item in items {
            if let edit = edit(for: item, to: number) { edits.append(edit) }
            number += 1
        }
        return edits
    }

    /// The edit that sets one item's number, or nil when it already has it.
    public static func edit(for item: ListItem, to number: Int) -> Edit? {
        guard let current = item.number, current != number else { return nil }
        let digits = String(current).utf8.count
        let digitsRange = SourceRange(item.markerRange.start, item.markerRange.start + digits)
        return Edit(range: digitsRange, replacement: String(number))
    }
}

extension MarkdownList {
    /// The delimiter of an ordered list (`.` or `)`), nil for bullets.
    public var orderedDelimiter: Character? {
        if case .ordered(let delimiter) = kind { delimiter } else { nil }
    }
}
