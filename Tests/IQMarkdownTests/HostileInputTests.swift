import IQMarkdown
import Testing

/// Inputs that crashed or hung the parser (issue #10): each is parsed for real, and every range
/// of the model must point at real bytes.
@Suite struct HostileInputTests {
    private func text(_ document: Document, _ range: SourceRange) -> String { document.source.string(in: range) }

    @Test func tableRightAfterALineOfTextGetsThatLineAsItsParagraph() throws {
        let document = MarkdownParser.parse("说明\n| 问题 | 链接 |\n| --- | --- |\n| a | [x](https://e.com) |\n")
        guard case .paragraph(let paragraph) = document.blocks.first, case .table(let table) = document.blocks.last else {
            Issue.record("expected a paragraph and a table, found \(document.blocks)")
            return
        }
        #expect(text(document, paragraph.range) == "说明")
        #expect(paragraph.lines == 1...1)
        #expect(document.source.line(containing: table.range.start) == 2)
        let link = try #require(document.links.first)
        #expect(text(document, link.range) == "[x](https://e.com)")
    }

    @Test func tableAfterTwoLinesOfTextInsideAQuote() throws {
        let document = MarkdownParser.parse("> 第一行\n> 第二行\n> | a | b |\n> | - | - |\n> | [x](https://e.com) | y |\n")
        let link = try #require(document.links.first)
        #expect(text(document, link.range) == "[x](https://e.com)")
        for block in document.blocks { #expect(block.range.end <= document.source.bytes.count) }
    }

    @Test func bareCarriageReturnsEndLinesLikeCmarkGFM() throws {
        let source = SourceText("a\rb")
        #expect(source.lineCount == 2 && source.lineEnding == .cr)
        #expect(source.lineText(1) == "a" && source.lineText(2) == "b")
        let heading = try #require(MarkdownParser.parse("x\r\r# h\n").headings.first)
        #expect(heading.text == "h")
        #expect(MarkdownParser.parse("x\r\r# h\n").source.line(containing: heading.range.start) == 3)
        let mixed = SourceText("a\r\nb\rc\nd")
        #expect(mixed.lineCount == 4 && mixed.lineEnding == .crlf)
        #expect((1...4).map(mixed.lineText) == ["a", "b", "c", "d"])
        #expect(SourceText("a\r").endsWithNewline && SourceText("a\r").lineCount == 1)
    }

    @Test func lineEndingsAreAppliedToReplacements() {
        #expect(SourceText.LineEnding.cr.applied(to: "a\nb\r\nc") == "a\rb\rc")
        #expect(SourceText.LineEnding.crlf.applied(to: "a\nb\rc\r\n") == "a\r\nb\r\nc\r\n")
        #expect(SourceText.LineEnding.lf.applied(to: "a\r\nb") == "a\r\nb")
    }

    @Test func deeplyNestedQuotesStopAtTheNestingLimit() throws {
        let document = MarkdownParser.parse(String(repeating: ">", count: 20_000) + " x\n")
        let limit = try #require(document.nestingLimitRange)
        #expect(limit.start == Document.maximumNesting)
        #expect(document.paragraphs.isEmpty)
    }

    @Test func deeplyNestedListsStopAtTheNestingLimit() throws {
        let document = MarkdownParser.parse(String(repeating: "- ", count: 10_000) + "x\n")
        let limit = try #require(document.nestingLimitRange)
        #expect(limit.start == 2 * Document.maximumNesting)
        #expect(document.lists.count == Document.maximumNesting)
        #expect(document.lists.allSatisfy { !$0.items[0].children.isEmpty })
    }

    @Test func nestingBelowTheLimitIsModelledCompletely() throws {
        let document = MarkdownParser.parse(String(repeating: "> ", count: Document.maximumNesting) + "[x](https://e.com)\n")
        #expect(document.nestingLimitRange == nil)
        #expect(document.links.count == 1)
    }

    // Each level used to visit its content twice (2^27 visits for 27 levels).
    @Test(.timeLimit(.minutes(1))) func nestedImagesInLinksAreVisitedOnce() throws {
        let levels = 60
        let markdown = String(repeating: "[![", count: levels) + "x" + String(repeating: "](https://i.example)](https://l.example)", count: levels) + "\n"
        let document = MarkdownParser.parse(markdown)
        #expect(document.links.contains { $0.kind == .inline && $0.isImage })
        for link in document.links where link.kind == .inline {
            #expect(text(document, link.range).hasPrefix(link.isImage ? "![" : "["))
            #expect(text(document, link.range).hasSuffix(link.isImage ? "(https://i.example)" : "(https://l.example)"))
        }
    }
}

@Suite struct LinkKindTests {
    // cmark's column for a link on a continuation line is wrong, so the link is searched for
    // by its text; a text equal to the URL must not make it a bare URL (bare-url wrapped it
    // again on every run).
    @Test func linkWhoseTextIsItsURLOnAContinuationLineIsInline() throws {
        let document = MarkdownParser.parse("- a\n      100)  [https://angle.example/a](https://angle.example/a)\n")
        let link = try #require(document.links.first)
        #expect(link.kind == .inline)
        #expect(document.source.string(in: link.range) == "[https://angle.example/a](https://angle.example/a)")
        #expect(document.links.count == 1)
    }

    @Test func setextHeadingEndsAtItsUnderline() throws {
        let document = MarkdownParser.parse("的区别\r\n===\r\n+ 训练  ``a ` b``\r\n   ｆｕｌｌ <b>RLHF</b>\r\n")
        let heading = try #require(document.headings.first)
        #expect(document.source.string(in: heading.range) == "的区别\r\n===")
        let item = try #require(document.lists.first?.items.first)
        #expect(document.source.line(containing: item.range.start) == 3)
    }
}

@Suite struct NestedImageLinkTests {
    // Found by the shared smoke tool: on a lazy continuation line cmark's column for the link
    // fell on the image inside it, and `add https://` went into the image's destination again
    // on every run.
    @Test func linkAroundAnImageOnAContinuationLineKeepsItsOwnDestination() throws {
        let document = MarkdownParser.parse("+ a\n+（待补充） [![how to](mailto:a@b.c?t=1)](www.cnblogs.com/p/8?p=2)\n")
        let outer = try #require(document.links.first { !$0.isImage })
        #expect(document.source.string(in: try #require(outer.destinationRange)) == "www.cnblogs.com/p/8?p=2")
        let image = try #require(document.links.first { $0.isImage })
        #expect(document.source.string(in: try #require(image.destinationRange)) == "mailto:a@b.c?t=1")
    }
}
