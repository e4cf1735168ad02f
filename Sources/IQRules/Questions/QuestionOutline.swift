import IQCore
import IQMarkdown

/// The questions of a file as `duplicate-question` compares them: the items `QuestionLists`
/// chooses, minus group labels, plus the questions nested in outlines.
///
/// Outlines nest questions under topic items: `- 基础篇` (no link, a nested list) is a group
/// label whose children are the questions; `- [Transformer](…)` with nested `- 为什么要除以根号d？`
/// items holds sub-questions. A nested list under a question is compared when its parent is a
/// group label or when most of its items read as questions and it follows the question's title
/// directly; otherwise it is the question's sub-points (`- 定义`, `- 优点`) or part of its written
/// answer, which are not compared. A text without letters (`1. 2` of an answer key) is no question.
public enum QuestionOutline {
    /// A collection whose lists name things (an awesome-list, a book list, an index of pages)
    /// has no questions: the same name under two sections is its structure (`German` under
    /// Books and under Courses), and a duplicate entry is a duplicate link.
    /// A site's navigation (`_sidebar.md`) lists the site's pages by their titles, which the
    /// README's index lists too: navigation, not questions asked again.
    public static func questions(in file: MarkdownFile, lists: QuestionLists) -> [Question] {
        guard !ProjectDocuments.isSiteNavigation(file) else { return [] }
        let headings = HeadingQuestions.questions(in: file)
        let items = CollectionConventions.of(file).itemKind == .questions ? itemQuestions(in: file, lists: lists) : []
        guard !headings.isEmpty else { return items }
        return (items + headings).sorted { $0.range.start < $1.range.start }
    }

    /// The questions of the file's question lists.
    private static func itemQuestions(in file: MarkdownFile, lists: QuestionLists) -> [Question] {
        let labels = LinkLabels.of(file)
        let listed = lists.questions(in: file)
        // Most items are one paragraph: nothing nested to look at, kept as they are. Items of
        // outlines (the nested lists of questions and group labels) are found with an explicit
        // work list, bounded by the items of the document: outlines can nest deeply.
        var kept: [ListItem] = []
        kept.reserveCapacity(listed.count)
        var pending: [ListItem] = []
        func visit(_ item: ListItem) {
            guard item.children.count > 1 else { kept.append(item); return }
            // `- A. AWS Lambda.` under a multiple-choice question: its options, no questions.
            let nested = item.nestedLists.filter { !ChoiceOptions.isOptionList($0) }
            if isGroupLabel(item) {
                pending += nested.flatMap(\.items)
                return
            }
            kept.append(item)
            for list in nested where readsAsQuestions(list) && isOutline(list, of: item) { pending += list.items }
        }
        for item in listed { visit(item) }
        if !pending.isEmpty {
            // A nested question list is listed itself and reached from its parent: each item once.
            var seen = Set(kept.lazy.map(\.markerRange.start))
            while let item = pending.popLast() {
                guard seen.insert(item.markerRange.start).inserted else { continue }
                visit(item)
            }
        }
        // `- Word2vec` alone over numbers starting again at 1: the label of the group below.
        let labelItems = LabelLists.of(file).itemStarts
        if !labelItems.isEmpty { kept.removeAll { labelItems.contains($0.markerRange.start) } }
        let source = file.source
        let inOrder = zip(kept, kept.dropFirst()).allSatisfy { $0.range.start < $1.range.start }
        let ordered = inOrder ? kept : kept.sorted { $0.range.start < $1.range.start }
        // Each item's question on its own: a large bank's on every core. An empty item, a note
        // or whitespace asks nothing; neither does a text without letters (`2`, an answer key's
        // `1. 2`) or an address (`- <https://www.edx.org/…>`): two similar addresses are
        // duplicate-link's to judge. Nor does a worked example's data (`[1,**3**,11],[2,**4**,6]
        // 和为 7`) or a list's filler (`等等`, `etc.`).
        return Parallel.mapRanges(of: ordered.count, minimumLength: Self.itemsPerPiece) { range in
            ordered[range].compactMap { item -> Question? in
                guard !item.isEmpty, !ListItemSupport.isNote(item), !item.text.allSatisfy(\.isWhitespace),
                      !isOnlyCodeSpans(item, in: source) else { return nil }
                return Question(item: item, in: source, labels: labels)
            }.filter { $0.text.contains(where: \.isLetter) && !isAddress($0.text) && !isData($0.text) && !isFiller($0.text) && !isNumberedLabel($0.text) }
        }.flatMap { $0 }
    }

