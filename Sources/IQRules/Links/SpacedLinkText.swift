import IQCore
import IQMarkdown

/// `[text] (https://…)`: a space between `]` and `(` keeps Markdown from making a link; the page
/// shows the brackets and the URL as text (GitHub autolinks the URL on its own). So do
/// full-width parentheses typed with a Chinese input method, `[text]（https://…）`, and the
/// autolink then takes the `）` into its address. Found from the autolinked URL, so only a web
/// address in the parentheses counts (`[1] (2019)` is prose).
enum SpacedLinkText {
    struct Finding {
        /// From `[` to the closing `)` or `）`.
        let range: SourceRange
        /// The spaces between `]` and the opening parenthesis.
        let gap: SourceRange
        /// The URL's destination, which the link keeps.
        let url: String
        /// The full-width `（` and `）`, when the parentheses are those.
        let fullWidth: (opening: SourceRange, closing: SourceRange)?

        var message: String {
            fullWidth == nil ? "not a link: a space between ']' and '(' shows the brackets and the URL as text"
                : "not a link: the full-width parentheses '（…）' after ']' show the brackets and the URL as text"
        }

        /// Parentheses Markdown reads, right after the `]`.
        var fix: Fix {
            var edits = gap.isEmpty ? [] : [Edit.delete(gap)]
            var title = "remove the space between ']' and '('"
            if let fullWidth {
                edits += [Edit(range: fullWidth.opening, replacement: "("), Edit(range: fullWidth.closing, replacement: ")")]
                title = gap.isEmpty ? "write the parentheses as '(' and ')'" : "remove the space and write the parentheses as '(' and ')'"
            }
            // The autolink had taken the `）` into its address.
            return .unsafe(title, edits, rewrites: fullWidth == nil ? [.hideShownURL(url)] : [.hideShownURL(url), .endBeforeFullWidthMark])
        }
    }

    static let fullWidthOpening: [UInt8] = Array("（".utf8), fullWidthClosing: [UInt8] = Array("）".utf8)

    static func findings(in document: Document) -> [Finding] {
        let bytes = document.source.bytes
        return document.links.compactMap { link in
            // Written with its scheme: `[text](www.x.com)` would be a relative path.
            let scheme = link.destination.prefix(8).lowercased()
            guard link.kind == .bareURL || link.kind == .angleAutolink, scheme.hasPrefix("https://") || scheme.hasPrefix("http://"),
                  document.source.string(in: link.range).lowercased().hasPrefix(scheme.hasPrefix("https") ? "https://" : "http://")
                    || link.kind == .angleAutolink else { return nil }
            if let found = finding(around: link.range, in: bytes) {
                return Finding(range: found.range, gap: found.gap, url: link.destination, fullWidth: nil)
            }
            // `（https://a.example/x）`: the autolink runs on over the `）`, which is no ASCII punctuation.
            var url = link.range, destination = link.destination
            if url.end - url.start > fullWidthClosing.count, bytes[(url.end - fullWidthClosing.count)..<url.end].elementsEqual(fullWidthClosing) {
                url = SourceRange(url.start, url.end - fullWidthClosing.count)
                destination = String(destination.dropLast())
            }
            return finding(around: url, in: bytes, opening: fullWidthOpening, closing: fullWidthClosing).map { found in
                Finding(range: found.range, gap: found.gap, url: destination,
                        fullWidth: (SourceRange(url.start - fullWidthOpening.count, url.start), SourceRange(url.end, url.end + fullWidthClosing.count)))
            }
        }
    }

    /// The `[text] (` before `url` and the `)` right after it, all on one line (or the
    /// `opening` and `closing` given).
    static func finding(around url: SourceRange, in bytes: [UInt8], opening: [UInt8] = [UInt8(ascii: "(")],
                        closing: [UInt8] = [UInt8(ascii: ")")]) -> (range: SourceRange, gap: SourceRange)? {
        let space = UInt8(ascii: " "), tab = UInt8(ascii: "\t")
        var index = url.start - opening.count
        guard index >= 0, bytes[index..<url.start].elementsEqual(opening) else { return nil }
        guard url.end + closing.count <= bytes.count, bytes[url.end..<(url.end + closing.count)].elementsEqual(closing) else { return nil }
        let gapEnd = index
        index -= 1
        while index >= 0, bytes[index] == space || bytes[index] == tab { index -= 1 }
        // ASCII parentheses need the space to be no link; full-width ones are none either way.
        guard opening.count > 1 ? index < gapEnd : index < gapEnd - 1, index >= 0, bytes[index] == UInt8(ascii: "]"),
              index == 0 || bytes[index - 1] != UInt8(ascii: "\\") else { return nil }
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
        return (SourceRange(open, url.end + closing.count), gap)
    }
}
