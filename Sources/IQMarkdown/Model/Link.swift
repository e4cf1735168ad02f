/// A link or image as written in the source, with its exact byte range.
public struct Link: Sendable, Hashable {
    public enum Kind: String, Sendable {
        /// `[text](destination "title")`
        case inline
        /// `[text][label]`, `[text][]` or `[text]` resolved through a definition.
        case reference
        /// `<https://…>`
        case angleAutolink
        /// A bare `https://…` or `www.…` turned into a link by GitHub's autolink extension.
        case bareURL
    }

    // Stored properties in this order (one-byte fields last) so a link takes 80 bytes, not 88:
    // the model keeps two copies of each link of a bank (its paragraph's and the document's).
    /// Rendered plain text of the link content (for images, the alt text).
    public let text: String
    /// The destination as cmark resolved it (unescaped; for `www.` autolinks cmark adds `http://`).
    public let destination: String
    public let title: String?
    /// The whole link: from `[` (or `!`, `<`, the first URL byte) to the end of its syntax.
    public let range: SourceRange
    /// The raw destination bytes of an inline link, without surrounding `<>` or whitespace.
    public let destinationRange: SourceRange?
    /// The bytes between `[` and `]` of an inline or reference link.
    public let textRange: SourceRange?
    public let kind: Kind
    public let isImage: Bool

    public init(kind: Kind, isImage: Bool, text: String, destination: String, title: String?,
                range: SourceRange, destinationRange: SourceRange?, textRange: SourceRange?) {
        self.kind = kind
        self.isImage = isImage
        self.text = text
        self.destination = destination
        self.title = title
        self.range = range
        self.destinationRange = destinationRange
        self.textRange = textRange
    }

    /// The fragment of a same-document link (`#anchor`), still percent-encoded.
    public var fragmentOnly: String? {
        destination.hasPrefix("#") ? String(destination.dropFirst()) : nil
    }
}

/// An HTML comment (`<!-- … -->`), from an HTML block or inline HTML.
public struct HTMLComment: Sendable, Hashable {
    /// The text between `<!--` and `-->`, untrimmed.
    public let body: String
    public let range: SourceRange

    public init(body: String, range: SourceRange) {
        self.body = body
        self.range = range
    }
}