    /// ``1. `致` `毕业` `和尚` `未` ``: an item of code spans alone, with spaces or punctuation
    /// between them, shows tokens or values (a segmentation, an input), not a question. The
    /// first byte turns away almost every item.
    static func isOnlyCodeSpans(_ item: ListItem, in source: SourceText) -> Bool {
        codeSpansAlone(from: ListItemSupport.contentStart(of: item, in: source), in: source) >= 2
    }

    /// How many code spans the line holds from `start` on, when only spaces and punctuation
    /// stand between them; 0 when it holds anything else or does not open with one.
    static func codeSpansAlone(from start: Int, in source: SourceText) -> Int {
        guard start < source.bytes.count, source.bytes[start] == UInt8(ascii: "`") else { return 0 }
        let line = source.string(in: SourceRange(start, source.lineRange(source.line(containing: start)).end))
        var insideSpan = false, spans = 0
        for character in line {
            if character == "`" {
                insideSpan.toggle()
                if insideSpan { spans += 1 }
            } else if !insideSpan, character.isLetter || character.isNumber {
                return 0
            }
        }
        return insideSpan ? 0 : spans
    }

    /// `https://…`, `www.…`: a web address, not words, with nothing else around it. Asked of
    /// every question of a bank: the first byte turns away almost all of them.
    static func isAddress(_ text: String) -> Bool {
        guard let first = text.utf8.first, first == UInt8(ascii: "h") || first == UInt8(ascii: "H") || first == UInt8(ascii: "w")
                || first == UInt8(ascii: "W") || first == UInt8(ascii: " ") else { return false }
        let trimmed = text.trimmedWhitespace
        guard !trimmed.contains(where: \.isWhitespace) else { return false }
        let lower = trimmed.prefix(8).lowercased()
        return lower.hasPrefix("http://") || lower.hasPrefix("https://") || lower.hasPrefix("www.")
    }

    /// Mostly numbers, brackets and operators: fewer than one letter in four of the text's
    /// characters (spaces aside). Asked of every question: a letter among the first
    /// characters turns most of them away.
    static func isData(_ text: String) -> Bool {
        if let first = text.unicodeScalars.first, first.properties.isAlphabetic { return false }
        var letters = 0, others = 0
        for character in text where !character.isWhitespace {
            if character.isLetter { letters += 1 } else { others += 1 }
        }
        return letters * 3 < others
    }

    /// `区别1`, `方法 2`, `Step 3`, `Example 2`: a point's label and its number, asking nothing;
    /// two articles' `区别1` are no question asked twice.
    static func isNumberedLabel(_ text: String) -> Bool {
        guard text.utf8.count <= 24 else { return false }
        let trimmed = text.trimmedWhitespace
        let digits = trimmed.reversed().prefix { $0.isASCII && $0.isNumber }.count
        guard digits > 0, digits < trimmed.count else { return false }
        let word = String(trimmed.dropLast(digits)).trimmedWhitespace.lowercased()
        if !word.isEmpty, word.count <= 4, word.unicodeScalars.allSatisfy(HanCharacters.isCJKLetter) { return true }
        return numberedLabelWords.contains(word)
    }

    static let numberedLabelWords: Set<String> = ["step", "example", "case", "method", "option", "part", "solution", "approach",
                                                  "version", "test", "demo", "sample", "note", "tip"]

    /// `等等`, `etc.`: an item that says the list goes on.
    static func isFiller(_ text: String) -> Bool {
        guard text.utf8.count <= 24 else { return notedFiller(text) }
        let words = text.trimmedWhitespace.lowercased().trimmed { $0 == "." || $0 == "…" || $0 == "!" || $0 == " " }
        return fillers.contains(text.trimmedWhitespace.lowercased()) || fillers.contains(words) || notedFiller(text)
    }

    /// `and others (XML Schema, etc.)...`, `et d'autres encore (…)…`: a filler with a note in
    /// brackets naming a few more.
    private static func notedFiller(_ text: String) -> Bool {
        guard text.utf8.count <= 100, closesWithABracket(text) else { return false }
        // The filler before the note is a few words (`and others`, `et d'autres encore`): only
        // they are read as text.
        let beforeNote = text.utf8.prefix { $0 != 0x28 && $0 != 0xEF }
        guard beforeNote.count <= 24, beforeNote.count < text.utf8.count else { return false }
        let words = String(decoding: beforeNote, as: UTF8.self).lowercased().trimmed { $0 == "." || $0 == "…" || $0 == " " || $0 == "," || $0 == "，" }
        return fillers.contains(words) || otherLanguageFillers.contains(words)
    }

