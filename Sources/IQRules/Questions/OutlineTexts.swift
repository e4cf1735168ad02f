/// Texts of an outline that are not questions of their own: the headings every article has
/// (`引言`, `总结`, `Summary`), and a sub-question that needs its parent to mean anything
/// (`原理是什么？` under `LoRA` and under `P-tuning`, `How does it work?`).
enum OutlineTexts {
    /// The sections of an article: the same word in two places is the outline, not a question
    /// asked twice. Compared after the list number and punctuation are left out, lower-cased.
    static let articleSections: Set<String> = [
        "引言", "前言", "导言", "序言", "简介", "介绍", "概述", "概要", "背景", "动机", "总结", "小结", "结论", "结语",
        "参考", "参考资料", "参考文献", "致谢", "附录", "目录", "思考", "讨论", "问题", "方法", "实验", "结果", "代码",
        "introduction", "intro", "overview", "background", "motivation", "summary", "conclusion", "conclusions",
        "references", "acknowledgements", "acknowledgments", "appendix", "contents", "discussion", "method", "methods",
        "experiments", "results", "code", "abstract", "preface", "notes",
    ]

    static func isArticleSection(_ text: String) -> Bool {
        // The longest section word is 16 bytes: longer texts would need 48 bytes of outline
        // number and punctuation around it (every reported pair asks).
        guard text.utf8.count <= 64, mayBeArticleSection(text) else { return false }
        return isArticleSectionWord(text)
    }

    /// `isArticleSection` by building the trimmed, lowercased word.
    static func isArticleSectionWord(_ text: String) -> Bool {
        // `1.1 前言`, `一、引言`, `（三）总结`: the number is the outline's, not the word's.
        articleSections.contains(HeadingText.bareTitle(text))
    }

    /// False when `text` surely is no article section, read from its scalars without building
    /// strings (every reported pair asks, most of them about a long question). The section word
    /// lies between a first scalar that is none of the outline number's and a last scalar that
    /// is none of the trimmed punctuation; treating marks, format and control scalars as both
    /// (they join the character before them, or are no letters) makes that stretch at most the
    /// word's own. Lowercasing never shortens a text in scalars and turns no letter into
    /// anything else, so a letter of the stretch must lowercase to letters of the section words,
    /// and the stretch can be no longer than the longest of them.
    static func mayBeArticleSection(_ text: String) -> Bool {
        let scalars = text.unicodeScalars
        var end = scalars.endIndex
        while end > scalars.startIndex, isTrimmedAround(scalars[scalars.index(before: end)]) { end = scalars.index(before: end) }
        var start = scalars.startIndex
        while start < end, isTrimmedAround(scalars[start]) || isOutlineNumber(scalars[start]) { start = scalars.index(after: start) }
        var count = 0
        for scalar in scalars[start..<end] {
            count += 1
            guard count <= longestSection, sectionScalars.contains(scalar)
                    || scalar.properties.changesWhenLowercased && scalar.properties.lowercaseMapping.unicodeScalars.allSatisfy(sectionScalars.contains)
            else { return false }
        }
        return true
    }

    private static let sectionScalars = Set(articleSections.flatMap(\.unicodeScalars))
    private static let longestSection = articleSections.map(\.unicodeScalars.count).max() ?? 0

    /// What `HeadingText.bareTitle` trims around the word, or more.
    private static func isTrimmedAround(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .decimalNumber, .letterNumber, .otherNumber, .unassigned, .privateUse, .surrogate: false
        default: true
        }
    }

    /// What `HeadingText.bareTitle` drops as the outline's number, beyond what it trims.
    private static func isOutlineNumber(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.numericType != nil || "一二三四五六七八九十".unicodeScalars.contains(scalar)
    }

    /// Words that point at the parent item: the question is about the topic above it.
    private static let parentReferences: Set<String> = ["it", "its", "they", "them", "their"]
    private static let chineseQuestionWords = ["为什么", "为何", "什么", "如何", "怎么", "怎样", "哪些", "哪个", "是否", "有", "是", "的",
                                               "吗", "呢", "了", "一下", "介绍", "简述", "说说", "谈谈", "讲讲", "请", "和", "及"]

    /// A sub-question whose subject is its parent: it names the parent (`it`, `它`, `该`), or it
    /// is a few Chinese characters of aspect once the question words are gone (`原理是什么？`,
    /// `有什么优缺点？`: `原理`, `优缺点`) with no name of its own (`BERT`, `RoPE`).
    static func leansOnParent(_ text: String) -> Bool {
        if namesItsParent(text) { return true }
        // A name of its own (two Latin letters or more) is a subject.
        if words(of: text).contains(where: { $0.count >= 2 && $0.allSatisfy(\.isASCII) }) { return false }
        var rest = text.lowercased()
        for word in chineseQuestionWords { rest = rest.replacingOccurrences(of: word, with: "") }
        let han = rest.filter(HanCharacters.isIdeograph).count
        return han > 0 && han <= maximumAspectLength
    }

    /// `How does it work?`, `它的原理是什么？`, `该方法的缺点`: a word that stands for the parent item.
    static func namesItsParent(_ text: String) -> Bool {
        if words(of: text).contains(where: { parentReferences.contains(String($0)) }) { return true }
        // `该方法`, not `应该` (should); `它`, not `其它` (other). Most texts hold neither
        // character: a byte search first.
        guard text.contains("它") || text.contains("该") else { return false }
        let chinese = text.replacingOccurrences(of: "应该", with: "").replacingOccurrences(of: "其它", with: "")
        return chinese.contains("它") || chinese.contains("该")
    }

    /// The lowercased runs of letters and digits of `text` that are not ideographs (`k-means`
    /// gives `k` and `means`; `什么是BERT？` gives `bert`, and each Chinese character is a separator).
    static func words<Text: StringProtocol>(of text: Text) -> [Substring] {
        text.lowercased()[...].split { !($0.isLetter || $0.isNumber) || HanCharacters.isIdeograph($0) }
    }

    /// Chinese characters of an aspect (`原理`, `应用场景`); longer text says what it asks about.
    static let maximumAspectLength = 4
}
