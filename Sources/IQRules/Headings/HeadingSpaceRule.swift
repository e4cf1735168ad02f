import IQCore
import IQMarkdown

public struct HeadingSpaceRule: DocumentRule {
    public static let description = RuleDescription(
        id: "heading-space",
        summary: "a heading's '#' marks are followed by a space",
        details: """
            Reports a line that opens a paragraph with two to six `#` glued to its text \
            (`##守护线程`, `###Overview`, `###**集合框架**`), or a later line of a paragraph that starts so \
            (`##How Do I Complete this Project?` right under a line of text, which it joins): written as a heading, it is shown as text, has no anchor \
            (a table of contents linking `#守护线程` leads nowhere) and opens no section. One `#` \
            glued to text is reported only before Chinese, Japanese or Korean text with no other \
            `#` in the line (`#守护线程`), on a line of its own outside list items (`- #和$号区别` \
            names the symbol; `#查询` over more lines is a comment of code written as text): in \
            other scripts `#hashtag`, `#1` and `#include` are what they look like; after two marks or \
            more, the last `#` of a C preprocessor directive's name is the directive's (`######include` \
            is `##### #include`). Lines in code blocks are code; a line glued under a list item \
            (`###Date`) is `lazy-continuation`'s finding. A closing run of two marks or more glued to the \
            title (`## 1. call和apply的区别##`) is reported too: without a space before it, Markdown shows it.
            """,
        rationale: """
            Many editors and other renderers accept `##Title`; CommonMark and GitHub need the \
            space. The section silently disappears from the page's outline.
            """,
        defaultSeverity: .warning,
        fix: .unsafe,
        triggeringExamples: [
            // Marks glued to a title the hyphens under it underline: a level 2 heading showing `#`.
            RuleExample("↓#链接\n-------\n\n牛客OJ：[构建乘积数组](https://a.example/p)\n"),
            RuleExample("# 使用asyncio包处理并发\n\n## 线程与协程对比\n\n正文。\n\n↓##守护线程\n当我们设置子线程为守护线程时，主线程结束则全部线程终止。\n"),
            RuleExample("# Guide\n\n↓###Overview\n\nText.\n"),
            RuleExample("# 笔记\n\n↓#守护线程\n\n正文。\n"),
            // Glued to bold text.
            RuleExample("# 标题\n\n↓####**多线程**\n\n正文。\n"),
            // Closing marks glued to the title show as text.
            RuleExample("# 题目\n\n## 1. call和apply的区别↓##\n\n答案。\n"),
            // Under a paragraph's line, joined to it.
            RuleExample("# Project\n\nYou should have the skills you need.\n↓##How Do I Complete this Project?\n\n### Step 0\n"),
        ],
        nonTriggeringExamples: [
            // A comment of code pasted without a fence, over its line of code.
            RuleExample("• 获取每一层网络的向量输出\n##最后一层的所有 token向量\noutputs.last_hidden_state\n"),
            // A closing sequence after a space is hidden; `C#` is a name.
            RuleExample("# Languages\n\n## C# ##\n\nx\n\n## C#\n\ny\n"),
            RuleExample("# Guide\n\n#hashtag and #1 are words here.\n\n#include <stdio.h>\n"),
            RuleExample("# Guide\n\n```\n##not a heading\n```\n"),
            RuleExample("# 话题\n\n#今日话题# 欢迎讨论。\n"),
            RuleExample("# MyBatis\n\n- #和$号区别\n- $是拼接符\n\n#查询所有用户\nselect * from user;\n"),
            RuleExample("## Heading\n\nText with ## inside.\n"),
            // One `#` before bold text is a tag or a number sign, not a heading.
            RuleExample("# Guide\n\n#**1** in the ranking.\n"),
        ],
        corrections: [
            RuleCorrection("# T\n\n##守护线程\n正文。\n", "# T\n\n## 守护线程\n正文。\n", unsafe: true),
            RuleCorrection("# T\n\n正文。\n##守护线程\n", "# T\n\n正文。\n## 守护线程\n", unsafe: true),
            // A notice after one `#`: no fix makes it the page's second title.
            RuleCorrection("## 介绍\n\n统计豆瓣评分。\n\n#因最近两年豆瓣上的计算机图书缺失分类标签，便暂时不能添加新书了！\n",
                           "## 介绍\n\n统计豆瓣评分。\n\n#因最近两年豆瓣上的计算机图书缺失分类标签，便暂时不能添加新书了！\n"),
            // An anchor the contents links, glued to the marks as its siblings are not.
            RuleCorrection("# Preguntas\n\n### <a name='js'>JavaScript:</a>\n\nTexto.\n\n###<a name='codigojs'>Preguntas de código:</a>\n\nMás texto.\n",
                           "# Preguntas\n\n### <a name='js'>JavaScript:</a>\n\nTexto.\n\n### <a name='codigojs'>Preguntas de código:</a>\n\nMás texto.\n", unsafe: true),
            // A directive's name keeps its `#`.
            RuleCorrection("# T\n\n######include — 头文件包含\n\n正文。\n", "# T\n\n##### #include — 头文件包含\n\n正文。\n", unsafe: true),
        ],
        fixSafety: """
            Unsafe: the space makes the line a heading, which changes the page's outline (and may \
            make other headings' levels or the table of contents report); the author may have \
            meant the marks as text.
            """
    )

