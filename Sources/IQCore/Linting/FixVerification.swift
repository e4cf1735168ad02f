/// The fix engine's safety net: what a fix changed in the rendered document that its
/// applicability does not allow. A safe fix keeps every link destination (except the rewrites
/// its rule documents), every word and the block around each word, and every line break, task
/// box and thematic break; an unsafe fix keeps every
/// word and destination but may move words between blocks, as long as text stays text and
/// code stays code (a list item whose lines fall out of the list into an indented code block
/// is lost to the reader). `nil` means the fix keeps what it must.
public enum FixVerification {
    public static func problem(before: RenderedContent, after: RenderedContent,
                               rewrites allRewrites: [DestinationRewrite], applicability: Applicability) -> String? {
        // A round of 300 fixes of one rule documents one rewrite 300 times: each is read once.
        // A dead anchor's repair stands for one link each time: 33 links to `#Collections-Pro`
        // repaired in one round are 33 repairs.
        var seen = Set<DestinationRewrite>()
        let rewrites = allRewrites.filter { rewrite in
            if case .repairDeadAnchor = rewrite { return true }
            return seen.insert(rewrite).inserted
        }
        var missing = difference(before.destinations, after.destinations)
        var added = difference(after.destinations, before.destinations)
        // Words a documented destination rewrite takes away (a bare URL shows its destination).
        var allowance: [String: Int] = [:]
        // Joined destinations: the pieces a line break had split off are part of them now.
        var joined: [String] = []
        // Candidates share the old destination's address without scheme, query and fragment;
        // a join changes that address too, so joins also look at every new destination.
        let sortedAdded = added.keys.sorted()
        var buckets: [String: [String]] = [:]
        for destination in sortedAdded { buckets[address(of: destination), default: []].append(destination) }
        let scansAll = rewrites.contains(.joinDestination) && missing.count * sortedAdded.count <= 1_000_000
        let addedWebAddresses = sortedAdded.filter { !$0.hasPrefix("#") }
        // Longest first: when two broken destinations are joined in one round, the shown piece
        // `https://arxiv` is a prefix of both joined addresses, and matched first it would take
        // the one that `https://arxiv.org/abs/2106.5677` needs.
        for old in missing.keys.sorted(by: { ($0.utf8.count, $1) > ($1.utf8.count, $0) }) {
            for _ in 0..<(missing[old] ?? 0) {
                // A followed redirect may change the address itself, so its target is a candidate too.
                let redirected = rewrites.compactMap { rewrite -> String? in
                    if case .followPermanentRedirect(let from, let to) = rewrite, from == old { to } else { nil }
                }
                // A joined destination is a web address: a same-document anchor a rule repaired
                // (`#a` to `#a-1`) is left for the repair below, which allows its entry's words to go.
                let endsOrRewritesMarks = rewrites.contains(.endBeforeSentence) || rewrites.contains(.endBeforeFullWidthMark) || rewrites.contains(.writeASCIIMark)
                let joinCandidates = (scansAll || endsOrRewritesMarks) && !old.hasPrefix("#") ? addedWebAddresses : []
                let candidates = (buckets[address(of: old)] ?? []) + redirected + joinCandidates
                // The candidate sharing the longest beginning with the old destination is tried
                // first: three hundred links to one site share its address, and their query tells
                // them apart.
                let likeliest = candidates.max { commonPrefixLength(old, $0) < commonPrefixLength(old, $1) }
                let tryFirst = likeliest.flatMap { added[$0] != nil && isAllowed(from: old, to: $0, by: rewrites) ? $0 : nil }
                guard let new = tryFirst ?? candidates.first(where: { added[$0] != nil && isAllowed(from: old, to: $0, by: rewrites) }) else { break }
                remove(new, from: &added)
                remove(old, from: &missing)
                // A bare URL shows its destination: the words of the old one may go. A joined
                // destination stops being shown at all, so the new one's words may go too.
                let joins = rewrites.contains(.joinDestination)
                if joins { joined.append(new.removingPercentEncoding()) }
                let shown = counts(RenderedContent.words(of: old) + (joins ? RenderedContent.words(of: new) : []))
                let removed = joins ? shown : difference(shown, counts(RenderedContent.words(of: new)))
                for (word, count) in removed { allowance[word, default: 0] += count }
            }
        }
        // A joined destination that was no link at all before: its pieces were text.
        if rewrites.contains(.joinDestination) { joined += added.keys.map { $0.removingPercentEncoding() } }
        // Dead anchor links a rule repairs: retargeted to another anchor, or removed with their text.
        let missingByDecoded = Dictionary(missing.keys.map { ($0.removingPercentEncoding(), $0) }, uniquingKeysWith: { first, _ in first })
        var anchorsAdded = added.keys.filter { $0.hasPrefix("#") }.sorted()[...]
        for case .repairDeadAnchor(let from, let text) in rewrites {
            // Repaired means pointed elsewhere; deleting the dead link with its text is unsafe.
            guard let old = missingByDecoded[from.removingPercentEncoding()], missing[old] != nil else { continue }
            while let first = anchorsAdded.first, added[first] == nil { anchorsAdded = anchorsAdded.dropFirst() }
            let new = anchorsAdded.first
            guard new != nil || applicability == .unsafe else { continue }
            remove(old, from: &missing)
            if let new { remove(new, from: &added) }
            for word in RenderedContent.words(of: text) { allowance[word, default: 0] += 1 }
        }
        if let lost = missing.keys.sorted().first {
            if let replacement = added.keys.sorted().first, missing.count == 1 {
                return "change the link destination '\(lost)' to '\(replacement)'"
            }
            return "remove the link destination '\(lost)'"
        }
        for case .hideShownURL(let url) in rewrites {
            for word in RenderedContent.words(of: url) { allowance[word, default: 0] += 1 }
        }
        for case .becomeListMarker(let marker) in rewrites {
            for word in RenderedContent.words(of: marker) { allowance[word, default: 0] += 1 }
        }
        var wordAllowance = allowance
        let lostWords = difference(before.words, after.words)
        for (word, count) in lostWords.sorted(by: { $0.key < $1.key }) {
            let covered = min(count, wordAllowance[word] ?? 0)
            wordAllowance[word, default: 0] -= covered
            if count > covered, !joined.contains(where: { $0.contains(word) }) { return "remove the word '\(word)'" }
        }
        if let word = difference(after.codeWords, before.codeWords).keys.sorted().first {
            return "turn the text '\(word)' into code"
        }
        if let word = difference(before.codeWords, after.codeWords).keys.sorted().first {
            return "turn the code '\(word)' into text"
        }
        guard applicability == .safe else { return nil }
        // A line break, a task's box or a thematic break shows no word, and is the reader's as much.
        if let mark = difference(before.marks, after.marks).keys.sorted().first { return "remove \(mark)" }
        // A heading edit can move its anchor away from the links that point at it.
        for (fragment, count) in difference(before.landingFragments, after.landingFragments).sorted(by: { $0.key < $1.key })
            where (after.danglingFragments[fragment] ?? 0) > 0 && count > 0 {
            return "make the link '\(fragment)' lead to no heading"
        }
        var placeAllowance = allowance
        for (placed, count) in difference(before.placedWords, after.placedWords).sorted(by: { $0.key < $1.key }) {
            let split = placed.lastIndex(of: " ")!
            let word = String(placed[placed.index(after: split)...])
            let covered = min(count, placeAllowance[word] ?? 0)
            placeAllowance[word, default: 0] -= covered
            if count > covered, !joined.contains(where: { $0.contains(word) }) {
                let place = placed[..<split]
                return "move '\(word)' out of its block (\(place.isEmpty ? "top level" : String(place)))"
            }
        }
        return nil
    }

