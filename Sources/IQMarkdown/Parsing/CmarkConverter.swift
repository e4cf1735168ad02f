import CCmarkGFM
import Synchronization

/// The only code that touches cmark-gfm: it parses, copies the tree into Swift values and frees
/// it. No cmark pointer leaves this file.
///
/// Block positions from cmark are trusted after clamping to real lines; inline positions are
/// only hints (they are wrong on continuation lines, for links spanning lines and for bare
/// URLs), so every inline range is re-derived from the bytes.
enum CmarkConverter {
    /// cmark-gfm keeps global state (the extension registry and the inline parser's table of
    /// special characters, which attaching an extension rewrites), so parses must not overlap.
    static let lock = Mutex(())

    static func blocks(of source: SourceText) -> [Block] {
        lock.withLock { _ in parseLocked(source) }
    }

    private static func parseLocked(_ source: SourceText) -> [Block] {
        cmark_gfm_core_extensions_ensure_registered()
        let options = CMARK_OPT_SOURCEPOS
        // The arena (as in the cmark-gfm CLI) frees the whole tree at once: freeing it node by
        // node cost more than parsing. The lock makes the global arena safe; reset runs last.
        defer { cmark_arena_reset() }
        guard let parser = cmark_parser_new_with_mem(options, cmark_get_arena_mem_allocator()) else { return [] }
        defer { cmark_parser_free(parser) }
        for name in ["table", "autolink", "strikethrough", "tasklist"] {
            if let extensionPointer = cmark_find_syntax_extension(name) {
                cmark_parser_attach_syntax_extension(parser, extensionPointer)
            }
        }
        source.bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                cmark_parser_feed(parser, chars.baseAddress, chars.count)
            }
        }
        guard let root = cmark_parser_finish(parser) else { return [] }
        var builder = TreeBuilder(source: source)
        return builder.blocks(childrenOf: root, depth: 0)
    }
}

private struct TreeBuilder {
    let source: SourceText
    var listCount = 0
    var headingCount = 0

    init(source: SourceText) { self.source = source }

    mutating func blocks(childrenOf parent: OpaquePointer, depth: Int) -> [Block] {
        var result: [Block] = []
        var child = cmark_node_first_child(parent)
        while let node = child {
            if let block = block(node, depth: depth) { result.append(block) }
            child = cmark_node_next(node)
        }
        return result
    }

    private mutating func block(_ node: OpaquePointer, depth: Int) -> Block? {
        let range = blockRange(node)
        switch cmark_node_get_type(node) {
        case CMARK_NODE_PARAGRAPH:
            let lines = Int(cmark_node_get_start_line(node))...max(Int(cmark_node_get_start_line(node)), Int(cmark_node_get_end_line(node)))
            let content = inlineContent(of: node, within: SourceRange(range.start, source.lineRange(lines.upperBound).end))
            let end = content.links.reduce(range.end) { max($0, $1.range.end) }
            return .paragraph(Paragraph(content: content, range: SourceRange(range.start, end), lines: lines))
        case CMARK_NODE_HEADING:
            return .heading(heading(node, range: range))
        case CMARK_NODE_LIST:
            return .list(list(node, range: range, depth: depth))
        case CMARK_NODE_CODE_BLOCK:
            var fenceLength: Int32 = 0, fenceOffset: Int32 = 0
            var fenceCharacter: CChar = 0
            let fenced = cmark_node_get_fenced(node, &fenceLength, &fenceOffset, &fenceCharacter) != 0
            return .codeBlock(CodeBlock(isFenced: fenced,
                                        info: string(cmark_node_get_fence_info(node)),
                                        code: string(cmark_node_get_literal(node)), range: range))
        case CMARK_NODE_HTML_BLOCK:
            // cmark sometimes ends an HTML block before it starts ("3:1-2:0"); its literal holds
            // the block's lines, so count them instead.
            let html = string(cmark_node_get_literal(node))
            let startLine = source.line(containing: range.start)
            let lineCount = max(1, html.utf8.count { $0 == UInt8(ascii: "\n") })
            let endLine = min(source.lineCount, startLine + lineCount - 1)
            let htmlRange = SourceRange(range.start, max(range.end, source.lineRange(endLine).end))
            return .html(HTMLBlock(html: html, comments: comments(in: htmlRange), range: htmlRange))
        case CMARK_NODE_BLOCK_QUOTE:
            return .blockQuote(BlockQuote(children: blocks(childrenOf: node, depth: depth), range: range))
        case CMARK_NODE_THEMATIC_BREAK:
            return .thematicBreak(range)
        default:
            if hasTypeString(node, "table") {
                var collector = InlineCollector(source: source, limit: range.end, cursor: range.start)
                collector.visitChildren(of: node)
                return .table(Table(range: range, links: collector.links))
            }
            return nil
        }
    }

