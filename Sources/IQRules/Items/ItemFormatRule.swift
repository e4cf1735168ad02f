import IQCore
import IQMarkdown

public struct ItemFormatRule: DocumentRule {
    public static let description = RuleDescription(
        id: "item-format",
        summary: "an item's link shows the question",
        details: """
            Reports three malformed items: a link with empty text (`[](https://…)`), an item \
            whose whole text is a URL (`[https://…](https://…)`, `<https://…>` or a bare \
            `https://…`), and two links glued together with nothing between them \
            (`[a](…)[b](…)`), which render as one run of link text; a link whose whole content \
            is an image (a badge) is not text, so badges side by side are not glued, and links of a Chinese \
            sentence written right after its words (`介绍常见的[排序](…)[算法](…)`) spell one word together. A list where most items \
            are bare URLs (a references list: two or more of them, or one under a heading of \
            references such as `参考资料` or `참고 자료`, or a lone one under a heading that asks, \
            the answer's source) is written that way on purpose and its \
            URLs are not reported, nor are the URLs of a list of notes (in a block quote, under a \
            question's answer, or under a described entry: `* [lisp-stat](…) - …` over `  * https://lisp-stat.dev/`) or of references (`iqlint conventions` shows the roles); \
            a bare URL that `bare-url` reports is left to it. A URL for a text is reported only \
            where the document's entries name their links (three or more, and twice as many as \
            show URLs): alone on a course page it is that page's way. A changelog, a meeting's minutes and the templates under `.github/` are not entries \
            and are not checked.
            """,
        rationale: """
            The link text is the question: an empty one is invisible on the page, a URL tells \
            the reader nothing about what is asked, and glued links read as one question while \
            they are two.
            """,
        defaultSeverity: .warning,
        fix: .none,
        triggeringExamples: [
            RuleExample("1. [Tokenizer详解](https://a.example/tok)↓[Tokenizer-huggingface实战](https://a.example/hf)\n"),
            RuleExample("1. ↓[](https://a.example/empty)\n"),
            RuleExample("- [Transformer详解](https://a.example/t)\n- [BERT原理](https://a.example/b)\n- [GPT综述](https://a.example/g)\n- ↓[https://zhuanlan.zhihu.com/p/1](https://zhuanlan.zhihu.com/p/1)\n"),
            RuleExample("- [Transformer详解](https://a.example/t)\n- [BERT原理](https://a.example/b)\n- [GPT综述](https://a.example/g)\n- ↓https://zhuanlan.zhihu.com/p/2\n"),
            RuleExample("- [Transformer详解](https://a.example/t)\n- [BERT原理](https://a.example/b)\n- [GPT综述](https://a.example/g)\n- ↓<https://zhuanlan.zhihu.com/p/3>\n"),
            RuleExample("## Tools\n\n- [Alpha](https://a.example/a) - A tool.\n- [Beta](https://a.example/b) - A tool.\n- [Gamma](https://a.example/c) - A tool.\n- ↓[https://a.example/y](https://a.example/y)\n"),
            RuleExample("1. [a](https://a.example/a)↓[b](https://a.example/b)↓[c](https://a.example/c)\n"),
            RuleExample("- [lapce](https://a.example/lapce) [![CI](https://a.example/ci.svg) build](https://a.example/ci)↓[crates.io](https://a.example/c)\n"),
        ],
        nonTriggeringExamples: [
            // A paper's labels, each in brackets of its own: the page shows `[web][pdf]`.
            RuleExample("- Adversarially learned inference (2016), V. Dumoulin et al. [[web]](https://a.example/ali)[[pdf]](https://a.example/ali.pdf)\n"),
            // Glossary links inside a sentence, spelling one word together.
            RuleExample("1. 介绍常见的[排序](https://a.example/w?word=1)[算法](https://a.example/w?word=2)，以及他们的效率和稳定性\n2. TCP和UDP的区别\n"),
            // A described entry's notes, its homepage among them.
            RuleExample("* [lisp-stat](https://a.example/lisp-stat) - an environment for statistical computing.\n  * https://lisp-stat.dev/\n  * inspired by [XLisp-Stat](https://a.example/xls).\n* [clem](https://a.example/clem) - a matrix library.\n* [numcl](https://a.example/numcl) - a Numpy clone.\n"),
            // A slot for a link still to come: `link-format` reports it.
            RuleExample("- [a](https://a.example/a)\n- [b](https://a.example/b)\n- []()\n"),
            // Alone on a page, with no entries naming their links to compare with.
            RuleExample("# Intro to CS\n\n## Extra Practice\n\n1. [https://a.example/practice](https://a.example/practice)\n"),
            RuleExample("1. [Tokenizer详解](https://a.example/tok) / [Tokenizer-huggingface实战](https://a.example/hf)\n"),
            RuleExample("1. [GPT-3、3.5、4](https://a.example/gpt)\n2. [位置编码汇总](https://a.example/pos)（含代码）\n"),
            RuleExample("- 参考：https://a.example/ref\n"),
            RuleExample("[a](https://a.example/a)[b](https://a.example/b) in a paragraph is not an item\n"),
            RuleExample("- [![badge](https://a.example/b.svg)](https://a.example/)\n"),
            RuleExample("- [lapce](https://a.example/lapce) [![CI](https://a.example/ci.svg)](https://a.example/ci)[![crates.io](https://a.example/c.svg)](https://a.example/c)\n"),
            RuleExample("参考资料：\n\n- [https://a.example/p/1](https://a.example/p/1)\n- [https://b.example/s/2](https://b.example/s/2)\n- [位置编码汇总](https://c.example/3)\n"),
            RuleExample("## 참고 자료\n\n* https://a.example/p/1\n"),
            RuleExample("### 什么是 LoRA？\n\n- [https://a.example/p/1](https://a.example/p/1)\n\n### How does RLHF work?\n\n* https://a.example/p/2\n"),
        ],
        yieldsTo: ["bare-url"]
    )

