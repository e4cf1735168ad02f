/// Parses Markdown the way GitHub does (cmark-gfm with the table, autolink, strikethrough and
/// tasklist extensions) into an immutable `Document` whose every range points at real bytes.
public enum MarkdownParser {
    public static func parse(_ source: SourceText) -> Document {
        let parsed = CmarkConverter.blocks(of: source)
        return Document(source: source, blocks: parsed.blocks, nestingLimitRange: parsed.nestingLimitRange)
    }

    /// `source`, a version of `other`'s document that differs from it in one region (a change's
    /// base version beside its new one): only that region is parsed when it is at most half of
    /// the file (see `IncrementalParse`), else the whole. The same document either way.
    public static func parse(_ source: SourceText, reusing other: Document) -> Document {
        IncrementalParse.document(of: source, reusing: other) ?? parse(source)
    }

    public static func parse(_ text: String) -> Document {
        parse(SourceText(text))
    }
}

extension MarkdownParser {
    /// The HTML GitHub's renderer (cmark-gfm) makes of `source`, raw HTML kept as written.
    public static func renderHTML(_ source: SourceText) -> String {
        CmarkConverter.html(of: source)
    }
}
