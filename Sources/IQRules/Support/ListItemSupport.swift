import IQCore
import IQMarkdown

/// Byte-level facts about list items that several list and item rules share.
public enum ListItemSupport {
    /// The item's first link that leads out of the page (not an image, not a `#fragment`): its
    /// title link, by which the duplicate checks identify the entry.
    static func firstOutwardLink(of item: ListItem) -> Link? {
        item.links.first { !$0.isImage && $0.fragmentOnly == nil }
    }

    /// Prefixes that mark a bullet as a note about the list rather than a question.
    static let notePrefixes = ["注：", "注:", "注意：", "注意:", "备注", "说明：", "说明:", "提示：", "提示:", "参考：", "参考:",
                               "参考资料", "ps：", "ps:",
                               "note:", "note：", "notes:", "nb:", "tip:", "hint:",
                               // Search terms for the reader (`Keywords: *hello world bootloader*, …`).
                               "keywords:", "search terms:", "search for:", "关键词：", "关键词:", "关键字：", "关键字:"]

    /// The prefixes as UTF-8 bytes (they are lowercase; only their ASCII letters have case).
    private static let notePrefixBytes = notePrefixes.map { Array($0.utf8) }

    /// True when the item's text starts like a note (`注：…`, `Note: …`).
    public static func isNote(_ item: ListItem) -> Bool { startsLikeNote(item.text) }

    /// Whether `text`, after leading spaces, `*` and `_`, starts with a note prefix, ASCII
    /// letters in any case. Read on the UTF-8 bytes: lowercasing or comparing characters of
    /// every item of a large bank was a visible share of the conventions' cost. Lowercasing
    /// could only make another match from non-ASCII letters that lowercase to ASCII ones, and
    /// those lowercase to a letter with a combining mark (`İ`), which no prefix has.
    static func startsLikeNote(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var start = 0
            while start < bytes.count, bytes[start] == 0x20 || bytes[start] == 0x2A || bytes[start] == 0x5F { start += 1 }
            // The first prefix written there decides: it must end on a character boundary
            // (`注：` followed by a combining mark or a joiner is another character).
            for prefix in notePrefixBytes where UTF8Characters.matchesFolded(bytes, at: start, prefix) {
                return !UTF8Characters.continuesCharacter(bytes, at: start + prefix.count, countingJoiner: true)
            }
            return false
        }
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
        parents(document).mapValues(\.item)
    }

    /// For each nested list (by `MarkdownList.index`), the item whose children hold it and the
    /// index of that item's list.
    public static func parents(_ document: Document) -> [Int: (item: ListItem, list: Int)] {
        var result: [Int: (item: ListItem, list: Int)] = [:]
        func visit(_ blocks: [Block], parent: (item: ListItem, list: Int)?) {
            for block in blocks {
                switch block {
                case .list(let list):
                    if let parent { result[list.index] = parent }
                    // Read in place: most items hold a paragraph and nothing else, no list to
                    // find, and a copy of each item of a large bank was a visible cost.
                    for position in list.items.indices where list.items[position].children.contains(where: holdsLists) {
                        visit(list.items[position].children, parent: (list.items[position], list.index))
                    }
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

    /// Whether lists can be found in `block`: a list, or a quote that may hold one.
    private static func holdsLists(_ block: Block) -> Bool {
        switch block {
        case .list, .blockQuote: true
        default: false
        }
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
