import IQCore
import IQMarkdown

/// The anchors of one document, ready to be compared with every fragment that leads nowhere:
/// a translated README's table of contents links its English anchors from localised headings,
/// hundreds of links each compared with hundreds of anchors (Levenshtein over `Character`s
/// and Foundation's search took a 33-file repository's lint from 0.7 s to 1.4 s).
///
/// Distances are counted in characters, each anchor read once: every distinct character gets
/// a number (characters that are equal, canonically, share one), so the table compares
/// integers. A candidate whose length alone puts it past the best so far (or past the
/// two-in-five limit, unless it holds the fragment whole) is not compared at all, and a
/// comparison stops once every way through the table is past that bound.
struct NearestAnchors {
    private let anchors: [String]
    private let characters: [[Int]]
    private let numbers: [Character: Int]

    init(_ anchors: [String]) {
        // A heading's anchor that an `<a id>` repeats is one anchor, not two equally near ones.
        var seen = Set<String>()
        let anchors = anchors.filter { seen.insert($0).inserted }
        self.anchors = anchors
        var numbers: [Character: Int] = [:]
        characters = anchors.map { anchor in
            anchor.map { character in
                if let number = numbers[character] { return number }
                numbers[character] = numbers.count
                return numbers.count - 1
            }
        }
        self.numbers = numbers
    }

    /// The anchor with the smallest edit distance from the fragment written as GitHub writes
    /// anchors (`#內容傳遞網路(CDN)` is `內容傳遞網路cdn`); on a tie, one holding the other whole
    /// (`七层负载均衡器` for `七层负载均衡`, not `四层负载均衡`). Nil when none is
    /// near: the nearest must keep most characters (at most two in five changed) or hold the
    /// fragment whole (`#queue-warteschlangen` for `#queue`), or be held by it and tell its
    /// heading (`#lora` for `#lora-原理`; see `isTelling`), else the hint points somewhere unrelated.
    /// An anchor that goes on after the whole fragment (`#linked-list-已全部做完` for
    /// `#linked-list`) is preferred to one two edits or more away (`#linkedin`).
    /// Nil too when two anchors are that near, or two longer ones hold the fragment whole at
    /// about its distance (`#virtual-memory`: `#virtual-memory-usage` and
    /// `#virtual-memory-가상-메모리`): `#q-individuals` is as near to `#a-individuals` as
    /// to `#b-individuals` and `#-individuals`, the sections of other letters, and naming one
    /// would send the reader to the wrong section.
    func nearest(to fragment: String) -> String? {
        if case .nearest(let anchor) = lookUp(fragment) { return anchor }
        return nil
    }

    /// What `nearest(to:)` found: one anchor, two as near (neither named as the one meant), or none.
    enum Lookup: Equatable {
        case nearest(String)
        case tied(String, String)
        case none

        /// Whether `anchor` is the one found or one of the two tied.
        func names(_ anchor: String) -> Bool {
            switch self {
            case .nearest(let found): found == anchor
            case .tied(let first, let second): first == anchor || second == anchor
            case .none: false
            }
        }
    }

    /// ``nearest(to:)``, telling a tie from no anchor near.
    func lookUp(_ fragment: String) -> Lookup {
        let fragment = GitHubSlugger.baseSlug(fragment)
        // A character no anchor has matches none of theirs.
        let fragmentCharacters = fragment.map { numbers[$0] ?? -1 }
        var best: (index: Int, distance: Int, holds: Bool)?
        for index in anchors.indices {
            guard let found = compare(fragment, fragmentCharacters, with: index, keepingUpTo: best, allowingTies: false),
                  best == nil || found.distance < best!.distance || found.distance == best!.distance && found.holds && !best!.holds else { continue }
            best = (index, found.distance, found.holds)
        }
        guard var best else { return .none }
        // `#linked-list` for `## Linked List (已全部做完)`: a heading whose title goes on after the
        // link's text beats an anchor two edits or more away (`#linkedin`), which a typo rarely is.
        if !best.holds, best.distance >= 2 {
            let extended = anchors.indices.filter { anchors[$0].hasPrefix(fragment + "-") }
            if extended.count == 1 {
                best = (extended[0], characters[extended[0]].count - fragmentCharacters.count, true)
            } else if extended.count > 1 {
                return .tied(anchors[extended[0]], anchors[extended[1]])
            }
        }
        // Holding the fragment whole breaks a tie (`七层负载均衡器` for `#七层负载均衡`); being held
        // by it does not: `#q-individuals` holds `#-individuals`, the section of `#`, as near as
        // `#a-individuals`.
        let holdingBreaksTies = best.holds && characters[best.index].count >= fragmentCharacters.count
        // Two longer anchors holding the fragment whole, about as far from it, are two
        // sections it could name: `#virtual-memory` is in `#virtual-memory-usage` (a
        // subsection) and in `#virtual-memory-가상-메모리` (the section, its title translated).
        let heldByLongerBest = best.holds && characters[best.index].count > fragmentCharacters.count
        let nearEnough = best.distance + max(2, best.distance / 2)
        for index in anchors.indices where index != best.index {
            if let other = compare(fragment, fragmentCharacters, with: index, keepingUpTo: best, allowingTies: true),
               other.distance == best.distance, other.holds == best.holds || !holdingBreaksTies {
                return .tied(anchors[best.index], anchors[index])
            }
            if heldByLongerBest, characters[index].count > fragmentCharacters.count, characters[index].count - fragmentCharacters.count <= nearEnough,
               Self.holds(anchors[index], fragment), !Self.isRepeat(anchors[index], of: anchors[best.index]) {
                return .tied(anchors[best.index], anchors[index])
            }
        }
        let found = anchors[best.index]
        // `#rust-deep-learning` holding `#deep-learning`, where `#deep-learning-1`, `-2`, `-3`
        // exist too: one of the sections of that name, which the fragment's other words pick.
        if best.holds, found.count < fragment.count, anchors.contains(found + "-1") { return .tied(found, found + "-1") }
        if !best.holds, Self.namesAnotherThing(fragment, found) { return .none }
        return .nearest(found)
    }

