import IQCore
import IQTestSupport
import Testing
@testable import IQRules

/// Shapes of the security checklists and the Japanese and Korean collections read in audits
/// GJ–GK (slide decks, partial tables of contents, reference lists closed by thanks), each
/// through the real parser and linter.
@Suite struct AuditGJtoGKTests {
    /// Six slides cut by `---`, two parts announced by a title slide, then titled again.
    static let deck = "# 今日のテーマ\n\n- セキュリティ\n- API\n\n---\n\n# セキュリティ\n\n---\n\n# セキュリティ\n- リスク\n- 事例\n\n---\n\n"
        + "# 事例\n\n- 漏洩\n\n---\n\n# REST\n\n---\n\n# REST\n- リソース\n\n---\n\n# まとめ\n\n- 以上\n"

    // MARK: slide decks

    @Test func aDecksRepeatedTitlesAndTitleSlidesAreItsOwn() throws {
        #expect(SlideDecks.of(MarkdownFile(path: "slide.md", text: Self.deck)).isDeck)
        #expect(try LintHarness.lint(Self.deck, rules: ["duplicate-heading", "empty-section"]).isEmpty)
    }

    @Test func aPageWithAFewRulesIsNoDeck() throws {
        // The same sections with two rules only: a page, whose title without content and
        // repeated heading are reported.
        let page = "# Guide\n\nIntro.\n\n## Security\n\n---\n\n## Security\n\n- risk\n\n---\n\n## REST\n\n- resources\n"
        #expect(!SlideDecks.of(MarkdownFile(path: "guide.md", text: page)).isDeck)
        let found = try LintHarness.lint(page, rules: ["duplicate-heading", "empty-section"])
        #expect(Set(found.map(\.ruleID)) == ["duplicate-heading", "empty-section"], "\(found.map(\.message))")
        // Long sections set apart by rules: a README, not a deck.
        let section = (1...25).map { "- [Tool \($0)](https://a.example/\($0))" }.joined(separator: "\n")
        let readme = (1...6).map { "## Part \($0)\n\n\(section)\n" }.joined(separator: "\n---\n\n")
        #expect(!SlideDecks.of(MarkdownFile(path: "README.md", text: readme)).isDeck)
    }

    // MARK: heading-punctuation

    @Test func aKeywordStatementKeepsItsSemicolon() throws {
        #expect(HeadingPunctuationRule.endsWithCodeStatement("use utf8;"))
        #expect(HeadingPunctuationRule.endsWithCodeStatement("use strict; use warnings;"))
        #expect(HeadingPunctuationRule.endsWithCodeStatement("そこで use utf8;"))
        #expect(!HeadingPunctuationRule.endsWithCodeStatement("Install the tools;"))
        #expect(!HeadingPunctuationRule.endsWithCodeStatement("工具;"))
        let found = try LintHarness.lint("## use utf8;\n\n* text\n\n## Install the tools;\n\n* text\n", rules: ["heading-punctuation"])
        #expect(found.map(\.line) == [5])
    }

    // MARK: mixed-list

    @Test func remarksAtTheMarginAfterIndentedStepsAreNoSteps() throws {
        let steps = "### Example\n  1. take 1,000 yen\n  1. add 1,000 yen\n* if either fails, the data is inconsistent\n* does it work twice at once?\n"
        #expect(try LintHarness.lint(steps, rules: ["mixed-list"]).isEmpty)
        // Numbers and bullets at one margin: the bullets are unnumbered questions.
        let flat = "### Example\n1. take 1,000 yen\n1. add 1,000 yen\n* if either fails, the data is inconsistent\n* does it work twice at once?\n"
        #expect(try LintHarness.lint(flat, rules: ["mixed-list"]).map(\.line) == [4, 5])
    }

    // MARK: toc-sync

