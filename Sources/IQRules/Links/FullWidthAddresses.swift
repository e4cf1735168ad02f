import IQCore
import IQMarkdown

/// Web addresses broken by full-width punctuation, typed with a Chinese input method:
/// - `https://mp.weixin.qq.com/s？__biz=…`: a `？` for `?` makes the query part of the path;
/// - `请求http://www.baidu.com：然后返回`: GitHub's autolink runs on to the next space, so an
///   address written straight into Chinese text takes the punctuation and the words after it
///   into the address, which then leads nowhere.
enum FullWidthAddresses {
    struct Finding {
        let range: SourceRange
        let message: String
        let fix: Fix?
        var help: [String] = []
        /// `https://example.com/image.jpg"。` in an example prompt, `http://127.0.0.1:8080/health，`
        /// in a tutorial: an address made up to show or of one's own machine, which no reader
        /// follows; an info.
        var isExample = false
    }

    /// Whether a mark between `before` (from the host on) and `after` follows a whole host: the
    /// path has begun, or what follows reads as a query (`a.com？x=1`) rather than the rest of
    /// a host and a path (`baijiahao.b？aidu.com/s?id=1`).
    static func standsAfterTheHost(before: Substring, after: Substring) -> Bool {
        if before.contains("/") { return true }
        let slash = after.firstIndex(of: "/"), equals = after.firstIndex(where: { $0 == "=" || $0 == "&" })
        guard let slash else { return true }
        return equals.map { $0 < slash } ?? false
    }

    /// `8080/x` after `a.com：`: a port's digits, up to the path or the end.
    static func opensAPort(_ after: Substring) -> Bool {
        let digits = after.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty else { return false }
        return after.dropFirst(digits.count).first.map { $0 == "/" } ?? true
    }

