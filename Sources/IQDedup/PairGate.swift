/// A few bytes per text that reject most candidate pairs before they are stored, sorted and
/// verified: on a 100k-item bank the searches find millions of pairs of texts built on one
/// template ("X的优点和缺点", "Y的优点和缺点"), which share the template's common bigrams and
/// differ in the rare name that carries most of the weight.
///
/// A pair passes when the verifier could report it (`PairVerifier`): the intents are
/// compatible, and either
/// - *similar* is possible: the numbers agree (when they must), and neither text has more than
///   `1 - threshold` of its own weight in features the other lacks (the weighted Jaccard
///   similarity is at most the shared weight over either text's weight), or
/// - *contained* is possible: both texts are long enough, and the lighter text (by total
///   weight) has at most `1 - containment` of its weight in features the heavier one lacks.
///
/// What a text lacks is bounded from below with a 64-bit mask of each text's features (one
/// bit per feature, by a hash of its rank): a feature whose bit is not in the other text's mask
/// is surely not in it. Each text keeps its `heavyCount` heaviest features with their share of
/// its weight, rounded down to 1/256; the shares of those whose bits the other mask lacks add
/// up to at most what is really missing, so the gate only rejects pairs the verifier
/// rejects. A bit present by collision only lets a pair through to the exact check. The limits
/// carry a margin far above floating-point rounding.
struct PairGate {
    static let heavyCount = 7

    /// 32 bytes, two to a cache line: the gate is bound by fetching them.
    struct Item {
        /// Bits of every feature.
        fileprivate var features: UInt64 = 0
        /// Bytes 0–6: bit numbers (0–63) of the heaviest features (unused ones hold bit 0 with
        /// a share of 0); byte 7: `QuestionIntent.withoutRedundantWhat`.
        fileprivate var heavyBitsAndIntent: UInt64 = 0
        /// Bytes 0–6: their shares of the total weight in 1/256, rounded down, heaviest first;
        /// byte 7: `emptyFlag`, `longEnoughFlag`.
        fileprivate var heavySharesAndFlags: UInt64 = 0
        /// The low half of the number fingerprint: different halves, different numbers.
        fileprivate var numberFingerprint: UInt32 = 0
        /// Only tells which text is lighter; where rounding could swap two, their weights are
        /// within 1e-7 of each other, far inside the margin.
        fileprivate var totalWeight: Float = 0

        fileprivate static let emptyFlag: UInt64 = 1 << 56
        fileprivate static let longEnoughFlag: UInt64 = 2 << 56

        fileprivate var intent: UInt8 { UInt8(truncatingIfNeeded: heavyBitsAndIntent >> 56) }
        fileprivate var isEmpty: Bool { heavySharesAndFlags & Self.emptyFlag != 0 }
        fileprivate var isLongEnoughForContainment: Bool { heavySharesAndFlags & Self.longEnoughFlag != 0 }

        /// Whether the features of this text missing from a text with feature mask `other`
        /// surely weigh more than `limit` 1/256 of its weight. Heaviest first, so a missing
        /// rare name decides at the first feature.
        @inline(__always)
        fileprivate func misses(moreThan limit: Int, from other: UInt64) -> Bool {
            var missing = 0
            var bits = heavyBitsAndIntent, shares = heavySharesAndFlags & 0x00FF_FFFF_FFFF_FFFF
            while shares != 0 {
                let absent = (other >> (bits & 63)) & 1 ^ 1
                missing &+= Int(truncatingIfNeeded: (shares & 0xFF) &* absent)
                if missing > limit { return true }
                bits >>= 8
                shares >>= 8
            }
            return false
        }
    }

    private let items: [Item]
    private let numbersMustMatch: Bool
    private let containmentPossible: Bool
    /// The most a text may miss, in 1/256 of its weight, for each route.
    private let similarLimit: Int
    private let containedLimit: Int

    /// Relative slack on the weight limits: the verifier's sums may differ from the exact ones
    /// by rounding (about 1e-15 of the total) and it allows 1e-9 on its ratios.
    static let margin = 1e-6