    public init(options: RuleOptions) {}

    /// The text opens with the name of a C preprocessor directive (`include — 头文件包含`,
    /// `if / #ifdef`), whose `#` is the last of the marks glued before it.
    static func opensWithDirective(_ text: String) -> Bool {
        let word = text.prefix { $0.isASCII && $0.isLetter }
        guard let next = text.dropFirst(word.count).first, next == " " || next == "<" || next == "\"" || !next.isASCII else { return false }
        return ["include", "define", "undef", "if", "ifdef", "ifndef", "elif", "else", "endif", "pragma", "error", "import", "line"].contains(String(word))
    }

    /// A paragraph's first line written as a heading without the space: the offset of its
    /// marks, how many, and the text after them.
    struct GluedHeading {
        let start: Int
        let hashes: Int
        let text: String
    }

    public func check(_ file: MarkdownFile) -> [Violation] {
        Self.gluedClosingMarks(in: file.document) + Self.underlinedGluedMarks(in: file.document) + Self.gluedHeadings(in: file.document).map { glued in
            // `######include — 头文件包含`: a title naming a C preprocessor directive keeps its `#`
            // (`##### #include`), the marks before it are the heading's.
            let directive = glued.hashes >= 2 && Self.opensWithDirective(glued.text)
            let hashes = directive ? glued.hashes - 1 : glued.hashes
            let markEnd = glued.start + hashes
            let marks = String(repeating: "#", count: hashes)
            let shown = ((directive ? "#" : "") + glued.text).quoted(upTo: 30)
            // `#因最近两年豆瓣上的计算机图书缺失分类标签，便暂时不能添加新书了！`: a sentence after one
            // `#`, a notice more likely than a title; as a heading it would be the page's second title.
            // `#详细解释：` in a quiz's answer: a label closed by its colon after one `#`; as a
            // heading it would be a second title, and every question after it would fall under it.
            let isNotice = hashes == 1 && (Self.isSentence(glued.text) || ConventionInference.endsWithColon(glued.text))
            return Violation(range: SourceRange(glued.start, markEnd),
                             message: "expected a space after '\(marks)', found '\(shown)': Markdown shows the line as text, not as a heading",
                             fix: isNotice ? nil : .unsafe("insert a space after '\(marks)'", [.insert(" ", at: markEnd)]),
                             help: isNotice ? ["a sentence after '#' reads as a notice: if it is one, drop the '#'; if it is a title, add the space"] : [])
        }
    }

    /// A sentence rather than a title: closing with `。`, `！` or `!`, or a Chinese clause's
    /// comma inside and more than 20 characters (`LIFO (Last In First Out, 후입선출)` is a title).
    static func isSentence(_ text: String) -> Bool {
        let trimmed = text.trimmedWhitespace
        if let last = trimmed.last, "。！!".contains(last) { return true }
        return trimmed.count > 20 && trimmed.contains("，")
    }

