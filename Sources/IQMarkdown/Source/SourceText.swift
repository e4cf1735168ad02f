/// The bytes of one Markdown file with an index of its lines.
///
/// A UTF-8 byte order mark is removed on the way in (and remembered, so that a fixed file is
/// written back with it); everything else is kept byte for byte, including CRLF line endings.
/// It counts lines two ways, because Markdown and git disagree about a bare CR:
/// - **Markdown lines** (`line(containing:)`, `lineRange`, …) end at LF, CRLF or a bare CR,
///   exactly where cmark-gfm ends them. Rules and the parser work in these.
/// - **Reported lines** (`reportedLine(containing:)`, …) end at LF or CRLF only, as git, GitHub
///   annotations and editors count them; a bare CR is a character inside its line. Every line
///   number or column a user or a machine reads (reporters, messages, pull-request diffs) is one
///   of these, so a position means the same line in the diff, the annotation and the editor.
/// The two agree on every file without a bare CR.
public struct SourceText: Sendable {
    public enum LineEnding: String, Sendable {
        case lf = "\n", crlf = "\r\n", cr = "\r"

        /// `text` with every line break (LF, CRLF or CR) written as this ending, so an edit keeps
        /// the file's own line endings. LF files take replacements as written.
        public func applied(to text: String) -> String {
            guard self != .lf else { return text }
            let bytes = Array(text.utf8)
            guard bytes.contains(where: { $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\r") }) else { return text }
            let ending = Array(rawValue.utf8)
            var result: [UInt8] = []
            result.reserveCapacity(bytes.count + bytes.count / 8)
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                if byte == UInt8(ascii: "\r") {
                    result += ending
                    index += index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: "\n") ? 2 : 1
                } else if byte == UInt8(ascii: "\n") {
                    result += ending
                    index += 1
                } else {
                    result.append(byte)
                    index += 1
                }
            }
            return String(decoding: result, as: UTF8.self)
        }
    }

    public let bytes: [UInt8]
    public let hasByteOrderMark: Bool
    /// Byte offset of the first byte of each line; line N (1-based) starts at `lineStarts[N-1]`.
    public var lineStarts: [Int] { lines.starts }
    /// Byte offset of the first byte of each reported line (LF and CRLF only); the same array
    /// as `lineStarts` unless the file has a bare CR.
    public var reportedLineStarts: [Int] { reportedLines.starts }
    private let lines: LineIndex
    private let reportedLines: LineIndex
    /// The ending used by the first line that has one (LF when the file has a single line).
    public let lineEnding: LineEnding
    /// Unicode scalars before every `checkpointStride`-th byte, so that a column on a long
    /// line costs at most one stride of counting instead of the whole line.
    private let scalarCheckpoints: [Int]
    private static let checkpointStride = 512

    public enum DecodingError: Error, Equatable, Sendable {
        /// The byte offset of the first byte that is not valid UTF-8.
        case invalidUTF8(offset: Int)
        case containsNUL(offset: Int)
        /// Larger than `maximumBytes`.
        case tooLarge(bytes: Int)
    }

    /// The largest file iqlint reads: source offsets are stored in 32 bits (see `SourceRange`),
    /// with room left for what fixes add.
    public static let maximumBytes = Int(Int32.max) - (64 << 20)

    /// Validates that `data` is UTF-8 without NUL bytes; a BOM is stripped.
    public init(validating data: [UInt8]) throws(DecodingError) {
        guard data.count <= Self.maximumBytes else { throw .tooLarge(bytes: data.count) }
        var body = data
        var bom = false
        if body.count >= 3, body[0] == 0xEF, body[1] == 0xBB, body[2] == 0xBF {
            body.removeFirst(3)
            bom = true
        }
        let scan = SourceScan.scan(body, blockSize: Self.checkpointStride, validating: true)
        if let bad = scan.firstInvalidUTF8 { throw .invalidUTF8(offset: bad + (bom ? 3 : 0)) }
        if let nul = scan.firstNUL { throw .containsNUL(offset: nul + (bom ? 3 : 0)) }
        self.init(trustedBytes: body, hasByteOrderMark: bom, scan: scan)
    }

