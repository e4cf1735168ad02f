import IQMarkdown
import Testing

/// cmark-gfm 0.29 reports wrong inline positions in known cases; every range the model gives
/// must still point at the exact bytes.
@Suite struct ParserRangeTests {
    private func text(_ document: Document, _ range: SourceRange) -> String { document.source.string(in: range) }

    /// `paragraphs` is walked from the tree: every paragraph of items, nested lists and quotes,
    /// in source order.
    @Test func paragraphsComeInSourceOrderFromEveryContainer() {
        let document = MarkdownParser.parse("p1\n\n- a\n\n  a2\n  - b\n    > q\n- c\n\n> d\n>\n> 1. e\n\n# h\n\nz\n")
        #expect(document.paragraphs.map(\.text) == ["p1", "a", "a2", "b", "q", "c", "d", "e", "z"])
        #expect(!document.paragraphs.isEmpty)
        #expect(MarkdownParser.parse("# only a heading\n\n---\n").paragraphs.isEmpty)
    }

    /// `[^1]` with `[^1]: Ibid.` is a footnote on GitHub, not a link; an inline `[^1](url)`
    /// and a reference link whose label has no caret stay links.
    @Test func aFootnoteReferenceIsNoLink() throws {
        let document = MarkdownParser.parse("Said once.[^1] See [docs][d] and [^2](https://a.example/n).\n\n[^1]: Ibid.\n[d]: https://a.example/docs\n")
        #expect(document.links.map(\.destination) == ["https://a.example/docs", "https://a.example/n"])
        #expect(document.links.map(\.text) == ["docs", "^2"])
    }

    /// cmark starts a paragraph at the link reference definitions it takes out of it
    /// (`[homepage]: url` on the line above), and hints the paragraph's links there: each link
    /// is still located at its own bytes, inline or by reference.
    @Test func linksUnderAReferenceDefinitionAreTheirOwn() throws {
        for (markdown, written) in [
            ("[homepage]: https://a.example/home\n[Translations](README.md#translations)\n", "[Translations](README.md#translations)"),
            ("[homepage]: https://a.example/home\n[a]: https://a.example/a\nSee [Translations](https://a.example/t) and [homepage].\n",
             "[Translations](https://a.example/t)"),
        ] {
            let document = MarkdownParser.parse(markdown)
            let link = try #require(document.links.first)
            #expect(text(document, link.range) == written)
            #expect(link.kind == .inline)
        }
        let both = MarkdownParser.parse("[homepage]: https://a.example/home\nSee [Translations](https://a.example/t) and [homepage].\n")
        #expect(both.links.map { text(both, $0.range) } == ["[Translations](https://a.example/t)", "[homepage]"])
        #expect(both.links.map(\.kind) == [.inline, .reference])
    }

    @Test func linkWhoseDestinationEndsOnTheNextLine() throws {
        let document = MarkdownParser.parse("3. [chatgpt](https://mp.weixin.qq.com/s?__biz=X#rd\n)\n4. next\n")
        let link = try #require(document.links.first)
        #expect(text(document, link.range) == "[chatgpt](https://mp.weixin.qq.com/s?__biz=X#rd\n)")
        #expect(text(document, try #require(link.destinationRange)) == "https://mp.weixin.qq.com/s?__biz=X#rd")
        #expect(link.destination == "https://mp.weixin.qq.com/s?__biz=X#rd")
        #expect(link.kind == .inline)
    }

    /// On a continuation line cmark's column lands on the image inside the outer image; its
    /// destination (`()`) is not the outer one's, so the outer image is searched for (fuzz: the
    /// scheme fix went into the inner `()` on every run).
    @Test func imageOnAContinuationLineIsNotTheImageInsideIt() throws {
        for text in ["9. n\n![[![[]]()]](q.co/_\n)\n", "9. n\r![[![[]]()]](q.co/_\n)\n"] {
            let document = MarkdownParser.parse(text)
            let outer = try #require(document.links.first { $0.destination == "q.co/_" })
            #expect(self.text(document, try #require(outer.destinationRange)) == "q.co/_", "\(text.debugDescription)")
            #expect(self.text(document, outer.range).hasPrefix("![[![[]]()]](q.co/_"))
        }
    }

    @Test func linkWhoseTextIsSplitAcrossLines() throws {
        let document = MarkdownParser.parse("1. [大模型\n   微调](https://a.example/x) tail\n")
        let link = try #require(document.links.first)
        #expect(text(document, link.range) == "[大模型\n   微调](https://a.example/x)")
        #expect(link.text == "大模型 微调")
    }

