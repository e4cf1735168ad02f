/// Metadata a static-site generator reads before the Markdown (Jekyll, Hugo, VuePress,
/// Docusaurus): `---` on the first line, `key: value` lines, and `---` (or `...`) closing it;
/// TOML between `+++` lines. GitHub shows it as a table, not as Markdown, so it is not parsed:
/// `title: x` above `---` would otherwise be a heading, and `  - tag` a list item.
public enum FrontMatter {
    /// The bytes of the block, its closing line and line ending included; nil when the document
    /// has none. The first line after the opening one that is not blank must be a key
    /// (`title:`, `id = 3`), so a thematic break opening a document stays Markdown.
    public static func range(in source: SourceText) -> SourceRange? {
        guard source.lineCount >= 3, source.bytes.first == UInt8(ascii: "-") || source.bytes.first == UInt8(ascii: "+") else { return nil }
        let opening = trimmedEnd(source.lineText(1))
        let closers: Set<Substring>
        let separator: Character
        switch opening {
        case "---": closers = ["---", "..."]; separator = ":"
        case "+++": closers = ["+++"]; separator = "="
        default: return nil
        }
        var sawKey = false
        // Metadata is short: a document that opens with `---` and a `key:` line but closes no
        // block within its first lines is Markdown (and each parsed chunk asks).
        for line in 2...min(source.lineCount, maximumLines) {
            let text = trimmedEnd(source.lineText(line))
            if closers.contains(text) {
                return sawKey ? SourceRange(0, source.fullLineRange(line).end) : nil
            }
            if !sawKey {
                if text.isEmpty { continue }
                guard isKey(text, separator: separator) else { return nil }
                sawKey = true
            }
        }
        return nil
    }

    static let maximumLines = 500

    /// `title: x`, `sidebar_position: 2`, `"key": v`: a name, then the separator.
    private static func isKey(_ line: Substring, separator: Character) -> Bool {
        guard let end = line.firstIndex(of: separator) else { return false }
        let name = String(line[..<end]).trimmed { " \t\"'".contains($0) }
        return !name.isEmpty && name.allSatisfy { $0.isLetter || $0.isNumber || "_-.".contains($0) }
    }

    /// The line without the spaces and tabs at its end (its start matters: `  ---` is no fence).
    private static func trimmedEnd(_ text: String) -> Substring {
        text[..<(text.lastIndex { $0 != " " && $0 != "\t" }.map(text.index(after:)) ?? text.startIndex)]
    }
}
