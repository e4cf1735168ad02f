import IQCore
import IQMarkdown

/// A list of the people or companies a project thanks (`Kickstarter-Supporters.md`, `## Backers`,
/// `## 致谢`): each name linked when its owner gave a website, the others written as names,
/// which nobody can link for them.
enum AcknowledgementLists {
    /// Whether `list` stands under a heading naming such a list, or in a file named so.
    static func thanks(_ list: MarkdownList, in file: MarkdownFile) -> Bool {
        if let heading = file.document.heading(before: list.range.start), namesThanks(HeadingText.normalized(heading.text)) { return true }
        return namesThanks(ProjectDocuments.lowercasedStem(of: file.path).replacingOccurrences(of: "-", with: " ").replacingOccurrences(of: "_", with: " "))
    }

    /// Whether a title's words name thanks, supporters or contributors.
    static func namesThanks(_ title: String) -> Bool {
        let lowered = title.lowercased()
        let words = Set(lowered.split { !$0.isLetter }.map(String.init))
        return !words.isDisjoint(with: englishWords) || chineseWords.contains { lowered.contains($0) }
            // `## クレジット` alone: `## クレジットカード積立` is about credit cards.
            || wholeTitles.contains(lowered.trimmedWhitespace)
    }

    private static let englishWords: Set<String> = ["supporters", "backers", "sponsors", "donors", "patrons", "contributors", "thanks",
                                                    "acknowledgements", "acknowledgments", "credits", "supporter", "backer", "sponsor"]
    private static let chineseWords = ["致谢", "鸣谢", "感谢", "贡献者", "赞助", "支持者"]
    /// Japanese and Korean titles of thanks, matched whole.
    private static let wholeTitles: Set<String> = ["クレジット", "謝辞", "크레딧", "감사의 말"]
}