    public init(options: RuleOptions) {}

    public func check(_ file: MarkdownFile) -> [Violation] {
        // A changelog's items are changes, a template's are for the contributor: not entries.
        guard !ProjectDocuments.holdsNotes(file.path) else { return [] }
        var violations: [Violation] = []
        // `1. [https://…/practice](https://…/practice)` alone on a course page: with no entries
        // that name their links to compare with, a URL for a link text is the page's way.
        var knownNamedEntries: Bool?
        func entriesNameTheirLinks() -> Bool {
            if let knownNamedEntries { return knownNamedEntries }
            var named = 0, urls = 0
            for list in file.document.lists {
                for item in list.items {
                    guard let text = item.links.first(where: { !$0.isImage })?.text.trimmedWhitespace, !text.isEmpty else { continue }
                    if ReferenceLists.isURL(text) { urls += 1 } else { named += 1 }
                }
            }
            knownNamedEntries = named >= 3 && named > 2 * urls
            return knownNamedEntries!
        }
        // `* [lisp-stat](…) - an environment for…` over `  * https://lisp-stat.dev/`: the notes
        // under a described entry, its homepage among them, are no entries to title.
        var notesOfEntries = Set<Int>()
        for list in file.document.lists {
            for item in list.items where !item.nestedLists.isEmpty {
                guard let first = item.links.first(where: { !$0.isImage }), !ReferenceLists.isURL(first.text.trimmedWhitespace),
                      item.text.trimmedWhitespace.count > first.text.trimmedWhitespace.count + 2 else { continue }
                notesOfEntries.formUnion(item.nestedLists.map(\.index))
            }
        }
        for list in file.document.lists {
            // A list made mostly of bare URLs (a references list) writes its links that way on
            // purpose, and so do the sources cited under an answer or in a callout. Asked only
            // of a list with a URL for a link text: the conventions are a document-wide inference.
            var knownURLStyle: Bool?
            func urlsAreTheStyle() -> Bool {
                if let knownURLStyle { return knownURLStyle }
                let role = CollectionConventions.of(file).role(of: list)
                let answer = role == .references || role == .notes || ReferenceLists.isReferenceList(list, in: file.document)
                knownURLStyle = answer
                return answer
            }
            for item in list.items {
                let allLinks = item.links
                let links = allLinks.filter { !$0.isImage }
                for link in links where Self.mayBeEmptyOrURL(link.text) {
                    let text = item.text.trimmedWhitespace
                    let linkText = link.text.trimmedWhitespace
                    // A bank's items are questions; an awesome-list's or a book list's are titles.
                    func entry() -> (name: String, placeholder: String) {
                        let conventions = CollectionConventions.of(file)
                        let asks = conventions.itemKind == .questions && conventions.role(of: list) == .questions
                        return asks ? ("question", Self.questionWord(for: list)) : ("title", Self.titleWord(for: list))
                    }
                    // `- []()`: no text and no destination, a slot for a link still to come, which
                    // `link-format` reports (once, as a placeholder where the file has several).
                    if linkText.isEmpty && link.destination.isEmpty { continue }
                    if linkText.isEmpty && !allLinks.contains(where: { $0.isImage && link.range.start < $0.range.start && $0.range.end <= link.range.end }) {
                        let (name, placeholder) = entry()
                        violations.append(Violation(
                            range: link.range,
                            message: "expected the \(name) as link text, found an empty link",
                            help: ["write the \(name) between the brackets: `[\(placeholder)](\(link.destination))`"]))
                    } else if ReferenceLists.isURL(linkText), text == linkText, !notesOfEntries.contains(list.index), !urlsAreTheStyle(), entriesNameTheirLinks() {
                        let (name, placeholder) = entry()
                        violations.append(Violation(
                            range: link.range,
                            message: "expected the \(name) as link text, found only the URL",
                            help: ["write the \(name) as the link text: `[\(placeholder)](\(link.destination))`"]))
                    }
                }
                // (`[[web]](…)[[pdf]](…)` in a paper list: each text in brackets of its own, the
                // page shows `[web][pdf]`, two labels, as badges are.)
                // Image links nested in a link are inside it, not glued to it; and badges side by
                // side (`[![CI](…)](…)[![crates.io](…)](…)`) render as separate images, not one run of text.
                for (previous, link) in zip(links, links.dropFirst()) where previous.range.end == link.range.start
                    && !Self.isImageOnly(previous, images: allLinks, in: file.source) && !Self.isImageOnly(link, images: allLinks, in: file.source)
                    && !Self.linkWordsOfASentence(previous, link, in: file.source)
                    && !(Self.isBracketedLabel(previous.text) && Self.isBracketedLabel(link.text)) {
                    // `[https://www.](…)[anaconda.com/download/](…)`: one link cut in two, both halves leading to one address.
                    let isOneLinkCut = link.destination == previous.destination
                    violations.append(Violation(
                        range: link.range,
                        message: isOneLinkCut ? "expected one link, found '\(link.text)' glued to '\(previous.text)', both leading to one address"
                            : "expected a separator between two links, found '\(link.text)' glued to '\(previous.text)'",
                        help: [isOneLinkCut ? "one link cut in two: write its text once, in one link"
                               : "put each link in an item of its own, or separate them with ` / `"]))
                }
            }
        }
        return violations
    }