    /// `)` or `）` last, before any dots, `…`, `。` or spaces: read on the last bytes.
    private static func closesWithABracket(_ text: String) -> Bool {
        let bytes = text.utf8
        var end = bytes.endIndex
        // The byte `back` places before `end`, or 0.
        func byte(_ back: Int) -> UInt8 {
            bytes.index(end, offsetBy: -back, limitedBy: bytes.startIndex).map { $0 < end ? bytes[$0] : 0 } ?? 0
        }
        while end > bytes.startIndex {
            let last = byte(1)
            if last == 0x20 || last == 0x2E || last == 0x21 { end = bytes.index(before: end); continue }
            // `…` is E2 80 A6 and `。` E3 80 82; `）` EF BC 89.
            let (second, third) = (byte(2), byte(3))
            if last == 0xA6 && second == 0x80 && third == 0xE2 || last == 0x82 && second == 0x80 && third == 0xE3 {
                end = bytes.index(end, offsetBy: -3)
                continue
            }
            return last == 0x29 || last == 0x89 && second == 0xBC && third == 0xEF
        }
        return false
    }

    /// `and others` in other languages.
    static let otherLanguageFillers: Set<String> = ["et d'autres", "et d'autres encore", "et plus", "et plus encore", "etc", "y otros", "y más",
                                                    "e outros", "e mais", "und mehr", "und andere", "и другие", "и т.д", "и т. д", "vb", "ve diğerleri",
                                                    "and others more", "and more others", "and others too"]

    /// (`...` alone is a placeholder, see `ItemShape`: an item still to write.)
    static let fillers: Set<String> = ["等等", "等等。", "等", "等等...", "等等……", "etc", "etc.", "etc...", "and more", "and so on",
                                       "and much more", "and many more", "much more", "many more", "and others", "更多", "还有更多",
                                       "其他", "其它", "其他。", "其它。", "others", "other", "more", "more...", "to be continued", "未完待续"]

    /// The nested list follows the item's title directly: its outline. After a paragraph of
    /// answer (`1. ### What are selectors?` / `Selectors have two benefits,` / `1. …`), the
    /// list is part of the answer.
    static func isOutline(_ list: MarkdownList, of item: ListItem) -> Bool {
        let before = item.children.prefix { block in
            if case .list(let nested) = block { nested.index != list.index } else { true }
        }
        return before.count <= 1
    }

    /// Below this many items a piece of work on another core costs more than it saves.
    static let itemsPerPiece = 5_000

    /// An item without a link whose text is not a question, with a nested list: `- General`, `- 基础篇`.
    /// An item that ends with a colon introduces its points (`1. Check the data types of the
    /// following data:` over `- 10`, `- Your name`): the exercise's data, not a group of questions.
    /// An item that ends a sentence (`- Implement a dropdown component.` over `- [Read answer](…)`)
    /// states a task: the nested link is its answer, not a question of a group.
    static func isGroupLabel(_ item: ListItem) -> Bool {
        guard let first = item.nestedLists.first, isOutline(first, of: item), item.links.allSatisfy(\.isImage) else { return false }
        let text = item.text.trimmedWhitespace
        // `Which of the following are serverless? (Choose TWO)`: a question and its instruction.
        if asksBeforeANote(text) { return false }
        return !text.hasSuffix("?") && !text.hasSuffix("？") && !ConventionInference.endsWithColon(text)
            && !(text.hasSuffix(".") || text.hasSuffix("。") || text.hasSuffix("!") || text.hasSuffix("！"))
    }

    /// A question mark right before a closing bracketed note (`…serverless? (Choose TWO)`,
    /// `…区别？（多选）`).
    static func asksBeforeANote(_ text: String) -> Bool {
        guard text.hasSuffix(")") || text.hasSuffix("）"), let open = text.lastIndex(where: { $0 == "(" || $0 == "（" }) else { return false }
        let before = String(text[..<open]).trimmedWhitespace
        return before.hasSuffix("?") || before.hasSuffix("？")
    }

    /// Most items end with a question mark or start with a question word.
    static func readsAsQuestions(_ list: MarkdownList) -> Bool {
        let questions = list.items.filter { isQuestionLike($0.text) }.count
        return questions * 2 > list.items.count
    }

    private static let questionWords = ["什么", "为什么", "为何", "如何", "怎么", "怎样", "哪些", "是否", "区别", "简述", "介绍",
                                        "what", "why", "how", "which", "when", "explain", "describe", "difference"]

    static func isQuestionLike(_ text: String) -> Bool {
        let trimmed = text.trimmedWhitespace
        if ItemShape.endsWithQuestionMark(trimmed) { return true }
        let lower = trimmed.prefix(40).lowercased()
        return questionWords.contains { lower.contains($0) }
    }
}
