/// A few bytes per text that reject most candidate pairs before they are stored, sorted and
/// verified: on a 100k-item bank the searches find millions of pairs of texts built on one
/// template ("X的优点和缺点", "Y的优点和缺点"), which share the template's common bigrams and
/// differ in the rare name that carries most of the weight.
///
/// A pair passes when the verifier could report it (`PairVerifier`): the intents are
/// compatible, and either
/// - *similar* is possible: the numbers agree (when they must), and each text holds every
///   feature of the other that weighs more than `1 - threshold` of that text's total weight
///   (without one, the weighted Jaccard similarity is below the threshold), or
/// - *contained* is possible: both texts are long enough, and the text of the larger total
///   weight holds every feature of the lighter text that weighs more than `1 - containment`
///   of the lighter text's weight.
///
/// "Holds" is tested on a 64-bit mask of each text's features (one bit per feature, by a hash
/// of its rank): a required feature whose bit is missing is surely missing, so the gate only
/// ever rejects pairs the verifier rejects; a bit present by collision lets a pair through to
/// the exact check. The weight limits carry a margin far above floating-point rounding.
struct PairGate {
    private struct Item {
        /// Bits of every feature.
        var features: UInt64 = 0
        /// Bits of the features without which this text cannot be similar to another.
        var requiredForSimilar: UInt64 = 0
        /// Bits of the features without which this text, as the lighter one, cannot be contained.
        var requiredForContained: UInt64 = 0
        var numberFingerprint: UInt64 = 0
        var totalWeight: Double = 0
        /// `QuestionIntent.withoutRedundantWhat`.
        var intent: UInt8 = 0
        var isLongEnoughForContainment = false
        var isEmpty = true
    }

    private let items: [Item]
    private let numbersMustMatch: Bool
    private let containmentPossible: Bool

    /// Relative slack on the weight limits: the verifier's sums may differ from the exact ones
    /// by rounding (about 1e-15 of the total) and it allows 1e-9 on its ratios.
    static let margin = 1e-6

    init(corpus: ShingledCorpus, ranking: BigramRanking, configuration: DedupConfiguration) {
        numbersMustMatch = configuration.numbersMustMatch
        // The verifier allows 1e-9 on the containment: above that, nothing can be contained.
        containmentPossible = configuration.containment <= 1 + Self.margin
        let similarShare = 1 - configuration.threshold + Self.margin
        let containedShare = 1 - configuration.containment + Self.margin
        var items = [Item](repeating: Item(), count: ranking.count)
        ranking.ranks.withUnsafeBufferPointer { ranks in
            ranking.weights.withUnsafeBufferPointer { weights in
                for index in 0..<ranking.count {
                    var item = Item()
                    let total = ranking.totalWeights[index]
                    item.totalWeight = total
                    item.isEmpty = ranking.size(of: index) == 0
                    for position in ranking.offsets[index]..<ranking.offsets[index + 1] {
                        let rank = ranks[position]
                        let bit = Self.bit(of: rank)
                        item.features |= bit
                        let weight = weights[Int(rank)]
                        if weight > similarShare * total { item.requiredForSimilar |= bit }
                        if weight > containedShare * total { item.requiredForContained |= bit }
                    }
                    item.numberFingerprint = corpus.numberFingerprints[index]
                    item.intent = corpus.intents[index].withoutRedundantWhat.rawValue
                    item.isLongEnoughForContainment = Int(corpus.characterCounts[index]) >= configuration.minContainmentLength
                    items[index] = item
                }
            }
        }
        self.items = items
    }

    @inline(__always)
    private static func bit(of rank: Int32) -> UInt64 {
        1 << ((UInt64(UInt32(bitPattern: rank)) &* 0x9E37_79B9_7F4A_7C15) >> 58)
    }

    /// Whether the verifier could report the pair of `a` and `b`.
    @inline(__always)
    func passes(_ a: Int, _ b: Int) -> Bool {
        items.withUnsafeBufferPointer { items in
            let x = items[a], y = items[b]
            guard !x.isEmpty, !y.isEmpty, Self.compatible(x.intent, y.intent) else { return false }
            if !numbersMustMatch || x.numberFingerprint == y.numberFingerprint,
               x.requiredForSimilar & ~y.features == 0, y.requiredForSimilar & ~x.features == 0 {
                return true
            }
            guard containmentPossible, x.isLongEnoughForContainment, y.isLongEnoughForContainment else { return false }
            let (lighter, heavier) = x.totalWeight <= y.totalWeight ? (x, y) : (y, x)
            return lighter.requiredForContained & ~heavier.features == 0
        }
    }

    /// `QuestionIntent.isCompatible(with:)` on `withoutRedundantWhat` values.
    @inline(__always)
    private static func compatible(_ a: UInt8, _ b: UInt8) -> Bool {
        let open = QuestionIntent.what.rawValue | QuestionIntent.list.rawValue
        return a == b || (a == 0 && b & ~open == 0) || (b == 0 && a & ~open == 0)
    }
}