    private mutating func heading(_ node: OpaquePointer, range: SourceRange) -> Heading {
        let startLine = source.line(containing: range.start)
        let isSetext = !isATXHeadingLine(startLine)
        let endLine = isSetext ? max(startLine, source.line(containing: max(range.end - 1, range.start))) : startLine
        let whole = SourceRange(range.start, source.lineRange(endLine).end)
        let contentRange = isSetext
            ? trimmed(SourceRange(range.start, source.lineRange(max(startLine, endLine - 1)).end))
            : atxContentRange(line: startLine)
        let content = inlineContent(of: node, within: SourceRange(contentRange.start, max(contentRange.end, contentRange.start)))
        defer { headingCount += 1 }
        return Heading(level: Int(cmark_node_get_heading_level(node)), isSetext: isSetext, content: content,
                       range: whole, contentRange: contentRange, index: headingCount)
    }

    private mutating func list(_ node: OpaquePointer, range: SourceRange, depth: Int) -> MarkdownList {
        let listIndex = listCount
        listCount += 1
        var items: [ListItem] = []
        var child = cmark_node_first_child(node)
        while let itemNode = child {
            items.append(item(itemNode, indexInList: items.count, depth: depth))
            child = cmark_node_next(itemNode)
        }
        let kind: MarkdownList.Kind
        if cmark_node_get_list_type(node) == CMARK_ORDERED_LIST {
            kind = .ordered(delimiter: cmark_node_get_list_delim(node) == CMARK_PAREN_DELIM ? ")" : ".")
        } else {
            kind = .bullet(items.first?.marker.first ?? "-")
        }
        let end = max(range.end, items.last?.range.end ?? range.end)
        return MarkdownList(kind: kind, isTight: cmark_node_get_list_tight(node) != 0, items: items,
                            range: SourceRange(range.start, end), depth: depth, index: listIndex)
    }

    private mutating func item(_ node: OpaquePointer, indexInList: Int, depth: Int) -> ListItem {
        let range = blockRange(node)
        let bytes = source.bytes
        let lineEnd = source.lineRange(source.line(containing: range.start)).end
        var markerStart = range.start
        while markerStart < lineEnd, bytes[markerStart] == UInt8(ascii: " ") || bytes[markerStart] == UInt8(ascii: "\t") { markerStart += 1 }
        var markerEnd = markerStart
        while markerEnd < lineEnd, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[markerEnd]) { markerEnd += 1 }
        let digits = markerEnd > markerStart ? Int(source.string(in: SourceRange(markerStart, markerEnd))) : nil
        if markerEnd < lineEnd { markerEnd += 1 }
        var contentStart = markerEnd
        while contentStart < lineEnd, bytes[contentStart] == UInt8(ascii: " ") || bytes[contentStart] == UInt8(ascii: "\t") { contentStart += 1 }
        let spaces = contentStart == lineEnd ? 0 : contentStart - markerEnd
        let children = blocks(childrenOf: node, depth: depth + 1)
        let end = max(range.end, children.last?.range.end ?? range.end)
        let isTask = hasTypeString(node, "tasklist")
        return ListItem(marker: source.string(in: SourceRange(markerStart, markerEnd)),
                        markerRange: SourceRange(markerStart, markerEnd), number: digits, spacesAfterMarker: spaces,
                        isTaskChecked: isTask ? cmark_gfm_extensions_get_tasklist_item_checked(node) : nil,
                        children: children, range: SourceRange(range.start, end), indexInList: indexInList)
    }

    private func inlineContent(of node: OpaquePointer, within range: SourceRange) -> InlineContent {
        var collector = InlineCollector(source: source, limit: range.end, cursor: range.start)
        collector.visitChildren(of: node)
        return InlineContent(text: collector.text, links: collector.links, htmlComments: collector.comments,
                             inlineHTML: collector.inlineHTML)
    }

    // MARK: Positions

    /// The node's range from cmark's block positions, clamped to the lines that exist.
    /// An end before the start (cmark reports "1:1-0:0" for some HTML blocks) becomes the end
    /// of the start line.
    private func blockRange(_ node: OpaquePointer) -> SourceRange {
        let startLine = cmark_node_get_start_line(node)
        let start = startOffset(line: startLine, column: cmark_node_get_start_column(node))
        let endLine = cmark_node_get_end_line(node)
        guard endLine >= startLine else { return SourceRange(start, max(start, source.lineRange(source.line(containing: start)).end)) }
        let end = endOffset(line: endLine, column: cmark_node_get_end_column(node))
        return SourceRange(start, max(start, end))
    }

    private func startOffset(line: Int32, column: Int32) -> Int {
        source.offset(line: max(Int(line), 1), byteColumn: Int(column)) ?? source.bytes.count
    }

    /// cmark's end column is inclusive; column 0 means "the end of the previous line".
    private func endOffset(line: Int32, column: Int32) -> Int {
        let line = Int(line)
        guard line >= 1, line <= source.lineCount else { return source.bytes.count }
        if column <= 0 { return line > 1 ? source.lineRange(line - 1).end : 0 }
        return source.offset(line: line, byteColumn: Int(column) + 1) ?? source.bytes.count
    }

    private func isATXHeadingLine(_ line: Int) -> Bool {
        let text = source.lineText(line).drop { $0 == " " }
        return text.hasPrefix("#")
    }

    private func atxContentRange(line: Int) -> SourceRange {
        let lineRange = source.lineRange(line)
        let bytes = source.bytes
        var start = lineRange.start
        while start < lineRange.end, bytes[start] == UInt8(ascii: " ") { start += 1 }
        while start < lineRange.end, bytes[start] == UInt8(ascii: "#") { start += 1 }
        while start < lineRange.end, bytes[start] == UInt8(ascii: " ") || bytes[start] == UInt8(ascii: "\t") { start += 1 }
        var end = lineRange.end
        while end > start, bytes[end - 1] == UInt8(ascii: " ") || bytes[end - 1] == UInt8(ascii: "\t") { end -= 1 }
        // A closing sequence counts only when preceded by a space (`# C#` keeps its `#`).
        var hashes = end
        while hashes > start, bytes[hashes - 1] == UInt8(ascii: "#") { hashes -= 1 }
        if hashes < end, hashes == start || bytes[hashes - 1] == UInt8(ascii: " ") || bytes[hashes - 1] == UInt8(ascii: "\t") {
            end = hashes
            while end > start, bytes[end - 1] == UInt8(ascii: " ") || bytes[end - 1] == UInt8(ascii: "\t") { end -= 1 }
        }
        return SourceRange(start, end)
    }

    private func trimmed(_ range: SourceRange) -> SourceRange {
        var start = range.start, end = range.end
        let bytes = source.bytes
        while start < end, bytes[start] == UInt8(ascii: " ") { start += 1 }
        while end > start, [UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"), UInt8(ascii: "\n")].contains(bytes[end - 1]) { end -= 1 }
        return SourceRange(start, end)
    }

    private func comments(in range: SourceRange) -> [HTMLComment] {
        HTMLCommentScanner.comments(in: source, range: range)
    }
}

