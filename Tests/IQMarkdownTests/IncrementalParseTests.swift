import Foundation
@testable import IQMarkdown
import IQTestSupport
import Testing

/// A version parsed by reusing another version's blocks is the version parsed whole: every
/// range, line, index and text (compared through a dump of the whole model).
@Suite struct IncrementalParseTests {
    @Test func editedVersionsParseAsAWholeParseDoes() throws {
        var compared = 0, reused = 0
        for text in Self.documents() {
            let original = MarkdownParser.parse(text)
            var generator = SeededGenerator(seed: UInt64(text.utf8.count))
            for _ in 0..<12 {
                let edited = Self.edit(text, using: &generator)
                let source = SourceText(edited)
                let whole = MarkdownParser.parse(source)
                guard let incremental = IncrementalParse.document(of: source, reusing: original, maximumReparsedShare: 1) else { continue }
                compared += 1
                #expect(ModelDump.of(incremental) == ModelDump.of(whole), "\(edited.prefix(200))")
                if IncrementalParse.document(of: source, reusing: original, maximumReparsedShare: 0.5) != nil { reused += 1 }
            }
        }
        #expect(compared > 200)
        #expect(reused > 100, "most edits of a sectioned document leave most of it to reuse")
    }

    /// A large bank with the edits of the benchmark (a title reworded, two items added in
    /// another section) reuses all but the sections of the edits.
    @Test func aBankWithTwoEditsReusesMostOfItself() throws {
        let bank = Self.bank(sections: 60, items: 40)
        var lines = bank.components(separatedBy: "\n")
        lines[700] += "（修订版）"
        lines.insert(contentsOf: ["41. [新增的问题：如何评估分词器](https://example.com/new/1)", "42. [新增的第二个问题](https://example.com/new/2)"], at: 1500)
        let edited = lines.joined(separator: "\n")
        let original = MarkdownParser.parse(bank)
        let incremental = try #require(IncrementalParse.document(of: SourceText(edited), reusing: original, maximumReparsedShare: 0.5))
        #expect(ModelDump.of(incremental) == ModelDump.of(MarkdownParser.parse(edited)))
    }

    /// A section moved elsewhere, or sections swapped, still parse as a whole parse does: the
    /// matched chunks need not be in their old order.
    @Test func movedSectionsParseAsAWholeParseDoes() throws {
        let bank = Self.bank(sections: 12, items: 6)
        let sections = bank.components(separatedBy: "\n## ")
        var moved = sections
        moved.swapAt(2, 9)
        moved.append(moved.remove(at: 4))
        let edited = moved.joined(separator: "\n## ")
        let original = MarkdownParser.parse(bank)
        let incremental = try #require(IncrementalParse.document(of: SourceText(edited), reusing: original, maximumReparsedShare: 0.5))
        #expect(ModelDump.of(incremental) == ModelDump.of(MarkdownParser.parse(edited)))
        #expect(ModelDump.of(try #require(IncrementalParse.document(of: SourceText(bank), reusing: MarkdownParser.parse(edited))))
                == ModelDump.of(original))
    }

    /// Outside `ChangedChunks.regions`, an edited version holds the other version's top-level
    /// blocks byte for byte (parsed alike: the property above); what a rule that judges chunks
    /// alone finds there, it found before.
    @Test func outsideTheChangedChunksTheBlocksAreTheOldOnes() throws {
        var compared = 0, narrowed = 0
        for text in Self.documents() {
            let old = MarkdownParser.parse(text)
            var generator = SeededGenerator(seed: UInt64(text.utf8.count) &+ 7)
            for _ in 0..<12 {
                let new = MarkdownParser.parse(Self.edit(text, using: &generator))
                guard let regions = ChangedChunks.regions(of: new.source, since: old.source) else { continue }
                compared += 1
                func bytes(_ block: Block, in document: Document) -> ArraySlice<UInt8> { document.source.bytes[block.range.start..<block.range.end] }
                let oldBlocks = Set(old.blocks.map { Array(bytes($0, in: old)) })
                let restricted = new.restricted(to: regions)
                let inRegions = Set(restricted.blocks.map(\.range))
                let outside = new.blocks.filter { !inRegions.contains($0.range) }
                #expect(outside.allSatisfy { oldBlocks.contains(Array(bytes($0, in: new))) })
                #expect(restricted.blocks.allSatisfy { block in regions.contains { $0.start <= block.range.start && block.range.start < $0.end } })
                #expect(zip(regions, regions.dropFirst()).allSatisfy { $0.end < $1.start }, "regions are in order and apart")
                if restricted.blocks.count < new.blocks.count { narrowed += 1 }
            }
        }
        #expect(compared > 200)
        #expect(narrowed > 100, "most edits of a sectioned document touch a few of its chunks")
        let same = SourceText("# A\n\ntext\n")
        #expect(ChangedChunks.regions(of: same, since: same) == [])
        let bank = Self.bank(sections: 10, items: 5)
        #expect(ChangedChunks.regions(of: SourceText(bank + "\n[ref]: https://example.com\n"), since: SourceText(bank)) == nil)
    }

    /// Two edits far apart (the benchmark's) are two changed chunks, not everything between
    /// them; a chunk git's diff reports a line of is changed even when its bytes are old.
    @Test func editsFarApartAreTwoChunks() throws {
        let bank = Self.bank(sections: 60, items: 40)
        var lines = bank.components(separatedBy: "\n")
        lines[700] += "（修订版）"
        lines.insert("41. [新增的问题：如何评估分词器](https://example.com/new/1)", at: 1500)
        let edited = SourceText(lines.joined(separator: "\n"))
        let regions = try #require(ChangedChunks.regions(of: edited, since: SourceText(bank)))
        #expect(regions.count == 2)
        #expect(regions.allSatisfy { ($0.end - $0.start) * 40 < edited.bytes.count }, "one section of sixty each")
        #expect(regions[0].contains(edited.lineRange(701).start) && regions[1].contains(edited.lineRange(1501).start))
        let withGit = try #require(ChangedChunks.regions(of: edited, since: SourceText(bank)) { $0.contains(edited.lineRange(100).start) })
        #expect(withGit.count == 3)
    }

    @Test func aReferenceDefinitionAnywhereMeansAWholeParse() {
        let bank = Self.bank(sections: 10, items: 5)
        let original = MarkdownParser.parse(bank)
        #expect(IncrementalParse.document(of: SourceText(bank + "\n[ref]: https://example.com\n"), reusing: original, maximumReparsedShare: 1) == nil)
        #expect(IncrementalParse.document(of: SourceText(bank + "\nmore\n"), reusing: MarkdownParser.parse(bank + "\n[ref]: https://example.com\n"),
                                          maximumReparsedShare: 1) == nil)
    }

    // MARK: - Inputs

    static func documents() -> [String] {
        RepositoryPaths.fixtureMarkdownFiles().compactMap { try? String(contentsOfFile: $0, encoding: .utf8) } + [bank(sections: 12, items: 8)]
    }

    static func bank(sections: Int, items: Int) -> String {
        var lines = ["# 面试题", ""]
        for section in 1...sections {
            lines += ["## 第\(section)章", ""]
            for item in 1...items { lines.append("\(item). [问题\(section)-\(item)：什么是注意力机制？](https://example.com/\(section)/\(item))") }
            lines.append("")
        }
        return lines.joined(separator: "\n")
    }

    /// One to three edits at random lines: lines inserted (items, headings, fences, HTML,
    /// quotes, lazy lines), deleted or reworded.
    static func edit(_ text: String, using generator: inout SeededGenerator) -> String {
        var lines = text.components(separatedBy: "\n")
        let insertions = ["7. [新问题：为什么](https://example.com/new)", "## 新的一节", "", "```", "<!-- 注释", "-->", "> 引用",
                          "   懒惰的续行", "- [ ] 待补充", "| a | b |", "|---|---|", "<details>", "Setext", "---", "\t- 缩进"]
        for _ in 0..<Int.random(in: 1...3, using: &generator) {
            let line = Int.random(in: 0...lines.count, using: &generator)
            switch Int.random(in: 0..<4, using: &generator) {
            case 0, 1: lines.insert(insertions.randomElement(using: &generator)!, at: line)
            case 2: if line < lines.count { lines.remove(at: line) }
            default: if line < lines.count { lines[line] += " 改写" }
            }
        }
        return lines.joined(separator: "\n")
    }
}

