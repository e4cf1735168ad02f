/// The chunks of a document a change touched (pull-request mode): a rule whose findings in a
/// chunk depend on that chunk alone need look nowhere else, since everywhere else the version
/// before the change had the same bytes and so the same findings.
///
/// A chunk is a stretch between split points (see ``DocumentChunks``: an ATX heading after a
/// blank line, outside any open fence or HTML block), where every open block ends.
public enum ChangedChunks {
    /// The bytes of `new` from the first chunk whose bytes differ from `old`'s to the end of
    /// the last: outside it, `new` holds `old`'s chunks (moved after it by the difference in
    /// size). Empty when the versions are the same; nil when it cannot be told (a document
    /// without split points, such as one that may hold link reference definitions, where a
    /// change anywhere can change links everywhere).
    public static func region(of new: SourceText, since old: SourceText) -> SourceRange? {
        guard new.bytes != old.bytes else { return SourceRange(0, 0) }
        guard let (start, _, newEnd) = IncrementalParse.region(of: old, against: new) else { return nil }
        return SourceRange(start, newEnd)
    }
}

extension Document {
    /// The same document holding only its top-level blocks that start in `region` (a region of
    /// whole chunks, as ``ChangedChunks/region(of:since:)`` gives), with the same source, so
    /// that offsets and lines stay those of the whole document.
    public func restricted(to region: SourceRange) -> Document {
        Document(source: source, blocks: blocks.filter { region.start <= $0.range.start && $0.range.start < region.end })
    }
}
