import IQCore
import IQMarkdown

/// Two items with the same words that ask about different things: the words lean on what
/// surrounds each item, not on the item alone.
enum QuestionScopes {
    /// `How would you choose the value of k?` under `k-means clustering.` and under
    /// `k-nearest neighbor classification.`: each asks about its parent (it shares a word with
    /// it), and the parents are two subjects, neither inside the other. Parents that are one
    /// subject (`Python` and `Python advanced`) leave the pair a duplicate.
    static func askAboutDifferentParents(_ first: QuestionEntry, _ second: QuestionEntry) -> Bool {
        guard let parentA = OutlinePlaces.of(first.file).parentText(at: first.range.start),
              let parentB = OutlinePlaces.of(second.file).parentText(at: second.range.start) else { return false }
        let subjectA = words(of: parentA), subjectB = words(of: parentB)
        guard !subjectA.isEmpty, !subjectB.isEmpty, !subjectA.isSubset(of: subjectB), !subjectB.isSubset(of: subjectA) else { return false }
        return !words(of: first.text).isDisjoint(with: subjectA) && !words(of: second.text).isDisjoint(with: subjectB)
    }

    /// `* How it works?` among what to ask about any tool, and `* How does it works?` under
    /// `Binary search:` in another file: a question with no subject of its own (a pronoun for
    /// it, question words, an aspect) asks about what surrounds it, and two sections (or two
    /// files) are two subjects. The same words in one section are still asked twice.
    static func leanOnTwoContexts(_ first: QuestionEntry, _ second: QuestionEntry) -> Bool {
        guard hasNoSubjectOfItsOwn(first.text), hasNoSubjectOfItsOwn(second.text) else { return false }
        let headingA = first.file.document.heading(before: first.range.start), headingB = second.file.document.heading(before: second.range.start)
        // Under headings of one name in one file, or in a file and its copy (`GarbageCollection.md`
        // in `docs/jvm/` and in `MD/`), the context is one.
        if let contextA = contextHeading(of: first), let contextB = contextHeading(of: second), contextA.text == contextB.text,
           first.file.path.split(separator: "/").last == second.file.path.split(separator: "/").last { return false }
        if first.file.path != second.file.path { return true }
        return headingA?.index != headingB?.index
    }

    /// The heading whose subject `entry` asks about: its section's, or for a question that is a
    /// heading, the nearest heading above of a higher level.
    static func contextHeading(of entry: QuestionEntry) -> Heading? {
        let document = entry.file.document
        guard let heading = document.heading(before: entry.range.start) else { return nil }
        guard heading.range.start == entry.range.start || heading.range.contains(entry.range.start) else { return heading }
        return document.headings[..<heading.index].last { $0.level < heading.level }
    }

    /// Whether `text` names what it asks about by a pronoun (`it`, `它`) and says nothing else
    /// but question words and an aspect (`How does it work?`, `What are its advantages?`).
    static func hasNoSubjectOfItsOwn(_ text: String) -> Bool {
        // Such a question is short (every reported pair asks, most about longer questions).
        guard text.utf8.count <= maximumContextQuestionBytes else { return false }
        // `以上方法是否一定有效？` after the ways to fix high variance, and again after those for
        // high bias: it asks about the section above it, and names no subject of its own.
        if refersToWhatIsAbove(text) { return !OutlineTexts.words(of: text).contains { $0.count >= 2 && $0.allSatisfy(\.isASCII) && !aboveWords.contains(String($0)) } }
        if dropsItsSubject(text) { return true }
        guard mayNameItsParent(text), OutlineTexts.namesItsParent(text) else { return false }
        let words = OutlineTexts.words(of: text)
        guard !words.isEmpty, words.allSatisfy({ $0.allSatisfy(\.isASCII) }) else { return OutlineTexts.leansOnParent(text) && words.isEmpty }
        return words.allSatisfy { contextWords.contains(String($0)) }
    }

