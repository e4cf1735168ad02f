import CCmarkGFM
import CThreadArena
import Synchronization

/// The only code that touches cmark-gfm: it parses, copies the tree into Swift values and frees
/// it. No cmark pointer leaves this file.
///
/// Block positions from cmark are trusted after clamping to real lines; inline positions are
/// only hints (they are wrong on continuation lines, for links spanning lines and for bare
/// URLs), so every inline range is re-derived from the bytes.
enum CmarkConverter {
    /// The extensions GitHub enables, attached to every parser.
    static let extensionNames = ["table", "autolink", "strikethrough", "tasklist"]

    /// The extensions attached to a parser: all of them for a text with a `~`, all but
    /// strikethrough for a text without one (see `parseLock`).
    struct ExtensionSets {
        let all: [OpaquePointer]
        let withoutStrikethrough: [OpaquePointer]
    }

    /// cmark-gfm's extension registry, filled once (Swift runs a static initializer exactly
    /// once, whatever the threads), with autolink's special characters made permanent (see
    /// `parseLock`), and both sets looked up in it after that. One initializer for both: a
    /// set computed in an initializer of its own looked strikethrough up before the registry
    /// was filled whenever a text without `~` was the process's first parse (a render), found
    /// nothing, and kept strikethrough; texts without `~` then parsed with it outside the lock
    /// and turned `~` off under the parses holding it.
    nonisolated(unsafe) static let extensionSets: ExtensionSets = {
        cmark_gfm_core_extensions_ensure_registered()
        let all = extensionNames.compactMap { cmark_find_syntax_extension($0) }
        if let autolink = cmark_find_syntax_extension("autolink"), let parser = cmark_parser_new(CMARK_OPT_DEFAULT) {
            cmark_parser_attach_syntax_extension(parser, autolink)
            cmark_manage_extensions_special_characters(parser, 1)
            // Its two list nodes are left allocated: the registry's extension lives as long.
            cmark_syntax_extension_set_special_inline_chars(autolink, nil)
            cmark_parser_free(parser)
        }
        let strikethrough = cmark_find_syntax_extension("strikethrough")
        return ExtensionSets(all: all, withoutStrikethrough: all.filter { $0 != strikethrough })
    }()

    /// cmark-gfm's inline parser reads a global table of special characters, to which every
    /// parse adds its extensions' characters (`~` of strikethrough, `:` and `w` of autolink)
    /// before parsing inlines and from which it removes them after: a parse ending on one
    /// thread would turn strikethrough and autolinks off under a parse running on another.
    /// Nothing else cmark-gfm 0.29 writes while parsing is global. So:
    /// - autolink's characters are added once, for good, and the extension no longer lists
    ///   them (it needs no list: its matcher is asked at every special character);
    /// - strikethrough needs its list (the inline parser finds the extension of a closing `~~`
    ///   by it), so a text with a `~` is parsed with it, one at a time under this lock, and a
    ///   text without one without it: no `~` to strike through, nothing global touched. Those
    ///   run concurrently, each thread with an arena of its own (`thread_arena_*`; cmark's
    ///   own arena is one global).
    static let parseLock = Mutex(())

    /// The allocator of every parse: a bump allocator per thread, freed at once after each
    /// parse (freeing cmark's tree node by node cost more than parsing it).
    nonisolated(unsafe) static let memory: UnsafeMutablePointer<cmark_mem> = {
        let memory = UnsafeMutablePointer<cmark_mem>.allocate(capacity: 1)
        memory.initialize(to: cmark_mem(calloc: thread_arena_calloc, realloc: thread_arena_realloc, free: thread_arena_free))
        return memory
    }()

