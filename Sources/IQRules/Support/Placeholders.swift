import IQMarkdown

/// Words that stand in for content still to come (`待更新`, `Coming soon`, `TODO`): a link
/// labelled so leads where an entry will be, a heading saying so heads a section left empty
/// on purpose. `duplicate-link`, `missing-link` and `empty-section` read them alike.
enum Placeholders {
    /// Lowercased openings of a placeholder text.
    static let texts = ["正在更新", "更新中", "待更新", "敬请期待", "coming soon", "work in progress", "wip", "todo", "tbd"]

    /// `暂无`, `TODO`, `Coming soon`: a heading (or a text) that is a placeholder and nothing
    /// else, its marks and case aside. empty-section and duplicate-heading ask it.
    static func isPlaceholderOnly(_ text: String) -> Bool {
        let letters = HeadingText.normalized(text).lowercased().filter { $0.isLetter || $0.isNumber || $0 == " " }.trimmedWhitespace
        return wholePlaceholders.contains(letters)
    }

    /// The texts, and placeholders that only stand alone (`暂无`, "none yet").
    private static let wholePlaceholders = Set(texts + ["暂无", "待补充", "待完善", "待续", "未完待续", "to be added"])

    /// `[正在更新 ing](…/updating/)`, `[Coming soon](…)`: where an entry will be, the same
    /// page for every entry not written yet.
    static func isPlaceholder(_ link: Link) -> Bool {
        guard link.text.utf8.count <= 40, mayOpenPlaceholder(link.text) else { return false }
        let text = link.text.trimmedWhitespace.lowercased()
        return texts.contains { text.hasPrefix($0) }
    }

    /// `Add your notes here`, `Your project here`, `欢迎补充`: a line asking readers to add
    /// entries where it stands (lowercased openings, or a text ending `… here`).
    static func invitesContributions(_ text: String) -> Bool {
        let lowered = text.trimmedWhitespace.lowercased()
        guard lowered.utf8.count <= 80 else { return false }
        if invitationOpenings.contains(where: lowered.hasPrefix) { return true }
        let words = lowered.split { !$0.isLetter }
        return words.count <= 6 && words.last == "here" && (words.contains("your") || words.contains("yours"))
    }

    static let invitationOpenings = ["add your", "add yours", "submit your", "欢迎补充", "欢迎添加", "欢迎提交", "欢迎 pr", "欢迎pr"]

    /// Whether a heading says its section is still to come (`Coming soon`, `Upcoming topics`,
    /// `TODO`, `待更新`, `敬请期待`).
    static func announcesFutureContent(_ heading: String) -> Bool {
        let text = HeadingText.normalized(heading).lowercased()
        let words = Set(text.split { !$0.isLetter && !$0.isNumber }.map(String.init))
        return futureWords.contains(where: words.contains) || futurePhrases.contains { text.contains($0) }
    }

    /// The placeholders made of ASCII letters only, as whole words (`wip` is no part of `wipe`),
    /// and a few words only headings use.
    private static let futureWords = texts.filter { $0.allSatisfy(\.isLetter) && $0.allSatisfy(\.isASCII) } + ["upcoming", "planned"]
    private static let futurePhrases = texts.filter { !futureWords.contains($0) }
        + ["to be added", "to-do", "待补充", "计划中", "未完成", "即将", "暂无", "待完善", "待续"]

    /// Whether `text` may open with a placeholder text, judged on its first scalar after
    /// whitespace: nearly every link text opens with a letter no placeholder opens with, told
    /// without lowercasing it. An ASCII letter lowercases only to its own lowercase, and a unified
    /// ideograph has no other form; any other scalar is left to the full test.
    static func mayOpenPlaceholder(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first(where: { !$0.properties.isWhitespace }) else { return false }
        if first.isASCII { return openers.contains(UTF8Characters.folded(UInt8(first.value))) }
        if (0x4E00...0x9FFF).contains(first.value) { return ideographs.contains(first) }
        return true
    }

    private static let openers = Set(texts.compactMap { $0.utf8.first.flatMap { $0 < 0x80 ? $0 : nil } })
    private static let ideographs = Set(texts.compactMap { $0.unicodeScalars.first.flatMap { $0.isASCII ? nil : $0 } })
}
