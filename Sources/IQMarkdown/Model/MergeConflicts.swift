/// The blocks of an unresolved git merge left in a file: `<<<<<<< HEAD`, the one version,
/// `=======`, the other, `>>>>>>> master` (and `||||||| base` between, in diff3 style), each
/// marker at the start of its line.
public struct MergeConflicts: Sendable {
    public struct Conflict: Sendable {
        /// The 1-based lines of the markers, in order.
        public let markerLines: [Int]
        /// From the start of the first marker's line to the end of the last's.
        public let span: SourceRange
    }

    public let conflicts: [Conflict]
    /// The lines of opening markers with a name (`<<<<<<< HEAD`) that no `=======` and
    /// `>>>>>>>` close, outside code blocks: a conflict resolved but for its first marker.
    public let loneOpenings: [Int]

    /// The conflicts of the document, but those wholly inside one code block: a page about git
    /// shows one on purpose.
    public init(_ document: Document) {
        let source = document.source
        var found: [Conflict] = []
        // Most files hold no marker: one byte search before reading lines.
        guard source.bytes.count >= 7, Self.mayHoldMarkers(source.bytes) else { conflicts = []; loneOpenings = []; return }
        var open: [Int]?
        var sawSeparator = false
        var unclosed: [Int] = []
        for line in 1...max(1, source.lineCount) {
            let text = source.lineText(line)
            switch Self.marker(text) {
            case "<":
                if let earlier = open?.first { unclosed.append(earlier) }
                open = [line]; sawSeparator = false
            case "|" where open != nil && !sawSeparator:
                open!.append(line)
            case "=" where open != nil && !sawSeparator:
                open!.append(line); sawSeparator = true
            case ">" where open != nil && sawSeparator:
                let lines = open! + [line]
                let offsets = lines.map { source.lineRange($0).start }
                let shown = document.codeBlocks.contains { block in offsets.allSatisfy(block.range.contains) }
                if !shown { found.append(Conflict(markerLines: lines, span: SourceRange(offsets[0], source.lineRange(line).end))) }
                open = nil; sawSeparator = false
            default:
                break
            }
        }
        if let earlier = open?.first { unclosed.append(earlier) }
        conflicts = found
        loneOpenings = unclosed.filter { line in
            let offset = source.lineRange(line).start
            return !source.lineText(line).dropFirst(7).allSatisfy { $0 == " " || $0 == "\t" || $0 == "\r" }
                && !document.codeBlocks.contains { $0.range.contains(offset) }
        }
    }

    /// The lines of every marker of the document's conflicts, and of the lone opening markers.
    public var markerLines: Set<Int> { Set(conflicts.flatMap(\.markerLines) + loneOpenings) }

    /// `<`, `|`, `=` or `>` for a line that is a marker: seven of the character at its start,
    /// then the end of the line or a space (`<<<<<<< HEAD`, `=======` alone).
    static func marker(_ line: String) -> Character? {
        guard let first = line.first, "<|=>".contains(first) else { return nil }
        let run = line.prefix { $0 == first }
        guard run.count == 7 else { return nil }
        let rest = line.dropFirst(7)
        if first == "=" { return rest.allSatisfy { $0 == " " || $0 == "\t" || $0 == "\r" } ? first : nil }
        return rest.isEmpty || rest.first == " " ? first : nil
    }

    /// Whether a line starts with `<<<<<<<`, read on the bytes.
    private static func mayHoldMarkers(_ bytes: [UInt8]) -> Bool {
        let open = UInt8(ascii: "<"), newline = UInt8(ascii: "\n")
        return bytes.withUnsafeBufferPointer { bytes in
            var index = 0
            while index + 7 <= bytes.count {
                if bytes[index] == open, index == 0 || bytes[index - 1] == newline,
                   (1..<7).allSatisfy({ bytes[index + $0] == open }) { return true }
                index += 1
            }
            return false
        }
    }
}
