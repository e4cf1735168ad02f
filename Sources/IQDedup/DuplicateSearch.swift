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

    /// How many scalars other than spaces the normalised form of text `index` holds, and whether
    /// all of them are ideographs (CJK Unified Ideographs and Extension A): without building it.
    public func normalizedShape(_ index: Int) -> (count: Int, allIdeographs: Bool) {
        var count = 0, allIdeographs = true
        for scalar in scalars[offsets[index]..<offsets[index + 1]] where scalar != 0x20 {
            count += 1
            if !(0x4E00...0x9FFF).contains(scalar) && !(0x3400...0x4DBF).contains(scalar) { allIdeographs = false }
        }
        return (count, allIdeographs)
    }

    /// The normalised form of text `index` (as ``TextNormalizer/normalize(_:)`` gives it).
    public func normalizedText(_ index: Int) -> String {
        var text = String.UnicodeScalarView()
        text.append(contentsOf: scalars[offsets[index]..<offsets[index + 1]].lazy.compactMap(Unicode.Scalar.init))
        return String(text)
    }
}
