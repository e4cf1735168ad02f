import IQMarkdown

/// `$S[\pi_\theta](s_t)$`, `$$L = \mathbb{E}[f](x)$$`: TeX that GitHub renders as math, whose
/// brackets and parentheses Markdown read as a link. A function applied to its argument is no
/// file to find.
enum MathSpans {
    /// Whether `offset` stands inside a `$…$` or `$$…$$` span of its paragraph: an odd number
    /// of delimiters (a `$` or a `$$`, not escaped) between the paragraph's start (the line
    /// after the last blank one, at most 40 lines up) and it.
    static func contains(_ offset: Int, in source: SourceText) -> Bool {
        let bytes = source.bytes
        var line = source.line(containing: offset)
        var start = source.lineRange(line).start
        for _ in 0..<40 where line > 1 {
            let above = source.lineRange(line - 1)
            if bytes[above.start..<above.end].allSatisfy({ $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }) { break }
            line -= 1
            start = above.start
        }
        // Most text holds no `$`: one pass decides.
        guard bytes[start..<offset].contains(UInt8(ascii: "$")) else { return false }
        var delimiters = 0, index = start
        while index < offset {
            if bytes[index] == UInt8(ascii: "\\") { index += 2; continue }
            if bytes[index] == UInt8(ascii: "$") {
                delimiters += 1
                index += index + 1 < offset && bytes[index + 1] == UInt8(ascii: "$") ? 2 : 1
                continue
            }
            index += 1
        }
        return delimiters % 2 == 1
    }
}
