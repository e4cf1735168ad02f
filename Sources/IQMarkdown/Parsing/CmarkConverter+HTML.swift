import CCmarkGFM
import CThreadArena

// Part of the one type that touches cmark-gfm: the fix engine compares what GitHub would
// render before and after a fix, so it needs cmark-gfm's own HTML, not our model of it.
extension CmarkConverter {
    /// cmark-gfm's HTML for `source` with GitHub's extensions; raw HTML is kept as written.
    static func html(of source: SourceText) -> String {
        defer { thread_arena_reset() }
        guard let parsed = source.bytes.withUnsafeBufferPointer({ parse($0, options: CMARK_OPT_DEFAULT) }) else { return "" }
        defer { cmark_parser_free(parsed.parser) }
        guard let root = parsed.root else { return "" }
        // The renderer allocates from the thread's arena, which the deferred reset frees after copying.
        guard let rendered = cmark_render_html(root, CMARK_OPT_UNSAFE, cmark_parser_get_syntax_extensions(parsed.parser)) else { return "" }
        return String(cString: rendered)
    }
}
