import CCmarkGFM
import CThreadArena

// Part of the one type that touches cmark-gfm: the fix engine compares what GitHub would
// render before and after a fix, so it needs cmark-gfm's own HTML, not our model of it.
extension CmarkConverter {
    /// cmark-gfm's HTML for `source` with GitHub's extensions; raw HTML is kept as written.
    static func html(of source: SourceText) -> String {
        // Front matter is metadata, not Markdown (GitHub shows it as a table): its text as code,
        // so that a space at a line's end there is no line break, then the rest rendered.
        if let metadata = FrontMatter.range(in: source), metadata.end <= source.bytes.count {
            var escaped = ""
            for character in source.string(in: metadata) {
                switch character {
                case "&": escaped += "&amp;"
                case "<": escaped += "&lt;"
                case ">": escaped += "&gt;"
                default: escaped.append(character)
                }
            }
            let rest = SourceText(source.string(in: SourceRange(metadata.end, source.bytes.count)))
            return "<pre><code>" + escaped + "</code></pre>\n" + html(of: rest)
        }
        defer { thread_arena_reset() }
        guard let parsed = source.bytes.withUnsafeBufferPointer({ parse($0, options: CMARK_OPT_DEFAULT) }) else { return "" }
        defer { cmark_parser_free(parsed.parser) }
        guard let root = parsed.root else { return "" }
        // The renderer allocates from the thread's arena, which the deferred reset frees after copying.
        guard let rendered = cmark_render_html(root, CMARK_OPT_UNSAFE, cmark_parser_get_syntax_extensions(parsed.parser)) else { return "" }
        return String(cString: rendered)
    }
}
