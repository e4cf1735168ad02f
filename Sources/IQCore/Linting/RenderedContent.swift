import IQMarkdown

/// What a reader sees of a document, read from cmark-gfm's own HTML: every word with the
/// blocks around it (lists, items, quotes, code, headings, tables) and every link destination.
/// The fix engine compares it before and after a fix.
public struct RenderedContent: Sendable {
    /// Words (letter and digit runs; each CJK character alone) and how often they occur.
    public private(set) var words: [String: Int] = [:]
    /// Words keyed by their block path, e.g. `ol>li>ul>li` + word.
    public private(set) var placedWords: [String: Int] = [:]
    /// Words inside code blocks (a `pre` on their path): shown as code, not read as text.
    public private(set) var codeWords: [String: Int] = [:]
    /// `href` of links and `src` of images, entities decoded.
    public private(set) var destinations: [String: Int] = [:]

    /// What the page shows without a word: line breaks (`<br>`), task boxes (checked or not)
    /// and thematic breaks, by kind.
    public private(set) var marks: [String: Int] = [:]

    /// Same-document links (`#fragment`, as written) that land on an anchor, and those that do not.
    public private(set) var landingFragments: [String: Int] = [:]
    public private(set) var danglingFragments: [String: Int] = [:]

    public init(_ source: SourceText) {
        self.init(html: MarkdownParser.renderHTML(source))
        let document = MarkdownParser.parse(source)
        for link in document.links {
            guard let fragment = link.fragmentOnly else { continue }
            if document.anchors.contains(fragment: fragment) {
                landingFragments[link.destination, default: 0] += 1
            } else {
                danglingFragments[link.destination, default: 0] += 1
            }
        }
    }

    init(html: String) {
        let scalars = Array(html.unicodeScalars)
        var path: [String] = []
        var text = ""
        var index = 0
        while index < scalars.count {
            guard scalars[index] == "<" else {
                text.unicodeScalars.append(scalars[index])
                index += 1
                continue
            }
            add(text: text, path: path)
            text = ""
            if Self.starts(scalars, at: index, with: "<!--") {
                index = Self.find(scalars, "-->", from: index + 4).map { $0 + 3 } ?? scalars.count
                continue
            }
            let end = Self.find(scalars, ">", from: index) ?? scalars.count
            let tag = String(String.UnicodeScalarView(scalars[(index + 1)..<end]))
            index = end + 1
            handle(tag: tag, path: &path)
        }
        add(text: text, path: path)
    }

    private static let structural: Set<String> = [
        "ol", "ul", "li", "blockquote", "pre", "h1", "h2", "h3", "h4", "h5", "h6",
        "table", "thead", "tbody", "tr", "th", "td",
    ]

    private mutating func handle(tag: String, path: inout [String]) {
        let isClosing = tag.hasPrefix("/")
        let body = isClosing ? tag.dropFirst() : Substring(tag)
        let name = String(body.prefix { !$0.isWhitespace && $0 != "/" && $0 != ">" }).lowercased()
        if isClosing {
            if Self.structural.contains(name), let last = path.lastIndex(of: name) { path.removeSubrange(last...) }
            return
        }
        if name == "a", let href = Self.attribute("href", in: tag) { destinations[href, default: 0] += 1 }
        switch name {
        case "br": marks["a line break", default: 0] += 1
        case "hr": marks["a thematic break", default: 0] += 1
        case "input" where tag.contains("type=\"checkbox\""):
            marks[tag.contains("checked") ? "a checked task box" : "a task box", default: 0] += 1
        default: break
        }
        if name == "img" {
            if let source = Self.attribute("src", in: tag) { destinations[source, default: 0] += 1 }
            if let alt = Self.attribute("alt", in: tag) { add(text: alt, path: path) }
        }
        if Self.structural.contains(name), !tag.hasSuffix("/") { path.append(name) }
    }

