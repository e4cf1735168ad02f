@testable import IQMarkdown
import Testing

/// Large documents are parsed in pieces; the model must be the one a whole parse gives.
@Suite struct DocumentChunksTests {
    private static let sections = [
        "## 问题\n\n1. [什么是BERT](https://a.example/1)\n2. [LoRA](https://a.example/2)\n   continued\n",
        "## 代码\n\n```python\n\n## not a heading\n\n```\n",
        "## 注释\n\n<!--\n\n## inside a comment\n\n-->\n\n- [x](https://b.example) <!-- c -->\n",
        "## 表格\n\n说明\n| a | b |\n| --- | --- |\n| [y](https://c.example) | z |\n",
        "## 引用\n\n> quote\n> - item\n\n    ## indented code\n",
        "### Mixed\r\n\r\n1. a\r\n2. [b](https://d.example)\r\n",
        "<pre>\n\n# in pre\n\n</pre>\n",
    ]

    private func summary(_ parsed: (blocks: [Block], nestingLimitRange: SourceRange?), _ source: SourceText) -> [String] {
        let document = Document(source: source, blocks: parsed.blocks, nestingLimitRange: parsed.nestingLimitRange)
        return document.blocks.map { "block \($0.range)" }
            + document.headings.map { "heading \($0.range) \($0.contentRange) \($0.index) \($0.text)" }
            + document.links.map { "link \($0.kind) \($0.range) \($0.destination) \($0.text)" }
            + document.lists.map { "list \($0.index) \($0.range) \($0.items.map(\.range))" }
            + document.paragraphs.map { "paragraph \($0.range) \($0.lines)" }
            + document.codeBlocks.map { "code \($0.range)" } + document.htmlComments.map { "comment \($0.range)" }
    }

    @Test func piecesParseToTheSameModelAsTheWholeDocument() {
        var text = "# 题库\n\n"
        for index in 0..<80 { text += Self.sections[(index * 5) % Self.sections.count] + "\n" }
        // A fence in a list item ends with the item; after it nothing can be split safely.
        text += "## 列表\n\n- a\n\n  ```\n\n# ends the item, so the next fence is top level\n  ```\n\n## x\n\n```\n"
        for index in 0..<20 { text += Self.sections[index % Self.sections.count] + "\n" }
        let source = SourceText(text)
        let chunks = DocumentChunks.chunks(of: source, targetBytes: 300)
        #expect(chunks.count > 10)
        #expect(chunks.first?.range.start == 0 && chunks.last?.range.end == source.bytes.count)
        for (previous, next) in zip(chunks, chunks.dropFirst()) {
            #expect(previous.range.end == next.range.start)
            #expect(source.string(in: SourceRange(next.range.start, next.range.start + 1)) == "#")
        }
        let pieces = summary(CmarkConverter.blocks(of: source, chunkBytes: 300), source)
        let whole = summary(CmarkConverter.blocks(of: source, chunkBytes: .max), source)
        #expect(pieces == whole, "first difference: \(zip(pieces, whole).first { $0 != $1 }.map { "\($0) vs \($1)" } ?? "count")")
    }

    @Test func aDocumentThatMayDefineReferencesIsNeverSplit() {
        let text = String(repeating: "## a\n\n[x][r]\n\n", count: 100) + "[r]: https://r.example\n"
        #expect(DocumentChunks.chunks(of: SourceText(text), targetBytes: 100).count == 1)
    }
}