    /// `#链接` over `-------`: marks glued to the title, which the line of hyphens under it
    /// underlines, so Markdown shows a level 2 heading that starts with the marks (every level
    /// alike). With its space the line is the heading meant, and the hyphens a rule under it.
    static func underlinedGluedMarks(in document: Document) -> [Violation] {
        let source = document.source
        return document.headings.compactMap { heading -> Violation? in
            guard heading.isSetext, heading.level == 2 else { return nil }
            let start = heading.contentRange.start
            guard start < source.bytes.count, source.bytes[start] == UInt8(ascii: "#"),
                  source.line(containing: start) == source.line(containing: max(start, heading.contentRange.end - 1)) else { return nil }
            let text = source.string(in: heading.contentRange)
            let hashes = text.prefix { $0 == "#" }.count
            guard (1...6).contains(hashes), let first = text.dropFirst(hashes).first, first.isLetter || first.isNumber else { return nil }
            let marks = String(repeating: "#", count: hashes)
            let shown = String(text.dropFirst(hashes)).trimmedWhitespace.quoted(upTo: 30)
            return Violation(range: SourceRange(start, start + hashes),
                             message: "expected a space after '\(marks)', found '\(shown)': the hyphens under the line make it a level 2 heading that shows '\(marks)'",
                             fix: .unsafe("insert a space after '\(marks)' (the hyphens become a rule under the heading)", [.insert(" ", at: start + hashes)]))
        }
    }

    /// `## 1. call和apply的区别##`: a closing run of two marks or more glued to the title, which
    /// Markdown shows as text (a closing sequence needs a space before it). `## C#` is a name.
    static func gluedClosingMarks(in document: Document) -> [Violation] {
        let source = document.source
        return document.headings.compactMap { heading -> Violation? in
            guard !heading.isSetext, heading.text.hasSuffix("##") else { return nil }
            let line = source.lineRange(source.line(containing: heading.range.start))
            var end = line.end
            while end > line.start, source.bytes[end - 1] == UInt8(ascii: " ") || source.bytes[end - 1] == UInt8(ascii: "\t") { end -= 1 }
            var start = end
            while start > line.start, source.bytes[start - 1] == UInt8(ascii: "#") { start -= 1 }
            guard end - start >= 2, start > line.start, heading.contentRange.start < start else { return nil }
            let before = source.bytes[start - 1]
            guard before != UInt8(ascii: " "), before != UInt8(ascii: "\t"), before != UInt8(ascii: "\\") else { return nil }
            let marks = String(repeating: "#", count: end - start)
            return Violation(range: SourceRange(start, end),
                             message: "expected a space before the closing '\(marks)', found it glued to the title: Markdown shows the marks as text",
                             fix: .unsafe("insert a space before '\(marks)'", [.insert(" ", at: start)]))
        }
    }

    /// Whether some `#` run stands after a line's start (spaces, tabs, `>` or a list marker
    /// between) with neither a space nor a line end after it.
    static func mayHoldGluedMarks(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { buffer in
            var index = 0
            let count = buffer.count
            while index < count {
                guard buffer[index] == UInt8(ascii: "#") else { index += 1; continue }
                let runStart = index
                while index < count, buffer[index] == UInt8(ascii: "#") { index += 1 }
                guard index < count else { return false }
                let next = buffer[index]
                guard next != UInt8(ascii: " "), next != UInt8(ascii: "\t"), next != UInt8(ascii: "\n"), next != UInt8(ascii: "\r") else { continue }
                // Only a run a paragraph may open: after the line's start and its container marks.
                var before = runStart - 1
                while before >= 0, isContainerMark(buffer[before]) { before -= 1 }
                if before < 0 || buffer[before] == UInt8(ascii: "\n") || buffer[before] == UInt8(ascii: "\r") { return true }
            }
            return false
        }
    }

