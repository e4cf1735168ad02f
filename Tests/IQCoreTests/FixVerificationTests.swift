@testable import IQCore
import IQMarkdown
import IQTestSupport
import Testing

/// A rule whose fix damages the document on purpose, to show the engine refuses it. The
/// documents go through the real parser and cmark-gfm's real rendering.
private struct DamagingRule: DocumentRule {
    static let description = RuleDescription(
        id: "damaging", summary: "test rule", details: "test rule", rationale: "test rule", defaultSeverity: .warning,
        fix: .safe, triggeringExamples: [], nonTriggeringExamples: [])

    init(options: RuleOptions) {}

    /// Replaces what comes before a `<!-- FIX: new text -->` comment (which renders nothing)
    /// with `new text`; `GROW` instead adds a word at the start, every time.
    func check(_ file: MarkdownFile) -> [Violation] {
        let text = file.source.text
        guard let comment = text.range(of: "<!-- FIX: "), let close = text.range(of: " -->", range: comment.upperBound..<text.endIndex) else { return [] }
        let payload = String(text[comment.upperBound..<close.lowerBound]).replacing("\\n", with: "\n")
        let end = text.utf8.distance(from: text.startIndex, to: comment.lowerBound)
        let edit = payload == "GROW" ? Edit.insert("grow ", at: 0) : Edit(range: SourceRange(0, end), replacement: payload)
        return [Violation(range: SourceRange(0, end), message: "damage", fix: .safe("damage", [edit]))]
    }
}

@Suite struct FixVerificationTests {
    private func fix(_ markdown: String, alsoRunning rules: [any Rule.Type] = []) throws -> FixEngine.Outcome {
        let linter = try Linter(ruleTypes: [DamagingRule.self] + rules)
        return FixEngine(linter: linter, includeUnsafe: false).fix([MarkdownFile(path: "a.md", text: markdown)])
    }

    @Test(arguments: [
        ("- [a](https://a.com) word\n<!-- FIX: - [a](https://a.com) \\n -->\n", "remove the word 'word'"),
        ("[a](https://a.com/x)\n<!-- FIX: [a](https://b.com/x)\\n -->\n", "link destination 'https://a.com/x'"),
        ("- item\n\n  para\n<!-- FIX: - item\\n\\n      para\\n -->\n", "turn the text 'para' into code"),
        ("- item\n  - sub\n<!-- FIX: - item\\n- sub\\n -->\n", "move 'sub'"),
        // What shows no word: a hard line break, a task's box.
        ("first  \nsecond\n<!-- FIX: first\\nsecond\\n -->\n", "remove a line break"),
        ("- [ ] \n- [x] done\n<!-- FIX: - [ ]\\n- [x] done\\n -->\n", "remove a task box"),
    ])
    func dropsAFixThatLosesContentAndSaysWhy(markdown: String, expected: String) throws {
        let outcome = try fix(markdown)
        #expect(outcome.files[0].source.text == markdown, "the damaging fix must not be applied")
        let note = try #require(outcome.remaining.first { $0.message.hasPrefix("fix not applied: it would ") })
        #expect(note.severity == .info)
        #expect(note.ruleID == "damaging")
        #expect(note.message.contains(expected), "\(note.message)")
    }

    @Test func keepsAFixThatKeepsEverything() throws {
        let outcome = try fix("- [a](https://a.com)  **x**\n<!-- FIX: - [a](https://a.com) x\\n -->\n")
        #expect(outcome.files[0].source.text == "- [a](https://a.com) x\n<!-- FIX: - [a](https://a.com) x\\n -->\n")
        #expect(!outcome.remaining.contains { $0.message.hasPrefix("fix not applied") })
    }

