import CCmarkGFM
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
/// keeping its characters, fails `parsesOnManyThreadsMatchParsesOnOne`; strikethrough looked
/// up before the registry is filled (the set without it then holds it) fails both comparisons
/// and `aTextWithoutTildeIsParsedWithoutStrikethroughWhateverCameFirst`.
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

    /// A text without `~` is parsed outside the lock, so its set of extensions must not hold
    /// strikethrough, whatever the process parsed first. Run alone (`--filter`), the render
    /// below is the process's first use of cmark: the two sets, when each had an initializer of
    /// its own, then looked strikethrough up before registering it and kept it (in the whole
    /// suite it came and went with the order of the tests, and the tests below failed with it).
    @Test func aTextWithoutTildeIsParsedWithoutStrikethroughWhateverCameFirst() {
        #expect(MarkdownParser.renderHTML(SourceText("a text without a tilde\n")).contains("<p>"))
        let sets = CmarkConverter.extensionSets
        let strikethrough = cmark_find_syntax_extension("strikethrough")
        #expect(strikethrough != nil && sets.all.count == CmarkConverter.extensionNames.count)
        #expect(sets.all.contains { $0 == strikethrough })
        #expect(sets.withoutStrikethrough == sets.all.filter { $0 != strikethrough })
    }

    @Test func parsesOnManyThreadsMatchParsesOnOne() {
        let serial = Parallel.$isSerial.withValue(true) {
            Self.documents.map { Self.summary(MarkdownParser.parse($0)) }
        }
        // The extensions must be on: strikethrough is unwrapped, bare URLs are links.
        #expect(serial[0].contains { $0.hasPrefix("paragraph") && $0.contains("旧题 新题") })
        #expect(serial[0].contains { $0.hasPrefix("link bareURL") && $0.contains("http://www.example.com/0/0") })
        #expect(serial[1].contains { $0.hasPrefix("link bareURL") && $0.contains("http://www.example.com/1/0") })
        for round in 0..<16 {
            let parallel = Parallel.$isSerial.withValue(false) {
                Parallel.map(Self.documents) { Self.summary(MarkdownParser.parse($0)) }
            }
            #expect(parallel == serial, "round \(round): \(Self.firstDifference(parallel, serial))")
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
        let parsed = Self.documents.map { Self.summary(MarkdownParser.parse($0)).joined(separator: "\n") }
        let expected = Self.documents.indices.map { $0 % 4 < 2 ? serial[$0] : parsed[$0] }
        let lines = { (texts: [String]) in texts.map { $0.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) } }
        #expect(parallel == expected, "\(Self.firstDifference(lines(parallel), lines(expected)))")
    }

    /// Where two runs' results first differ: the document, the line, and both lines (the whole
    /// arrays are thousands of lines, and a race shows in one of them).
    private static func firstDifference(_ found: [[String]], _ expected: [[String]]) -> String {
        for (document, (got, wanted)) in zip(found, expected).enumerated() where got != wanted {
            let kind = document % 2 == 0 ? "with" : "without"
            guard let line = got.indices.first(where: { $0 < wanted.count && got[$0] != wanted[$0] }) else {
                return "document \(document) (\(kind) '~'): \(got.count) lines, expected \(wanted.count)"
            }
            return "document \(document) (\(kind) '~'), line \(line): \(got[line]) | expected: \(wanted[line])"
        }
        return "no difference"
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
