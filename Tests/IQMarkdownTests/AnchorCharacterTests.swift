import IQMarkdown
import Testing

/// Which characters survive in an anchor, and how they are lowercased.
struct AnchorCharacterTests {
    @Test(arguments: ["、", "。", "，", "：", "；", "！", "？", "「", "」", "《", "》", "【", "】", "…", "·"])
    func cjkPunctuationIsRemoved(punctuation: String) {
        #expect(GitHubSlugger.baseSlug("甲\(punctuation)乙") == "甲乙")
    }

    @Test(arguments: ["🔥", "😄", "👍🏽", "🇨🇳", "👨‍👩‍👧"])
    func emojiAreRemoved(emoji: String) {
        #expect(GitHubSlugger.baseSlug("a\(emoji)b") == "ab")
    }

    @Test func emojiVariationSelectorIsAMarkAndStays() {
        // U+FE0F is Mn, a category github-slugger keeps, so "❤️" leaves it behind.
        #expect(sameScalars(GitHubSlugger.baseSlug("a\u{2764}\u{FE0F}b"), "a\u{FE0F}b"))
    }

    @Test func fullWidthLettersLowercaseToFullWidthAndDigitsStay() {
        #expect(GitHubSlugger.baseSlug("ＡＢＣ１２３") == "ａｂｃ１２３")
    }

    @Test func circledLettersAreAlphabeticAndKept() {
        // Ⓐ (So) lowercases to ⓐ; both are Other_Alphabetic, so the symbol category does not remove them.
        #expect(GitHubSlugger.baseSlug("Ⓐⓑ") == "ⓐⓑ")
    }

    @Test func circledDigitsAreOtherNumbersAndRemoved() {
        #expect(GitHubSlugger.baseSlug("①步骤") == "步骤")
    }

    @Test(arguments: [
        "\u{1FAE0}",  // 🫠 melting face, Unicode 14
        "\u{2A6DE}",  // CJK Extension B addition in Unicode 14
        "\u{2B738}",  // CJK Extension C addition in Unicode 14
        "\u{31350}",  // CJK Extension H, Unicode 15
        "\u{1E030}",  // Cyrillic modifier letter, Unicode 15
    ])
    func charactersAssignedAfterUnicode13AreRemoved(scalar: String) {
        #expect(GitHubSlugger.baseSlug("a\(scalar)b") == "ab")
    }

    @Test func lettersAssignedUpToUnicode13AreKept() {
        // U+30000 opened CJK Extension G in Unicode 13.0; U+2B734 ended Extension C until Unicode 14.
        #expect(sameScalars(GitHubSlugger.baseSlug("\u{30000}\u{2B734}"), "\u{30000}\u{2B734}"))
    }

    @Test(arguments: ["\u{A0}", "\u{3000}", "\u{2002}", "\u{2009}", "\u{202F}", "\u{2028}", "\u{2029}", "\u{200B}", "\u{FEFF}"])
    func nonASCIISpacesAndInvisibleCharactersAreRemoved(space: String) {
        #expect(GitHubSlugger.baseSlug("a\(space)b") == "ab")
    }

    @Test func tabsAndNewlinesAreRemovedNotDashed() {
        #expect(GitHubSlugger.baseSlug("a\tb\nc\r\nd") == "abcd")
    }

    @Test func underscoreAndOtherConnectorPunctuationAreKept() {
        #expect(GitHubSlugger.baseSlug("snake_case ＿x") == "snake_case-＿x")
    }

    @Test func onlyASCIIHyphenSurvivesAmongDashes() {
        #expect(GitHubSlugger.baseSlug("a-b–c—d－e") == "a-bcde")
    }

    @Test func markdownPunctuationIsRemoved() {
        #expect(GitHubSlugger.baseSlug("What's `git rebase` (vs. merge)?") == "whats-git-rebase-vs-merge")
    }

    @Test func dottedCapitalILowercasesToIWithCombiningDot() {
        #expect(sameScalars(GitHubSlugger.baseSlug("İstanbul"), "i\u{307}stanbul"))
    }

    @Test func capitalSigmaBecomesFinalSigmaAtWordEndLikeJavaScript() {
        #expect(GitHubSlugger.baseSlug("ΟΔΟΣ ΣΑΣ") == "οδος-σας")
        #expect(GitHubSlugger.baseSlug("Σ") == "σ")
    }

    @Test func combiningMarksAreKept() {
        #expect(sameScalars(GitHubSlugger.baseSlug("Cafe\u{301}"), "cafe\u{301}"))
    }
}