    /// Front matter is metadata: two spaces at a line's end there are no line break (cmark alone
    /// would read the block as a thematic break and a heading with a hard break in it).
    @Test func frontMatterSpacesAreNoLineBreak() {
        let before = RenderedContent(SourceText("---\ntitle: Getters and setters  \nsource: https://a.example/\n---\n\nText.\n"))
        let after = RenderedContent(SourceText("---\ntitle: Getters and setters\nsource: https://a.example/\n---\n\nText.\n"))
        #expect(FixVerification.problem(before: before, after: after, rewrites: [], applicability: .safe) == nil)
        #expect(before.marks["a line break"] == nil && before.marks["a thematic break"] == nil)
    }

    /// Out of a list is a move, which only an unsafe fix may make; into a code block, or out of
    /// one, the words stop being read as text (or start): no fix may do that.
    @Test func movingWordsIntoACodeBlockOrOutOfAListIsAStructureChange() {
        let before = RenderedContent(SourceText("- a\n\n  b\n"))
        let code = RenderedContent(SourceText("- a\n\n      b\n"))
        let unNested = RenderedContent(SourceText("- a\n\nb\n"))
        #expect(FixVerification.problem(before: before, after: unNested, rewrites: [], applicability: .safe)?.hasPrefix("move 'b'") == true)
        #expect(FixVerification.problem(before: before, after: unNested, rewrites: [], applicability: .unsafe) == nil)
        for applicability in [Applicability.safe, .unsafe] {
            #expect(FixVerification.problem(before: before, after: code, rewrites: [], applicability: applicability) == "turn the text 'b' into code")
            #expect(FixVerification.problem(before: code, after: before, rewrites: [], applicability: applicability) == "turn the code 'b' into text")
        }
    }

    @Test func documentedRewritesAreTheOnlyAllowedDestinationChanges() {
        func problem(_ old: String, _ new: String, _ rewrites: [DestinationRewrite]) -> String? {
            FixVerification.problem(before: RenderedContent(SourceText("[a](\(old))\n")), after: RenderedContent(SourceText("[a](\(new))\n")),
                                    rewrites: rewrites, applicability: .safe)
        }
        #expect(problem("https://a.com/?utm_source=x&id=1", "https://a.com/?id=1", [.removeQueryParameters(["utm_source"])]) == nil)
        #expect(problem("https://a.com/?utm_source=x&id=1", "https://a.com/", [.removeQueryParameters(["utm_source"])]) != nil)
        #expect(problem("https://a.com/?入", "https://a.com/", [.removeQueryParameters(["入"])]) != nil)
        #expect(problem("http://a.com/x", "https://a.com/x", [.upgradeToHTTPS]) == nil)
        #expect(problem("http://a.com/x", "https://b.com/x", [.upgradeToHTTPS]) != nil)
        #expect(problem("www.a.com/x", "https://www.a.com/x", [.addHTTPSScheme]) == nil)
        #expect(problem("https://www.a.com/x", "https://https://www.a.com/x", [.addHTTPSScheme]) != nil)
        #expect(problem("https://a.com/x", "https://a.com/x", []) == nil)
        #expect(problem("https://a.com/x", "%3Ehttps://a.com/x", [.joinDestination]) != nil)
    }

    @Test func twoDestinationsJoinedInOneRoundEachFindTheirOwnPiece() {
        // The page shows `https://arxiv` and `https://arxiv.org/abs/2106.5677` as addresses; the
        // shorter is a prefix of both joined ones and must not take the longer one's match.
        let before = RenderedContent(SourceText("1. [a](https://arxiv.org/abs/2106.5677\n28?t=1)\n2. [b](https://arxiv.\n   org/abs/2106.934)\n"))
        let after = RenderedContent(SourceText("1. [a](https://arxiv.org/abs/2106.567728?t=1)\n2. [b](https://arxiv.org/abs/2106.934)\n"))
        #expect(FixVerification.problem(before: before, after: after, rewrites: [.joinDestination], applicability: .unsafe) == nil)
    }

