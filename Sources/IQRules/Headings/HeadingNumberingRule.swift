import IQCore
import IQMarkdown

public struct HeadingNumberingRule: DocumentRule {
    public static let description = RuleDescription(
        id: "heading-numbering",
        summary: "numbered question headings count up",
        details: """
            A bank written as headings numbers its questions in the heading (`#### Q98. What does this \
            code print?`, `### 28. Should we…?`, `## Pregunta 99. …`); Markdown does not count them, so \
            a number typed twice or skipped shows as written. Reports a numbered heading whose number \
            is not one more than the numbered heading before it at its level (`Q98` twice, `28` then \
            `30`, `Q168` then `Q151`). A count starting again at 1 is a new part's, and so is any count \
            after a larger heading between the two (`## 并发` over `#### 9.`). Only a level that \
            counts, five numbered headings or more and four steps in five one up, half of them questions \
            (labelled `Q…` or asking), is judged; a book's chapters summed up (`## 7.` then `## 9.`), an \
            outline's `1.1`, `2.3` and years are no question numbers.
            """,
        rationale: """
            A reader, a contributor placing a new question and a table of contents rely on the numbers; \
            a repeated number hides a question added twice or a number typed wrong, a skipped one a \
            question lost.
            """,
        defaultSeverity: .warning,
        fix: .none,
        triggeringExamples: [
            RuleExample("## PHP\n\n#### Q96. What is PDO?\n\n#### Q97. What does this print?\n\n#### Q98. What does this code return?\n\n↓#### Q98. What does this code print?\n\n"
                + "#### Q99. What is a trait?\n\n#### Q100. What is Composer?\n"),
            RuleExample("# Flutter\n\n### 25. What is state?\n\n### 26. What is a widget?\n\n### 27. What is a key?\n\n### 28. Should we call Futures in build?\n\n↓### 30. What is BuildContext?\n\n### 31. What is a mixin?\n"),
        ],
        nonTriggeringExamples: [
            // Each part counts from 1 again.
            RuleExample("# Quiz\n\n## Basics\n\n### 1. A?\n\n### 2. B?\n\n### 3. C?\n\n## Advanced\n\n### 1. D?\n\n### 2. E?\n\n### 3. F?\n"),
            // An outline's numbers and a log's years are no question numbers.
            RuleExample("# Book\n\n## 1.1 Intro\n\n## 1.2 Setup\n\n## 1.4 Usage\n\n## 2019 Notes\n\n## 2021 Notes\n"),
            // A book's chapters summed up, some left out: not questions.
            RuleExample("# Notes\n\n## 1. Values\n\n## 2. Entities\n\n## 3. Services\n\n## 4. Repositories\n\n## 5. Factories\n\n## 7. Aggregates\n"),
            // `4.一个…`: a question opening with a Chinese numeral, no outline's `4.1`.
            RuleExample("## CSS\n\n### 1.CSS 选择符有哪些？\n\n### 2.伪类与伪元素的区别？\n\n### 3.哪些属性可以继承？\n\n### 4.一个满屏品字布局如何设计?\n\n### 5.多列等高如何实现？\n\n### 6.如何实现水平垂直居中？\n"),
            // The sections' count written between the questions' (`## 3. Исключения` between `## 765.` and `## 766.`).
            RuleExample("# Курс\n\n## 1. Введение (перейти в раздел)\n\n## 762. Что такое JVM?\n\n## 763. Что такое JRE?\n\n## 764. Что такое JDK?\n\n## 765. Что такое clone?\n\n"
                + "## 2. Исключения (перейти в раздел)\n\n## 766. Что такое исключение?\n\n## 767. Что такое finally?\n\n## 768. Что такое throws?\n"),
            // Too few to say the level counts.
            RuleExample("## Q1. A?\n\n## Q2. B?\n\n## Q5. C?\n"),
        ]
    )

    public init(options: RuleOptions) {}