    /// Text known to be valid UTF-8 (e.g. from a Swift `String`).
    public init(_ string: String) {
        var body = Array(string.utf8)
        precondition(body.count <= Self.maximumBytes, "text of \(body.count) bytes is over SourceText.maximumBytes")
        var bom = false
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body.removeFirst(3); bom = true }
        self.init(trustedBytes: body, hasByteOrderMark: bom,
                  scan: SourceScan.scan(body, blockSize: Self.checkpointStride, validating: false))
    }

    private init(trustedBytes: [UInt8], hasByteOrderMark: Bool, scan: SourceScan) {
        bytes = trustedBytes
        self.hasByteOrderMark = hasByteOrderMark
        var checkpoints: [Int] = []
        checkpoints.reserveCapacity(scan.blockScalars.count)
        var scalars = 0
        for count in scan.blockScalars {
            checkpoints.append(scalars)
            scalars += count
        }
        scalarCheckpoints = checkpoints
        var starts = [0]
        starts.reserveCapacity(scan.lineStarts.count + 1)
        starts += scan.lineStarts
        // A final line ending does not open an extra, empty line.
        if starts.count > 1, starts.last == trustedBytes.count { starts.removeLast() }
        lines = LineIndex(starts: starts, byteCount: trustedBytes.count)
        lineEnding = scan.firstEnding ?? .lf
        reportedLines = scan.hasBareCR ? LineIndex(starts: Self.lineFeedLineStarts(trustedBytes), byteCount: trustedBytes.count) : lines
    }

    /// Line starts when only LF ends a line (a final LF opens no extra line).
    private static func lineFeedLineStarts(_ bytes: [UInt8]) -> [Int] {
        var starts = [0]
        for (index, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") { starts.append(index + 1) }
        if starts.count > 1, starts.last == bytes.count { starts.removeLast() }
        return starts
    }

    public var text: String { String(decoding: bytes, as: UTF8.self) }
    public var lineCount: Int { lineStarts.count }
    public var endsWithNewline: Bool { bytes.last == UInt8(ascii: "\n") || bytes.last == UInt8(ascii: "\r") }

    /// The bytes of line `line` (1-based) without its line ending.
    /// A line number outside the file is clamped to the first or last line.
    public func lineRange(_ line: Int) -> SourceRange {
        let line = min(max(line, 1), lineStarts.count)
        let start = lineStarts[line - 1]
        var end = line < lineStarts.count ? lineStarts[line] : bytes.count
        if end > start, bytes[end - 1] == UInt8(ascii: "\n") { end -= 1 }
        if end > start, bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        return SourceRange(start, end)
    }

    /// The range of line `line` including its line ending (clamped like `lineRange`).
    public func fullLineRange(_ line: Int) -> SourceRange {
        let line = min(max(line, 1), lineStarts.count)
        let start = lineStarts[line - 1]
        let end = line < lineStarts.count ? lineStarts[line] : bytes.count
        return SourceRange(start, end)
    }

    public func lineText(_ line: Int) -> String { string(in: lineRange(line)) }

    public func string(in range: SourceRange) -> String {
        let end = clamped(range.end)
        return String(decoding: bytes[min(clamped(range.start), end)..<end], as: UTF8.self)
    }

    /// The 1-based Markdown line containing `offset` (an offset at a line ending belongs to that line).
    public func line(containing offset: Int) -> Int { lines.line(containing: offset) }

    // MARK: Reported lines (LF and CRLF only: git's, GitHub's and editors' line numbers)

    public var reportedLineCount: Int { reportedLineStarts.count }

    /// The 1-based reported line containing `offset`.
    public func reportedLine(containing offset: Int) -> Int { reportedLines.line(containing: offset) }

    /// The bytes of reported line `line` without its LF or CRLF, and without a CR that ends
    /// the file (clamped like `lineRange`).
    public func reportedLineRange(_ line: Int) -> SourceRange {
        let line = min(max(line, 1), reportedLineStarts.count)
        let start = reportedLineStarts[line - 1]
        var end = line < reportedLineStarts.count ? reportedLineStarts[line] : bytes.count
        if end > start, bytes[end - 1] == UInt8(ascii: "\n") { end -= 1 }
        if end > start, bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        return SourceRange(start, end)
    }

    public func reportedLineText(_ line: Int) -> String { string(in: reportedLineRange(line)) }

    /// 1-based reported line and Unicode-scalar column of `offset` (the position of the text
    /// and concise reporters, GitHub annotations and `dupes`).
    public func reportedPosition(of offset: Int) -> (line: Int, column: Int) {
        let offset = clamped(offset)
        let line = reportedLine(containing: offset)
        return (line, scalarCount(from: reportedLineStarts[line - 1], to: offset) + 1)
    }

    /// 1-based reported line and Unicode-scalar column of `offset` for output that names a
    /// position by line and column (JSON, SARIF): an offset inside or after a line ending is
    /// the start of the next line, or the end of the last line's text when no line follows.
    public func reportedLineAndScalarColumn(of offset: Int) -> (line: Int, column: Int) {
        let offset = clamped(offset)
        let line = reportedLine(containing: offset)
        let text = reportedLineRange(line)
        guard offset > text.end else { return reportedPosition(of: offset) }
        return line < reportedLineCount ? (line + 1, 1) : reportedPosition(of: text.end)
    }

    /// Unicode scalars in `bytes[start..<end]`.
    private func scalarCount(from start: Int, to end: Int) -> Int {
        let end = max(start, end)
        guard end - start > Self.checkpointStride else {
            var count = 0
            for byte in bytes[start..<end] where byte & 0xC0 != 0x80 { count += 1 }
            return count
        }
        return scalarsBefore(end) - scalarsBefore(start)
    }

    /// 1-based line and 1-based byte column of `offset`.
    public func position(of offset: Int) -> (line: Int, byteColumn: Int) {
        let line = line(containing: offset)
        return (line, offset - lineStarts[line - 1] + 1)
    }

    /// Unicode scalars in `bytes[..<offset]`.
    private func scalarsBefore(_ offset: Int) -> Int {
        let checkpoint = min(offset / Self.checkpointStride, scalarCheckpoints.count - 1)
        guard checkpoint >= 0 else { return 0 }
        var count = scalarCheckpoints[checkpoint]
        for byte in bytes[checkpoint * Self.checkpointStride..<offset] where byte & 0xC0 != 0x80 { count += 1 }
        return count
    }

    /// The byte offset of a 1-based line and byte column, clamped to that line's content.
    public func offset(line: Int, byteColumn: Int) -> Int? {
        guard line >= 1, line <= lineCount else { return nil }
        let range = lineRange(line)
        return min(range.start + max(byteColumn - 1, 0), range.end)
    }

    public func clamped(_ offset: Int) -> Int { min(max(offset, 0), bytes.count) }

    /// The full file as it would be written: BOM restored when the original had one.
    public func serialized() -> [UInt8] { hasByteOrderMark ? [0xEF, 0xBB, 0xBF] + bytes : bytes }
}
