import IQMarkdown

/// Replace the bytes of `range` with `replacement`. An empty range inserts.
public struct Edit: Sendable, Hashable {
    public let range: SourceRange
    public let replacement: String

    public init(range: SourceRange, replacement: String) {
        self.range = range
        self.replacement = replacement
    }

    public static func insert(_ text: String, at offset: Int) -> Edit { Edit(range: .empty(at: offset), replacement: text) }
    public static func delete(_ range: SourceRange) -> Edit { Edit(range: range, replacement: "") }
}

/// How sure a fix is to keep the meaning of the document (ruff's model).
public enum Applicability: String, Sendable, Comparable, Codable {
    /// Applied by `--fix`: it cannot change what the document says.
    case safe
    /// Applied only with `--unsafe-fixes`: it changes content or needs a human to confirm.
    case unsafe

    public static func < (lhs: Applicability, rhs: Applicability) -> Bool { lhs == .safe && rhs == .unsafe }
}

/// A change to link destinations that a rule documents for its fix. The fix engine accepts
/// exactly these changes and drops a fix that changes a destination in any other way.
public enum DestinationRewrite: Sendable, Hashable {
    /// Query parameters with these names (lowercase) are removed; each removed one is `key=value`.
    case removeQueryParameters(Set<String>)
    /// `http://` becomes `https://`, nothing else.
    case upgradeToHTTPS
    /// `https://` is put in front of a destination that has no scheme (`www.example.com/a`).
    case addHTTPSScheme
    /// A destination broken by whitespace or a line break is joined: the result is the old
    /// destination without whitespace, or continues it (a bare URL cut off by the break).
    case joinDestination
    /// A same-document link `from` (`#fragment`) that leads to no anchor, or to the earlier of
    /// two headings of one name (a TOC entry repeated for the later one), may point at another
    /// `#fragment`, its text `text` replaced (a stale TOC entry); only an unsafe fix may delete it.
    case repairDeadAnchor(from: String, text: String)
    /// `from` is replaced by `to`, the URL its server permanently redirects to (dead-link, after
    /// checking that the path is the same article).
    case followPermanentRedirect(from: String, to: String)
    /// `[text] (url)` becomes `[text](url)`: the URL, shown as text before, is now only the
    /// destination of `text`; the words of `url` may go from the page (the destination stays).
    case hideShownURL(String)
    /// `2.　b` becomes `2. b`: the text `2.`, followed by a space Markdown does not count, becomes
    /// the marker of a list item; its words may go from the text (the list shows the number).
    case becomeListMarker(String)
    /// A URL that ran on into the sentence after it (`https://a.example/jobs/。如果你是…`) ends
    /// before the sentence's first mark (`。`, `，`, `；`, `！`, `？`); the sentence stays as text.
    case endBeforeSentence
    /// `https://doi.org/https://doi.org/10.5194/…` becomes `https://doi.org/10.5194/…`: an
    /// address written twice loses its first copy (scheme, host and `/`), nothing else.
    case dropRepeatedPrefix
    /// An address that ran on into Chinese text (`http://www.baidu.com：然后返回`) ends before the
    /// first full-width punctuation mark, or before the first ideograph after a number
    /// (`…/abs/1505.00387来自…`); the text stays.
    case endBeforeFullWidthMark
    /// A full-width mark typed for an address's syntax (`s？__biz=`) becomes the ASCII one (`?`).
    case writeASCIIMark

    /// The marks that begin the sentence of `endBeforeSentence`: no address holds them unencoded.
    public static let sentenceMarks: Set<Character> = ["。", "，", "；", "！", "？"]

    /// CJK punctuation (`、。「」【】`) and the full-width forms of ASCII punctuation (`，：？（）`).
    /// Not the letters of the CJK symbols block: `々`, `〆`, `〇` (`https://www.〇〇.jp/`, a
    /// redacted name), the Hangzhou numerals, the kana repeat marks.
    public static func isFullWidthPunctuation(_ character: Character) -> Bool {
        guard let scalar = character.unicodeScalars.first, character.unicodeScalars.count == 1 else { return false }
        switch scalar.value {
        case 0x3005...0x3007, 0x3021...0x302F, 0x3031...0x3035, 0x3038...0x303C: return false
        case 0x3000...0x303F, 0xFF01...0xFF0F, 0xFF1A...0xFF20, 0xFF3B...0xFF40, 0xFF5B...0xFF65: return true
        default: return false
        }
    }

    /// The full-width forms of the characters of an address's syntax, with the ASCII ones meant.
    public static let asciiMarks: [Character: Character] = ["？": "?", "＆": "&", "＝": "=", "／": "/", "＃": "#", "：": ":"]
}

/// A repair: edits applied together or not at all.
public struct Fix: Sendable, Hashable {
    public let title: String
    public let applicability: Applicability
    public let edits: [Edit]
    /// The only destination changes this fix may make (see `DestinationRewrite`).
    public let rewrites: [DestinationRewrite]

    public init(title: String, applicability: Applicability, edits: [Edit], rewrites: [DestinationRewrite] = []) {
        self.title = title
        self.applicability = applicability
        self.edits = edits.sorted { $0.range < $1.range }
        self.rewrites = rewrites
    }

    public static func safe(_ title: String, _ edits: [Edit], rewrites: [DestinationRewrite] = []) -> Fix {
        Fix(title: title, applicability: .safe, edits: edits, rewrites: rewrites)
    }

    public static func unsafe(_ title: String, _ edits: [Edit], rewrites: [DestinationRewrite] = []) -> Fix {
        Fix(title: title, applicability: .unsafe, edits: edits, rewrites: rewrites)
    }

    /// The smallest range covering every edit.
    public var span: SourceRange? {
        guard let first = edits.first else { return nil }
        return edits.dropFirst().reduce(first.range) { $0.union($1.range) }
    }
}