    @Test func linkOnAContinuationLineIndentedWithExtraSpaces() throws {
        let document = MarkdownParser.parse("1. first\n      中文[y](http://b.example) after\n")
        let link = try #require(document.links.first)
        #expect(text(document, link.range) == "[y](http://b.example)")
        #expect(document.source.position(of: link.range.start) == (line: 2, byteColumn: 13))
    }

    /// cmark's column lands early on an indented continuation line: on `[x]` of `[x] [text](url)`,
    /// a shortcut reference form whose text is not the link's.
    @Test func linkAfterABracketOnAnIndentedContinuationLine() throws {
        for line in ["    [x] [Suffix arrays](https://a.example/x)", "    [ ] [Suffix arrays](https://a.example/x)", "      a [ ] [Suffix arrays](https://a.example/x)"] {
            let document = MarkdownParser.parse(SourceText("See these:\n\(line)\n"))
            let link = try #require(document.links.first)
            #expect(text(document, link.range) == "[Suffix arrays](https://a.example/x)", "\(line)")
            #expect(link.kind == .inline)
        }
        // A shortcut reference before the inline link is a link of its own.
        let reference = MarkdownParser.parse(SourceText("See these:\n    [s] [t](https://a.example/t)\n\n[s]: https://a.example/s\n"))
        #expect(reference.links.map { text(reference, $0.range) } == ["[s]", "[t](https://a.example/t)"])
    }

    @Test func linkOnALazyContinuationLine() throws {
        let document = MarkdownParser.parse("1. first\nlazy [z](https://z.example)\n")
        let link = try #require(document.links.first)
        #expect(text(document, link.range) == "[z](https://z.example)")
        #expect(document.source.position(of: link.range.start).line == 2)
        #expect(document.lists[0].items[0].paragraphs[0].lines == 1...2)
    }

    @Test func bareURLAutolink() throws {
        let document = MarkdownParser.parse("- see https://example.com/a?b=1 and www.c.com/x\n")
        #expect(document.links.map(\.kind) == [.bareURL, .bareURL])
        #expect(document.links.map { text(document, $0.range) } == ["https://example.com/a?b=1", "www.c.com/x"])
        #expect(document.links[1].destination == "http://www.c.com/x")
    }

    @Test func angleAutolink() throws {
        let document = MarkdownParser.parse("链接 <https://example.com/x>\n")
        let link = try #require(document.links.first)
        #expect(link.kind == .angleAutolink)
        #expect(text(document, link.range) == "<https://example.com/x>")
    }

    /// cmark hints a link whose text spans lines at the `</u>` closing inside it; that tag is no
    /// autolink of the link's address (audit FQ: bare-url's fix wrote `[/u](/u)` there).
    @Test func linkTextClosingATagOnItsSecondLineIsTheInlineLink() throws {
        let source = "- P\n    - [<u>add shadows\n      2339</u>](https://a.example/pull/2339)\n"
            + "- \\[Kat\\] [<u>PR to\n  document</u>](https://a.example/issues/2127)\n"
        let document = MarkdownParser.parse(source)
        #expect(document.links.map(\.kind) == [.inline, .inline])
        #expect(document.links.map { text(document, $0.range) }.last == "[<u>PR to\n  document</u>](https://a.example/issues/2127)")
        #expect(document.links.map(\.destination).last == "https://a.example/issues/2127")
    }

    @Test func mailAutolink() throws {
        let document = MarkdownParser.parse("写信 <someone@example.com> 或 <mailto:other@example.com>\n")
        #expect(document.links.map(\.kind) == [.angleAutolink, .angleAutolink])
        #expect(document.links.map { text(document, $0.range) } == ["<someone@example.com>", "<mailto:other@example.com>"])
    }

    @Test func cjkTextBeforeALinkOnTheSameLine() throws {
        let document = MarkdownParser.parse("12. 什么是scale law：[答案](https://a.example/1)\n")
        let link = try #require(document.links.first)
        #expect(text(document, link.range) == "[答案](https://a.example/1)")
        #expect(document.source.reportedPosition(of: link.range.start).column == 18)
    }

    @Test func itemNumbersComeFromTheSource() throws {
        let document = MarkdownParser.parse("1. a\n3. b\n4. c\n")
        let list = try #require(document.lists.first)
        #expect(list.items.map(\.number) == [1, 3, 4])
        #expect(list.items.map(\.marker) == ["1.", "3.", "4."])
        #expect(list.items.map { text(document, $0.markerRange) } == ["1.", "3.", "4."])
    }