    /// Indentation, a quote's `>` or a list item's marker (`-`, `1.`), which may stand before a
    /// paragraph's first `#` on its line.
    private static func isContainerMark(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: ">"), UInt8(ascii: "-"), UInt8(ascii: "*"), UInt8(ascii: "+"),
             UInt8(ascii: "."), UInt8(ascii: ")"), UInt8(ascii: "0")...UInt8(ascii: "9"): true
        default: false
        }
    }

    /// `**集合框架**`, `_Overview_`: emphasis marks before a letter or digit, the way a heading
    /// glued to bold text starts (`###**集合框架**`).
    static func opensEmphasizedText(_ text: Substring) -> Bool {
        let marks = text.prefix { $0 == "*" || $0 == "_" }
        guard (1...3).contains(marks.count), let first = text.dropFirst(marks.count).first else { return false }
        return first.isLetter || first.isNumber
    }

    /// `<a name='codigojs'>Preguntas de código:</a>`, `<a id="intro">`: an anchor a heading
    /// opens with, for the contents to link (its siblings written `#### <a name='…'>…</a>`).
    static func opensWithAnchorTag(_ text: Substring) -> Bool {
        let lowered = text.prefix(12).lowercased()
        return ["<a name=", "<a id=", "<span id=", "<span name="].contains { lowered.hasPrefix($0) }
    }

    /// The first lines of paragraphs that read as headings glued to their text. A paragraph
    /// is what Markdown made of the line, so lines of code and HTML never count.
    /// `outputs.last_hidden_state`, `model = AutoModel.from_pretrained(name)`: a line of code,
    /// ASCII with an identifier's marks (`.`, `_`, `(`, `=`) and no words spaced as prose.
    static func looksLikeCode(_ line: String) -> Bool {
        let text = line.trimmedWhitespace
        guard !text.isEmpty, text.allSatisfy(\.isASCII), text.contains(where: { ".(_=[".contains($0) }) else { return false }
        return !text.contains(" ") || text.contains(" = ") || text.hasSuffix(")")
    }

    static func gluedHeadings(in document: Document) -> [GluedHeading] {
        let source = document.source
        // Most documents write every `#` run with its space: one pass over the bytes says so.
        guard mayHoldGluedMarks(source.bytes) else { return [] }
        var found: [GluedHeading] = []
        for paragraph in document.paragraphs {
            let start = paragraph.range.start
            guard start < source.bytes.count, source.bytes[start] == UInt8(ascii: "#") else { continue }
            let line = source.string(in: SourceRange(start, source.lineRange(source.line(containing: start)).end))
            let hashes = line.prefix { $0 == "#" }.count
            guard (1...6).contains(hashes), let first = line.dropFirst(hashes).first,
                  first.isLetter || first.isNumber || (hashes > 1 && (Self.opensEmphasizedText(line.dropFirst(hashes)) || Self.opensWithAnchorTag(line.dropFirst(hashes))))
            else { continue }
            let text = String(line.dropFirst(hashes)).trimmedWhitespace
            if hashes == 1 {
                // `#守护线程`, never `#hashtag`, `#1` or `#话题#`; and a line standing alone, at the
                // start of its line: `- #和$号区别` names the symbol, and `#查询` over more lines is
                // a comment of code written as text.
                guard first.unicodeScalars.first.map(HanCharacters.isCJKLetter) == true, !text.contains("#"),
                      source.line(containing: start) == source.line(containing: max(start, paragraph.range.end - 1)),
                      source.bytes[source.lineRange(source.line(containing: start)).start..<start].allSatisfy({ $0 == UInt8(ascii: " ") })
                else { continue }
            }
            found.append(GluedHeading(start: start, hashes: hashes, text: text))
        }
        // `You should have the skills you need.` / `##How Do I Complete this Project?`: two marks
        // or more glued to a word at the start of a later line of a paragraph (at most three
        // spaces in), joined to the text above. With its space the line interrupts the
        // paragraph and is a heading.
        for paragraph in document.paragraphs where paragraph.lines.count > 1 {
            for line in paragraph.lines.dropFirst() {
                let range = source.lineRange(line)
                var start = range.start
                while start < range.end, start - range.start < 4, source.bytes[start] == UInt8(ascii: " ") { start += 1 }
                guard start + 2 < range.end, start - range.start < 4, source.bytes[start] == UInt8(ascii: "#"), source.bytes[start + 1] == UInt8(ascii: "#") else { continue }
                let text = source.string(in: SourceRange(start, range.end))
                let hashes = text.prefix { $0 == "#" }.count
                guard hashes <= 6, let first = text.dropFirst(hashes).first,
                      first.isLetter || first.isNumber || Self.opensEmphasizedText(text.dropFirst(hashes)) || Self.opensWithAnchorTag(text.dropFirst(hashes))
                else { continue }
                // `##最后一层的所有 token向量` over `outputs.last_hidden_state`: a comment of code
                // pasted without a fence, not a heading.
                if line < paragraph.lines.upperBound, Self.looksLikeCode(source.lineText(line + 1)) { continue }
                found.append(GluedHeading(start: start, hashes: hashes, text: String(text.dropFirst(hashes)).trimmedWhitespace))
            }
        }
        return found.count > 1 ? found.sorted { $0.start < $1.start } : found
    }
}