/// Walks the inlines of one block in order, collecting plain text and locating links and
/// inline HTML comments in the bytes (never trusting cmark's inline columns).
private struct InlineCollector {
    let source: SourceText
    let limit: Int
    /// Everything before this offset has been consumed by an earlier link or comment; syntax is
    /// searched from here, not from cmark's line, which is wrong for links whose text spans lines.
    var cursor: Int
    var text = ""
    var links: [Link] = []
    var comments: [HTMLComment] = []
    var inlineHTML: [String] = []
    /// Whether a link, image or inline HTML was visited: only then can a link's children hold
    /// nested links or comments, so only then are they visited a second time.
    var sawNestedSyntax = false

    init(source: SourceText, limit: Int, cursor: Int) {
        self.source = source
        self.limit = min(limit, source.bytes.count)
        self.cursor = cursor
    }

    private var scanner: LinkSyntaxScanner { LinkSyntaxScanner(bytes: source.bytes, limit: limit) }

    mutating func visitChildren(of node: OpaquePointer) {
        var child = cmark_node_first_child(node)
        while let inline = child {
            visit(inline)
            child = cmark_node_next(inline)
        }
    }

    private mutating func visit(_ node: OpaquePointer) {
        switch cmark_node_get_type(node) {
        case CMARK_NODE_TEXT, CMARK_NODE_CODE:
            text += string(cmark_node_get_literal(node))
        case CMARK_NODE_SOFTBREAK:
            text += " "
        case CMARK_NODE_LINEBREAK:
            text += "\n"
        case CMARK_NODE_HTML_INLINE:
            sawNestedSyntax = true
            let html = string(cmark_node_get_literal(node))
            inlineHTML.append(html)
            if html.hasPrefix("<!--"), let range = find(Array(html.utf8), from: cursor) {
                comments += HTMLCommentScanner.comments(in: source, range: range)
                cursor = range.end
            }
        case CMARK_NODE_LINK, CMARK_NODE_IMAGE:
            sawNestedSyntax = true
            visitLink(node, isImage: cmark_node_get_type(node) == CMARK_NODE_IMAGE)
        default:
            visitChildren(of: node)
        }
    }