    @Test func twoLinksOnOneLineAndAnEscapedBracket() throws {
        let document = MarkdownParser.parse("1. \\[x] [A](https://a.example)[B](https://b.example)\n")
        #expect(document.links.map { text(document, $0.range) } == ["[A](https://a.example)", "[B](https://b.example)"])
    }

    @Test func referenceLinkAndImage() throws {
        let document = MarkdownParser.parse("- [ref][r] and ![alt](i.png)\n\n[r]: https://r.example\n")
        #expect(document.links.map(\.kind) == [.reference, .inline])
        #expect(document.links.map { text(document, $0.range) } == ["[ref][r]", "![alt](i.png)"])
        #expect(document.links[1].isImage)
    }

    @Test func headingsHaveContentRangesAndPlainText() throws {
        let document = MarkdownParser.parse("## Q&A：`LoRA` 与 *QLoRA* ##\n\nSetext\n======\n")
        #expect(document.headings.count == 2)
        #expect(document.headings[0].text == "Q&A：LoRA 与 QLoRA")
        #expect(text(document, document.headings[0].contentRange) == "Q&A：`LoRA` 与 *QLoRA*")
        #expect(document.headings[1].isSetext && document.headings[1].level == 1)
        #expect(text(document, document.headings[1].contentRange) == "Setext")
    }

    @Test func htmlCommentsFromBlocksAndInlines() throws {
        let document = MarkdownParser.parse("说明\n\n<!-- block -->\n1. a <!-- inline -->\n")
        #expect(document.htmlComments.map(\.body) == [" block ", " inline "])
        #expect(document.htmlComments.map { text(document, $0.range) } == ["<!-- block -->", "<!-- inline -->"])
    }

    @Test func emptyItemAndTaskItem() throws {
        let document = MarkdownParser.parse("1. a\n2. \n- [x] done\n")
        #expect(document.lists[0].items[1].isEmpty)
        #expect(document.lists[1].items[0].isTaskChecked == true)
    }

    @Test func crlfAndByteOrderMark() throws {
        let source = try SourceText(validating: [0xEF, 0xBB, 0xBF] + Array("1. a\r\n3. [b](https://b.example)\r\n".utf8))
        let document = MarkdownParser.parse(source)
        #expect(source.hasByteOrderMark && source.lineEnding == .crlf)
        #expect(document.lists[0].items.map(\.number) == [1, 3])
        #expect(text(document, document.links[0].range) == "[b](https://b.example)")
        #expect(source.lineText(2) == "3. [b](https://b.example)")
    }

    @Test func fencedCodeIsNotParsedAsMarkdown() {
        let document = MarkdownParser.parse("```\n1. a\n[x](y)\n```\n")
        #expect(document.lists.isEmpty && document.links.isEmpty)
        #expect(document.codeBlocks.count == 1 && document.codeBlocks[0].isFenced)
    }

    @Test func nestedListsHaveDepth() throws {
        let document = MarkdownParser.parse("- outer\n  1. inner\n  2. inner two\n")
        #expect(document.lists.map(\.depth) == [0, 1])
        #expect(document.lists[1].items.map(\.number) == [1, 2])
    }

    @Test func everyLinkRangeOfTheSampleCorpusIsALinkInTheSource() throws {
        let document = MarkdownParser.parse(try SampleCorpus.source())
        #expect(document.links.count == 176)
        for link in document.links {
            let raw = text(document, link.range)
            switch link.kind {
            case .inline: #expect(raw.hasPrefix("[") && raw.hasSuffix(")"), "\(raw)")
            case .reference: #expect(raw.hasPrefix("[") && raw.hasSuffix("]"), "\(raw)")
            case .angleAutolink: #expect(raw.hasPrefix("<") && raw.hasSuffix(">"), "\(raw)")
            case .bareURL: #expect(raw == link.text, "\(raw)")
            }
        }
    }
}

@Suite struct HTMLBlockRangeTests {
    @Test func htmlBlocksThatCmarkEndsBeforeTheyStartCoverTheirOwnLinesOnly() {
        let document = MarkdownParser.parse("<!-- one -->\n1. a\n\n<!-- two -->\n")
        #expect(document.htmlComments.map(\.body) == [" one ", " two "])
        let htmlRanges = document.blocks.compactMap { if case .html(let block) = $0 { block.range } else { nil } }
        #expect(htmlRanges.map { document.source.string(in: $0) } == ["<!-- one -->", "<!-- two -->"])
    }
}