    public func check(_ file: MarkdownFile) -> [Violation] {
        let headings = file.document.headings.filter { !EmptySectionRule.isInsideAnItemOrQuote($0, in: file.source) }
        guard headings.count >= Self.fewestNumbered else { return [] }
        // The numbered headings of each level, in order; a shallower heading between two starts a part.
        var runs: [Int: [(heading: Heading, number: Int, afterParent: Bool)]] = [:]
        // Where the last heading above each level stands (for level 4: the last `#`, `##` or `###`).
        var lastParentStart: [Int: Int] = [:]
        for heading in headings {
            for level in (heading.level + 1)...max(heading.level + 1, 6) { lastParentStart[level] = heading.range.start }
            guard let number = Self.questionNumber(of: heading.text) else { continue }
            let previous = runs[heading.level]?.last
            let afterParent = previous.map { (lastParentStart[heading.level] ?? -1) > $0.heading.range.start } ?? true
            runs[heading.level, default: []].append((heading, number, afterParent))
        }
        var violations: [Violation] = []
        for (_, run) in runs.sorted(by: { $0.key < $1.key }) where run.count >= Self.fewestNumbered {
            let steps = zip(run, run.dropFirst())
            // Questions (`Q98.`, or asking): a book's chapters summed up, some left out (`## 7.` then
            // `## 9.`), are numbered as the book numbers them.
            let asks = run.map { Self.isLabelled($0.heading.text) || QuestionOutline.isQuestionLike(HeadingText.normalized($0.heading.text)) }
            // `## 765. …` / `## 3. Исключения` / `## 766. …`: the sections' count between the
            // questions'; the steps into and out of such a heading are no step of the count.
            let interjections = Self.interjections(in: zip(run, asks).map { ($0.number, $1) })
            func isInterjected(_ index: Int) -> Bool {
                interjections.contains(index) || interjections.contains(index - 1) && (index < 2 || run[index].number == run[index - 2].number + 1)
            }
            let upByOne = steps.enumerated().count { position, step in
                step.1.number == step.0.number + 1 || step.1.afterParent || isInterjected(position + 1)
            }
            guard upByOne * 5 >= (run.count - 1) * 4 else { continue }
            guard asks.count(where: { $0 }) * 2 >= run.count else { continue }
            for (position, (previous, current)) in steps.enumerated() where current.number != previous.number + 1 {
                // A part counting from 1 again; a part under a heading of its own, whatever its
                // count (`#### 9.` under `## 并发`, questions numbered as their source numbers them).
                if current.number == 1 || current.afterParent || isInterjected(position + 1) { continue }
                let message = current.number == previous.number
                    ? "expected \(previous.number + 1) after \(previous.number), found \(current.number) again"
                    : "expected \(previous.number + 1) after \(previous.number), found \(current.number)"
                let help = current.number == previous.number
                    ? "the heading at line \(file.source.reportedLine(containing: previous.heading.range.start)) has this number too: renumber the questions from here, or remove a copy"
                    : current.number > previous.number
                        ? "\(current.number - previous.number - 1 == 1 ? "a number is" : "\(current.number - previous.number - 1) numbers are") skipped: a question lost, or numbers typed wrong"
                        : "the count goes back from \(previous.number): questions moved without their numbers, or a number typed wrong"
                violations.append(Violation(range: current.heading.range, message: message, help: [help]))
            }
        }
        return violations.sorted { $0.range.start < $1.range.start }
    }

    /// The positions of headings of a second count written between two of the first (`## 765.
    /// …?` / `## 3. Исключения (перейти в раздел)` / `## 766. …?`: the sections' numbers among the
    /// questions'): the headings around it count on, its number is well below theirs, and it asks
    /// nothing or counts on from another such heading. `numbered`: each heading's number, and whether it asks.
    static func interjections(in numbered: [(number: Int, asks: Bool)]) -> Set<Int> {
        guard numbered.count >= 3 else { return [] }
        // Headings breaking a count that goes on right after them, with a number well below it
        // (a number typed twice, `## 6.` after `## 6.`, or one typed a little off, is the count's slip).
        let breaking = (1..<(numbered.count - 1)).filter { index in
            numbered[index].number + 1 < numbered[index - 1].number && numbered[index + 1].number == numbered[index - 1].number + 1
        }
        let breakingNumbers = Set(breaking.map { numbered[$0].number })
        var found = Set(breaking.filter { index in
            let number = numbered[index].number
            return !numbered[index].asks || breakingNumbers.contains(number - 1) || breakingNumbers.contains(number + 1)
        })
        // The first heading, when it opens that second count (`## 1. Введение` over `## 762. …`).
        if let first = numbered.first, !first.asks, numbered[1].number != first.number + 1,
           found.contains(where: { numbered[$0].number == first.number + 1 }) {
            found.insert(0)
        }
        return found
    }

    /// The fewest numbered headings of a level that are judged.
    static let fewestNumbered = 5

    /// `98` of `Q98. What…`, `28` of `28. Should…`, `99` of `Pregunta 99. …`, `5` of `Question 5:
    /// …`; nil for a heading without one, an outline's `1.2`, a year (`2019 Notes`).
    static func questionNumber(of text: String) -> Int? {
        let trimmed = Substring(HeadingText.normalized(text)).drop { $0 == " " }
        let letters = trimmed.prefix { $0.isASCII && $0.isLetter }
        guard letters.isEmpty || letters.count <= 2 || Self.questionWords.contains(letters.lowercased()) else { return nil }
        let afterLetters = trimmed.dropFirst(letters.count)
        let digits = afterLetters.drop { $0 == " " && !letters.isEmpty }
        let number = digits.prefix { $0.isASCII && $0.isNumber }
        guard !number.isEmpty, number.count <= 4, let value = Int(number) else { return nil }
        let rest = digits.dropFirst(number.count)
        guard let mark = rest.first, ".:)、．。".contains(mark) || mark == " " && !letters.isEmpty else { return nil }
        // `1.2 Setup`: an outline's number. (`15.一个…`, `72.什么是…`: a question's first word,
        // which a Chinese numeral may start; outlines number in digits.)
        if let next = rest.dropFirst().first, next.isASCII && next.isNumber || ("０"..."９").contains(next) { return nil }
        return value
    }

    /// `Q98. …`, `Pregunta 99. …`: the number follows a question's label.
    static func isLabelled(_ text: String) -> Bool {
        let trimmed = Substring(HeadingText.normalized(text)).drop { $0 == " " }
        return trimmed.first.map { $0.isASCII && $0.isLetter } == true && questionNumber(of: text) != nil
    }

    static let questionWords: Set<String> = ["question", "pregunta", "questao", "frage", "domanda", "soru", "cau", "no"]
}
