import IQCore
import IQMarkdown

/// Edits that rewrite item numbers, keeping each marker's delimiter. When the new number is
/// wider or narrower (`9.` → `10.`), the item's text column moves, so its indented continuation
/// lines move with it: otherwise a sub-list would leave the item or a paragraph become code.
public enum ListRenumbering {
    /// Edits renumbering `items` consecutively from `first`, skipping items already right; nil
    /// when an item's continuation lines cannot be moved with it (tabs, or inside a quote).
    public static func edits(for items: some Sequence<ListItem>, startingAt first: Int, in source: SourceText) -> [Edit]? {
        var result: [Edit] = []
        var number = first
        for item in items {
            guard let itemEdits = edits(for: item, to: number, in: source) else { return nil }
            result += itemEdits
            number += 1
        }
        return result
    }

    /// The edits that set one item's number (empty when it already has it), or nil when its
    /// continuation lines cannot follow a change of width.
    public static func edits(for item: ListItem, to number: Int, in source: SourceText) -> [Edit]? {
        guard let current = item.number, current != number else { return [] }
        let digits = String(current).utf8.count
        let digitsRange = SourceRange(item.markerRange.start, item.markerRange.start + digits)
        let renumber = Edit(range: digitsRange, replacement: String(number))
        let shift = String(number).utf8.count - digits
        let markerLine = source.line(containing: item.markerRange.start)
        let lastLine = source.line(containing: max(item.range.end - 1, item.range.start))
        guard shift != 0, lastLine > markerLine else { return [renumber] }
        let lineStart = source.lineRange(markerLine).start
        guard source.bytes[lineStart..<item.markerRange.start].allSatisfy({ $0 == UInt8(ascii: " ") }) else { return nil }
        let gap = (1...4).contains(item.spacesAfterMarker) ? item.spacesAfterMarker : 1
        let column = item.markerRange.start - lineStart + item.markerRange.length + gap
        var edits = [renumber]
        for line in (markerLine + 1)...lastLine {
            let range = source.lineRange(line)
            var indent = 0
            while range.start + indent < range.end, source.bytes[range.start + indent] == UInt8(ascii: " ") { indent += 1 }
            guard range.start + indent < range.end else { continue }
            if source.bytes[range.start + indent] == UInt8(ascii: "\t") { return nil }
            // Lines indented less are lazy continuations: they belong to no column.
            guard indent >= column else { continue }
            edits.append(shift > 0 ? .insert(String(repeating: " ", count: shift), at: range.start)
                                   : .delete(SourceRange(range.start, range.start - shift)))
        }
        return edits
    }
}

extension MarkdownList {
    /// The delimiter of an ordered list (`.` or `)`), nil for bullets.
    public var orderedDelimiter: Character? {
        if case .ordered(let delimiter) = kind { delimiter } else { nil }
    }
}
