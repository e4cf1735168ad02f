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
        guard let moved = continuationEdits(for: item, movingBy: shift, in: source) else { return nil }
        return [renumber] + moved
    }

    /// The columns a run of spaces and tabs takes, a tab reaching the next multiple of four.
    static func width(of whitespace: ArraySlice<UInt8>) -> Int {
        whitespace.reduce(0) { column, byte in byte == UInt8(ascii: "\t") ? column + 4 - column % 4 : column + 1 }
    }

    /// Edits that move the item's continuation lines by `shift` columns, to follow its text
    /// when the marker or the spaces after it change width; nil when they cannot follow (tabs,
    /// an item inside a quote) or when narrowing would pull the next line into the item.
    public static func continuationEdits(for item: ListItem, movingBy shift: Int, in source: SourceText) -> [Edit]? {
        let markerLine = source.line(containing: item.markerRange.start)
        let lastLine = source.line(containing: max(item.range.end - 1, item.range.start))
        guard shift != 0 else { return [] }
        let lineStart = source.lineRange(markerLine).start
        // Inside a quote the columns count from the `>` markers, which this does not model.
        // A tab before the marker (`\t-  item`) reaches the next multiple of four, as in Markdown.
        let prefix = source.bytes[lineStart..<item.markerRange.start]
        guard prefix.allSatisfy({ $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }) else { return nil }
        let gap = (1...4).contains(item.spacesAfterMarker) ? item.spacesAfterMarker : 1
        let column = Self.width(of: prefix) + item.markerRange.length + gap
        func indent(of line: Int) -> (spaces: Int, isBlank: Bool, hasTab: Bool) {
            let range = source.lineRange(line)
            var count = 0
            while range.start + count < range.end, source.bytes[range.start + count] == UInt8(ascii: " ") { count += 1 }
            let isBlank = range.start + count >= range.end
            return (count, isBlank, !isBlank && source.bytes[range.start + count] == UInt8(ascii: "\t"))
        }
        // A narrower item takes in a following line indented between its new and old columns
        // (tabs counted to their stops).
        if shift < 0 {
            var next = lastLine + 1
            while next <= source.lineCount, indent(of: next).isBlank { next += 1 }
            if next <= source.lineCount {
                let range = source.lineRange(next)
                let leading = source.bytes[range.start..<range.end].prefix { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }
                if (column + shift..<column).contains(Self.width(of: leading)) { return nil }
            }
        }
        guard lastLine > markerLine else { return [] }
        var edits: [Edit] = []
        for line in (markerLine + 1)...lastLine {
            let (spaces, isBlank, hasTab) = indent(of: line)
            // A whitespace line of a code block at the item's column (`    ` between two lines
            // of code) moves left with them, or it would keep a space the code never had.
            if isBlank {
                if shift < 0, spaces >= column {
                    let start = source.lineRange(line).start
                    edits.append(.delete(SourceRange(start, start - shift)))
                }
                continue
            }
            if hasTab { return nil }
            // Lines indented less are lazy continuations: they belong to no column, unless the
            // narrower column would reach them and change what they are.
            if shift < 0, (column + shift..<column).contains(spaces) { return nil }
            guard spaces >= column else { continue }
            let start = source.lineRange(line).start
            edits.append(shift > 0 ? .insert(String(repeating: " ", count: shift), at: start)
                                   : .delete(SourceRange(start, start - shift)))
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
