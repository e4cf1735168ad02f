import IQMarkdown

/// The cells of a document's tables, read from their source lines: the model keeps a table's
/// range and links only. A row is cut at its unescaped pipes (as cmark-gfm cuts it, code
/// spans included), after the quote markers and the optional outer pipes.
///
/// public-apis writes `| [Colormind](http://colormind.io/) | … | HTTPS: No | …`: what a row says
/// in a column with a given header is part of the collection's data about the link.
struct TableRows {
    private let tables: [SourceRange]
    private let source: SourceText

    init(_ document: Document) {
        source = document.source
        var tables: [SourceRange] = []
        var pending = [document.blocks]
        while let blocks = pending.popLast() {
            for block in blocks {
                switch block {
                case .table(let table): tables.append(table.range)
                case .list(let list): pending += list.items.map(\.children)
                case .blockQuote(let quote): pending.append(quote.children)
                default: break
                }
            }
        }
        self.tables = tables.sorted { $0.start < $1.start }
    }

    var isEmpty: Bool { tables.isEmpty }

    /// The cell of the row holding `offset` in the first column whose header, normalised
    /// (`Header.normalized`), is one of `headers`; nil outside a table's body rows or without
    /// such a column.
    func cell(at offset: Int, inColumnNamed headers: Set<String>) -> String? {
        guard let table = tables.last(where: { $0.start <= offset }), offset < table.end else { return nil }
        let headerLine = source.line(containing: table.start), row = source.line(containing: offset)
        // The second line is the delimiter row: the body starts after it.
        guard row > headerLine + 1 else { return nil }
        let names = Self.cells(of: source.lineText(headerLine)).map(Self.normalizedHeader)
        guard let column = names.firstIndex(where: headers.contains) else { return nil }
        let cells = Self.cells(of: source.lineText(row))
        return cells.indices.contains(column) ? cells[column] : nil
    }

    /// `**HTTPS?**` → `https`: lowercased, without emphasis, code marks and a closing question mark.
    static func normalizedHeader(_ cell: String) -> String {
        var text = cell.filter { !"*_`".contains($0) }.trimmedWhitespace.lowercased()
        while let last = text.last, last == "?" || last == "？" { text.removeLast() }
        return text.trimmedWhitespace
    }

    /// The trimmed cells of one row: quote markers, indentation and the outer pipes dropped,
    /// then cut at every pipe not escaped with a backslash.
    static func cells(of line: String) -> [String] {
        var text = Substring(line)
        while let first = text.first, first == ">" || first == " " || first == "\t" { text = text.dropFirst() }
        if text.first == "|" { text = text.dropFirst() }
        var body = Substring(String(text).trimmedWhitespace)
        if body.last == "|", !body.hasSuffix("\\|") { body = body.dropLast() }
        var cells: [String] = [], current = "", escaped = false
        for character in body {
            if character == "|", !escaped {
                cells.append(current.trimmedWhitespace)
                current = ""
                continue
            }
            escaped = character == "\\" && !escaped
            current.append(character)
        }
        cells.append(current.trimmedWhitespace)
        return cells
    }

    /// `|---|:--:|---|`: a row of a table's delimiter (dashes, with colons at their ends).
    static func isDelimiterRow(_ cells: [String]) -> Bool {
        !cells.isEmpty && cells.allSatisfy { cell in
            let dashes = cell.trimmingPrefix(":")
            let body = dashes.hasSuffix(":") ? dashes.dropLast() : dashes[...]
            return !body.isEmpty && body.allSatisfy { $0 == "-" }
        }
    }
}