    /// The word for "question" in the script of the list's items: `问题`, `질문`, `質問`, else
    /// `question` (the help shows the fix in the collection's language).
    /// `title` in the script of the list's items (`标题`, `タイトル`, `제목`), for the entries of
    /// a list that asks nothing.
    static func titleWord(for list: MarkdownList) -> String {
        switch questionWord(for: list) {
        case "질문": "제목"
        case "質問": "タイトル"
        case "问题": "标题"
        default: "title"
        }
    }

    static func questionWord(for list: MarkdownList) -> String {
        var han = false, kana = false
        for item in list.items {
            for scalar in item.text.unicodeScalars {
                switch scalar.value {
                case 0xAC00...0xD7AF, 0x1100...0x11FF: return "질문"
                case 0x3040...0x30FF: kana = true
                default: if HanCharacters.isIdeograph(scalar) { han = true }
                }
            }
        }
        return kana ? "質問" : han ? "问题" : "question"
    }

    /// Whether `text`, trimmed of whitespace, may be empty or start like a URL: false when its
    /// first scalar after ASCII whitespace is neither whitespace, nor `h` or `w`, nor a mark
    /// joining the character before it (most titles, CJK or not), which spares trimming every
    /// item and link text of a large bank. A character is whitespace by its first scalar.
    static func mayBeEmptyOrURL(_ text: String) -> Bool {
        let scalars = text.unicodeScalars
        guard let first = scalars.first(where: { $0 != " " && !(0x09...0x0D).contains($0.value) }) else { return true }
        if first.isASCII { return "hHwW".unicodeScalars.contains(first) }
        return first.properties.isWhitespace || UTF8Characters.extendsCharacter(first, countingJoiner: true)
    }

    /// `介绍常见的[排序](…)[算法](…)，以及…`: links of a Chinese sentence, glued after its words,
    /// which spell one word together (`排序算法`): no entry's titles run together.
    static func linkWordsOfASentence(_ previous: Link, _ link: Link, in source: SourceText) -> Bool {
        guard previous.range.start > 0, !previous.isImage,
              previous.text.unicodeScalars.first.map(HanCharacters.isCJKLetter) == true,
              link.text.unicodeScalars.first.map(HanCharacters.isCJKLetter) == true else { return false }
        let before = source.string(in: SourceRange(max(0, previous.range.start - 4), previous.range.start))
        return before.unicodeScalars.last.map(HanCharacters.isCJKLetter) == true
    }

    /// `[pdf]`, `[code]`: a link text in brackets of its own, a label shown with them.
    static func isBracketedLabel(_ text: String) -> Bool {
        let trimmed = text.trimmedWhitespace
        return trimmed.count >= 3 && trimmed.first == "[" && trimmed.last == "]"
    }

    /// `[![alt](src)](url)`: the link's whole content is an image (spaces around it aside).
    static func isImageOnly(_ link: Link, images: [Link], in source: SourceText) -> Bool {
        guard let content = link.textRange else { return false }
        // `[<img src="logo.png" alt="sponsor">](…)`: an HTML picture, one tag and nothing else.
        // Read as a string only when its first byte (spaces aside) opens a tag.
        if let first = source.bytes[content.start..<content.end].first(where: { $0 != UInt8(ascii: " ") }), first == UInt8(ascii: "<") {
            let written = source.string(in: content).trimmedWhitespace
            if written.lowercased().hasPrefix("<img"), written.hasSuffix(">"), written.dropFirst().allSatisfy({ $0 != "<" }) { return true }
        }
        guard let image = images.first(where: { $0.isImage && content.start <= $0.range.start && $0.range.end <= content.end }) else { return false }
        let around = source.string(in: SourceRange(content.start, image.range.start)) + source.string(in: SourceRange(image.range.end, content.end))
        return around.allSatisfy(\.isWhitespace)
    }
}
