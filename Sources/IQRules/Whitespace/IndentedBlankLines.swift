import IQMarkdown

/// The blank lines before an indented line of a document (inside an admonition, a list item,
/// a definition, a note block), and which of them hold spaces up to its indentation (`    `
/// between `    给定一棵树…` and `    数据范围…`) rather than nothing.
struct IndentedBlankLines {
    /// Blank lines holding only spaces, two or more and no more than the next line is indented.
    private var carrying: Set<Int> = []
    /// Blank lines inside indented blocks, empty or not.
    private var total = 0

    /// The fewest carrying lines that make a habit.
    static let fewest = 3

    init(_ source: SourceText) {
        guard source.lineCount > 2 else { return }
        let bytes = source.bytes
        // Each line's indentation (a tab to the next multiple of four), nil for a blank line.
        let indentation: [Int?] = (1...source.lineCount).map { line in
            let range = source.lineRange(line)
            let text = bytes[range.start..<range.end]
            return text.allSatisfy({ $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }) ? nil : Columns.indentation(of: text)
        }
        var previous: Int?
        var pending: [Int] = []
        for (offset, indent) in indentation.enumerated() {
            let line = offset + 1
            guard let indent else { pending.append(line); continue }
            // (`: Use this as the theme.` / `␣␣` / `  *Default:*`: a definition's blank line holds the
            // indentation of what follows it, the line above standing at its marker.)
            if previous != nil, !pending.isEmpty, indent >= 2 {
                for blank in pending {
                    total += 1
                    let range = source.lineRange(blank)
                    if (2...indent).contains(range.length), bytes[range.start..<range.end].allSatisfy({ $0 == UInt8(ascii: " ") }) { carrying.insert(blank) }
                }
            }
            pending.removeAll()
            previous = indent
        }
    }

    /// Whether most blank lines inside indented blocks carry their indentation, three at least.
    var isHabit: Bool { carrying.count >= Self.fewest && carrying.count * 2 > total }

    func carries(_ line: Int) -> Bool { carrying.contains(line) }
}
