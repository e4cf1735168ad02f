/// The targets a same-document link (`#fragment`) can land on: each heading's GitHub anchor,
/// numbered in document order the way GitHub numbers repeats, and the `id`s and `<a name>`s of
/// HTML elements.
public struct HeadingAnchors: Sendable {
    /// The anchor of each heading, indexed by `Heading.index`.
    public let headingAnchors: [String]
    /// `id` attributes of any element and `name` attributes of `<a>`, in source order.
    public let htmlAnchors: [String]

    /// The text each anchor was made from, for the headings whose text shows more (the alt
    /// text of an image), by `Heading.index`.
    let anchorTexts: [Int: String]

    public init(headings: [Heading], html: [String], source: SourceText) {
        var slugger = GitHubSlugger()
        var anchorTexts: [Int: String] = [:]
        headingAnchors = headings.map { heading in
            guard let text = HeadingAnchorText.textWithoutImages(of: heading, in: source) else { return slugger.slug(heading.text) }
            anchorTexts[heading.index] = text
            return slugger.slug(text)
        }
        self.anchorTexts = anchorTexts
        htmlAnchors = html.flatMap(HTMLAnchorScanner.anchors(in:))
    }

    /// The heading text GitHub's anchor is made of: `heading.text` without images' alt text.
    public func anchorText(of heading: Heading) -> String {
        anchorTexts[heading.index] ?? heading.text
    }

    /// Every anchor: headings first, then HTML anchors.
    public var all: [String] { headingAnchors + htmlAnchors }

    /// True when a link to `#fragment` lands somewhere in the document.
    public func contains(fragment: String) -> Bool {
        let decoded = AnchorFragment.decode(fragment)
        return all.contains { $0.unicodeScalars.elementsEqual(decoded.unicodeScalars) }
    }

    /// The index of the heading a link to `#fragment` lands on, if any.
    public func headingIndex(forFragment fragment: String) -> Int? {
        let decoded = AnchorFragment.decode(fragment)
        return headingAnchors.firstIndex { $0.unicodeScalars.elementsEqual(decoded.unicodeScalars) }
    }