    /// `这是什么？`, `这是啥？`: a demonstrative stands for the section's subject; `何时重要？`,
    /// `为什么重要？`, `如何实现？`: a question word and two characters, the subject left out as
    /// Chinese leaves it out when the heading above names it. (`什么是过拟合？` names its own.)
    static func dropsItsSubject(_ text: String) -> Bool {
        // On the scalars, stopping at a Latin letter or a seventh ideograph: asked of many pairs.
        var han: [Unicode.Scalar] = []
        for scalar in text.unicodeScalars {
            if scalar.isASCII, scalar.properties.isAlphabetic { return false }
            guard HanCharacters.isIdeograph(scalar) else { continue }
            han.append(scalar)
            if han.count > 6 { return false }
        }
        guard let first = han.first else { return false }
        if first == "这" || first == "此" { return true }
        for word in subjectlessOpenings where han.starts(with: word) {
            return han.count - word.count <= 2
        }
        return false
    }

    private static let subjectlessOpenings: [[Unicode.Scalar]] = ["什么时候", "何时", "为什么", "为何", "如何", "怎么", "怎样"].map { Array($0.unicodeScalars) }

    /// `以上方法`, `上述问题`, `the above`: what the text asks about is what stands above it.
    static func refersToWhatIsAbove(_ text: String) -> Bool {
        // `contains` is this module's byte search (see `ByteSearch`): asked of many pairs.
        text.contains("以上") || text.contains("上述") || text.containsBytes("above") && text.lowercased().contains("the above")
    }

    private static let aboveWords: Set<String> = ["the", "above", "are", "is", "do", "does", "all", "of", "methods", "always", "work", "these"]