    /// Whether `rewrites` turn `old` into `new`, one after the other in the order several fix
    /// rounds apply them: a scheme added, `http` upgraded, then a join or removed parameters.
    /// A destination without scheme, query and fragment, lowercased: what a rewrite keeps.
    private static func address(of destination: String) -> String {
        var text = Substring(destination.lowercased())
        for scheme in ["https://", "http://"] where text.hasPrefix(scheme) { text = text.dropFirst(scheme.count) }
        return String(text.prefix { $0 != "?" && $0 != "#" })
    }

    /// How many bytes `a` and `b` share from their start.
    static func commonPrefixLength(_ a: String, _ b: String) -> Int {
        var count = 0
        for (x, y) in zip(a.utf8, b.utf8) {
            guard x == y else { break }
            count += 1
        }
        return count
    }

    /// Whether `destination` starts with a scheme (`mailto:`, `ftp:`): a colon before the first
    /// `/`, `?` or `#`, other than a port's (`localhost:8080/`). A `://` in the query
    /// (`htmlpreview.github.io/?https://…`) is no scheme of this address.
    static func hasScheme(_ destination: String) -> Bool {
        let head = destination.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        guard let colon = head.firstIndex(of: ":") else { return false }
        let after = head[head.index(after: colon)...]
        return colon == head.startIndex || after.isEmpty || !after.allSatisfy { $0.isASCII && $0.isNumber }
    }