    /// A new parser with GitHub's extensions (strikethrough only when `bytes` hold a `~`),
    /// allocating from the calling thread's arena; cmark-gfm's parse of `bytes` by it, under
    /// `parseLock` with strikethrough.
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>, options: Int32) -> (parser: OpaquePointer, root: OpaquePointer?)? {
        let strikes = bytes.contains(UInt8(ascii: "~"))
        guard let parser = cmark_parser_new_with_mem(options, memory) else { return nil }
        let sets = extensionSets
        for pointer in strikes ? sets.all : sets.withoutStrikethrough { cmark_parser_attach_syntax_extension(parser, pointer) }
        var root: OpaquePointer?
        func run() {
            bytes.withMemoryRebound(to: CChar.self) { chars in cmark_parser_feed(parser, chars.baseAddress, chars.count) }
            root = cmark_parser_finish(parser)
        }
        if strikes { parseLock.withLock { _ in run() } } else { run() }
        return (parser, root)
    }

    /// Chunks of a large document are parsed (those with a `~` one at a time, see `parseLock`)
    /// and converted concurrently, one per core at a time (so at most that many cmark trees are alive), and
    /// joined in order.
    static func blocks(of source: SourceText, chunkBytes: Int? = nil)
        -> (blocks: [Block], nestingLimitRange: SourceRange?) {
        let chunks = DocumentChunks.chunks(of: source, targetBytes: chunkBytes ?? DocumentChunks.targetBytes(for: source.bytes.count))
        // Each chunk's parse keeps its thread's arena block for the next chunk; the last one
        // a thread parses releases it (a worker thread lives on after the run).
        let parts = Parallel.map(chunks, finish: { thread_arena_release() }) { chunk in parse(chunk, source: source) }
        let nestingLimitRange = parts.lazy.compactMap(\.nestingLimitRange).first
        // Each chunk counted its headings and lists from 0; they are numbered in the whole
        // document by the counts of the chunks before, on every core.
        var before: [(headings: Int, lists: Int)] = []
        var headings = 0, lists = 0
        for part in parts {
            before.append((headings, lists))
            headings += part.headingCount
            lists += part.listCount
        }
        let numbered = Parallel.map(Array(zip(parts, before))) { part, before -> [Block] in
            before == (0, 0) ? part.blocks : part.blocks.map { $0.offsettingIndexes(headings: before.headings, lists: before.lists) }
        }
        var blocks: [Block] = []
        blocks.reserveCapacity(numbered.reduce(0) { $0 + $1.count })
        for piece in numbered { blocks += piece }
        return (blocks, nestingLimitRange)
    }

    struct Part: Sendable {
        let blocks: [Block]
        let headingCount: Int
        let listCount: Int
        let nestingLimitRange: SourceRange?
    }

    static func parse(_ chunk: DocumentChunks.Chunk, source: SourceText) -> Part {
        // Front matter is not Markdown: the parse starts after it.
        if let metadata = FrontMatter.range(in: source), chunk.range.start < metadata.end {
            guard metadata.end < chunk.range.end else { return Part(blocks: [], headingCount: 0, listCount: 0, nestingLimitRange: nil) }
            return parse(DocumentChunks.Chunk(range: SourceRange(metadata.end, chunk.range.end), firstLine: source.line(containing: metadata.end)), source: source)
        }
        var builder = TreeBuilder(source: source)
        // Everything cmark allocated for this chunk goes at once, after the conversion.
        defer { thread_arena_reset() }
        let parsed = source.bytes.withUnsafeBufferPointer { buffer in
            parse(UnsafeBufferPointer(rebasing: buffer[chunk.range.start..<chunk.range.end]), options: CMARK_OPT_SOURCEPOS)
        }
        guard let parsed else { return Part(blocks: [], headingCount: 0, listCount: 0, nestingLimitRange: nil) }
        defer { cmark_parser_free(parsed.parser) }
        guard let root = parsed.root else { return Part(blocks: [], headingCount: 0, listCount: 0, nestingLimitRange: nil) }
        builder.lineOffset = chunk.firstLine - 1
        let blocks = builder.blocks(childrenOf: root, depth: 0, nesting: 0, floor: chunk.range.start)
        return Part(blocks: blocks, headingCount: builder.headingCount, listCount: builder.listCount,
                    nestingLimitRange: builder.nestingLimitRange)
    }
}