    /// False when `text` surely holds no pronoun `namesItsParent` looks for, read on its bytes:
    /// no `it` (`its`), no `th` (`they`, `them`, `their`) in either case, no `它` or `该`.
    static func mayNameItsParent(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            guard bytes.count >= 2 else { return false }
            for index in 0..<(bytes.count - 1) {
                let (first, second) = (bytes[index] | 0x20, bytes[index + 1] | 0x20)
                if first == UInt8(ascii: "i") && second == UInt8(ascii: "t") || first == UInt8(ascii: "t") && second == UInt8(ascii: "h") { return true }
                guard index + 2 < bytes.count else { continue }
                // 它 is E5 AE 83, 该 is E8 AF A5.
                if bytes[index] == 0xE5 && bytes[index + 1] == 0xAE && bytes[index + 2] == 0x83
                    || bytes[index] == 0xE8 && bytes[index + 1] == 0xAF && bytes[index + 2] == 0xA5 { return true }
            }
            return false
        }
    }

    /// The longest question without a subject of its own, in bytes (`What are the main
    /// disadvantages of using it?` is 44; `它的优缺点分别是什么？` 33).
    static let maximumContextQuestionBytes = 64

    /// Words of a question that lean on what it is about: question words, pronouns, aspects.
    private static let contextWords: Set<String> = [
        "how", "does", "do", "did", "it", "its", "they", "them", "their", "work", "works", "working", "what", "is", "are", "was", "were",
        "why", "when", "where", "which", "can", "could", "would", "should", "you", "we", "use", "used", "to", "the", "a", "an", "of",
        "for", "in", "on", "with", "and", "or", "implement", "explain", "describe", "mean", "main", "advantages", "advantage",
        "disadvantages", "disadvantage", "benefits", "pros", "cons", "purpose", "limitations", "alternatives", "drawbacks",
    ]

    /// `### 一面` / `1. 自我介绍；` … `### 三面` / `1. 自我介绍；`: an interview log records what each
    /// round asked, and two rounds (of one interview or two) asking the same is what happened,
    /// not a question added twice. Both sections' headings must name a round.
    /// The round's heading may be a parent (`## 二面` / `### 算法题`), or the record's title
    /// (`# 网易面经` / `## 面经1`; see `InterviewRecords`).
    static func areAskedInTwoRounds(_ first: QuestionEntry, _ second: QuestionEntry) -> Bool {
        InterviewRecords.areInTwoRecords(first, second)
    }

    /// `## Airbnb behavioral interview questions` and `## Stack Overflow behavioral interview
    /// questions`: two sections whose headings frame questions the same way and differ in the
    /// name of whom they are from (a company, a product, written with capitals). Each lists
    /// its own, and the same question under both is what each asks. The frame holds two words
    /// or more, one of them about questions. (Chinese headings are not judged: `阿里面试题` and
    /// `机器学习面试题` differ alike in a name and in a topic.)
    static func areUnderParallelHeadings(_ first: QuestionEntry, _ second: QuestionEntry) -> (String, String)? {
        guard let headingA = first.file.document.heading(before: first.range.start),
              let headingB = second.file.document.heading(before: second.range.start),
              headingA.level == headingB.level, first.file.path != second.file.path || headingA.range != headingB.range,
              FramingHeadings.of(first.file).indexes.contains(headingA.index),
              FramingHeadings.of(second.file).indexes.contains(headingB.index) else { return nil }
        return differingNames(headingA.text, headingB.text)
    }

    /// The headings of a file with a word about questions, which any frame two headings share
    /// must hold: worked out once per file, as a large bank asks for two headings per reported
    /// question and most headings hold none.
    struct FramingHeadings: Sendable {
        let indexes: Set<Int>

        static func of(_ file: MarkdownFile) -> FramingHeadings {
            file.derived.value(FramingHeadings.self) { _ in
                FramingHeadings(indexes: Set(file.document.headings.filter { heading in
                    words(inHeading: heading.text).contains { questionFrameWords.contains($0.lowercased()) }
                }.map(\.index)))
            }
        }
    }

    /// The names two headings differ in, outside the frame they share, when they share one.
    static func differingNames(_ a: String, _ b: String) -> (String, String)? {
        let (wordsA, wordsB) = (words(inHeading: a), words(inHeading: b))
        let (lowerA, lowerB) = (wordsA.map { $0.lowercased() }, wordsB.map { $0.lowercased() })
        var prefix = 0
        while prefix < min(lowerA.count, lowerB.count), lowerA[prefix] == lowerB[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < min(lowerA.count, lowerB.count) - prefix, lowerA[lowerA.count - 1 - suffix] == lowerB[lowerB.count - 1 - suffix] { suffix += 1 }
        let restA = wordsA[prefix..<(wordsA.count - suffix)], restB = wordsB[prefix..<(wordsB.count - suffix)]
        let frame = lowerA[..<prefix] + lowerA[(lowerA.count - suffix)...]
        // `Airbnb`, `Stack Overflow`: each word of a name starts with a capital letter.
        func isName(_ words: ArraySlice<String>) -> Bool {
            !words.isEmpty && words.allSatisfy { $0.first?.isUppercase == true && $0.allSatisfy { $0.isASCII } }
        }
        guard isName(restA), isName(restB), frame.count >= 2, frame.contains(where: questionFrameWords.contains) else { return nil }
        return (restA.joined(separator: " "), restB.joined(separator: " "))
    }

    /// Words of a heading framing questions: `Airbnb behavioral interview questions`.
    private static let questionFrameWords: Set<String> = ["question", "questions", "interview", "interviews", "ask", "asked", "faq", "faqs"]

    /// The heading's runs of letters and digits, as written.
    private static func words(inHeading text: String) -> [String] {
        text.split { !($0.isLetter || $0.isNumber) }.map(String.init)
    }

    /// The headings of a file that name an interview round, worked out once per file: a large
    /// bank asks for two headings per reported question.
    /// `一面`, `二面`, `HR 面`, `技术面`, `终面`, `Round 2`, `Onsite`, `Phone screen`.
    static func namesARound(_ heading: String) -> Bool {
        let text = heading.lowercased().filter { !$0.isWhitespace }
        if roundWords.contains(where: text.contains) { return true }
        guard let round = text.range(of: "round") else { return false }
        return text[round.upperBound...].first?.isNumber ?? false
    }

    private static let roundWords = ["一面", "二面", "三面", "四面", "五面", "终面", "hr面", "技术面", "交叉面", "笔试", "onsite", "phonescreen"]

    /// `[Machine Learning](https://www.quora.com/topic/…)` under `### Quora` and again under
    /// `### Reddit`: a name, not a question, filed under two group labels and linking a page of
    /// another site each time (each community's page on the topic). Worth a look, not a question
    /// asked twice; the same name linking one site twice, or under one label, still is.
    static func nameAPageOfEachParent(_ first: QuestionEntry, _ second: QuestionEntry) -> Bool {
        // Nested items only (a binary search each), before the texts are read.
        guard let parentA = OutlinePlaces.of(first.file).parentText(at: first.range.start),
              let parentB = OutlinePlaces.of(second.file).parentText(at: second.range.start),
              HeadingText.normalized(parentA) != HeadingText.normalized(parentB),
              !QuestionOutline.isQuestionLike(first.text), !QuestionOutline.isQuestionLike(second.text),
              let siteA = site(of: first), let siteB = site(of: second) else { return false }
        return siteA != siteB
    }

    /// `[How to Write a Git Commit Message](https://cbea.ms/…)` and `[How to Write Better Git
    /// Commit Messages](https://www.freecodecamp.org/…)`: each the title of an article (its
    /// words capitalised as titles are, no question mark), the whole of its link, on two sites.
    /// Two articles on one subject, not a question asked twice.
    static func titleArticlesOfTwoSites(_ first: QuestionEntry, _ second: QuestionEntry) -> Bool {
        guard isTitleCased(first.text), isTitleCased(second.text),
              isWholeLink(first), isWholeLink(second),
              let siteA = site(of: first), let siteB = site(of: second) else { return false }
        return siteA != siteB
    }

    /// `How to Write a Git Commit Message`: three words of four letters or more, each
    /// capitalised, all of them Latin letters, and no question mark closing it.
    static func isTitleCased(_ text: String) -> Bool {
        guard let last = text.trimmedWhitespace.last, last != "?", last != "？" else { return false }
        var long = 0
        for word in text.split(whereSeparator: { $0 == " " || $0 == "-" }) {
            let letters = word.unicodeScalars.filter { $0.properties.isAlphabetic }
            guard letters.allSatisfy(\.isASCII) else { return false }
            guard letters.count >= 4 else { continue }
            guard let initial = letters.first, initial.properties.isUppercase else { return false }
            long += 1
        }
        return long >= 3
    }

    /// Whether the entry's text is the text of its item's first outward link.
    private static func isWholeLink(_ entry: QuestionEntry) -> Bool {
        guard let item = DuplicateQuestionRule.item(of: entry), let link = ListItemSupport.firstOutwardLink(of: item) else { return false }
        return link.range == entry.range
    }

    /// The host of the first web link of the entry's item, without `www.`.
    private static func site(of entry: QuestionEntry) -> String? {
        guard let item = DuplicateQuestionRule.item(of: entry), let link = ListItemSupport.firstOutwardLink(of: item),
              let host = ParsedURL(link.destination).host, !host.isEmpty else { return nil }
        return host.hasPrefix("www.") ? String(host.dropFirst(4)) : host
    }

    /// `How well would vanilla SVM work on this dataset?` over one figure, and again over
    /// another; `以下代码的输出是什么？` over two snippets: the question points at the material
    /// under it (`this`, `the following`, `以下`, `下面`, `下图`), and the two materials differ.
    static func askAboutTheirOwnMaterial(_ first: QuestionEntry, _ second: QuestionEntry) -> Bool {
        guard pointsAtMaterial(first.text), pointsAtMaterial(second.text),
              let materialA = material(of: first), let materialB = material(of: second) else { return false }
        return materialA != materialB && shownAlike(materialA) != shownAlike(materialB)
    }

    /// What a material shows, however its code is set: without fence lines (```` ```r ````),
    /// backticks and whitespace (`` `a <- list(1)` `` and the same line fenced are one snippet).
    static func shownAlike(_ material: String) -> String {
        material.split(whereSeparator: \.isNewline).filter { line in
            let trimmed = line.drop { $0 == " " }
            return !trimmed.hasPrefix("```") && !trimmed.hasPrefix("~~~")
        }.joined().filter { $0 != "`" && !$0.isWhitespace }
    }

    /// `###### 1. What's the output?` over a snippet, and again over another, in any language
    /// (`Output là gì?`, `What's the value of output?`): question headings each right above
    /// code of its own ask about that code.
    static func headOwnCode(_ first: QuestionEntry, _ second: QuestionEntry) -> Bool {
        // (The code right under the heading, HTML such as `<div dir="ltr">` before it aside.)
        func code(under entry: QuestionEntry) -> String? {
            let document = entry.file.document
            var next = document.block(after: entry.range.start, end: entry.range.end)
            for _ in 0..<3 {
                switch next {
                case .codeBlock(let block)?: return block.code
                case .html(let html)?: next = document.block(after: html.range.start, end: html.range.end)
                default: return nil
                }
            }
            return nil
        }
        guard let codeA = code(under: first), let codeB = code(under: second) else { return false }
        return codeA != codeB
    }

    /// `## Fork 101` and `## Fork 102`, each a snippet and the same two questions about it; `## 目标和`
    /// and `## 打家劫舍`, each the same method steps over its own text: two sections asking the same
    /// questions, in the same order, of their own material (what the sections show besides their
    /// lists differs, and neither shows nothing). A section that only lists the questions of
    /// another is a copy. The two sections may be in two files (`fork_101.md`, `fork_102.md`:
    /// one exercise a page) when each shows a few blocks only (a lead-in and its snippet): two
    /// pages' long sections differ anyway, whatever a question copied between them asks.
    static func askTheSameOfTwoSections(_ first: Int, _ second: Int, in entries: QuestionSet) -> Bool {
        let inOneFile = entries.areInOneFile(first, second)
        let documentA = entries.file(of: first).document, documentB = entries.file(of: second).document
        guard let sectionA = section(of: first, in: entries, document: documentA),
              let sectionB = section(of: second, in: entries, document: documentB),
              !inOneFile || sectionA.range != sectionB.range,
              askTheSame(sectionA.questions, sectionB.questions) else { return false }
        let materialA = material(in: sectionA.range, of: documentA), materialB = material(in: sectionB.range, of: documentB)
        if !inOneFile, max(materialA.count, materialB.count) > maximumExerciseBlocks { return false }
        return !materialA.isEmpty && !materialB.isEmpty && materialA != materialB
    }

    /// The same questions in the same order; a question may carry its answer in one section
    /// (`1. How many blanks? 3; 3 letters` applying the method's `1. How many blanks?`).
    static func askTheSame(_ first: [String], _ second: [String]) -> Bool {
        first.count == second.count && zip(first, second).allSatisfy { a, b in a == b || applies(a, b) || applies(b, a) }
    }

    /// `how many blanks: 4 blanks, length of string` answers `how many blanks?`: the question's
    /// words, its closing mark (or a colon), then the answer.
    /// Two answers of one question (`how many blanks: 4 blanks` and `how many blanks? 3`) apply it alike.
    static func applies(_ answered: String, _ question: String) -> Bool {
        guard let stem = askedPart(of: question), let answeredStem = askedPart(of: answered) else { return false }
        return stem == answeredStem && (answered.count > stem.count + 1 || question.count > stem.count + 1)
    }

    /// The words before the first `?` or `:` (eight characters or more); nil without one.
    private static func askedPart(of text: String) -> Substring? {
        guard let mark = text.firstIndex(where: { "?？:：".contains($0) }) else { return nil }
        let stem = text[..<mark]
        return stem.count >= 8 ? stem : nil
    }

    /// The most blocks besides its lists an exercise page's section shows: a lead-in, its
    /// snippet or figure, a note.
    static let maximumExerciseBlocks = 4

    /// The range of the section holding the question at `index` and the texts of its questions,
    /// in order; nil when it holds one question only, or more than a template's few.
    private static func section(of index: Int, in entries: QuestionSet, document: Document) -> (range: SourceRange, questions: [String])? {
        // From the section's heading to the next one; a question that is a heading (`1. ### Q`)
        // is no section's template.
        let offset = entries.range(of: index).start
        let heading = document.heading(before: offset)
        if let heading, heading.range.end > offset { return nil }
        let start = heading?.range.end ?? 0
        let end = document.heading(atOrAfter: start)?.range.start ?? document.source.bytes.count
        guard end > start else { return nil }
        let range = SourceRange(start, end)
        func inSection(_ other: Int) -> Bool { entries.areInOneFile(index, other) && range.contains(entries.range(of: other).start) }
        // Stops past a template's few: a bank's section holds hundreds, and every exact pair asks.
        var low = index, high = index
        while low > 0, high - low < maximumTemplateQuestions, inSection(low - 1) { low -= 1 }
        while high + 1 < entries.count, high - low < maximumTemplateQuestions, inSection(high + 1) { high += 1 }
        guard high > low, high - low < maximumTemplateQuestions else { return nil }
        return (range, (low...high).map { entries.texts[$0].trimmedWhitespace.lowercased() })
    }

    /// A template asks a few questions of each section.
    static let maximumTemplateQuestions = 12

    /// The text of each of the section's top-level blocks other than its lists and headings:
    /// its snippets, figures and paragraphs.
    private static func material(in range: SourceRange, of document: Document) -> [String] {
        document.blocks.filter { block in
            guard range.contains(block.range.start) else { return false }
            switch block {
            case .list, .heading: return false
            default: return true
            }
        }.map { document.source.string(in: $0.range) }
    }

    /// The question refers to something shown with it rather than naming its subject.
    static func pointsAtMaterial(_ text: String) -> Bool {
        // On the bytes first: every exact pair of a large bank asks, and most texts hold none of the words.
        var text = text
        let (english, chinese) = text.withUTF8 { bytes in
            (pointerBytes.contains { UTF8Characters.containsFolded($0, in: bytes, countingJoiner: false) },
             chineseMarkerBytes.contains { UTF8Characters.containsFolded($0, in: bytes, countingJoiner: false) })
        }
        if chinese { return true }
        if choosesAmongOptions(text) { return true }
        guard english else { return asksOnlyForAnOutcome(text) }
        let words = text.lowercased().split { !($0.isLetter || $0.isNumber) }
        // `this code`, `the following snippet`, `below code`, `the code below`, or `the following`
        // alone (`What is the output of the following?`).
        return zip(words, words.dropFirst()).contains { first, second -> Bool in
            let (left, right) = (String(first), String(second))
            if pointers.contains(left) && materialNouns.contains(right) || left == "the" && right == "following" { return true }
            return materialNouns.contains(left) && (right == "below" || right == "above")
        } || asksOnlyForAnOutcome(text)
    }

    /// `Which statement is true?`, `Which expression evaluates to true?`: a question whose options,
    /// shown with it, are its subject.
    static func choosesAmongOptions(_ text: String) -> Bool {
        guard text.utf8.count <= 64, text.utf8.first.map({ $0 | 0x20 == UInt8(ascii: "w") }) == true else { return false }
        let words = text.lowercased().split { !($0.isLetter || $0.isNumber) }
        guard words.count <= 7, words.first == "which", let last = words.last else { return false }
        return ["true", "correct", "false", "incorrect", "valid", "invalid", "wrong", "right"].contains(String(last))
    }

    /// `What's the output?`, `What will be logged?`, `输出是什么？`: a question that names nothing but
    /// the result it asks for, about the snippet shown with it.
    static func asksOnlyForAnOutcome(_ text: String) -> Bool {
        guard text.utf8.count <= 64 else { return false }
        // On the bytes first: every exact pair of a large bank asks, and most name no result.
        var scanned = text
        guard scanned.withUTF8({ bytes in outcomeCueBytes.contains { UTF8Characters.containsFolded($0, in: bytes, countingJoiner: false) } }) else { return false }
        let words = text.lowercased().split { !($0.isLetter || $0.isNumber) }.map(String.init)
        if words.count == 1, outcomeQuestions.contains(words[0]) { return true }
        guard !words.isEmpty, words.count <= 6, words.allSatisfy(outcomeWords.contains) else { return false }
        return words.contains(where: outcomeNouns.contains)
    }

    /// What a question for a result holds somewhere, in either language.
    private static let outcomeCueBytes = ["output", "log", "print", "return", "result", "outcome", "happen", "value", "输出", "打印", "结果"].map { Array($0.utf8) }

    private static let outcomeNouns: Set<String> = ["output", "outputs", "logged", "printed", "print", "prints", "return", "returns", "returned",
                                                    "result", "outcome", "happen", "happens", "value"]
    private static let outcomeWords: Set<String> = outcomeNouns.union(["what", "what's", "whats", "s", "is", "the", "will", "be", "does", "do",
                                                                       "get", "gets", "would", "here", "now", "final"])
    /// Chinese questions for a result, whole (punctuation left out).
    private static let outcomeQuestions: Set<String> = ["输出是什么", "输出什么", "输出结果是什么", "输出结果", "打印什么", "打印结果是什么",
                                                        "运行结果是什么", "运行结果", "结果是什么", "会输出什么", "会打印什么", "执行结果是什么"]

    private static let pointers: Set<String> = ["this", "these", "following", "below", "above", "given"]
    private static let pointerBytes = pointers.map { Array($0.utf8) }
    private static let chineseMarkerBytes = chineseMarkers.map { Array($0.utf8) }

    /// What the page shows between the item's first paragraph and the next list item or
    /// heading (a code block, a figure, a table, under the item or after its list), without
    /// spaces at its ends; nil when nothing is shown there.
    static func material(of entry: QuestionEntry) -> String? {
        let document = entry.file.document
        // `###### 1. What's the output?` over its snippet: a heading's material is its section's
        // text, up to the next heading.
        if let heading = document.heading(atOrAfter: entry.range.start), heading.range == entry.range {
            let start = heading.range.end
            var end = min(document.source.bytes.count, start + maximumMaterialBytes)
            if let next = document.heading(atOrAfter: start) { end = min(end, next.range.start) }
            let text = end > start ? document.source.string(in: SourceRange(start, end)).trimmedWhitespace : ""
            return text.isEmpty ? nil : text
        }
        guard let item = DuplicateQuestionRule.item(of: entry), case .paragraph(let question)? = item.children.first else { return nil }
        // `How well would vanilla SVM work on this dataset?` / `![image](img/svm2.png)` on the
        // next line, glued into the question's paragraph: its figure all the same.
        let figures = question.content.links.filter(\.isImage).map(\.destination).joined(separator: " ")
        let start = question.range.end
        var end = min(document.source.bytes.count, start + maximumMaterialBytes)
        if let heading = document.heading(atOrAfter: start) { end = min(end, heading.range.start) }
        if let marker = ItemMarkers.of(entry.file).first(after: start) { end = min(end, marker) }
        let text = end > start ? document.source.string(in: SourceRange(start, end)).trimmedWhitespace : ""
        let material = [figures, text].filter { !$0.isEmpty }.joined(separator: "\n")
        return material.isEmpty ? nil : material
    }

    /// Where every list item's marker starts in a file (nested lists' too), in source order.
    struct ItemMarkers: Sendable {
        private let starts: [Int]

        /// The markers of `file`, collected once per file.
        static func of(_ file: MarkdownFile) -> ItemMarkers {
            file.derived.value(ItemMarkers.self) { _ in
                ItemMarkers(starts: file.document.lists.flatMap { $0.items.map(\.markerRange.start) }.sorted())
            }
        }

        /// The first marker starting after `offset`.
        func first(after offset: Int) -> Int? {
            let low = starts.partitionIndex { $0 > offset }
            return low < starts.count ? starts[low] : nil
        }
    }

    /// Bytes of material compared: enough to tell two snippets or figures apart.
    static let maximumMaterialBytes = 4_096

    private static let materialNouns: Set<String> = [
        "dataset", "data", "code", "snippet", "program", "function", "query", "figure", "image", "picture", "graph",
        "chart", "table", "diagram", "example", "output", "input", "tree", "array", "list", "string", "plot", "matrix",
        "script", "expression", "statement", "command", "class", "method", "regex", "pattern", "pointcut", "configuration",
        "file", "schema", "component", "template", "markup", "selector", "loop", "declaration", "block", "line", "lines",
        "object", "struct", "interface", "macro", "equation", "formula", "excerpt",
    ]
    /// `以下`, `下面`, `如下`: what follows (`以下代码的输出是什么？`, `下面哪个说法正确？`); a figure or
    /// a snippet named.
    private static let chineseMarkers = ["以下", "下面", "如下", "这段代码", "下图", "上图", "如图", "此图"]

    /// The words of `text` that name things: lowercased runs of letters and digits (`k-means`
    /// gives `k` and `means`), without the words every question has.
    static func words(of text: String) -> Set<String> {
        Set(OutlineTexts.words(of: withoutLeadingTag(text)).map(String.init).filter { $0.allSatisfy(\.isASCII) && !commonWords.contains($0) })
    }

    private static let commonWords: Set<String> = [
        "a", "an", "the", "of", "to", "in", "on", "for", "and", "or", "is", "are", "was", "be", "it", "its", "this", "that",
        "these", "those", "what", "how", "why", "when", "where", "which", "who", "would", "could", "should", "can", "will",
        "you", "your", "we", "our", "do", "does", "did", "with", "by", "from", "as", "at", "if", "i", "me", "my", "there",
        "vs", "use", "using", "used",
    ]

    /// `[E] How would you…`, `【高频】…`: a tag before the question (its difficulty, its
    /// source) names nothing it asks about.
    static func withoutLeadingTag(_ text: String) -> Substring {
        let trimmed = text.drop { $0.isWhitespace }
        guard let open = trimmed.first, let close = tagBrackets[open],
              let end = trimmed.dropFirst().prefix(12).firstIndex(of: close) else { return trimmed }
        return trimmed[trimmed.index(after: end)...]
    }

    private static let tagBrackets: [Character: Character] = ["[": "]", "【": "】", "(": ")", "（": "）"]
}
