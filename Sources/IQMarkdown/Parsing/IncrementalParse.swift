import CThreadArena

/// Parses a version of a document beside an already parsed version of it (pull-request mode's
/// base version, beside the change's version): only the chunks that no chunk of the parsed
/// version holds byte for byte are parsed (see ``ChunkMatching``); every other chunk takes the
/// parsed version's blocks, moved by the difference in bytes, lines, headings and lists before
/// it. Two edits far apart in a large bank parse two chunks, not everything between them.
///
/// A document that may hold a link reference definition has no chunks, and is parsed whole.
enum IncrementalParse {
    /// The document of `source`, reusing `parsed` (another version of it); nil when the chunks
    /// to parse are over `maximumReparsedShare` of `source`, or nothing can be reused.
    static func document(of source: SourceText, reusing parsed: Document, maximumReparsedShare: Double = 0.5) -> Document? {
        guard parsed.nestingLimitRange == nil else { return nil }
        if source.bytes == parsed.source.bytes { return Document(source: source, blocks: parsed.blocks) }
        guard let pieces = ChunkMatching.pieces(of: source, in: parsed.source) else { return nil }
        let reparsed = pieces.reduce(0) { $0 + ($1.match == nil ? $1.range.end - $1.range.start : 0) }
        guard Double(reparsed) <= maximumReparsedShare * Double(source.bytes.count) else { return nil }

        let blockStarts = parsed.blocks.map(\.range.start)
        let headingStarts = parsed.headings.map(\.range.start), listStarts = parsed.lists.map(\.range.start)
        var blocks: [Block] = []
        blocks.reserveCapacity(parsed.blocks.count)
        var headingCount = 0, listCount = 0
        var nestingLimitRange: SourceRange?
        // Unmatched chunks in a row are parsed as one piece (they end at split points).
        var unmatchedStart: Int?
        func parseUnmatched(upTo end: Int) {
            guard let start = unmatchedStart else { return }
            unmatchedStart = nil
            let part = CmarkConverter.parse(DocumentChunks.Chunk(range: SourceRange(start, end), firstLine: source.line(containing: start)),
                                            source: source)
            thread_arena_release()
            blocks += part.blocks.map { $0.offsettingIndexes(headings: headingCount, lists: listCount) }
            headingCount += part.headingCount
            listCount += part.listCount
            nestingLimitRange = nestingLimitRange ?? part.nestingLimitRange
        }
        for piece in pieces {
            guard let otherStart = piece.match else {
                unmatchedStart = unmatchedStart ?? piece.range.start
                continue
            }
            parseUnmatched(upTo: piece.range.start)
            let otherEnd = otherStart + piece.range.end - piece.range.start
            let headingsBefore = firstIndex(atOrAfter: otherStart, in: headingStarts), listsBefore = firstIndex(atOrAfter: otherStart, in: listStarts)
            let shift = BlockShift(bytes: piece.range.start - otherStart,
                                   lines: source.line(containing: piece.range.start) - parsed.source.line(containing: otherStart),
                                   headings: headingCount - headingsBefore, lists: listCount - listsBefore)
            let reused = parsed.blocks[firstIndex(atOrAfter: otherStart, in: blockStarts)..<firstIndex(atOrAfter: otherEnd, in: blockStarts)]
            if shift.isNone { blocks += reused } else { blocks += reused.lazy.map { $0.shifted(by: shift) } }
            headingCount += firstIndex(atOrAfter: otherEnd, in: headingStarts) - headingsBefore
            listCount += firstIndex(atOrAfter: otherEnd, in: listStarts) - listsBefore
        }
        parseUnmatched(upTo: source.bytes.count)
        return Document(source: source, blocks: blocks, nestingLimitRange: nestingLimitRange)
    }

    /// The first index of `starts` (ascending) whose value is at least `offset`.
    private static func firstIndex(atOrAfter offset: Int, in starts: [Int]) -> Int {
        starts.partitionIndex { $0 >= offset }
    }
}