extension Block {
    /// The block with its headings' and lists' document-wide positions moved on by the
    /// headings and lists of the chunks before it. Recursion is bounded by
    /// `Document.maximumNesting`, like the conversion that built the block.
    func offsettingIndexes(headings: Int, lists: Int) -> Block {
        switch self {
        case .heading(let heading):
            return .heading(Heading(level: heading.level, isSetext: heading.isSetext, content: heading.content,
                                    range: heading.range, contentRange: heading.contentRange, index: heading.index + headings))
        case .list(let list):
            let items = list.items.map { item in
                guard item.children.contains(where: \.holdsIndexes) else { return item }
                return ListItem(marker: item.marker, markerRange: item.markerRange, number: item.number,
                                spacesAfterMarker: item.spacesAfterMarker, isTaskChecked: item.isTaskChecked,
                                children: item.children.map { $0.offsettingIndexes(headings: headings, lists: lists) },
                                range: item.range, indexInList: item.indexInList)
            }
            return .list(MarkdownList(kind: list.kind, isTight: list.isTight, items: items, range: list.range,
                                      depth: list.depth, index: list.index + lists))
        case .blockQuote(let quote):
            return .blockQuote(BlockQuote(children: quote.children.map { $0.offsettingIndexes(headings: headings, lists: lists) },
                                          range: quote.range))
        default:
            return self
        }
    }

    var holdsIndexes: Bool {
        switch self {
        case .heading, .list, .blockQuote: true
        default: false
        }
    }
}

private struct TreeBuilder {
    let source: SourceText
    /// Lines before the chunk being converted: cmark counts lines from the chunk's start.
    var lineOffset = 0
    var listCount = 0
    var headingCount = 0
    /// The first container nested deeper than `Document.maximumNesting`, if any.
    var nestingLimitRange: SourceRange?

    init(source: SourceText) { self.source = source }

    /// `floor` is where the children can start at the earliest (the parent's start, then the
    /// previous sibling's end): a block cmark gives no position is placed there, and the block
    /// after it starts after it (cmark gives a table the start of the paragraph it interrupts).
    /// `nesting` counts the quotes and list items around the children; the recursion is bounded
    /// by `Document.maximumNesting`, whatever the input.
    mutating func blocks(childrenOf parent: OpaquePointer, depth: Int, nesting: Int, floor: Int) -> [Block] {
        var result: [Block] = []
        var floor = source.clamped(floor)
        var afterUnpositioned = false
        var child = cmark_node_first_child(parent)
        while let node = child {
            if let block = block(node, depth: depth, nesting: nesting, floor: floor, clampToFloor: afterUnpositioned) {
                result.append(block)
                floor = max(floor, block.range.end)
                afterUnpositioned = !hasPosition(node)
            }
            child = cmark_node_next(node)
        }
        return result
    }

