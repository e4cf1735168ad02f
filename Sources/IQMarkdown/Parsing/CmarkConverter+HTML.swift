import CCmarkGFM

// Part of the one type that touches cmark-gfm: the fix engine compares what GitHub would
// render before and after a fix, so it needs cmark-gfm's own HTML, not our model of it.
extension CmarkConverter {
    /// cmark-gfm's HTML for `source` with GitHub's extensions; raw HTML is kept as written.
    static func html(of source: SourceText) -> String {
        lock.withLock { _ in htmlLocked(source) }
    }

    private static func htmlLocked(_ source: SourceText) -> String {
        cmark_gfm_core_extensions_ensure_registered()
        defer { cmark_arena_reset() }
        guard let parser = cmark_parser_new_with_mem(CMARK_OPT_DEFAULT, cmark_get_arena_mem_allocator()) else { return "" }
        defer { cmark_parser_free(parser) }
        for name in ["table", "autolink", "strikethrough", "tasklist"] {
            if let extensionPointer = cmark_find_syntax_extension(name) {
                cmark_parser_attach_syntax_extension(parser, extensionPointer)
            }
        }
        source.bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                cmark_parser_feed(parser, chars.baseAddress, chars.count)
            }
        }
        guard let root = cmark_parser_finish(parser) else { return "" }
        // The renderer allocates from the arena, which the deferred reset frees after copying.
        guard let rendered = cmark_render_html(root, CMARK_OPT_UNSAFE, cmark_parser_get_syntax_extensions(parser)) else { return "" }
        return String(cString: rendered)
    }
}