/// Every field of a document's blocks, as text.
enum ModelDump {
    static func of(_ document: Document) -> String {
        var output = "nesting \(String(describing: document.nestingLimitRange))\n"
        for block in document.blocks { dump(block, depth: 0, into: &output) }
        return output
    }

    private static func dump(_ block: Block, depth: Int, into output: inout String) {
        let pad = String(repeating: " ", count: depth * 2)
        switch block {
        case .heading(let heading):
            output += "\(pad)heading \(heading.level) \(heading.isSetext) \(heading.range) \(heading.contentRange) #\(heading.index) \(inline(heading.content))\n"
        case .paragraph(let paragraph):
            output += "\(pad)paragraph \(paragraph.range) \(paragraph.lines) \(inline(paragraph.content))\n"
        case .list(let list):
            output += "\(pad)list \(list.kind) \(list.isTight) \(list.range) depth \(list.depth) #\(list.index)\n"
            for item in list.items {
                output += "\(pad) item \(item.marker) \(item.markerRange) \(String(describing: item.number)) \(item.spacesAfterMarker) "
                    + "\(String(describing: item.isTaskChecked)) \(item.range) \(item.indexInList)\n"
                for child in item.children { dump(child, depth: depth + 1, into: &output) }
            }
        case .codeBlock(let code):
            output += "\(pad)code \(code.isFenced) \(code.info) \(code.range) \(code.code.debugDescription)\n"
        case .html(let html):
            output += "\(pad)html \(html.range) \(html.html.debugDescription) \(html.comments.map { "\($0.range) \($0.body)" })\n"
        case .blockQuote(let quote):
            output += "\(pad)quote \(quote.range)\n"
            for child in quote.children { dump(child, depth: depth + 1, into: &output) }
        case .table(let table):
            output += "\(pad)table \(table.range) \(table.links.map(link))\n"
        case .thematicBreak(let range):
            output += "\(pad)break \(range)\n"
        }
    }

    private static func inline(_ content: InlineContent) -> String {
        "\(content.text.debugDescription) links \(content.links.map(link)) comments \(content.htmlComments.map { "\($0.range) \($0.body)" }) html \(content.inlineHTML)"
    }

    private static func link(_ link: Link) -> String {
        "[\(link.kind) \(link.isImage) \(link.text) \(link.destination) \(String(describing: link.title)) \(link.range) "
            + "\(String(describing: link.destinationRange)) \(String(describing: link.textRange))]"
    }
}
