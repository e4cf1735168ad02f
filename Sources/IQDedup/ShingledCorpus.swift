/// Normalised texts and their bigram sets, each kept in one flat buffer with offsets.
struct ShingledCorpus {
    private(set) var normalizedScalars: [UInt32] = []
    private(set) var normalizedOffsets: [Int] = [0]
    private(set) var shingles: [UInt64] = []
    private(set) var shingleOffsets: [Int] = [0]
    /// Characters of each normalised text, not counting the spaces kept between English words.
    private(set) var characterCounts: [Int32] = []

    var count: Int { shingleOffsets.count - 1 }

    init(texts: [String], normalizer: TextNormalizer) {
        var scratch = TextNormalizer.Scratch()
        normalizedScalars.reserveCapacity(texts.count * 16)
        shingles.reserveCapacity(texts.count * 16)
        normalizedOffsets.reserveCapacity(texts.count + 1)
        shingleOffsets.reserveCapacity(texts.count + 1)
        for text in texts {
            let start = normalizedScalars.count
            normalizer.appendNormalized(text, to: &normalizedScalars, scratch: &scratch)
            normalizedOffsets.append(normalizedScalars.count)
            characterCounts.append(Int32(normalizedScalars[start...].reduce(0) { $0 + ($1 == 0x20 ? 0 : 1) }))
            Shingling.appendBigramCodes(of: normalizedScalars[start...], to: &shingles)
            shingleOffsets.append(shingles.count)
        }
    }

    func normalized(_ item: Int) -> ArraySlice<UInt32> {
        normalizedScalars[normalizedOffsets[item]..<normalizedOffsets[item + 1]]
    }

    func shingles(of item: Int) -> ArraySlice<UInt64> {
        shingles[shingleOffsets[item]..<shingleOffsets[item + 1]]
    }

    func shingleCount(of item: Int) -> Int {
        shingleOffsets[item + 1] - shingleOffsets[item]
    }
}
