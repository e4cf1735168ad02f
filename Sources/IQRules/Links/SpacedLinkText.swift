import IQMarkdown

/// `[text] (https://…)`: a space between `]` and `(` keeps Markdown from making a link; the page
/// shows the brackets and the URL as text (GitHub autolinks the URL on its own). Found from the
/// autolinked URL, so only a web address in the parentheses counts (`[1] (2019)` is prose).
enum SpacedLinkText {
    struct Finding {
        /// From `[` to the closing `)`.
        let range: SourceRange
        /// The spaces between `]` and `(`.
        let gap: SourceRange
        /// The URL's destination, which the link keeps.
        let url: String
    }

    static func findings(in document: Document) -> [Finding] {
        let bytes = document.source.bytes
        return document.links.compactMap { link in
            // Written with its scheme: `[text](www.x.com)` would be a relative path.
            let scheme = link.destination.prefix(8).lowercased()
            guard link.kind == .bareURL || link.kind == .angleAutolink, scheme.hasPrefix("https://") || scheme.hasPrefix("http://"),
                  document.source.string(in: link.range).lowercased().hasPrefix(scheme.hasPrefix("https") ? "https://" : "http://")
                    || link.kind == .angleAutolink else { return nil }
            return finding(around: link.range, in: bytes).map { Finding(range: $0.range, gap: $0.gap, url: link.destination) }
        }
    }

    /// The `[text] (` before `url` and the `)` right after it, all on one line.
    static func finding(around url: SourceRange, in bytes: [UInt8]) -> (range: SourceRange, gap: SourceRange)? {
        let space = UInt8(ascii: " "), tab = UInt8(ascii: "\t")
        var index = url.start - 1
        guard index >= 0, bytes[index] == UInt8(ascii: "(") else { return nil }
        guard url.end < bytes.count, bytes[url.end] == UInt8(ascii: ")") else { return nil }
        let gapEnd = index
        index -= 1
        while index >= 0, bytes[index] == space || bytes[index] == tab { index -= 1 }
        guard index < gapEnd - 1, index >= 0, bytes[index] == UInt8(ascii: "]"), index == 0 || bytes[index - 1] != UInt8(ascii: "\\") else { return nil }
        let gap = SourceRange(index + 1, gapEnd)
        // The `[` that opens the text, on the same line, brackets balanced.
        var depth = 0
        var open = index - 1
        while open >= 0, bytes[open] != UInt8(ascii: "\n") {
            if bytes[open] == UInt8(ascii: "]") { depth += 1 }
            if bytes[open] == UInt8(ascii: "[") {
                if depth == 0 { break }
                depth -= 1
            }
            open -= 1
        }
        guard open >= 0, bytes[open] == UInt8(ascii: "["), open + 1 < index else { return nil }
        // `![alt] (…)`, an escaped `\[`, the `[x] (…)` of a task and a citation number `[1] (…)` are not link texts.
        if open >= 1, bytes[open - 1] == UInt8(ascii: "!") || bytes[open - 1] == UInt8(ascii: "\\") { return nil }
        if index - open == 2, [UInt8(ascii: " "), UInt8(ascii: "x"), UInt8(ascii: "X")].contains(bytes[open + 1]) { return nil }
        if bytes[(open + 1)..<index].allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }) { return nil }
        return (SourceRange(open, url.end + 1), gap)
    }
}
