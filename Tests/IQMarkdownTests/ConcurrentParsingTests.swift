@testable import IQMarkdown
import IQTestSupport
import Testing

/// Stress test for parsing on several threads at once. cmark-gfm keeps global state: the
/// extension registry, its arena allocator, and the inline parser's table of special
/// characters, to which each parse adds the extensions' characters (`~`, `:`, `w`) and from
/// which it removes them when done, turning strikethrough and autolinks off under any parse
/// still running. `CmarkConverter` registers the extensions once, makes autolink's characters
/// permanent, parses a text with a `~` (with strikethrough) under a lock and a text without
/// one (without strikethrough) concurrently, and gives each thread an arena of its own. These
/// tests parse and render documents with and without `~`, all needing autolinks, on many
/// threads, and compare with the same work on one thread.
///
/// Run them under the thread sanitizer (not part of `make test`, which runs them without it):
///
///     swift test --sanitize=thread --scratch-path .build-tsan --filter "WorkPoolTests|ConcurrentParsingTests|ParallelLintingTests|ParsingFileTests|FastPathAgreementTests"
///
/// The sanitizer sees the Swift side (the converter, `Parallel`, the rules) and the arena;
/// libcmark-gfm itself is not instrumented, so a race inside it shows as a wrong result here.
/// Checked by mutation: a parse without `~` that attaches strikethrough anyway, or autolink
/// keeping its characters, fails `parsesOnManyThreadsMatchParsesOnOne`.
@Suite struct ConcurrentParsingTests {
    /// Even documents strike text through (parsed under the lock), odd ones have no `~`
    /// (parsed concurrently with everything); all of them need autolinks.
    private static let documents: [String] = (0..<48).map { index in
        let strike = index % 2 == 0 ? "~~" : ""
        var text = "# 文档 \(index)\n\n"
        for section in 0..<12 {
            text += """
                ## 第 \(section) 节

                1. \(strike)旧题\(strike) 新题 \(section)：见 www.example.com/\(index)/\(section) 和 https://a.example/\(index)?q=\(section)
                2. [链接](https://b.example/\(section)) \(strike)删除\(strike) 文本 mail@example.com
                - [ ] 任务 \(section)
                - [x] 完成 https://c.example/\(index)

                | 列 | 值 |
                | --- | --- |
                | \(strike)x\(strike) | https://t.example/\(section) |


                """
        }
        return text
    }

    /// What the extensions change: rendered text (strikethrough unwrapped), links (autolinks),
    /// tasks, tables, and the block structure with positions.
    private static func summary(_ document: Document) -> [String] {
        document.blocks.map { "block \($0.range)" }
            + document.paragraphs.map { "paragraph \($0.range) \($0.text)" }
            + document.links.map { "link \($0.kind) \($0.range) \($0.destination)" }
            + document.lists.map { "list \($0.index) \($0.items.map { "\($0.isTaskChecked.map(String.init) ?? "-")" })" }
            + document.headings.map { "heading \($0.index) \($0.text)" }
            + document.codeBlocks.map { "code \($0.range)" }
            + document.htmlComments.map { "comment \($0.range)" }
            + document.anchors.headingAnchors.map { "anchor \($0)" }
    }

    @Test func parsesOnManyThreadsMatchParsesOnOne() {
        let serial = Parallel.$isSerial.withValue(true) {
            Self.documents.map { Self.summary(MarkdownParser.parse($0)) }
        }
        // The extensions must be on: strikethrough is unwrapped, bare URLs are links.
        #expect(serial[0].contains { $0.hasPrefix("paragraph") && $0.contains("旧题 新题") })
        #expect(serial[0].contains { $0.hasPrefix("link bareURL") && $0.contains("http://www.example.com/0/0") })
        #expect(serial[1].contains { $0.hasPrefix("link bareURL") && $0.contains("http://www.example.com/1/0") })
        for _ in 0..<16 {
            let parallel = Parallel.$isSerial.withValue(false) {
                Parallel.map(Self.documents) { Self.summary(MarkdownParser.parse($0)) }
            }
            #expect(parallel == serial)
        }
    }

    @Test func renderingAndParsingOnManyThreadsMatchOneThread() {
        let serial = Parallel.$isSerial.withValue(true) {
            Self.documents.map { MarkdownParser.renderHTML(SourceText($0)) }
        }
        #expect(serial[0].contains("<del>旧题</del>") && serial[0].contains("<table>"))
        #expect(serial[1].contains("<a href=\"http://www.example.com/1/0\">") && !serial[1].contains("<del>"))
        let parallel = Parallel.$isSerial.withValue(false) {
            Parallel.map(Array(Self.documents.enumerated())) { index, text in
                // Half the documents are rendered while the others are parsed, with and without `~`:
                // both share cmark's globals.
                index % 4 < 2 ? MarkdownParser.renderHTML(SourceText(text)) : Self.summary(MarkdownParser.parse(text)).joined(separator: "\n")
            }
        }
        for (index, html) in parallel.enumerated() where index % 4 < 2 {
            #expect(html == serial[index])
        }
        let parsed = Self.documents.map { Self.summary(MarkdownParser.parse($0)).joined(separator: "\n") }
        for (index, text) in parallel.enumerated() where index % 4 >= 2 {
            #expect(text == parsed[index])
        }
    }

    /// One large document is parsed in pieces on several threads, its pieces numbered and its
    /// indexes collected on several threads: the model must be the one a single whole parse
    /// collected on one thread gives, on the sample bank and on a bank built from it.
    @Test func aLargeDocumentParsedInPiecesOnManyThreadsMatchesAWholeParse() throws {
        let sample = try String(contentsOfFile: RepositoryPaths.sampleCorpus, encoding: .utf8)
        for text in [sample, String(repeating: sample + "\n", count: 4)] {
            let source = SourceText(text)
            #expect(DocumentChunks.chunks(of: source, targetBytes: 4096).count > 2)
            let whole = Parallel.$isSerial.withValue(true) { CmarkConverter.blocks(of: source, chunkBytes: .max) }
            let pieces = Parallel.$isSerial.withValue(false) { CmarkConverter.blocks(of: source, chunkBytes: 4096) }
            #expect(text == sample || whole.blocks.count > 2 * Document.blocksPerCollectedPiece, "the indexes must be collected in pieces")
            let expected = Parallel.$isSerial.withValue(true) { Self.summary(Document(source: source, blocks: whole.blocks)) }
            let found = Parallel.$isSerial.withValue(false) { Self.summary(Document(source: source, blocks: pieces.blocks)) }
            #expect(found == expected, "first difference: \(zip(found, expected).first { $0 != $1 }.map { "\($0) vs \($1)" } ?? "count")")
        }
    }
}