    private mutating func block(_ node: OpaquePointer, depth: Int, nesting: Int, floor: Int, clampToFloor: Bool) -> Block? {
        let range = blockRange(node, floor: floor, clampToFloor: clampToFloor)
        let type = cmark_node_get_type(node)
        if type == CMARK_NODE_BLOCK_QUOTE || type == CMARK_NODE_LIST, nesting >= Document.maximumNesting {
            // Deeper content stays opaque (like raw HTML): no rule looks inside, and the
            // `nesting-limit` rule says so once.
            if nestingLimitRange == nil { nestingLimitRange = range }
            return .html(HTMLBlock(html: "", comments: [], range: range))
        }
        switch type {
        case CMARK_NODE_PARAGRAPH:
            let lines = paragraphLines(node, range: range)
            let content = inlineContent(of: node, within: SourceRange(range.start, max(range.start, source.lineRange(lines.upperBound).end)))
            let end = content.links.reduce(range.end) { max($0, $1.range.end) }
            return .paragraph(Paragraph(content: content, range: SourceRange(range.start, end), lines: lines))
        case CMARK_NODE_HEADING:
            return .heading(heading(node, range: range))
        case CMARK_NODE_LIST:
            return .list(list(node, range: range, depth: depth, nesting: nesting))
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
            let lineCount = max(1, html.utf8.count { $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\r") })
            let endLine = min(source.lineCount, startLine + lineCount - 1)
            let htmlRange = SourceRange(range.start, max(range.end, source.lineRange(endLine).end))
            return .html(HTMLBlock(html: html, comments: comments(in: htmlRange), range: htmlRange))
        case CMARK_NODE_BLOCK_QUOTE:
            let children = blocks(childrenOf: node, depth: depth, nesting: nesting + 1, floor: range.start)
            return .blockQuote(BlockQuote(children: children, range: SourceRange(range.start, max(range.end, children.last?.range.end ?? range.end))))
        case CMARK_NODE_THEMATIC_BREAK:
            return .thematicBreak(range)
        default:
            if hasTypeString(node, "table") {
                var collector = InlineCollector(source: source, limit: range.end, cursor: range.start, lineOffset: lineOffset)
                collector.collect(node)
                return .table(Table(range: range, links: collector.links, inlineHTML: collector.inlineHTML))
            }
            return nil
        }
    }

    /// cmark's lines when they are real; otherwise (a paragraph a table interrupted has no
    /// position) the lines of the range worked out for it.
    private func paragraphLines(_ node: OpaquePointer, range: SourceRange) -> ClosedRange<Int> {
        let start = startLine(of: node), end = endLine(of: node)
        if start >= 1, start <= end, end <= source.lineCount, source.line(containing: range.start) == start { return start...end }
        let first = source.line(containing: range.start)
        return first...max(first, source.line(containing: max(range.start, range.end - 1)))
    }

    private mutating func heading(_ node: OpaquePointer, range: SourceRange) -> Heading {
        let startLine = source.line(containing: range.start)
        let isSetext = !isATXHeadingLine(startLine)
        let reportedEnd = max(startLine, source.line(containing: max(range.end - 1, range.start)))
        // cmark-gfm sometimes ends a setext heading on the line after its underline.
        let endLine = isSetext ? (startLine + 1...max(startLine + 1, reportedEnd)).first(where: isSetextUnderline) ?? reportedEnd : startLine
        let whole = SourceRange(range.start, source.lineRange(endLine).end)
        let contentRange = isSetext
            ? trimmed(SourceRange(range.start, source.lineRange(max(startLine, endLine - 1)).end))
            : atxContentRange(line: startLine)
        let content = inlineContent(of: node, within: SourceRange(contentRange.start, max(contentRange.end, contentRange.start)))
        defer { headingCount += 1 }
        return Heading(level: Int(cmark_node_get_heading_level(node)), isSetext: isSetext, content: content,
                       range: whole, contentRange: contentRange, index: headingCount)
    }

    private mutating func list(_ node: OpaquePointer, range: SourceRange, depth: Int, nesting: Int) -> MarkdownList {
        let listIndex = listCount
        listCount += 1
        var items: [ListItem] = []
        var floor = range.start
        var child = cmark_node_first_child(node)
        while let itemNode = child {
            let item = item(itemNode, indexInList: items.count, depth: depth, nesting: nesting, floor: floor)
            items.append(item)
            floor = max(floor, item.range.end)
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

    private mutating func item(_ node: OpaquePointer, indexInList: Int, depth: Int, nesting: Int, floor: Int) -> ListItem {
        let range = blockRange(node, floor: floor, clampToFloor: false)
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
        let children = blocks(childrenOf: node, depth: depth + 1, nesting: nesting + 1, floor: range.start)
        let end = max(range.end, children.last?.range.end ?? range.end)
        let isTask = hasTypeString(node, "tasklist")
        return ListItem(marker: source.string(in: SourceRange(markerStart, markerEnd)),
                        markerRange: SourceRange(markerStart, markerEnd), number: digits, spacesAfterMarker: spaces,
                        isTaskChecked: isTask ? cmark_gfm_extensions_get_tasklist_item_checked(node) : nil,
                        children: children, range: SourceRange(range.start, end), indexInList: indexInList)
    }

    private func inlineContent(of node: OpaquePointer, within range: SourceRange) -> InlineContent {
        var collector = InlineCollector(source: source, limit: range.end, cursor: range.start, lineOffset: lineOffset)
        collector.collect(node)
        // An item that is one link (`[question](url)`) renders as the link's text: keep one
        // copy of it, not two (a bank has as many such paragraphs as questions).
        var text = collector.text
        if collector.links.count == 1, collector.links[0].text == text { text = collector.links[0].text }
        return InlineContent(text: text, links: collector.links, htmlComments: collector.comments,
                             inlineHTML: collector.inlineHTML)
    }

    // MARK: Positions

    /// The node's range from cmark's block positions, clamped to the lines that exist (and to
    /// `floor`, the end of the previous sibling, when that one had no position). A node without a position (cmark-gfm gives a
    /// paragraph that a table interrupts "0:0-0:0") starts on the line after `floor` and spans
    /// the lines its inline line breaks say. An end before the start (cmark reports "1:1-0:0"
    /// for some HTML blocks) becomes the end of the start line.
    private func blockRange(_ node: OpaquePointer, floor: Int, clampToFloor: Bool) -> SourceRange {
        let startLine = startLine(of: node), endLine = endLine(of: node)
        guard hasPosition(node) else { return unpositionedRange(node, floor: floor) }
        var start = source.offset(line: startLine, byteColumn: Int(cmark_node_get_start_column(node))) ?? source.bytes.count
        if clampToFloor, start < floor { start = lineStart(atOrAfter: floor) }
        guard endLine >= startLine else { return SourceRange(start, max(start, source.lineRange(source.line(containing: start)).end)) }
        let end = endOffset(line: endLine, column: Int(cmark_node_get_end_column(node)))
        return SourceRange(start, max(start, end))
    }

    /// cmark's line numbers in the whole document (0 and below: no position).
    private func startLine(of node: OpaquePointer) -> Int {
        let line = Int(cmark_node_get_start_line(node))
        return line >= 1 ? line + lineOffset : line
    }

    private func endLine(of node: OpaquePointer) -> Int {
        let line = Int(cmark_node_get_end_line(node))
        return line >= 1 ? line + lineOffset : line
    }

    private func hasPosition(_ node: OpaquePointer) -> Bool {
        let line = Int(cmark_node_get_start_line(node))
        return line >= 1 && line + lineOffset <= source.lineCount
    }

    private func unpositionedRange(_ node: OpaquePointer, floor: Int) -> SourceRange {
        let start = lineStart(atOrAfter: floor)
        let firstLine = source.line(containing: start)
        let lastLine = min(source.lineCount, firstLine + inlineLineBreaks(in: node))
        return SourceRange(start, max(start, source.lineRange(lastLine).end))
    }

    /// `offset` when nothing but the line's end follows it on its line, else the next line's start.
    private func lineStart(atOrAfter offset: Int) -> Int {
        let offset = source.clamped(offset)
        let line = source.line(containing: offset)
        let range = source.lineRange(line)
        if offset == range.start || line == source.lineCount && offset >= range.end { return min(offset, source.bytes.count) }
        return line < source.lineCount ? source.lineRange(line + 1).start : source.bytes.count
    }

    private func inlineLineBreaks(in node: OpaquePointer) -> Int {
        var count = 0
        guard let iterator = cmark_iter_new(node) else { return 0 }
        defer { cmark_iter_free(iterator) }
        while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
            guard event == CMARK_EVENT_ENTER, let inline = cmark_iter_get_node(iterator) else { continue }
            let type = cmark_node_get_type(inline)
            if type == CMARK_NODE_SOFTBREAK || type == CMARK_NODE_LINEBREAK { count += 1 }
        }
        return count
    }

    /// cmark's end column is inclusive; column 0 means "the end of the previous line".
    private func endOffset(line: Int, column: Int) -> Int {
        guard line >= 1, line <= source.lineCount else { return source.bytes.count }
        if column <= 0 { return line > 1 ? source.lineRange(line - 1).end : 0 }
        return source.offset(line: line, byteColumn: column + 1) ?? source.bytes.count
    }

    /// `===` or `---` alone on the line, after any quote markers and indentation.
    private func isSetextUnderline(_ line: Int) -> Bool {
        guard line <= source.lineCount else { return false }
        let text = source.lineText(line).drop { $0 == " " || $0 == "\t" || $0 == ">" }
        let marks = text.prefix { $0 == "=" || $0 == "-" }
        return !marks.isEmpty && Set(marks).count == 1 && text.dropFirst(marks.count).allSatisfy { $0 == " " || $0 == "\t" }
    }

    /// One to six `#` and then a space, a tab or the line's end: `#链接` over `-------` is the
    /// text of a setext heading, not an ATX one.
    private func isATXHeadingLine(_ line: Int) -> Bool {
        let text = source.lineText(line).drop { $0 == " " }
        let hashes = text.prefix { $0 == "#" }.count
        guard (1...6).contains(hashes) else { return false }
        guard let next = text.dropFirst(hashes).first else { return true }
        return next == " " || next == "\t" || next == "\r" || next == "\n"
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
///
/// Two flat passes with cmark's iterator, no recursion: the first renders the text (and the
/// text of every link, needed to locate it), the second locates links in source order, looking
/// for the links nested in a link (an image in a link) only within that link's text.
private struct InlineCollector {
    let source: SourceText
    var limit: Int
    /// Everything before this offset has been consumed by an earlier link or comment; syntax is
    /// searched from here, not from cmark's line, which is wrong for links whose text spans lines.
    var cursor: Int
    var text = ""
    var links: [Link] = []
    var comments: [HTMLComment] = []
    var inlineHTML: [String] = []

    /// Lines before the chunk being converted.
    let lineOffset: Int

    init(source: SourceText, limit: Int, cursor: Int, lineOffset: Int) {
        self.source = source
        self.limit = min(limit, source.bytes.count)
        self.cursor = cursor
        self.lineOffset = lineOffset
    }

    private var scanner: LinkSyntaxScanner { LinkSyntaxScanner(bytes: source.bytes, limit: limit) }

    mutating func collect(_ node: OpaquePointer) {
        let linkTexts = renderText(node)
        locateLinks(node, linkTexts: linkTexts)
    }

    /// Renders `text` and returns the text of each link and image, in pre-order.
    private mutating func renderText(_ node: OpaquePointer) -> [String] {
        var linkTexts: [String] = []
        // For each open link: its slot in `linkTexts` and where its text starts in `text`.
        var open: [(slot: Int, start: String.Index)] = []
        guard let iterator = cmark_iter_new(node) else { return [] }
        defer { cmark_iter_free(iterator) }
        while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
            guard let inline = cmark_iter_get_node(iterator), inline != node else { continue }
            let type = cmark_node_get_type(inline)
            if type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE {
                if event == CMARK_EVENT_ENTER {
                    open.append((linkTexts.count, text.endIndex))
                    linkTexts.append("")
                } else if let last = open.popLast() {
                    linkTexts[last.slot] = String(text[last.start...])
                }
                continue
            }
            guard event == CMARK_EVENT_ENTER else { continue }
            switch type {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE: text += string(cmark_node_get_literal(inline))
            case CMARK_NODE_SOFTBREAK: text += " "
            case CMARK_NODE_LINEBREAK: text += "\n"
            case CMARK_NODE_HTML_INLINE: inlineHTML.append(string(cmark_node_get_literal(inline)))
            default: break
            }
        }
        return linkTexts
    }

    private mutating func locateLinks(_ node: OpaquePointer, linkTexts: [String]) {
        // For each open link: the limit and cursor to restore when it closes; nil for a link
        // that could not be located, whose content is then skipped.
        var open: [(limit: Int, cursorAfter: Int)?] = []
        var skipping = 0
        var slot = 0
        guard let iterator = cmark_iter_new(node) else { return }
        defer { cmark_iter_free(iterator) }
        while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
            guard let inline = cmark_iter_get_node(iterator), inline != node else { continue }
            let type = cmark_node_get_type(inline)
            if type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE {
                if event == CMARK_EVENT_EXIT {
                    guard let frame = open.popLast() else { continue }
                    if let frame {
                        limit = frame.limit
                        cursor = frame.cursorAfter
                    } else {
                        skipping -= 1
                    }
                    continue
                }
                let linkText = slot < linkTexts.count ? linkTexts[slot] : ""
                slot += 1
                guard skipping == 0, let link = locateLink(inline, isImage: type == CMARK_NODE_IMAGE, text: linkText) else {
                    open.append(nil)
                    skipping += 1
                    continue
                }
                links.append(link)
                open.append((limit, link.range.end))
                // Links nested in this one (an image inside a link) lie within its text.
                limit = min(limit, link.textRange?.end ?? link.range.end)
                cursor = link.textRange?.start ?? link.range.end
                continue
            }
            guard event == CMARK_EVENT_ENTER, skipping == 0, type == CMARK_NODE_HTML_INLINE else { continue }
            let html = string(cmark_node_get_literal(inline))
            if html.hasPrefix("<!--"), let range = find(Array(html.utf8), from: cursor) {
                comments += HTMLCommentScanner.comments(in: source, range: range)
                cursor = range.end
            }
        }
    }

    private func locateLink(_ node: OpaquePointer, isImage: Bool, text: String) -> Link? {
        let destination = string(cmark_node_get_url(node))
        let title = string(cmark_node_get_title(node))
        guard let located = locate(node, isImage: isImage, text: text, destination: destination) else { return nil }
        // `[^1]` with `[^1]: Ibid.` below: GitHub renders a footnote, not a link to `Ibid.`.
        if located.kind == .reference, !isImage, text.hasPrefix("^") { return nil }
        return Link(kind: located.kind, isImage: isImage, text: text, destination: destination,
                    title: title.isEmpty ? nil : title, range: located.range,
                    destinationRange: located.destinationRange, textRange: located.textRange)
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
               !destinationMatches(raw: range, resolved: destination) { return nil }
            return Located(kind: match.form == .inline ? .inline : .reference,
                           range: SourceRange(offset, match.range.end),
                           destinationRange: match.destinationRange, textRange: match.textRange)
        }

        // The hint is wrong on continuation lines (it may land on a link inside this one, so
        // the destination must match too); a link's hint on the `[` of an image is the image
        // inside it, never the link.
        if let hinted, hinted >= cursor, isImage || hinted == 0 || bytes[hinted - 1] != UInt8(ascii: "!"),
           let found = bracket(at: hinted, checkDestination: true) {
            // A hint a few bytes early on an indented continuation line may land on `[x]` of
            // `[x] [text](url)`, read as a shortcut reference: when its text is not the node's,
            // an inline link further on the line with the node's destination is the node.
            guard found.kind == .reference, let textRange = found.textRange,
                  !bytes[textRange.start..<textRange.end].elementsEqual(text.utf8) else { return found }
            var offset = found.range.end
            while offset < limit, bytes[offset] != UInt8(ascii: "\n") {
                if bytes[offset] == opener, let inline = bracket(at: offset, checkDestination: true), inline.kind == .inline { return inline }
                offset += 1
            }
            // `[homepage]: https://…` over `[Translations](README.md)`: cmark starts a paragraph
            // at the link reference definitions it takes out of it, and hints its links there.
            // A label followed by its colon is such a definition, not the node: search on.
            if !(found.range.end < limit && bytes[found.range.end] == UInt8(ascii: ":")) { return found }
        }
        // The hint of a link whose text spans lines may land on an HTML tag inside it
        // (`[<u>PR to` / `document</u>](…)` is hinted at `</u>`): `<…>` is the node only when it
        // holds the node's text.
        if let hinted, hinted >= cursor, hinted < limit, bytes[hinted] == UInt8(ascii: "<"),
           let range = scanner.scanAngleAutolink(at: hinted), holdsAutolink(range, text: text, destination: destination) {
            return Located(kind: .angleAutolink, range: range, destinationRange: SourceRange(range.start + 1, range.end - 1), textRange: nil)
        }
        if isAutolinkText(text, destination: destination), let range = find(Array(text.utf8), from: start) {
            // `[https://a.example](https://a.example)` is an inline link whose text is its URL.
            if range.start > 0, bytes[range.start - 1] == UInt8(ascii: "["), !isImage,
               let found = bracket(at: range.start - 1, checkDestination: true), found.kind == .inline { return found }
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

    /// Whether `<…>` at `range` is the autolink whose node has `text` and `destination`
    /// (an entity inside may resolve to anything: it matches).
    private func holdsAutolink(_ range: SourceRange, text: String, destination: String) -> Bool {
        let content = source.bytes[(range.start + 1)..<(range.end - 1)]
        return content.contains(UInt8(ascii: "&")) || content.elementsEqual(text.utf8) || content.elementsEqual(destination.utf8)
            || "mailto:".utf8.elementsEqual(destination.utf8.prefix(7)) && content.elementsEqual(destination.utf8.dropFirst(7))
    }

    private func isAutolinkText(_ text: String, destination: String) -> Bool {
        !text.isEmpty && (destination == text || destination == "mailto:" + text || destination == "http://" + text)
    }

    /// Whether the destination written at `raw` is `resolved`, backslash escapes and the
    /// whitespace cmark trims (`< url >`) aside (an entity, `&…;`, may resolve to anything: it
    /// matches). Compared on the bytes.
    private func destinationMatches(raw: SourceRange, resolved: String) -> Bool {
        let backslash = UInt8(ascii: "\\")
        let isSpace: (UInt8) -> Bool = { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D || $0 == 0x0C || $0 == 0x0B }
        var written = source.bytes[raw.start..<raw.end]
        while let first = written.first, isSpace(first) { written = written.dropFirst() }
        while let last = written.last, isSpace(last) { written = written.dropLast() }
        if written.contains(UInt8(ascii: "&")) { return true }
        // The usual destination has no backslash on either side: then the bytes compare as they are.
        var resolved = resolved
        let plain: Bool? = written.contains(backslash) ? nil : resolved.withUTF8 { bytes in
            bytes.contains(backslash) ? nil : bytes.elementsEqual(written)
        }
        if let plain { return plain }
        return written.lazy.filter { $0 != backslash }.elementsEqual(resolved.utf8.lazy.filter { $0 != backslash })
    }

    private func hintedOffset(_ node: OpaquePointer) -> Int? {
        let line = Int(cmark_node_get_start_line(node))
        let column = Int(cmark_node_get_start_column(node))
        guard line >= 1, column >= 1 else { return nil }
        return source.offset(line: line + lineOffset, byteColumn: column)
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
