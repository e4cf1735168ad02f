/// The chunks of a document a change touched (pull-request mode): a rule whose findings in a
/// chunk depend on that chunk alone need look nowhere else, since every other chunk of the new
/// version is a chunk the version before the change held byte for byte, with the same findings.
///
/// A chunk is a stretch between split points (see ``DocumentChunks``: an ATX heading after a
/// blank line, outside any open fence or HTML block), where every open block ends.
public enum ChangedChunks {
    /// The chunks of `new` that no chunk of `old` holds, or that `isChanged` says changed (the
    /// lines git's diff reports, which may align repeated lines elsewhere), adjacent ones
    /// joined, in order. Empty when the versions are the same; nil when it cannot be told (a
    /// document without split points, such as one that may hold link reference definitions,
    /// where a change anywhere can change links everywhere).
    public static func regions(of new: SourceText, since old: SourceText, isChanged: (SourceRange) -> Bool = { _ in false }) -> [SourceRange]? {
        guard new.bytes != old.bytes else { return [] }
        guard let pieces = ChunkMatching.pieces(of: new, in: old) else { return nil }
        var regions: [SourceRange] = []
        for piece in pieces where piece.match == nil || isChanged(piece.range) {
            if let last = regions.last, last.end == piece.range.start {
                regions[regions.count - 1] = SourceRange(last.start, piece.range.end)
            } else {
                regions.append(piece.range)
            }
        }
        return regions
    }
}

extension Document {
    /// The same document holding only its top-level blocks that start in one of `regions` (in
    /// order, of whole chunks, as ``ChangedChunks/regions(of:since:isChanged:)`` gives), with the
    /// same source, so that offsets and lines stay those of the whole document.
    public func restricted(to regions: [SourceRange]) -> Document {
        var next = 0
        return Document(source: source, blocks: blocks.filter { block in
            while next < regions.count, regions[next].end <= block.range.start { next += 1 }
            return next < regions.count && regions[next].start <= block.range.start
        })
    }
}