    /// Whether a fragment and the anchor nearest it by edit distance differ in what they name,
    /// not by a typo: a short name (`#gnn` and `#gan`, `#nvs` and `#nas`), or the first word of
    /// several (`#databricks-system-design` and `#palantir-system-design`).
    static func namesAnotherThing(_ fragment: String, _ anchor: String) -> Bool {
        if fragment.count <= 4, anchor.count <= 4, fragment.allSatisfy(\.isASCII) { return true }
        // The first word of several, the rest alike: whose section it is (a company, a language);
        // not a word grown (`unix` and `unixlinux`).
        let (words, others) = (fragment.split(separator: "-"), anchor.split(separator: "-"))
        guard words.count == others.count, words.count >= 2, words.dropFirst().elementsEqual(others.dropFirst()) else { return false }
        let (word, other) = (words[0], others[0])
        guard word.count >= 3, other.count >= 3, !word.contains(other), !other.contains(word) else { return false }
        let distance = editDistance(Array(word), Array(other), atMost: max(word.count, other.count)) ?? max(word.count, other.count)
        return distance * 2 > max(word.count, other.count)
    }

    /// The distance of anchor `index` from the fragment and whether one holds the other, when
    /// it can still matter beside `best`: nearer (or as near, with `allowingTies`, or as near
    /// and holding the other where the best does not).
    private func compare(_ fragment: String, _ fragmentCharacters: [Int], with index: Int,
                         keepingUpTo best: (index: Int, distance: Int, holds: Bool)?, allowingTies: Bool) -> (distance: Int, holds: Bool)? {
        let anchor = anchors[index], anchorCharacters = characters[index]
        let longer = max(fragmentCharacters.count, anchorCharacters.count), shorter = min(fragmentCharacters.count, anchorCharacters.count)
        // The lengths alone put it past the best so far, which even holding the other
        // would not beat.
        if let best, longer - shorter > best.distance { return nil }
        // Only the longer of the two can hold the other (in characters, which canonical
        // equivalence keeps).
        // An anchor held by a longer fragment must say much: `#how-do-you-compare-use-state-and-use-reducer`
        // holds `state`, another answer's heading, by chance (see `isTelling`).
        let holdsTheOther = shorter >= 2 && (anchorCharacters.count >= fragmentCharacters.count
            ? Self.holds(anchor, fragment) : Self.isTelling(anchor, within: longer) && Self.holds(fragment, anchor))
        // The largest distance that can still matter: no more than the best so far (a tie
        // replaces it only when this one holds the other and the best does not), and for
        // a candidate that does not hold the other, at most two in five characters.
        var bound = holdsTheOther ? Int.max : longer * 2 / 5
        if let best { bound = min(bound, allowingTies || holdsTheOther && !best.holds ? best.distance : best.distance - 1) }
        guard bound >= 0, let distance = editDistance(fragmentCharacters, anchorCharacters, atMost: bound) else { return nil }
        return (distance, holdsTheOther)
    }

    /// Whether `anchor` is the anchor GitHub gives a later heading of the same text
    /// (`其他问题-1` after `其他问题`).
    static func isRepeat(_ anchor: String, of first: String) -> Bool {
        guard anchor.hasPrefix(first + "-") else { return false }
        let suffix = anchor.dropFirst(first.count + 1)
        return !suffix.isEmpty && suffix.allSatisfy(\.isASCII) && suffix.allSatisfy(\.isNumber)
    }

    /// Whether `anchor`, held by a fragment of `longer` characters, names its heading rather
    /// than a word of it: half of the fragment, or six characters of several words or of a
    /// script whose characters are words (`#神经语言模型` in `#n-gram-神经语言模型的网络结构`),
    /// not `#state` or `#python` alone.
    static func isTelling(_ anchor: String, within longer: Int) -> Bool {
        let count = anchor.count
        return count * 2 >= longer || count >= 6 && (anchor.contains("-") || anchor.unicodeScalars.contains { !$0.isASCII })
    }

    /// Whether `longer` holds `shorter` as whole words: `lora-原理` holds `lora` and `其他问题`
    /// holds `其他`, but `1466-位操作` does not hold `14` (the number goes on).
    static func holds(_ longer: String, _ shorter: String) -> Bool {
        // `#15` is a number (`<h3 id="15">`), not a part of `为什么是15倍`'s anchor. The byte
        // search turns away most anchors before Foundation's (which gives the range) is asked.
        guard shorter.contains(where: \.isLetter), longer.contains(shorter) else { return false }
        guard let found = longer.range(of: shorter), let first = shorter.first, let last = shorter.last else { return false }
        func continuesWord(_ inside: Character, _ outside: Character?) -> Bool {
            guard let outside else { return false }
            return inside.isASCII && (inside.isLetter || inside.isNumber) && outside.isASCII && (outside.isLetter || outside.isNumber)
        }
        let before = found.lowerBound > longer.startIndex ? longer[longer.index(before: found.lowerBound)] : nil
        let after = found.upperBound < longer.endIndex ? longer[found.upperBound] : nil
        return !continuesWord(first, before) && !continuesWord(last, after)
    }
}
