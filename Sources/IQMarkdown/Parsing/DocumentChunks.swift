import IQConcurrency

/// Splits a large document into pieces that cmark-gfm parses to the same blocks one at a time,
/// so that its tree (about 18 bytes per source byte) never holds more than one piece.
///
/// A piece ends before an ATX heading at column 0 that follows a blank line outside any
/// fenced code or multi-line HTML block: every open block (paragraph, list, quote, table,
/// HTML of kinds 6 and 7) ends there. Link reference definitions apply to the whole document,
/// so a document that may hold one (any `]:`) is never split.
enum DocumentChunks {
    struct Chunk: Equatable {
        let range: SourceRange
        /// The 1-based line the chunk starts on.
        let firstLine: Int
    }

    static let defaultBytes = 1 << 20
    /// Below this a piece is not worth a parser of its own.
    static let minimumBytes = 64 << 10

    /// Pieces small enough that every core gets a few (they are parsed concurrently), and at
    /// most `defaultBytes`, which bounds the memory of cmark's tree.
    static func targetBytes(for count: Int) -> Int {
        min(defaultBytes, max(minimumBytes, count / (4 * WorkPool.cores)))
    }

    static func chunks(of source: SourceText, targetBytes: Int) -> [Chunk] {
        let count = source.bytes.count
        guard count > targetBytes else { return [Chunk(range: SourceRange(0, count), firstLine: 1)] }
        var chunks: [Chunk] = []
        var start = 0
        for offset in splitOffsets(of: source) where offset - start >= targetBytes {
            chunks.append(Chunk(range: SourceRange(start, offset), firstLine: source.line(containing: start)))
            start = offset
        }
        chunks.append(Chunk(range: SourceRange(start, count), firstLine: source.line(containing: start)))
        return chunks
    }

    /// Every offset before which `source` can be split as `chunks` splits it (line starts),
    /// ascending; none when it may hold a link reference definition.
    static func splitOffsets(of source: SourceText) -> [Int] {
        guard source.lineCount > 0, !mayHoldDefinition(source.bytes) else { return [] }
        var offsets: [Int] = []
        var scanner = BlockScanner(bytes: source.bytes)
        for line in 1...source.lineCount {
            let range = source.lineRange(line)
            if scanner.canSplit(before: range) { offsets.append(range.start) }
            scanner.consume(range)
        }
        return offsets
    }

    static func mayHoldDefinition(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { buffer in
            guard buffer.count > 1 else { return false }
            for index in 0..<(buffer.count - 1) where buffer[index] == UInt8(ascii: "]") && buffer[index + 1] == UInt8(ascii: ":") {
                return true
            }
            return false
        }
    }
}

/// Follows, line by line, whether a fenced code block or an HTML block that can span blank
/// lines is open. It errs towards "open": a wrongly open block only means fewer splits. A block
/// opened with indentation may belong to a list item and end with it; when a less indented line
/// leaves that open, the scanner stops allowing splits for the rest of the document.
private struct BlockScanner {
    let bytes: [UInt8]
    private var fence: (byte: UInt8, length: Int)?
    /// The text that closes an open HTML block of kinds 1 to 5 (`-->`, `?>`, `</pre>`, …).
    private var htmlClosers: [[UInt8]]?
    /// Indentation of the line that opened the fence or HTML block.
    private var openIndent = 0
    private var lost = false
    private var previousBlank = true

    init(bytes: [UInt8]) { self.bytes = bytes }

    func canSplit(before line: SourceRange) -> Bool {
        guard !lost, fence == nil, htmlClosers == nil, previousBlank, line.start < line.end, bytes[line.start] == UInt8(ascii: "#") else { return false }
        var end = line.start
        while end < line.end, bytes[end] == UInt8(ascii: "#") { end += 1 }
        return end - line.start <= 6 && (end == line.end || bytes[end] == UInt8(ascii: " ") || bytes[end] == UInt8(ascii: "\t"))
    }

    mutating func consume(_ line: SourceRange) {
        var start = line.start, indent = 0
        while start < line.end, bytes[start] == UInt8(ascii: " "), indent < 4 { start += 1; indent += 1 }
        let text = bytes[start..<line.end]
        let isBlank = text.allSatisfy { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }
        defer { previousBlank = isBlank }
        let outdented = !isBlank && indent < openIndent
        if let open = fence {
            let run = text.prefix { $0 == open.byte }.count
            if indent < 4, run >= open.length, text.dropFirst(run).allSatisfy({ $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }) {
                fence = nil
            } else if outdented {
                lost = true
            }
            return
        }
        if let closers = htmlClosers {
            if closers.contains(where: { contains(text, $0) }) {
                htmlClosers = nil
            } else if outdented {
                lost = true
            }
            return
        }
        guard indent < 4, let first = text.first else { return }
        if first == UInt8(ascii: "`") || first == UInt8(ascii: "~") {
            let run = text.prefix { $0 == first }.count
            if run >= 3, first == UInt8(ascii: "~") || !text.dropFirst(run).contains(UInt8(ascii: "`")) {
                fence = (first, run)
                openIndent = indent
            }
            return
        }
        guard first == UInt8(ascii: "<"), let closers = Self.closers(opening: text) else { return }
        if !closers.contains(where: { contains(text.dropFirst(2), $0) }) {
            htmlClosers = closers
            openIndent = indent
        }
    }

    /// The closers of an HTML block of kinds 1 to 5 that `text` opens, if it opens one.
    private static func closers(opening text: ArraySlice<UInt8>) -> [[UInt8]]? {
        let lower = text.prefix(10).map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }
        func starts(_ prefix: String) -> Bool { lower.starts(with: prefix.utf8) }
        if ["<script", "<pre", "<style", "<textarea"].contains(where: starts) {
            return ["</script>", "</pre>", "</style>", "</textarea>"].map { Array($0.utf8) }
        }
        if starts("<!--") { return [Array("-->".utf8)] }
        if starts("<?") { return [Array("?>".utf8)] }
        if starts("<![cdata[") { return [Array("]]>".utf8)] }
        if starts("<!"), lower.count > 2, (0x61...0x7A).contains(lower[2]) { return [Array(">".utf8)] }
        return nil
    }

    private func contains(_ text: ArraySlice<UInt8>, _ needle: [UInt8]) -> Bool {
        guard text.count >= needle.count, let first = needle.first else { return false }
        var index = text.startIndex
        while index + needle.count <= text.endIndex {
            if text[index] == first, text[index..<index + needle.count].elementsEqual(needle) { return true }
            index += 1
        }
        return false
    }
}
