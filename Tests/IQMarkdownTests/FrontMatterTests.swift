@testable import IQMarkdown
import Testing

/// Jekyll/Hugo/VuePress metadata at the top of a page is not Markdown: GitHub shows it as a table.
@Suite struct FrontMatterTests {
    private let page = """
        ---
        title: 计算机网络
        tag:
          - 计算机网络
        head:
          - - meta
            - name: keywords
        ---

        ## 问题

        - [什么是TCP](https://a.example/tcp)

        """

    @Test func theMetadataIsNotParsed() {
        let document = MarkdownParser.parse(page)
        #expect(document.headings.map(\.text) == ["问题"])
        #expect(document.lists.count == 1)
        #expect(document.lists.first?.items.map(\.text) == ["什么是TCP"])
        // Positions are the file's: the heading is on line 10.
        #expect(document.headings.first.map { document.source.line(containing: $0.range.start) } == 10)
    }

    @Test func tomlAndDotsCloseToo() {
        #expect(MarkdownParser.parse("+++\ntitle = \"x\"\n+++\n\n# A\n").headings.map(\.text) == ["A"])
        #expect(MarkdownParser.parse("---\nid: oop\n...\n\n# A\n").headings.map(\.text) == ["A"])
    }

    @Test func aThematicBreakOpeningADocumentStaysMarkdown() {
        // No `key:` line after the opening `---`: a rule above a setext heading.
        #expect(FrontMatter.range(in: SourceText("---\nIntro text\n---\n\n# A\n")) == nil)
        #expect(MarkdownParser.parse("---\nIntro text\n---\n\n# A\n").headings.map(\.text) == ["Intro text", "A"])
        // Never closed: no front matter.
        #expect(FrontMatter.range(in: SourceText("---\ntitle: x\n\n# A\n")) == nil)
        // Not on the first line.
        #expect(FrontMatter.range(in: SourceText("\n---\ntitle: x\n---\n")) == nil)
    }

    @Test func chunksAndIncrementalParsesSkipItAlike() {
        let body = (0..<200).map { "## 第\($0)节\n\n- [问题\($0)](https://a.example/\($0))\n" }.joined(separator: "\n")
        let source = SourceText("---\ntitle: bank\n\nsidebar: auto\n---\n\n" + body)
        let whole = Document(source: source, blocks: CmarkConverter.blocks(of: source, chunkBytes: .max).blocks, nestingLimitRange: nil)
        // Chunks of 20 bytes: some end inside the metadata (after its blank line).
        let pieces = Document(source: source, blocks: CmarkConverter.blocks(of: source, chunkBytes: 20).blocks, nestingLimitRange: nil)
        #expect(whole.headings.count == 200 && whole.headings.first?.text == "第0节")
        #expect(pieces.headings.map(\.range) == whole.headings.map(\.range))
        #expect(pieces.lists.map(\.range) == whole.lists.map(\.range))
        // A change to the metadata is parsed the same way.
        let edited = SourceText("---\ntitle: bank two\n\nsidebar: auto\n---\n\n" + body)
        let incremental = IncrementalParse.document(of: edited, reusing: whole, maximumReparsedShare: 1)
        let fresh = MarkdownParser.parse(edited)
        #expect(incremental.map { $0.headings.map(\.range) } ?? fresh.headings.map(\.range) == fresh.headings.map(\.range))
        #expect(fresh.headings.count == 200)
    }
}
