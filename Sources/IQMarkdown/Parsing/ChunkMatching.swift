#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The chunks of one version of a document (see ``DocumentChunks``: stretches between ATX
/// headings that follow a blank line, where every open block ends), each with the offset of a
/// chunk of another version that holds the same bytes, when one does.
///
/// A chunk parses to the same blocks wherever it stands (moved by its offset, its first line and
/// the headings and lists before it), so a matched chunk need not be parsed again, and a rule
/// that judges chunks alone finds in it what it found in the other version. A pull request that
/// edits a title near the top of a bank and adds two items near its end leaves every chunk but
/// two matched, however far apart the two are.
enum ChunkMatching {
    struct Piece: Equatable {
        /// The chunk's bytes in the version matched.
        let range: SourceRange
        /// Where the same bytes start in the other version, as a chunk of its own; nil when no
        /// chunk of it holds them.
        let match: Int?
    }

    /// Every chunk of `source` in order, matched against the chunks of `other`; nil when either
    /// has no split point (a document that may hold a link reference definition: a change
    /// anywhere can change links everywhere).
    static func pieces(of source: SourceText, in other: SourceText) -> [Piece]? {
        let splits = DocumentChunks.splitOffsets(of: source), otherSplits = DocumentChunks.splitOffsets(of: other)
        guard !splits.isEmpty, !otherSplits.isEmpty else { return nil }
        let chunks = ranges(splits, count: source.bytes.count), otherChunks = ranges(otherSplits, count: other.bytes.count)
        return source.bytes.withUnsafeBufferPointer { bytes in
            other.bytes.withUnsafeBufferPointer { otherBytes in
                func same(_ range: SourceRange, _ otherRange: SourceRange) -> Bool {
                    // The first chunk only matches the first: front matter and a byte order mark
                    // are read at the start of a document only.
                    guard range.end - range.start == otherRange.end - otherRange.start, (range.start == 0) == (otherRange.start == 0) else { return false }
                    return range.start == range.end
                        || memcmp(bytes.baseAddress! + range.start, otherBytes.baseAddress! + otherRange.start, range.end - range.start) == 0
                }
                func key(_ range: SourceRange, in buffer: UnsafeBufferPointer<UInt8>) -> Int {
                    var hasher = Hasher()
                    hasher.combine(bytes: UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: buffer[range.start..<range.end])))
                    return hasher.finalize()
                }
                // Most chunks follow the chunk the previous one matched: that is tried first, and
                // the other version's chunks are hashed only when a chunk does not.
                var byKey: [Int: [Int]]?
                var next = 0
                return chunks.map { chunk -> Piece in
                    if next < otherChunks.count, same(chunk, otherChunks[next]) {
                        next += 1
                        return Piece(range: chunk, match: otherChunks[next - 1].start)
                    }
                    if byKey == nil {
                        var table: [Int: [Int]] = [:]
                        for (index, otherChunk) in otherChunks.enumerated() { table[key(otherChunk, in: otherBytes), default: []].append(index) }
                        byKey = table
                    }
                    guard let found = byKey?[key(chunk, in: bytes)]?.first(where: { same(chunk, otherChunks[$0]) }) else {
                        return Piece(range: chunk, match: nil)
                    }
                    next = found + 1
                    return Piece(range: chunk, match: otherChunks[found].start)
                }
            }
        }
    }

    /// The chunks between split points (the first from the start, the last to the end).
    private static func ranges(_ splits: [Int], count: Int) -> [SourceRange] {
        var ranges: [SourceRange] = []
        ranges.reserveCapacity(splits.count + 1)
        var start = 0
        for split in splits where split > start {
            ranges.append(SourceRange(start, split))
            start = split
        }
        if start < count || ranges.isEmpty { ranges.append(SourceRange(start, count)) }
        return ranges
    }
}
