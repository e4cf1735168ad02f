import IQCore
import IQMarkdown
import IQTestSupport
import Testing

/// Inputs on which fixes once damaged the document (issue #10), fixed at their cause in the
/// rule. Each goes through every rule, the real parser and the verifying fix engine.
@Suite struct FixSafetyRegressionTests {
    private func fixOutcome(_ markdown: String, unsafe: Bool) throws -> FixEngine.Outcome {
        let linter = try LintHarness.makeLinter(rules: nil)
        return FixEngine(linter: linter, includeUnsafe: unsafe).fix([MarkdownFile(path: "a.md", text: markdown)])
    }

    private func expectKept(_ markdown: String, unsafe: Bool, sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        let outcome = try fixOutcome(markdown, unsafe: unsafe)
        let fixed = outcome.files[0].source
        let problem = FixVerification.problem(before: RenderedContent(SourceText(markdown)), after: RenderedContent(fixed),
                                              rewrites: [.removeQueryParameters(["utm_source", "fr"]), .upgradeToHTTPS, .addHTTPSScheme, .joinDestination],
                                              applicability: unsafe ? .unsafe : .safe)
        #expect(problem == nil, "\(problem ?? "")", sourceLocation: sourceLocation)
        #expect(!outcome.remaining.contains { $0.message.hasPrefix("fix not applied") },
                "\(outcome.remaining.filter { $0.message.hasPrefix("fix not applied") }.map(\.message))", sourceLocation: sourceLocation)
        #expect(outcome.unconverged.isEmpty, sourceLocation: sourceLocation)
        let again = try fixOutcome(fixed.text, unsafe: unsafe)
        #expect(again.files[0].source.text == fixed.text, "fixing twice must equal fixing once", sourceLocation: sourceLocation)
        return fixed.text
    }

    @Test func quoteMarkerStaysOutOfAJoinedDestination() throws {
        let fixed = try expectKept("> [问题](\n>https://example.com/a)\n", unsafe: false)
        #expect(!fixed.contains("(>"))
    }

    /// Removing a tracking parameter cuts it with one separator and keeps the rest as written:
    /// rebuilding the query from its items dropped empty ones (`?&&&fr`), which smoke found
    /// when a joined destination had shown them on the page.
    @Test func removingATrackingParameterKeepsTheRestOfTheQueryAsWritten() throws {
        let fixed = try LintHarness.fix("1. [a](https://e.com/v?&&a=1&spm=x&&b=2)\n2. [b](https://e.com/u?a=1&amp;spm=2)\n"
                                        + "3. [c](https://e.com/w?spm=3&id=5)\n4. [d](https://e.com/x?spm=4)\n",
                                        rules: ["tracking-param"], unsafe: true)
        #expect(fixed == "1. [a](https://e.com/v?&&a=1&&b=2)\n2. [b](https://e.com/u?a=1)\n3. [c](https://e.com/w?id=5)\n4. [d](https://e.com/x)\n")
    }

    @Test func httpsIsAddedOnce() throws {
        let fixed = try expectKept("说明\n[原文](<www.example.com/a >)[镜像](https://x.com/?a=1&b=2)\n", unsafe: false)
        #expect(fixed == "说明\n[原文](<https://www.example.com/a>)[镜像](https://x.com/?a=1&b=2)\n")
    }

    @Test func renumberingToAWiderNumberMovesTheItemsContinuationLines() throws {
        let items = (1...9).map { "\($0). [q\($0)](https://e.com/\($0))\n" }.joined()
        let markdown = items + "9. [q10](https://e.com/10)\n   - sub\n\n   para\n\n       more\n"
        let fixed = try expectKept(markdown, unsafe: false)
        #expect(fixed.hasSuffix("10. [q10](https://e.com/10)\n    - sub\n\n    para\n\n        more\n"))
    }

    @Test func renumberingToANarrowerNumberMovesTheContinuationLinesBack() throws {
        let items = (1...8).map { "\($0). [q\($0)](https://e.com/\($0))\n" }.joined()
        let fixed = try expectKept(items + "10. [q9](https://e.com/9)\n\n       para\n", unsafe: false)
        #expect(fixed.hasSuffix("9. [q9](https://e.com/9)\n\n      para\n"))
    }

    @Test func aParenthesisDestinationIsNotJoinedIntoAnotherLink() throws {
        let fixed = try expectKept("[]((\n)\n", unsafe: false)
        #expect(fixed == "[]((\n)\n")
    }

    @Test func aQueryThatIsNotKeyValueStays() throws {
        let fixed = try expectKept("[x](https://e.com/b?utm_source=x&入)\n参考 https://e.com/c?utm_source=x入门\n", unsafe: false)
        #expect(fixed == "[x](https://e.com/b?入)\n参考 https://e.com/c?utm_source=x入门\n")
    }

    @Test func noListMarkerLandsInsideAJoinedURL() throws {
        let fixed = try expectKept("1. [a](https://a.com/b\nc)\nx\n", unsafe: true)
        #expect(fixed.hasPrefix("1. [a](https://a.com/bc)\n"))
    }

    @Test(arguments: ["- https://e.com/a)b\n", "- https://e.com/a*b*\n", "- https://e.com/a&amp;b\n", "- www.e.com/a\n", "- <https://e.com/a(b)>\n"])
    func bareURLIsWrappedOnceAndKeepsItsDestination(markdown: String) throws {
        let fixed = try expectKept(markdown, unsafe: true)
        #expect(!fixed.contains("[["))
    }

    @Test(arguments: ["- a\n[b]: http://x.com\n", "1. a\n[b]: http://x.com\n2. c\n"])
    func aGluedDefinitionLikeLineIsNeitherSwallowedNorWrappedAgain(markdown: String) throws {
        // Made an item, `[b]: …` became a definition and vanished; its URL was wrapped anew each round.
        // It is a lost definition (lazy-continuation asks for a blank line above it, without a
        // fix): bare-url leaves its URL alone, with titled entries around it or not.
        let fixed = try expectKept(markdown, unsafe: true)
        #expect(fixed.contains("\n[b]: https://x.com\n"), "\(fixed)")
        let titled = "- [t](https://t.example/)\n- [u](https://u.example/)\n"
        let wrapped = try expectKept(titled + markdown, unsafe: true)
        #expect(wrapped.contains("\n[b]: https://x.com\n"), "\(wrapped)")
    }

    @Test func aHostIsNeverChanged() throws {
        let fixed = try expectKept("http://baike.baidu.com?fr\n8\n", unsafe: true)
        #expect(fixed.contains("baike.baidu.com?fr\n"))
    }

    @Test func aJoinNeverSwallowsTheNextItemsMarker() throws {
        // The `)` of `9)` looked like the end of the destination; joining made `id=59`.
        let fixed = try expectKept("8) [a](https://e.com/p?id=5\n9)  [b\nc](https://e.com/q)\n", unsafe: true)
        #expect(fixed.contains("?id=5\n") && !fixed.contains("id=59"), "\(fixed)")
    }

    @Test func onlyAWebAddressIsJoined() throws {
        let fixed = try expectKept("- [c](htt中ps://e.com/s?a=1\n  7f5f)\n", unsafe: true)
        #expect(fixed.contains("htt中ps://e.com/s?a=1\n"), "\(fixed)")
    }

    @Test func theStartOfABrokenDestinationKeepsItsQuery() throws {
        // Removing `?utm_source=1` first and joining `7f5f` after made the path `/s7f5f`.
        #expect(try expectKept("- [c](https://e.com/s?utm_source=1\n  7f5f)\n", unsafe: false) == "- [c](https://e.com/s?utm_source=1\n  7f5f)\n")
        // Joining and then removing `utm_source=17f5f` would leave `https://e.com/s`, which no
        // longer starts with the address the page showed (`https://e.com/s?utm_source=1`).
        #expect(try expectKept("- [c](https://e.com/s?utm_source=1\n  7f5f)\n", unsafe: true) == "- [c](https://e.com/s?utm_source=1\n  7f5f)\n")
        #expect(try expectKept("- [c](https://e.com/s?utm\n_source=x#rd)\n", unsafe: true).contains("?utm\n"))
    }

    @Test func aBreakBeforeTheTrackingParametersIsJoinedAndTheyGoAfter() throws {
        let fixed = try fixOutcome("- [c](https://e.com/a/12\n  34?id=1&utm_source=x)\n", unsafe: true).files[0].source.text
        #expect(fixed == "- [c](https://e.com/a/1234?id=1)\n", "\(fixed)")
    }

    @Test func wordsTheBrokenLinkShowsAreNotJoinedIntoTheAddress() throws {
        // The page shows `贡献之前` and `中文` as text; joined, they would vanish into the URL.
        let prose = try expectKept("1. [torchrun](https://blog.51cto.com/u_1588贡献之前，请\n60/7733758)\n", unsafe: true)
        #expect(prose.contains("请\n") && prose.contains("60/7733758)"), "\(prose)")
        let fragment = try expectKept("- [c](https://e.com/s?a=1\naf16#中文)\n", unsafe: true)
        #expect(fragment.contains("a=1\n"), "\(fragment)")
    }

    @Test func aParenthesisGluedToAWordClosesNoDestination() throws {
        // `5)see` is a list number or text, not the end of `https://e.com/41100`.
        let fixed = try expectKept("- [a](https://e.com/41100\n  5)see more\n", unsafe: true)
        #expect(fixed.contains("41100\n"), "\(fixed)")
    }

    /// Forty links to one anchor written in another case are forty repairs: the verification
    /// once read the identical repairs as one, so each round applied one fix and a file with
    /// more links than rounds was left as it was, its safe fixes too.
    @Test func manyLinksToOneMiscasedAnchorAreRepairedInOneRound() throws {
        var markdown = "## Collections Pro\n\n"
        for number in 1...40 { markdown += "## Вопрос \(number)\n\n[к оглавлению](#Collections-Pro)\n\n" }
        markdown += "Текст. \n"
        let outcome = try fixOutcome(markdown, unsafe: true)
        #expect(outcome.unconverged.isEmpty)
        let fixed = outcome.files[0].source.text
        #expect(!fixed.contains("#Collections-Pro") && fixed.components(separatedBy: "(#collections-pro)").count == 41, "\(fixed)")
        #expect(fixed.hasSuffix("Текст.\n"))
    }
}
