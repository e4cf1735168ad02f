import IQConcurrency
import Foundation

/// Normalised texts and their bigram sets, each kept in one flat buffer with offsets.
struct ShingledCorpus {
    private(set) var normalizedScalars: [UInt32] = []
    private(set) var normalizedOffsets: [Int] = [0]
    private(set) var shingles: [UInt64] = []
    private(set) var shingleOffsets: [Int] = [0]
    /// Characters of each normalised text, not counting the spaces kept between English words.
    private(set) var characterCounts: [Int32] = []
    /// A hash of the numbers in each normalised text, in order: "llama2" and "llama3" differ here.
    private(set) var numberFingerprints: [UInt64] = []
    /// What each text asks (why, how, compare, what); only texts with the same intent are paired.
    private(set) var intents: [QuestionIntent] = []

    /// How many texts each item stands for (itself and its left-out copies); empty: one each.
    private(set) var copyCounts: [Int32] = []

    var count: Int { shingleOffsets.count - 1 }

    /// The texts the items stand for, copies included.
    var textCount: Int { copyCounts.isEmpty ? count : copyCounts.reduce(0) { $0 + Int($1) } }

    func copies(of item: Int) -> Int32 { copyCounts.isEmpty ? 1 : copyCounts[item] }

    /// Texts are normalised in pieces on every core when there are many (each text on its own,
    /// so the pieces joined in order are what one pass gives).
    init(texts: [String], normalizer: TextNormalizer) {
        self.init(texts: texts, normalizer: normalizer, pieces: WorkPool.pieceCount(texts.count, perPiece: Self.textsPerPiece, perCore: 4))
    }

    /// `pieces` pieces, for tests that compare the joined pieces with one pass.
    init(texts: [String], normalizer: TextNormalizer, pieces pieceCount: Int) {
        guard pieceCount > 1 else {
            self.init(texts: texts[...], normalizer: normalizer)
            return
        }
        var pieces = WorkPool.shared.map(count: pieceCount) { piece in
            let bounds = WorkPool.range(piece, of: pieceCount, covering: texts.count)
            return ShingledCorpus(texts: texts[bounds], normalizer: normalizer)
        }
        self.init()
        normalizedScalars.reserveCapacity(pieces.reduce(0) { $0 + $1.normalizedScalars.count })
        shingles.reserveCapacity(pieces.reduce(0) { $0 + $1.shingles.count })
        // Each piece is freed once copied, so the texts are held about once, not twice.
        for index in pieces.indices {
            let piece = pieces[index]
            pieces[index] = ShingledCorpus()
            let scalarBase = normalizedScalars.count, shingleBase = shingles.count
            normalizedScalars += piece.normalizedScalars
            normalizedOffsets += piece.normalizedOffsets.dropFirst().lazy.map { $0 + scalarBase }
            shingles += piece.shingles
            shingleOffsets += piece.shingleOffsets.dropFirst().lazy.map { $0 + shingleBase }
            characterCounts += piece.characterCounts
            numberFingerprints += piece.numberFingerprints
            intents += piece.intents
        }
    }

    /// Below this many texts a piece costs more to start than it saves.
    static let textsPerPiece = 10_000

    init(texts: ArraySlice<String>, normalizer: TextNormalizer) {
        var scratch = TextNormalizer.Scratch()
        normalizedScalars.reserveCapacity(texts.count * 16)
        shingles.reserveCapacity(texts.count * 16)
        normalizedOffsets.reserveCapacity(texts.count + 1)
        shingleOffsets.reserveCapacity(texts.count + 1)
        for text in texts {
            let start = normalizedScalars.count
            let intent = normalizer.appendNormalized(text, to: &normalizedScalars, scratch: &scratch)
            intents.append(intent)
            normalizedOffsets.append(normalizedScalars.count)
            characterCounts.append(Int32(normalizedScalars[start...].reduce(0) { $0 + ($1 == 0x20 ? 0 : 1) }))
            numberFingerprints.append(Self.numberFingerprint(normalizedScalars[start...]))
            Shingling.appendBigramCodes(of: normalizedScalars[start...], intent: intent, to: &shingles)
            shingleOffsets.append(shingles.count)
        }
    }

    /// The corpus of `items` only, in that order (their data copied, nothing normalised again);
    /// `copyCounts` says how many texts each stands for, so that word weights stay the same.
    func subset(_ items: [Int], copyCounts: [Int32]? = nil) -> ShingledCorpus {
        var result = ShingledCorpus()
        result.copyCounts = copyCounts ?? []
        result.normalizedScalars.reserveCapacity(items.count * 16)
        result.shingles.reserveCapacity(items.count * 16)
        for item in items {
            result.normalizedScalars += normalized(item)
            result.normalizedOffsets.append(result.normalizedScalars.count)
            result.shingles += shingles(of: item)
            result.shingleOffsets.append(result.shingles.count)
            result.characterCounts.append(characterCounts[item])
            result.numberFingerprints.append(numberFingerprints[item])
            result.intents.append(intents[item])
        }
        return result
    }

    private init() {}

    /// Frees the bigram codes once the signatures and the ranking are built from them (the
    /// ranking holds the same sets as ranks); counts and offsets stay.
    mutating func releaseShingles() {
        shingles = []
    }

    /// FNV-1a over the digits, with a separator after each run of digits.
    private static func numberFingerprint(_ text: ArraySlice<UInt32>) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        var inNumber = false
        for scalar in text {
            let isDigit = scalar >= 0x30 && scalar <= 0x39
            if isDigit || inNumber {
                hash = (hash ^ UInt64(isDigit ? scalar : 0x2C)) &* 0x0000_0100_0000_01B3
            }
            inNumber = isDigit
        }
        return hash
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
