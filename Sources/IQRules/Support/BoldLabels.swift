import IQMarkdown

/// Labels written wholly in bold (`**参考答案**`, `__Answer__`), as their source shows them.
enum BoldLabels {
    /// Whether `source` (spaces and tabs at its ends aside) is one bold run: `**Name**`, not
    /// `**A** and **B**`.
    static func isOneBoldRun(_ source: String) -> Bool {
        let text = source.trimmed { $0 == " " || $0 == "\t" }
        // The markers are ASCII: something between them is a byte more than both (counted
        // after the cheap tests, `count` would walk the characters of every item's line).
        for marker in ["**", "__"] where text.hasPrefix(marker) && text.hasSuffix(marker) && text.utf8.count > 2 * marker.utf8.count {
            return !text.dropFirst(marker.count).dropLast(marker.count).contains(marker)
        }
        return false
    }

    /// Whether `line` opens with a bold run followed by more (`**nimfmt** :warning: — …`), or is one.
    static func opensWithBoldRun(_ line: String) -> Bool {
        let text = line.drop { $0 == " " || $0 == "\t" }
        for marker in ["**", "__"] where text.hasPrefix(marker) {
            let inside = text.dropFirst(marker.count)
            guard let close = inside.range(of: marker), close.lowerBound > inside.startIndex else { return false }
            return !inside[..<close.lowerBound].hasPrefix(" ")
        }
        return false
    }

    /// Whether `line` opens with a bold name and a colon, after it or inside the bold
    /// (`**Observable**: …`, `**Reactive Programming：** …`).
    static func opensWithBoldName(_ line: String) -> Bool {
        guard let colon = line.firstIndex(where: { $0 == ":" || $0 == "：" }) else { return false }
        let before = line[..<colon], after = line[line.index(after: colon)...]
        if isOneBoldRun(String(before)) { return true }
        // The colon inside the bold: the run closes right after it.
        return ["**", "__"].contains { after.hasPrefix($0) && isOneBoldRun(before + $0) }
    }
}
