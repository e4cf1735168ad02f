/// What a search found: the pairs, and every text as the engine compared it (normalised), so
/// that whoever judges the pairs reads the same normalised text without normalising again.
public struct DuplicateSearch: Sendable {
    /// As ``NearDuplicateFinder/pairs(in:keeping:)`` returns them.
    public let pairs: [DuplicatePair]
    private let scalars: [UInt32]
    private let offsets: [Int]

    init(pairs: [DuplicatePair], corpus: ShingledCorpus?) {
        self.pairs = pairs
        scalars = corpus?.normalizedScalars ?? []
        offsets = corpus?.normalizedOffsets ?? [0]
    }

    /// The normalised form of text `index` (as ``TextNormalizer/normalize(_:)`` gives it).
    public func normalizedText(_ index: Int) -> String {
        var text = String.UnicodeScalarView()
        text.append(contentsOf: scalars[offsets[index]..<offsets[index + 1]].lazy.compactMap(Unicode.Scalar.init))
        return String(text)
    }
}