    private mutating func add(text: String, path: [String]) {
        guard !text.isEmpty else { return }
        let place = path.joined(separator: ">")
        let isCode = path.contains("pre")
        for word in Self.words(of: Self.decodeEntities(text)) {
            words[word, default: 0] += 1
            placedWords[place + " " + word, default: 0] += 1
            if isCode { codeWords[word, default: 0] += 1 }
        }
    }

    /// Letter and digit runs; each CJK character is a word of its own, so whitespace between
    /// CJK characters (which a joined line adds or removes) never changes the words.
    public static func words(of text: String) -> [String] {
        var result: [String] = []
        var current = ""
        for scalar in text.unicodeScalars {
            if isCJK(scalar) {
                if !current.isEmpty { result.append(current); current = "" }
                result.append(String(scalar))
            } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                current.unicodeScalars.append(scalar)
            } else if !current.isEmpty {
                result.append(current)
                current = ""
            }
        }
        if !current.isEmpty { result.append(current) }
        return result
    }

    /// An ideograph, a kana or a hangul syllable: a word of its own. (Not `・`, U+30FB, the
    /// katakana middle dot: punctuation, a separator or a typed bullet.)
    static func isCJK(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x30FB: false
        case 0x3040...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xAC00...0xD7AF, 0xF900...0xFAFF, 0x20000...0x3FFFF: true
        default: false
        }
    }

    private static func attribute(_ name: String, in tag: String) -> String? {
        let scalars = Array(tag.unicodeScalars)
        let needle = Array((" " + name + "=\"").unicodeScalars)
        guard let start = find(scalars, needle, from: 0) else { return nil }
        let valueStart = start + needle.count
        let valueEnd = find(scalars, "\"", from: valueStart) ?? scalars.count
        return decodeEntities(String(String.UnicodeScalarView(scalars[valueStart..<valueEnd])))
    }

    /// The entities cmark-gfm writes (`&amp;` `&lt;` `&gt;` `&quot;` and numeric ones); raw
    /// HTML may hold others, which stay as written on both sides of the comparison.
    static func decodeEntities(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var result = ""
        var rest = Substring(text)
        while let ampersand = rest.firstIndex(of: "&") {
            result += rest[..<ampersand]
            let after = rest[ampersand...]
            guard let semicolon = after.prefix(12).firstIndex(of: ";") else {
                result += "&"
                rest = rest[rest.index(after: ampersand)...]
                continue
            }
            let name = after[after.index(after: ampersand)..<semicolon]
            if let decoded = decode(entity: name) {
                result += decoded
                rest = rest[rest.index(after: semicolon)...]
            } else {
                result += "&"
                rest = rest[rest.index(after: ampersand)...]
            }
        }
        return result + rest
    }

    private static func decode(entity name: Substring) -> String? {
        switch name {
        case "amp": return "&"
        case "lt": return "<"
        case "gt": return ">"
        case "quot": return "\""
        default:
            guard name.hasPrefix("#") else { return nil }
            let digits = name.dropFirst()
            let value = digits.hasPrefix("x") || digits.hasPrefix("X") ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
            return value.flatMap(Unicode.Scalar.init).map { String(Character($0)) }
        }
    }

    private static func starts(_ scalars: [Unicode.Scalar], at index: Int, with prefix: String) -> Bool {
        let needle = Array(prefix.unicodeScalars)
        guard index + needle.count <= scalars.count else { return false }
        return Array(scalars[index..<(index + needle.count)]) == needle
    }

    private static func find(_ scalars: [Unicode.Scalar], _ needle: String, from start: Int) -> Int? {
        find(scalars, Array(needle.unicodeScalars), from: start)
    }

    private static func find(_ scalars: [Unicode.Scalar], _ needle: [Unicode.Scalar], from start: Int) -> Int? {
        guard !needle.isEmpty, scalars.count >= needle.count else { return nil }
        var index = start
        while index + needle.count <= scalars.count {
            if scalars[index] == needle[0], Array(scalars[index..<(index + needle.count)]) == needle { return index }
            index += 1
        }
        return nil
    }
}