    static func isAllowed(from old: String, to new: String, by rewrites: [DestinationRewrite]) -> Bool {
        var current = old
        if rewrites.contains(.addHTTPSScheme), !hasScheme(current), new.hasPrefix("https://") { current = "https://" + current }
        if rewrites.contains(.upgradeToHTTPS), current.lowercased().hasPrefix("http://"), new.hasPrefix("https://") {
            current = "https://" + current.dropFirst(7)
        }
        if current == new { return current != old }
        // A joined destination is a web address; an anchor that only grew (`#a-参` to `#a-参考`)
        // was repaired, and that repair grants its own allowance.
        if rewrites.contains(.joinDestination), !old.hasPrefix("#") {
            let joinedOld = withoutWhitespace(current), joinedNew = withoutWhitespace(new)
            if !joinedOld.isEmpty, joinedNew.hasPrefix(joinedOld) { return true }
        }
        if rewrites.contains(.endBeforeSentence), endsBeforeSentence(current, new) { return true }
        if rewrites.contains(.dropRepeatedPrefix), current.hasSuffix(new), let scheme = new.range(of: "://"),
           case let prefix = current.dropLast(new.count), prefix.hasSuffix("/"),
           prefix.dropLast().lowercased().hasSuffix(new[scheme.upperBound...].prefix { $0 != "/" }.lowercased()) { return true }
        if rewrites.contains(.endBeforeFullWidthMark), endsBeforeFullWidthMark(current, new) { return true }
        if rewrites.contains(.writeASCIIMark), writesASCIIMark(current, new) { return true }
        for case .removeQueryParameters(let names) in rewrites where removesOnly(names, from: current, to: new) { return true }
        for case .followPermanentRedirect(let from, let to) in rewrites where old == from && new == to { return true }
        return false
    }

    /// `new` is `old` up to a CJK sentence mark that begins the rest (both percent-decoded).
    private static func endsBeforeSentence(_ old: String, _ new: String) -> Bool {
        let (old, new) = (old.removingPercentEncoding(), new.removingPercentEncoding())
        guard !new.isEmpty, old.hasPrefix(new), let mark = old.dropFirst(new.count).first else { return false }
        return DestinationRewrite.sentenceMarks.contains(mark)
    }

