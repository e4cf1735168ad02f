/// Parses Markdown the way GitHub does (cmark-gfm with the table, autolink, strikethrough and
/// tasklist extensions) into an immutable `Document` whose every range points at real bytes.
public enum MarkdownParser {
    public static func parse(_ source: SourceText) -> Document {
        let parsed = CmarkConverter.blocks(of: source)
        return Document(source: source, blocks: parsed.blocks, nestingLimitRange: parsed.nestingLimitRange)
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