    @Test func aJoinInTheSameRoundLeavesARepairedAnchorToItsRepair() {
        // A join matches a new address its old piece is a prefix of; taking the repaired anchor
        // (`#what-is-参` grew to `#what-is-参考`) left the entry's old words ('LoRA') without the
        // allowance its repair grants.
        let before = RenderedContent(SourceText("1. [LoRA](#what-is-参)\n\n## What is 参考\n\n- [a](https://www.bili\n  bili.com/v)\n"))
        let after = RenderedContent(SourceText("1. [What is 参考](#what-is-参考)\n\n## What is 参考\n\n- [a](https://www.bilibili.com/v)\n"))
        #expect(FixVerification.problem(before: before, after: after, rewrites: [.repairDeadAnchor(from: "#what-is-参", text: "LoRA"), .joinDestination],
                                        applicability: .unsafe) == nil)
    }

    @Test func wordsCountCJKCharactersOneByOne() {
        #expect(RenderedContent.words(of: "问题 答案 GPT-4o, x_y") == ["问", "题", "答", "案", "GPT", "4o", "x", "y"])
    }

    @Test func aFixThatNeverSettlesStopsWithinTheRoundLimitAndChangesNothing() throws {
        // Each round appends to the file: the engine must stop instead of growing it forever,
        // and leave the file as it was (fixing it again would grow it again).
        let outcome = try fix("x\n<!-- FIX: GROW -->\n")
        #expect(outcome.files[0].source.text == "x\n<!-- FIX: GROW -->\n")
        #expect(outcome.unconverged == ["a.md"])
        #expect(outcome.appliedFixes["a.md"] == nil)
    }

    /// A round of many fixes to one site (300 WeChat links stripped of their tags): each old
    /// destination pairs with its own new one, whatever the order of the others.
    @Test func manyLinksToOneSiteEachPairWithTheirOwn() {
        let ids = (0..<300).map { String(($0 * 7919) % 100_003) }
        let before = ids.map { "- [a\($0)](https://mp.weixin.qq.com/s?__biz=MzI&mid=\($0)&chksm=\($0)x&scene=21#rd)\n" }.joined()
        let after = ids.map { "- [a\($0)](https://mp.weixin.qq.com/s?__biz=MzI&mid=\($0)#rd)\n" }.joined()
        let rewrites = Array(repeating: DestinationRewrite.removeQueryParameters(["chksm", "scene"]), count: ids.count)
        #expect(FixVerification.problem(before: RenderedContent(SourceText(before)), after: RenderedContent(SourceText(after)),
                                        rewrites: rewrites, applicability: .safe) == nil)
        // One link whose `mid` changed is caught among them.
        let wrong = after.replacingOccurrences(of: "mid=\(ids[5])#rd", with: "mid=1#rd")
        #expect(FixVerification.problem(before: RenderedContent(SourceText(before)), after: RenderedContent(SourceText(wrong)),
                                        rewrites: rewrites, applicability: .safe) != nil)
    }

    /// `https://` added in front of a host whose query holds another address: no scheme of its
    /// own, so the rewrite is the declared one; a `mailto:` or `ftp:` address has one.
    @Test func aSchemeIsAddedOnlyWhereNoneStandsBeforeThePath() {
        #expect(!FixVerification.hasScheme("htmlpreview.github.io/?https://a.example/x.html"))
        #expect(!FixVerification.hasScheme("localhost:8080/docs"))
        #expect(FixVerification.hasScheme("mailto:a@b.example"))
        #expect(FixVerification.hasScheme("ftp://a.example/x"))
        #expect(FixVerification.isAllowed(from: "htmlpreview.github.io/?https://a.example/x.html",
                                          to: "https://htmlpreview.github.io/?https://a.example/x.html", by: [.addHTTPSScheme]))
        #expect(!FixVerification.isAllowed(from: "mailto:a@b.example", to: "https://mailto:a@b.example", by: [.addHTTPSScheme]))
    }
}
