/// Pairs a caller does not want reported, judged on the normalised texts the search already
/// holds (normalising them again per pair cost as much as the search's own normalisation).
public struct PairFilter: Sendable {
    /// Containment below this similarity is a short text inside a long, different one.
    public var minimumContainedSimilarity: Double
    /// Accepted pairs: the two normalised texts (``TextNormalizer/normalize(_:)``), sorted.
    public var ignoredPairs: Set<[String]>
    /// Pairs whose texts hold different numbers are left out, whatever their kind.
    public var numbersMustMatch: Bool

    public init(minimumContainedSimilarity: Double = 0, ignoredPairs: Set<[String]> = [], numbersMustMatch: Bool = false) {
        self.minimumContainedSimilarity = minimumContainedSimilarity
        self.ignoredPairs = ignoredPairs
        self.numbersMustMatch = numbersMustMatch
    }

    /// The kept pairs, in their order; indices refer to `corpus`.
    func kept(_ pairs: [DuplicatePair], corpus: ShingledCorpus) -> [DuplicatePair] {
        let pairs = pairs.filter { $0.kind != .contained || $0.jaccard >= minimumContainedSimilarity }
        guard !ignoredPairs.isEmpty || numbersMustMatch else { return pairs }
        var texts: [Int: String] = [:]
        func text(_ item: Int) -> String {
            if let known = texts[item] { return known }
            let text = Self.string(corpus.normalized(item))
            texts[item] = text
            return text
        }
        return pairs.filter { pair in
            if !ignoredPairs.isEmpty, ignoredPairs.contains([text(pair.a), text(pair.b)].sorted()) { return false }
            guard numbersMustMatch, pair.kind != .exact else { return true }
            let a = corpus.normalized(pair.a), b = corpus.normalized(pair.b)
            if let runsA = Self.asciiDigitRuns(a), let runsB = Self.asciiDigitRuns(b) { return runsA.elementsEqual(runsB, by: ==) }
            return Self.numbers(in: text(pair.a)) == Self.numbers(in: text(pair.b))
        }
    }

    static func string(_ scalars: ArraySlice<UInt32>) -> String {
        var result = String.UnicodeScalarView()
        result.append(contentsOf: scalars.lazy.compactMap(Unicode.Scalar.init))
        return String(result)
    }

    /// The runs of ASCII digits of a normalised text, read from its scalars; nil when a scalar
    /// next to a digit may join it into one character that is not a digit (a keycap mark after
    /// it, an Arabic number sign before it): `numbers(in:)` then decides on the characters.
    static func asciiDigitRuns(_ text: ArraySlice<UInt32>) -> [ArraySlice<UInt32>]? {
        var runs: [ArraySlice<UInt32>] = []
        var start: Int?
        var previous: UInt32 = 0x20
        for index in text.indices {
            let scalar = text[index]
            defer { previous = scalar }
            if scalar >= 0x30 && scalar <= 0x39 {
                if start == nil {
                    if mayPrecedeInCharacter(previous) { return nil }
                    start = index
                }
                continue
            }
            if let first = start {
                if mayFollowInCharacter(scalar) { return nil }
                runs.append(text[first..<index])
                start = nil
            }
        }
        if let first = start { runs.append(text[first...]) }
        return runs
    }

    /// Whether `scalar` may extend the character of a digit before it: anything but ASCII and
    /// the CJK, kana and Hangul letters that follow numbers in questions ("3代", "2つ").
    private static func mayFollowInCharacter(_ scalar: UInt32) -> Bool {
        !(scalar < 0x80 || (0x3040...0x30FF).contains(scalar) || (0x3400...0x4DBF).contains(scalar)
            || (0x4E00...0x9FFF).contains(scalar) || (0xAC00...0xD7A3).contains(scalar))
    }

    /// Whether `scalar` may be a prepended mark that joins the digit after it (Unicode's
    /// Grapheme_Cluster_Break=Prepend lies within these ranges).
    private static func mayPrecedeInCharacter(_ scalar: UInt32) -> Bool {
        (0x0600...0x08FF).contains(scalar) || scalar == 0x0D4E || (0x11000...0x11FFF).contains(scalar)
    }

    /// The runs of ASCII digits in a normalised text (NFKC made full-width digits ASCII), in
    /// order: `qwen2.5` gives ["2", "5"]. Version numerals (第三代, GPT II) are digits by then; other
    /// CJK numerals such as 一 in 统一 are words, not versions.
    static func numbers(in text: String) -> [String] {
        var runs: [String] = []
        var current = ""
        for character in text {
            if character.isASCII, character.isWholeNumber {
                current.append(character)
            } else if !current.isEmpty {
                runs.append(current)
                current = ""
            }
        }
        if !current.isEmpty { runs.append(current) }
        return runs
    }
}
