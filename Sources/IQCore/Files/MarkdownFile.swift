import IQMarkdown

/// One Markdown file as linted: its display path and parsed document.
///
/// A class: rules hold a file beside each of its questions and links, and a copy of a value
/// this large (the document's arrays) cost a retain per array every time.
public final class MarkdownFile: Sendable {
    public let path: String
    public let document: Document
    /// What rules infer from the whole file once (its conventions), shared between them.
    public let derived = DerivedFacts()

    public var source: SourceText { document.source }

    public init(path: String, document: Document) {
        self.path = path
        self.document = document
    }

    public convenience init(path: String, source: SourceText) {
        self.init(path: path, document: Timings.measure("parse + model") { MarkdownParser.parse(source) })
    }

    /// Another version of `other`, reusing its blocks where the two are the same.
    public convenience init(path: String, source: SourceText, reusing other: MarkdownFile) {
        self.init(path: path, document: Timings.measure("parse + model") { MarkdownParser.parse(source, reusing: other.document) })
    }

    public convenience init(path: String, text: String) {
        self.init(path: path, source: SourceText(text))
    }
}
