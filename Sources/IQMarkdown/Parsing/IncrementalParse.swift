import CThreadArena

/// Parses a version of a document that differs from an already parsed version in one region
/// (pull-request mode's base version, beside the change's version): only the region is parsed;
/// the blocks before it are the other version's, the blocks after it the other version's moved.
///
/// The bytes both versions share at their start and at their end are found first. The region
/// is then widened to split points (see ``DocumentChunks``: an ATX heading after a blank line,
/// outside any open fence or HTML block) that are split points in both versions, where every
/// open block ends, so the blocks on either side are what a whole parse gives; a document that
/// may hold a link reference definition has none, and is parsed whole. The blocks after the
/// region move by the difference in bytes and lines, and their headings and lists renumber.
enum IncrementalParse {
    /// The document of `source`, reusing `parsed` (another version of it); nil when the region
    /// to parse is over `maximumReparsedShare` of `source`, or nothing can be reused.
    static func document(of source: SourceText, reusing parsed: Document, maximumReparsedShare: Double = 0.5) -> Document? {
        guard parsed.nestingLimitRange == nil else { return nil }
        let bytes = source.bytes, other = parsed.source.bytes
        if bytes == other { return Document(source: source, blocks: parsed.blocks) }
        guard let (start, end, otherEnd) = region(of: source, against: parsed.source),
              Double(end - start) <= maximumReparsedShare * Double(bytes.count) else { return nil }
        let moved = other.count - bytes.count

        let headingsBefore = parsed.headings.count { $0.range.start < start }
        let listsBefore = parsed.lists.count { $0.range.start < start }
        var blocks = parsed.blocks.filter { $0.range.start < start }
        var part = CmarkConverter.Part(blocks: [], headingCount: 0, listCount: 0, nestingLimitRange: nil)
        if end > start {
            _ = CmarkConverter.extensions
            part = CmarkConverter.parse(DocumentChunks.Chunk(range: SourceRange(start, end), firstLine: source.line(containing: start)),
                                        source: source)
            thread_arena_release()
            blocks += part.blocks.map { $0.offsettingIndexes(headings: headingsBefore, lists: listsBefore) }
        }
        if end < bytes.count {
            let shift = BlockShift(bytes: -moved, lines: source.line(containing: end) - parsed.source.line(containing: otherEnd),
                                   headings: headingsBefore + part.headingCount - parsed.headings.count { $0.range.start < otherEnd },
                                   lists: listsBefore + part.listCount - parsed.lists.count { $0.range.start < otherEnd })
            blocks += parsed.blocks.lazy.filter { $0.range.start >= otherEnd }.map { $0.shifted(by: shift) }
        }
        return Document(source: source, blocks: blocks, nestingLimitRange: part.nestingLimitRange)
    }

    /// Where `source` differs from `other`, widened to split points of both: `start` (the same
    /// offset in both), `end` in `source` and `otherEnd` in `other`. Outside it the two are the
    /// same bytes, split alike, so their blocks are the same (moved by the difference in size
    /// after it). Nil when the versions are the same, or when either has no split point (a
    /// document that may hold a link reference definition: a change anywhere can change links
    /// everywhere).
    static func region(of source: SourceText, against other: SourceText) -> (start: Int, end: Int, otherEnd: Int)? {
        let bytes = source.bytes, otherBytes = other.bytes
        guard bytes != otherBytes else { return nil }
        let prefix = commonPrefix(bytes, otherBytes)
        let suffix = commonSuffix(bytes, otherBytes, limit: min(bytes.count, otherBytes.count) - prefix)
        let splits = DocumentChunks.splitOffsets(of: source)
        let otherSplits = Set(DocumentChunks.splitOffsets(of: other))
        guard !splits.isEmpty, !otherSplits.isEmpty else { return nil }
        // The region starts at the last split point whose line lies in the shared start: there,
        // both versions read the same bytes from the beginning, so both split alike.
        let start = splits.last { $0 == 0 || source.lineRange(source.line(containing: $0)).end <= prefix } ?? 0
        guard start == 0 || otherSplits.contains(start) else { return nil }
        // It ends at the first split point of both versions inside the shared end.
        let moved = otherBytes.count - bytes.count
        let end = splits.first { $0 >= start && $0 >= bytes.count - suffix && otherSplits.contains($0 + moved) } ?? bytes.count
        return (start, end, end == bytes.count ? otherBytes.count : end + moved)
    }

    private static func commonPrefix(_ first: [UInt8], _ second: [UInt8]) -> Int {
        first.withUnsafeBufferPointer { a in
            second.withUnsafeBufferPointer { b in
                var index = 0
                let limit = min(a.count, b.count)
                while index < limit, a[index] == b[index] { index += 1 }
                return index
            }
        }
    }

    /// At most `limit` bytes, so that the shared start and end do not overlap.
    private static func commonSuffix(_ first: [UInt8], _ second: [UInt8], limit: Int) -> Int {
        first.withUnsafeBufferPointer { a in
            second.withUnsafeBufferPointer { b in
                var count = 0
                while count < limit, a[a.count - 1 - count] == b[b.count - 1 - count] { count += 1 }
                return count
            }
        }
    }
}