    private mutating func visitLink(_ node: OpaquePointer, isImage: Bool) {
        var inner = InlineCollector(source: source, limit: limit, cursor: cursor)
        inner.visitChildren(of: node)
        let destination = string(cmark_node_get_url(node))
        let title = string(cmark_node_get_title(node))
        text += inner.text
        guard let located = locate(node, isImage: isImage, text: inner.text, destination: destination) else { return }
        links.append(Link(kind: located.kind, isImage: isImage, text: inner.text, destination: destination,
                          title: title.isEmpty ? nil : title, range: located.range,
                          destinationRange: located.destinationRange, textRange: located.textRange))
        // Links nested in this one (an image inside a link) were located within its text.
        if inner.sawNestedSyntax {
            var nested = InlineCollector(source: source, limit: located.textRange?.end ?? located.range.end,
                                         cursor: located.textRange?.start ?? located.range.end)
            nested.visitChildren(of: node)
            links += nested.links
            comments += nested.comments
        }
        inlineHTML += inner.inlineHTML
        cursor = located.range.end
    }

    private struct Located {
        let kind: Link.Kind
        let range: SourceRange
        let destinationRange: SourceRange?
        let textRange: SourceRange?
    }

    private func locate(_ node: OpaquePointer, isImage: Bool, text: String, destination: String) -> Located? {
        let bytes = source.bytes
        let start = cursor
        let hinted = hintedOffset(node)
        let opener = isImage ? UInt8(ascii: "!") : UInt8(ascii: "[")

        func bracket(at offset: Int, checkDestination: Bool) -> Located? {
            let open = isImage ? offset + 1 : offset
            guard offset < limit, bytes[offset] == opener, let match = scanner.scanBracketLink(at: open) else { return nil }
            if checkDestination, match.form == .inline, let range = match.destinationRange,
               !destinationMatches(raw: source.string(in: range), resolved: destination) { return nil }
            return Located(kind: match.form == .inline ? .inline : .reference,
                           range: SourceRange(offset, match.range.end),
                           destinationRange: match.destinationRange, textRange: match.textRange)
        }

        if let hinted, hinted >= cursor, let found = bracket(at: hinted, checkDestination: false) { return found }
        if let hinted, hinted >= cursor, hinted < limit, bytes[hinted] == UInt8(ascii: "<"),
           let range = scanner.scanAngleAutolink(at: hinted) {
            return Located(kind: .angleAutolink, range: range, destinationRange: SourceRange(range.start + 1, range.end - 1), textRange: nil)
        }
        if isAutolinkText(text, destination: destination), let range = find(Array(text.utf8), from: start) {
            if range.start > 0, bytes[range.start - 1] == UInt8(ascii: "<"), range.end < limit, bytes[range.end] == UInt8(ascii: ">") {
                return Located(kind: .angleAutolink, range: SourceRange(range.start - 1, range.end + 1), destinationRange: range, textRange: nil)
            }
            return Located(kind: .bareURL, range: range, destinationRange: range, textRange: nil)
        }
        // An inline link whose destination matches beats any bracket pair before it: `[注]`
        // could be read as a shortcut reference, so reference forms are only the last resort.
        for acceptReference in [false, true] {
            var offset = start
            while offset < limit {
                if bytes[offset] == opener, let found = bracket(at: offset, checkDestination: true),
                   acceptReference || found.kind == .inline { return found }
                offset += 1
            }
        }
        return nil
    }

    private func isAutolinkText(_ text: String, destination: String) -> Bool {
        !text.isEmpty && (destination == text || destination == "mailto:" + text || destination == "http://" + text)
    }

    private func destinationMatches(raw: String, resolved: String) -> Bool {
        if raw.contains("&") { return true }
        return raw.filter { $0 != "\\" } == resolved.filter { $0 != "\\" }
    }

    private func hintedOffset(_ node: OpaquePointer) -> Int? {
        let line = Int(cmark_node_get_start_line(node))
        let column = Int(cmark_node_get_start_column(node))
        guard line >= 1, column >= 1 else { return nil }
        return source.offset(line: line, byteColumn: column)
    }

    private func find(_ needle: [UInt8], from start: Int) -> SourceRange? {
        guard !needle.isEmpty, start + needle.count <= limit else { return nil }
        let bytes = source.bytes
        var offset = start
        while offset + needle.count <= limit {
            if bytes[offset] == needle[0], bytes[offset..<offset + needle.count].elementsEqual(needle) {
                return SourceRange(offset, offset + needle.count)
            }
            offset += 1
        }
        return nil
    }
}

/// Compares the node's type name in place (a String per item was an allocation per item).
private func hasTypeString(_ node: OpaquePointer, _ name: StaticString) -> Bool {
    guard let typeString = cmark_node_get_type_string(node) else { return false }
    return name.withUTF8Buffer { expected in
        for (index, byte) in expected.enumerated() where UInt8(bitPattern: typeString[index]) != byte { return false }
        return typeString[expected.count] == 0
    }
}

private func string(_ pointer: UnsafePointer<CChar>?) -> String {
    guard let pointer else { return "" }
    return String(cString: pointer)
}