    static func findings(in document: Document) -> [Finding] {
        let source = document.source
        var found: [Finding] = []
        for index in document.links.indices {
            let link = document.links[index]
            guard !link.isImage, link.kind == .bareURL || link.kind == .inline else { continue }
            let written = link.kind == .bareURL ? link.range : (link.destinationRange ?? link.range)
            // Most addresses are ASCII: read bytes before building a string.
            guard source.bytes[written.start..<min(written.end, source.bytes.count)].contains(where: { $0 >= 0xE3 && $0 <= 0xEF }) else { continue }
            let address = source.string(in: written)
            let lowered = address.prefix(8).lowercased()
            guard lowered.hasPrefix("http://") || lowered.hasPrefix("https://") || link.kind == .bareURL && lowered.hasPrefix("www."),
                  let hostStart = address.range(of: "://")?.upperBound ?? (lowered.hasPrefix("www.") ? address.startIndex : nil) else { continue }
            let fullWidthMark = address[hostStart...].firstIndex(where: DestinationRewrite.isFullWidthPunctuation)
            // `…/abs/1505.00387来自@张馨宇的技巧`: words glued to a number that ends the address;
            // `www.baidu.com哪个是根域名`: words glued to the host, a domain named in a sentence.
            let joint = link.kind == .bareURL
                ? Self.wordsAfterANumber(in: address[hostStart...]) ?? Self.wordsAfterTheHost(in: address[hostStart...]) : nil
            guard let mark = [fullWidthMark, joint].compactMap({ $0 }).min(), mark > hostStart else { continue }
            let before = address[..<mark], after = address[address.index(after: mark)...]
            let markStart = written.start + before.utf8.count
            let markRange = SourceRange(markStart, markStart + String(address[mark]).utf8.count)
            // `s？__biz=MzA…&mid=…`: the address goes on in ASCII after a lookalike of its syntax.
            // (Inside the host, `baijiahao.b？aidu.com/s?id=…`, the mark stands for no syntax: a
            // typo in the name, whose fix is the author's.)
            // (After Chinese words, `…/2022届暑期实习：https://…`, the mark is the sentence's: the
            // address ran on into them. A `：` stands for `:` only before a port's digits.)
            if mark != joint, let meant = DestinationRewrite.asciiMarks[address[mark]], let next = after.first, next.isASCII, next.isLetter || next.isNumber || next == "_",
               // (A `？` after the query began, or in the fragment, starts no query: `…Nz？IzMg==&mid=…`.)
               address[mark] != "？" || after.contains("=") && !before.contains("?") && !before.contains("#"), address[mark] != "：" || next.isNumber,
               !(before.last?.unicodeScalars.first.map(HanCharacters.isCJKLetter) ?? false) {
                guard Self.standsAfterTheHost(before: address[hostStart..<mark], after: after) || Self.opensAPort(after) else {
                    let host = address[hostStart...].prefix { $0 != "/" }
                    found.append(Finding(
                        range: written,
                        message: "expected an address, found the full-width '\(address[mark])' inside the host '\(host)': the link leads nowhere",
                        fix: nil, help: ["correct the host by hand: the mark may stand for a letter lost there, not for '\(meant)'"]))
                    continue
                }
                found.append(Finding(
                    range: written,
                    message: "expected '\(meant)' in the address, found the full-width '\(address[mark])': the browser reads what follows as part of the path",
                    fix: .unsafe("write '\(meant)'", [Edit(range: markRange, replacement: String(meant))], rewrites: [.writeASCIIMark])))
                continue
            }
            // Only an autolink runs on; an inline link's destination ends where its author closed it.
            // The address before the mark opens with a web host (`https://gith？ub.com`: no address ends there).
            guard link.kind == .bareURL, Self.opensWithHost(before), mark == joint || isRunOn(before: before, mark: address[mark]) else { continue }
            // Right after `](`: the cut-off start of a broken link's destination, which the
            // broken link's own finding covers.
            if BareURLRule.followsBrokenLinkText(link, in: source) { continue }
            // An entry's address running on into a sentence (`- https://a.example/jobs/。如果…`) is bare-url's.
            if mark != joint, DestinationRewrite.sentenceMarks.contains(address[mark]), startsListItem(at: written.start, in: source) { continue }
            // `(https://a.example/x)。`: the `)` closing the text's parenthesis ends no address
            // before the `。`; the address ends before it (and before a trailing `.` or `,`).
            let kept = addressEnd(of: before)
            let end = written.start + kept.utf8.count
            let rest = String(address[kept.endIndex...])
            let shown = rest.quoted(upTo: 12)
            // `<www.a.example>` is no autolink (it needs a scheme): the page would show the brackets.
            let hasScheme = lowered.hasPrefix("http://") || lowered.hasPrefix("https://")
            // `…/hotswapsample中，下面…`: where a page name glued to the sentence's words ends is
            // unknown (`/wiki/C语言` is a page; `sample中` is `sample` and "in"): no fix.
            // `…/b#re　adme40218459`: an ideographic space with the address's letters going on after
            // it split one address (a typo) rather than ending it before a sentence.
            let splitsTheAddress = mark != joint && address[mark] == "\u{3000}" && after.first.map { $0.isASCII && ($0.isLetter || $0.isNumber) } == true
            // `http://a.example/index.html`よりも`http://a.example/`の方がよい。`: a code span's backtick
            // or a second address inside: the author's address ended before them (a backtick lost), not at the mark.
            let holdsMore = kept.contains("`") || kept.ranges(of: "://").count > 1
            let endIsKnown = !endsWithWordsGluedToAName(kept) && !splitsTheAddress && !holdsMore
            let isExample = BareURLRule.isExampleAddress(String(kept))
            found.append(Finding(
                range: written,
                message: "the web address runs on into '\(shown)': GitHub's autolink takes the text up to the next space, and the address leads nowhere"
                    + (isExample ? " (an example's or a local address, which no reader follows)" : ""),
                fix: hasScheme && endIsKnown
                    ? .unsafe("end the address before '\(rest.prefix(1))' with '<…>'",
                              [.insert("<", at: written.start), .insert(">", at: end)], rewrites: [.endBeforeFullWidthMark])
                    : nil,
                help: hasScheme && endIsKnown ? []
                    : hasScheme ? ["end the address where its page name ends, with '<…>' around it or a space after it"]
                    : ["end the address with a space, or write it in backticks when it is named rather than linked"],
                isExample: isExample))
        }
        return found
    }