    /// `anchor` written as a link fragment: kept readable (CJK stays as is), with only the bytes
    /// that would end or break a link destination percent-encoded.
    public static func fragment(for anchor: String) -> String {
        var result = ""
        for scalar in anchor.unicodeScalars {
            if scalar.value < 0x21 || scalar.value == 0x7F || "()<>\\%`\"".unicodeScalars.contains(scalar) {
                for byte in String(scalar).utf8 { result += "%" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2) }
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}

private extension String {
    func leftPadded(to width: Int) -> String { String(repeating: "0", count: max(0, width - count)) + self }
}

/// Finds `id="…"` and `name="…"` (`<a name>`, `<b name>`) in raw HTML. A small tokenizer, not an HTML parser: it
/// reads start tags and their attributes and skips comments.
enum HTMLAnchorScanner {
    static func anchors(in html: String) -> [String] {
        let scalars = Array(html.unicodeScalars)
        var result: [String] = []
        var index = 0
        while index < scalars.count {
            guard scalars[index] == "<" else { index += 1; continue }
            if scalars[index...].starts(with: "<!--".unicodeScalars) {
                index = end(of: "-->", in: scalars, from: index + 4)
                continue
            }
            guard index + 1 < scalars.count, scalars[index + 1].properties.isAlphabetic else { index += 1; continue }
            var cursor = index + 1
            var tagName = ""
            while cursor < scalars.count, scalars[cursor].properties.isAlphabetic || ("0"..."9").contains(scalars[cursor]) {
                tagName.unicodeScalars.append(scalars[cursor])
                cursor += 1
            }
            // Attributes until `>`.
            while cursor < scalars.count, scalars[cursor] != ">" {
                if scalars[cursor].properties.isWhitespace || scalars[cursor] == "/" { cursor += 1; continue }
                var name = ""
                while cursor < scalars.count, !scalars[cursor].properties.isWhitespace, !"=>/".unicodeScalars.contains(scalars[cursor]) {
                    name.unicodeScalars.append(scalars[cursor])
                    cursor += 1
                }
                while cursor < scalars.count, scalars[cursor].properties.isWhitespace { cursor += 1 }
                var value: String?
                if cursor < scalars.count, scalars[cursor] == "=" {
                    cursor += 1
                    while cursor < scalars.count, scalars[cursor].properties.isWhitespace { cursor += 1 }
                    var text = ""
                    if cursor < scalars.count, scalars[cursor] == "\"" || scalars[cursor] == "'" {
                        let quote = scalars[cursor]
                        cursor += 1
                        while cursor < scalars.count, scalars[cursor] != quote { text.unicodeScalars.append(scalars[cursor]); cursor += 1 }
                        cursor += 1
                    } else {
                        while cursor < scalars.count, !scalars[cursor].properties.isWhitespace, scalars[cursor] != ">" {
                            text.unicodeScalars.append(scalars[cursor])
                            cursor += 1
                        }
                    }
                    value = text
                }
                let attribute = name.lowercased()
                // `name` on any element (`<b name="q12">`): GitHub keeps it (as `user-content-q12`)
                // and its page script finds an element by that name, not only an `<a>`.
                if let value, !value.isEmpty, attribute == "id" || attribute == "name" {
                    result.append(value)
                }
                if name.isEmpty, value == nil { cursor += 1 }
            }
            index = cursor
            // `<h1 align="center">The Practical Guides </h1>`: GitHub gives a raw HTML heading
            // an anchor from its text too (`#the-practical-guides-`, the inner space kept).
            let lowered = tagName.lowercased()
            if lowered.count == 2, lowered.hasPrefix("h"), ("1"..."6").contains(lowered.dropFirst()), index < scalars.count {
                // `</h2>` or `</H2>`: compared with ASCII letters folded, as HTML tag names are.
                let closing = Array("</\(lowered)".unicodeScalars)
                var end = index + 1
                while end + closing.count <= scalars.count,
                      !zip(scalars[end..<end + closing.count], closing).allSatisfy({ asciiLowercased($0) == $1 }) {
                    end += 1
                }
                guard end + closing.count <= scalars.count else { continue }
                let text = htmlText(scalars[(index + 1)..<end])
                for variant in Set([text, text.trimmedWhitespace]) where !variant.isEmpty {
                    result.append(GitHubSlugger.baseSlug(variant))
                }
            }
        }
        return result
    }

    private static func asciiLowercased(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        ("A"..."Z").contains(scalar) ? Unicode.Scalar(scalar.value + 0x20)! : scalar
    }

    /// The text of an element's content: tags left out, character references decoded.
    private static func htmlText(_ content: ArraySlice<Unicode.Scalar>) -> String {
        var text = String.UnicodeScalarView()
        var inTag = false
        var index = content.startIndex
        while index < content.endIndex {
            let scalar = content[index]
            index += 1
            if scalar == "<" { inTag = true } else if scalar == ">" { inTag = false } else if !inTag {
                if scalar == "&", let (decoded, end) = characterReference(in: content, after: index) {
                    text.append(decoded)
                    index = end
                } else {
                    text.append(scalar)
                }
            }
        }
        return String(text)
    }

    /// The character a reference after `&` at `start` stands for (`&#39;`, `&#x27;`, `&amp;` and
    /// the few other names headings use), with the position after its `;`; nil when none is there.
    static func characterReference(in content: ArraySlice<Unicode.Scalar>, after start: Int) -> (Unicode.Scalar, Int)? {
        guard let semicolon = content[start...].prefix(maximumReferenceLength).firstIndex(of: ";") else { return nil }
        let body = String(String.UnicodeScalarView(content[start..<semicolon]))
        let value: UInt32?
        if body.hasPrefix("#x") || body.hasPrefix("#X") {
            value = UInt32(body.dropFirst(2), radix: 16)
        } else if body.hasPrefix("#") {
            value = UInt32(body.dropFirst(), radix: 10)
        } else {
            value = namedReferences[body]
        }
        guard let value, value != 0, let scalar = Unicode.Scalar(value) else { return nil }
        return (scalar, semicolon + 1)
    }

    /// `&#1114111;` is the longest numeric reference; every name here is shorter.
    private static let maximumReferenceLength = 9

    private static let namedReferences: [String: UInt32] = [
        "amp": 0x26, "lt": 0x3C, "gt": 0x3E, "quot": 0x22, "apos": 0x27, "nbsp": 0xA0, "copy": 0xA9, "reg": 0xAE,
        "trade": 0x2122, "hellip": 0x2026, "mdash": 0x2014, "ndash": 0x2013, "middot": 0xB7,
    ]

    private static func end(of terminator: String, in scalars: [Unicode.Scalar], from start: Int) -> Int {
        let needle = Array(terminator.unicodeScalars)
        var index = start
        while index + needle.count <= scalars.count {
            if scalars[index..<index + needle.count].elementsEqual(needle) { return index + needle.count }
            index += 1
        }
        return scalars.count
    }
}
