import IQMarkdown

/// What the `<a …>` tags of a document's raw HTML (outside code and comments) say of its
/// anchors, read in one pass:
/// - the `href="#…"` links: a centred contents block, a "back to the contents" link under each
///   section. Markdown leaves them as HTML, so the document's links do not hold them, and a
///   renamed heading breaks them as surely as a Markdown link;
/// - the places `<a name="…">` and `<a id="…">` name.
struct HTMLAnchorTags {
    struct FragmentLink: Equatable {
        /// What follows the `#`, as written.
        let fragment: String
        /// The attribute's value, `#` included.
        let range: SourceRange
    }

    struct Name: Equatable {
        let name: String
        /// The attribute's value.
        let range: SourceRange
    }

    private(set) var fragmentLinks: [FragmentLink] = []
    private(set) var names: [Name] = []

    init(_ document: Document) {
        HTMLATags.forEach(in: document) { bytes, start, end in
            func text(_ range: Range<Int>) -> String { String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self) }
            if let value = HTMLATags.attribute("href", in: bytes, from: start, to: end), !value.isEmpty, bytes[value.lowerBound] == UInt8(ascii: "#") {
                fragmentLinks.append(FragmentLink(fragment: text((value.lowerBound + 1)..<value.upperBound), range: SourceRange(value.lowerBound, value.upperBound)))
            }
            var named: Set<String> = []
            for attribute in ["name", "id"] {
                guard let value = HTMLATags.attribute(attribute, in: bytes, from: start, to: end), !value.isEmpty else { continue }
                // `<a name="x" id="x">`: one place of that name.
                let name = text(value)
                if named.insert(name).inserted { names.append(Name(name: name, range: SourceRange(value.lowerBound, value.upperBound))) }
            }
        }
    }
}