    /// The address within `text`: without the punctuation that ends a sentence (`.`, `,`, `;`,
    /// `:`, `!`, `?`, `*`, `_`, `~`) or a `)` it does not open, as GitHub's autolinks leave them.
    static func addressEnd(of text: Substring) -> Substring {
        // `http://www.hollischuang.com)和公众号(Hollis)中`: a `)` that closes no `(` of the
        // address is the text's, and the address ends before it.
        var depth = 0
        var kept = text
        for index in text.indices {
            if text[index] == "(" { depth += 1 }
            if text[index] == ")" {
                if depth == 0 { kept = text[..<index]; break }
                depth -= 1
            }
        }
        while let last = kept.last {
            if ".,;:!?*_~'\"".contains(last) {
                kept = kept.dropLast()
            } else if last == ")", kept.count(where: { $0 == ")" }) > kept.count(where: { $0 == "(" }) {
                kept = kept.dropLast()
            } else {
                break
            }
        }
        return kept
    }

    /// The first ideograph written straight after an identifier of five digits or more in the
    /// address's path (`/abs/1505.00387来自…`, `/details/135410610中的`): the identifier ends
    /// there, and the words are the sentence's. A page named in Chinese starts after a `/` or
    /// a letter (`/wiki/水星`, `/wiki/C语言`) or after a year (`/2019年度总结`); the query's
    /// values may hold anything (`?q=2024年`).
    static func wordsAfterANumber(in address: Substring) -> Substring.Index? {
        guard let slash = address.firstIndex(of: "/") else { return nil }
        var digits = 0
        for index in address[slash...].indices {
            let character = address[index]
            if character == "?" || character == "#" { return nil }
            if digits >= 5, HanCharacters.isIdeograph(character) { return index }
            digits = character.isASCII && (character.isNumber || character == ".") ? digits + 1 : 0
        }
        return nil
    }

    /// Whether the address ends in ideographs glued to a Latin name in its last path segment
    /// (`/hotswapsample中`): the ideographs may be the page's name or the sentence's words.
    static func endsWithWordsGluedToAName(_ address: Substring) -> Bool {
        let ideographs = address.reversed().prefix(while: HanCharacters.isIdeograph).count
        guard ideographs > 0, ideographs < address.count else { return false }
        let before = address[address.index(address.endIndex, offsetBy: -ideographs - 1)]
        return before.isASCII && (before.isLetter || before.isNumber)
    }

    /// The first letter of another script written straight after the host, when the address has
    /// no path (`www.baidu.com哪个是根域名`): no host holds it, so the host ends there and the
    /// words are the sentence's. Nil for a host of other scripts (`https://пример.рф`).
    static func wordsAfterTheHost(in address: Substring) -> Substring.Index? {
        let host = address.prefix { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "." || $0 == "_") }
        guard host.contains("."), !host.hasPrefix("."), !host.hasSuffix("."), host.endIndex < address.endIndex else { return nil }
        let next = address[host.endIndex]
        return !next.isASCII && next.isLetter ? host.endIndex : nil
    }

    /// Whether `address` opens, after its scheme, with a host of ASCII labels and a dot
    /// (`www.hollischuang.com)和公众号…`: the text after the host may be anything).
    static func opensWithHost(_ address: Substring) -> Bool {
        let afterScheme = address.range(of: "://").map { address[$0.upperBound...] } ?? address
        let host = afterScheme.prefix { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "." || $0 == "_") }
        return host.contains(".") && !host.hasPrefix(".")
    }

    /// Whether only a list marker (and spaces) stands before `offset` on its line.
    private static func startsListItem(at offset: Int, in source: SourceText) -> Bool {
        let before = source.string(in: SourceRange(source.lineRange(source.line(containing: offset)).start, offset)).trimmedWhitespace
        return ["-", "*", "+"].contains(before) || before.dropLast().allSatisfy(\.isNumber) && (before.hasSuffix(".") || before.hasSuffix(")")) && before.count > 1
    }

    /// `（` may open a part of a title in a page's address (`…/wiki/水星（行星）`): run on only
    /// after a page's name (`x.html（但是…`), a folder's `/`, or a bare host.
    private static func isRunOn(before: Substring, mark: Character) -> Bool {
        guard mark == "（" else { return true }
        let path = before.drop { $0 != "/" }.dropFirst(2).drop { $0 != "/" }
        if path.isEmpty || before.hasSuffix("/") { return true }
        let name = path.split(separator: "/").last ?? ""
        guard let dot = name.lastIndex(of: ".") else { return false }
        return ["html", "htm", "shtml", "php", "asp", "aspx", "jsp", "md", "pdf"].contains(name[name.index(after: dot)...].lowercased())
    }
}