    init(corpus: ShingledCorpus, ranking: BigramRanking, configuration: DedupConfiguration) {
        numbersMustMatch = configuration.numbersMustMatch
        // The verifier allows 1e-9 on the containment: above that, nothing can be contained.
        containmentPossible = configuration.containment <= 1 + Self.margin
        // A missing share (rounded down) above these is surely above the limit.
        similarLimit = Int(((1 - configuration.threshold + Self.margin) * 256).rounded(.down))
        containedLimit = Int((max(0, 1 - configuration.containment + Self.margin) * 256).rounded(.down))
        var items = [Item](repeating: Item(), count: ranking.count)
        var heaviest: [(weight: Double, bit: UInt64)] = []
        ranking.ranks.withUnsafeBufferPointer { ranks in
            ranking.weights.withUnsafeBufferPointer { weights in
                for index in 0..<ranking.count {
                    var item = Item()
                    let total = ranking.totalWeights[index]
                    item.totalWeight = Float(total)
                    heaviest.removeAll(keepingCapacity: true)
                    for position in ranking.offsets[index]..<ranking.offsets[index + 1] {
                        let rank = ranks[position]
                        let bit = Self.bitNumber(of: rank)
                        item.features |= 1 << bit
                        heaviest.append((weights[Int(rank)], bit))
                    }
                    if total > 0 {
                        heaviest.sort { $0.weight > $1.weight }
                        for (slot, feature) in heaviest.prefix(Self.heavyCount).enumerated() {
                            let share = min(255, UInt64((feature.weight / total * 256).rounded(.down)))
                            item.heavyBitsAndIntent |= feature.bit << (8 * UInt64(slot))
                            item.heavySharesAndFlags |= share << (8 * UInt64(slot))
                        }
                    }
                    item.heavyBitsAndIntent |= UInt64(corpus.intents[index].withoutRedundantWhat.rawValue) << 56
                    if ranking.size(of: index) == 0 { item.heavySharesAndFlags |= Item.emptyFlag }
                    if Int(corpus.characterCounts[index]) >= configuration.minContainmentLength { item.heavySharesAndFlags |= Item.longEnoughFlag }
                    item.numberFingerprint = UInt32(truncatingIfNeeded: corpus.numberFingerprints[index])
                    items[index] = item
                }
            }
        }
        self.items = items
    }

    @inline(__always)
    private static func bitNumber(of rank: Int32) -> UInt64 {
        (UInt64(UInt32(bitPattern: rank)) &* 0x9E37_79B9_7F4A_7C15) >> 58
    }

    /// What the gate knows of `index`: a search that pairs each item with many others fetches
    /// it once.
    @inline(__always)
    func item(_ index: Int) -> Item {
        items.withUnsafeBufferPointer { $0[index] }
    }

    /// Whether the verifier could report the pair of `a` and `b`.
    @inline(__always)
    func passes(_ a: Int, _ b: Int) -> Bool {
        passes(item(a), item(b))
    }

    @inline(__always)
    func passes(_ x: Item, _ y: Item) -> Bool {
        guard !x.isEmpty, !y.isEmpty, Self.compatible(x.intent, y.intent) else { return false }
        if !numbersMustMatch || x.numberFingerprint == y.numberFingerprint,
           !x.misses(moreThan: similarLimit, from: y.features), !y.misses(moreThan: similarLimit, from: x.features) {
            return true
        }
        guard containmentPossible, x.isLongEnoughForContainment, y.isLongEnoughForContainment else { return false }
        let (lighter, heavier) = x.totalWeight <= y.totalWeight ? (x, y) : (y, x)
        return !lighter.misses(moreThan: containedLimit, from: heavier.features)
    }

    /// `QuestionIntent.isCompatible(with:)` on `withoutRedundantWhat` values.
    @inline(__always)
    private static func compatible(_ a: UInt8, _ b: UInt8) -> Bool {
        let open = QuestionIntent.what.rawValue | QuestionIntent.list.rawValue
        return a == b || (a == 0 && b & ~open == 0) || (b == 0 && a & ~open == 0)
    }
}
