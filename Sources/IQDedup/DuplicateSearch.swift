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
        // A plain loop: the lazy `compactMap` this replaced was not specialised and asked the
        // runtime for generic metadata on every call (a pair's findings ask twice).
        var text = String.UnicodeScalarView()
        for value in scalars[offsets[index]..<offsets[index + 1]] {
            if let scalar = Unicode.Scalar(value) { text.append(scalar) }
        }
        return String(text)
    }
}
