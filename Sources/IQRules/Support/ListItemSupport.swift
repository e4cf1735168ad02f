import IQCore
import IQMarkdown

/// Byte-level facts about list items that several list and item rules share.
public enum ListItemSupport {
    /// Prefixes that mark a bullet as a note about the list rather than a question.
    static let notePrefixes = ["注：", "注:", "注意：", "注意:", "备注", "说明：", "说明:", "提示：", "提示:", "参考：", "参考:",
                               "参考资料", "ps：", "ps:",
                               "note:", "note：", "notes:", "nb:", "tip:", "hint:"]

    /// First characters of the prefixes, upper and lower case.
    private static let noteInitials = Set(notePrefixes.compactMap(\.first).flatMap { [$0, Character($0.uppercased())] })
    private static let noteInitialScalars = Set(noteInitials.flatMap(\.unicodeScalars))

    /// True when the item's text starts like a note (`注：…`, `Note: …`).
    public static func isNote(_ item: ListItem) -> Bool {
        let text = item.text
        // The first scalar after the skipped ones, checked without hashing a Character: a
        // note's first character is one of these scalars alone.
        guard let initial = text.unicodeScalars.first(where: { $0 != " " && $0 != "*" && $0 != "_" }),
              noteInitialScalars.contains(initial) else { return false }
        let start = text.drop { $0 == " " || $0 == "*" || $0 == "_" }
        // Most items start with `[`, which begins no prefix; lowercasing every item's text was costly.
        guard let first = start.first, noteInitials.contains(first) else { return false }
        let opening = start.prefix(16).lowercased()
        return notePrefixes.contains { opening.hasPrefix($0) }
    }

    /// The offset where the item's text starts on the marker line (the line end when the
    /// marker line is empty).
    public static func contentStart(of item: ListItem, in source: SourceText) -> Int {
        let lineEnd = source.lineRange(source.line(containing: item.markerRange.start)).end
        return min(item.markerRange.end + item.spacesAfterMarker, lineEnd)
    }

    /// The bytes in front of the marker on its line: indentation, or `> ` inside a quote.
    public static func linePrefix(of item: ListItem, in source: SourceText) -> String {
        let lineStart = source.lineRange(source.line(containing: item.markerRange.start)).start
        return source.string(in: SourceRange(lineStart, item.markerRange.start))
    }

    /// The first byte of `line` that is not a space, tab or block-quote `>`: where its text
    /// starts, measured the same way on the marker line and on continuation lines.
    public static func textStart(ofLine line: Int, in source: SourceText) -> Int {
        let range = source.lineRange(line)
        var offset = range.start
        while offset < range.end, [UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: ">")].contains(source.bytes[offset]) {
            offset += 1
        }
        return offset
    }

    /// A marker for a new item after `item`: the same bullet, or `number` with the same delimiter,
    /// followed by the item's own spacing.
    public static func marker(like item: ListItem, in list: MarkdownList, number: Int?) -> String {
        let spaces = String(repeating: " ", count: max(1, item.spacesAfterMarker))
        if let delimiter = list.orderedDelimiter, let number { return "\(number)\(delimiter)" + spaces }
        return String(item.marker.prefix(1)) + spaces
    }
}

/// Where a list sits in the tree: the item it is nested in, if any.
public enum ListNesting {
    /// For each nested list (by `MarkdownList.index`), the item whose children hold it.
    public static func parentItems(_ document: Document) -> [Int: ListItem] {
        var result: [Int: ListItem] = [:]
        func visit(_ blocks: [Block], parent: ListItem?) {
            for block in blocks {
                switch block {
                case .list(let list):
                    if let parent { result[list.index] = parent }
                    for item in list.items { visit(item.children, parent: item) }
                case .blockQuote(let quote):
                    visit(quote.children, parent: nil)
                default:
                    break
                }
            }
        }
        visit(document.blocks, parent: nil)
        return result
    }
}

/// Sections: a heading and everything up to the next heading of the same or a higher level.
public enum DocumentSections {
    /// The headings whose sections contain `offset`, outermost first.
    public static func enclosingHeadings(of offset: Int, in document: Document) -> [Heading] {
        var stack: [Heading] = []
        for heading in document.headings where heading.range.start <= offset {
            while let last = stack.last, last.level >= heading.level { stack.removeLast() }
            stack.append(heading)
        }
        return stack
    }
}
