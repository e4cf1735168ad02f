/// A half-open range of UTF-8 byte offsets into a `SourceText`.
///
/// Byte offsets are the one position unit inside iqlint; lines, Unicode-scalar columns and
/// terminal cells are computed from them only at the edges (reporters, JSON, SARIF).
public struct SourceRange: Hashable, Comparable, Sendable, CustomStringConvertible {
    // 32-bit offsets: the model keeps several ranges per item of a bank (a link has three), and
    // a file over `SourceText.maximumBytes` is refused when it is read, so every offset fits.
    private let storedStart: Int32
    private let storedEnd: Int32

    public var start: Int { Int(storedStart) }
    public var end: Int { Int(storedEnd) }

    public init(_ start: Int, _ end: Int) {
        precondition(start <= end, "range start \(start) after end \(end)")
        storedStart = Int32(start)
        storedEnd = Int32(end)
    }

    public static func empty(at offset: Int) -> SourceRange { SourceRange(offset, offset) }

    public var isEmpty: Bool { start == end }
    public var length: Int { end - start }

    public func contains(_ offset: Int) -> Bool { offset >= start && offset < end }

    public func overlaps(_ other: SourceRange) -> Bool {
        start < other.end && other.start < end || (isEmpty && other.contains(start)) || (other.isEmpty && contains(other.start))
    }

    public func union(_ other: SourceRange) -> SourceRange {
        SourceRange(min(start, other.start), max(end, other.end))
    }

    public static func < (lhs: SourceRange, rhs: SourceRange) -> Bool {
        (lhs.start, lhs.end) < (rhs.start, rhs.end)
    }

    public var description: String { "\(start)..<\(end)" }
}