    /// `new` is `old` up to the text the address ran on into (both percent-decoded): a
    /// full-width punctuation mark begins the rest, or follows ASCII punctuation (`x)。`), or
    /// the rest opens with a `)` of the text (`…com)和公众号(Hollis)中，…`) and holds one.
    private static func endsBeforeFullWidthMark(_ old: String, _ new: String) -> Bool {
        let (old, new) = (old.removingPercentEncoding(), new.removingPercentEncoding())
        guard !new.isEmpty, old.hasPrefix(new) else { return false }
        let whole = old.dropFirst(new.count)
        let rest = whole.drop { ".,;:!?*_~'\")".contains($0) }
        if rest.first.map(DestinationRewrite.isFullWidthPunctuation) ?? false { return true }
        // `…/abs/1505.00387来自…`: a number's end, and the sentence's first ideograph.
        if let last = new.last, last.isASCII, last.isNumber, let first = whole.first?.unicodeScalars.first,
           (0x4E00...0x9FFF).contains(first.value) || (0x3400...0x4DBF).contains(first.value) { return true }
        // `http://example.comから始まる…`: a bare host (no path), and words glued to it.
        if let last = new.last, last.isASCII, last.isLetter, let scheme = new.range(of: "://"), !new[scheme.upperBound...].contains("/"),
           let first = whole.first?.unicodeScalars.first, RenderedContent.isCJK(first) { return true }
        return whole.first == ")" && whole.contains(where: DestinationRewrite.isFullWidthPunctuation)
    }


    /// `new` is `old` with one full-width mark written as the ASCII one it stands for.
    private static func writesASCIIMark(_ old: String, _ new: String) -> Bool {
        let (old, new) = (Array(old.removingPercentEncoding()), Array(new.removingPercentEncoding()))
        guard old.count == new.count else { return false }
        let differences = zip(old, new).filter { $0 != $1 }
        return differences.count == 1 && DestinationRewrite.asciiMarks[differences[0].0] == differences[0].1
    }

    private static func withoutWhitespace(_ text: String) -> String {
        text.replacing("%20", with: "").replacing("%0A", with: "").filter { !$0.isWhitespace }
    }

    /// `new` is `old` with some `key=value` query parameters named in `names` removed (and empty
    /// ones, `&&`, which carry nothing).
    private static func removesOnly(_ names: Set<String>, from old: String, to new: String) -> Bool {
        func parts(_ url: String) -> (base: Substring, query: [Substring], fragment: Substring?) {
            let hash = url.firstIndex(of: "#")
            let main = url[..<(hash ?? url.endIndex)]
            let fragment = hash.map { url[url.index(after: $0)...] }
            guard let question = main.firstIndex(of: "?") else { return (main, [], fragment) }
            let query = main[main.index(after: question)...].split(separator: "&", omittingEmptySubsequences: false)
            return (main[..<question], query, fragment)
        }
        let before = parts(old), after = parts(new)
        guard before.base == after.base, before.fragment == after.fragment else { return false }
        var remaining = after.query[...]
        for parameter in before.query {
            if remaining.first == parameter { remaining = remaining.dropFirst(); continue }
            if parameter.isEmpty { continue }
            guard let equals = parameter.firstIndex(of: "="), names.contains(parameter[..<equals].lowercased()) else { return false }
        }
        return remaining.isEmpty
    }

    private static func counts(_ words: [String]) -> [String: Int] {
        words.reduce(into: [:]) { $0[$1, default: 0] += 1 }
    }

    private static func difference(_ lhs: [String: Int], _ rhs: [String: Int]) -> [String: Int] {
        var result: [String: Int] = [:]
        for (key, count) in lhs where count > (rhs[key] ?? 0) { result[key] = count - (rhs[key] ?? 0) }
        return result
    }

    private static func remove(_ key: String, from counts: inout [String: Int]) {
        guard let count = counts[key] else { return }
        counts[key] = count > 1 ? count - 1 : nil
    }
}

extension String {
    /// `%XX` sequences decoded as UTF-8; invalid ones stay as written.
    func removingPercentEncoding() -> String {
        guard contains("%") else { return self }
        var bytes: [UInt8] = []
        var utf8 = Array(self.utf8)[...]
        while let byte = utf8.first {
            if byte == UInt8(ascii: "%"), utf8.count >= 3,
               let value = UInt8(String(decoding: utf8.dropFirst().prefix(2), as: UTF8.self), radix: 16) {
                bytes.append(value)
                utf8 = utf8.dropFirst(3)
            } else {
                bytes.append(byte)
                utf8 = utf8.dropFirst()
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