    @Test func aTableOfAnchoredSectionsLeavesTheOthersOut() throws {
        let guide = "# Guide\n\n## Contents\n- [Intro](#intro)\n- [List](#list)\n- [Others](#others)\n\n## Intro <a name=\"intro\"></a>\ntext\n\n"
            + "## List <a name=\"list\"></a>\ntext\n\n## Recap\ntext\n\n## Others <a name=\"others\"></a>\ntext\n"
        let found = try LintHarness.lint(guide, rules: ["toc-sync"])
        #expect(found.map(\.line) == [14] && found.allSatisfy { $0.severity == .info && $0.fix?.applicability != .safe }, "\(found)")
        // Without the anchors, the section between listed ones was forgotten.
        let plain = guide.replacingOccurrences(of: " <a name=\"intro\"></a>", with: "").replacingOccurrences(of: " <a name=\"list\"></a>", with: "")
            .replacingOccurrences(of: " <a name=\"others\"></a>", with: "")
        #expect(try LintHarness.lint(plain, rules: ["toc-sync"]).map(\.severity) == [.error])
    }

    @Test func aMovedSectionNamedInWordsIsListed() throws {
        let links = "# Links\n\n## Contents\n\n- [Online Tools](#online-tools)\n- Privacy Software, moved to [here](https://a.example/p)\n- [Academic](#academic)\n\n"
            + "## Online Tools\n\n- [Scan](https://a.example/s)\n\n## Privacy Software\n\nMoved.\n\n## Academic\n\n- [Paper](https://a.example/a)\n"
        #expect(try LintHarness.lint(links, rules: ["toc-sync"]).isEmpty)
        #expect(TOCSyncRule.nameBeforeRemark("Privacy Software, moved to here") == "Privacy Software")
        #expect(TOCSyncRule.nameBeforeRemark("Security Hardware - see the gadgets page") == "Security Hardware")
        #expect(TOCSyncRule.nameBeforeRemark("Pre-commit hooks") == nil)
    }

    // MARK: bare-url

    @Test func thanksClosingAReferencesListIsNoEntry() throws {
        let references = "#### References\n\n- Mozilla's guidelines at https://a.example/openssh\n- https://a.example/audit\n- https://a.example/sshd\n"
            + "- `man sshd_config`\n- Thanks to [than0s](https://a.example/t) for [finding duplicates](https://a.example/38).\n"
        #expect(try LintHarness.lint(references, rules: ["bare-url"]).isEmpty)
        // A titled source instead of the thanks: the addresses alone are links without titles.
        let titled = references.replacingOccurrences(of: "- Thanks to [than0s](https://a.example/t) for [finding duplicates](https://a.example/38).\n",
                                                      with: "- [SSH hardening](https://a.example/h)\n- [Audit guide](https://a.example/g)\n")
        #expect(!(try LintHarness.lint(titled, rules: ["bare-url"])).isEmpty)
    }

    // MARK: duplicate-question

    @Test func oneWordSpeltTwoWaysIsTwoSubjects() throws {
        let net = "# Network\n\n## Subnetting ?\n- splitting a network\n\n## Subnet ?\n- a part of a network\n\n## Subnet Mask ?\n- marks the network bits\n"
        #expect(try LintHarness.lint(net, rules: ["duplicate-question"]).isEmpty)
        #expect(try LintHarness.lint(net + "\n## subnet?\n- again\n", rules: ["duplicate-question"]).map(\.line) == [12])
        #expect(DuplicateQuestionRule.areOneWordVariants("Subnetting ?", "Subnet ?"))
        #expect(!DuplicateQuestionRule.areOneWordVariants("Docker?", "docker"))
        #expect(!DuplicateQuestionRule.areOneWordVariants("什么是Subnet？", "Subnetting"))
    }

    // MARK: toc-anchor

    @Test func aLinkInASentenceIsPointedAtTheSectionTheContentsLink() throws {
        let guide = "# Guide\n\n## Contents\n\n- [Firewall With UFW (Uncomplicated Firewall)](#firewall-with-ufw-uncomplicated-firewall)\n- [Other](#other)\n\n"
            + "### Firewall With UFW (Uncomplicated Firewall)\n\ntext\n\n### Other\n\nSince we use [UFW](#ufw-uncomplicated-firewall) we go on.\n"
        let found = try LintHarness.lint(guide, rules: ["toc-anchor"])
        #expect(found.count == 1 && found[0].message.hasSuffix("did you mean '#firewall-with-ufw-uncomplicated-firewall'"), "\(found.map(\.message))")
    }
}
