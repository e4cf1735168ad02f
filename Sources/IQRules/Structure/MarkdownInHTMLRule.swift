import IQCore
import IQMarkdown

/// Markdown written on the lines of an HTML block, which GitHub shows as raw text: an HTML
/// block that opens with a tag such as `<h3>`, `<details>` or `</div>` runs on to the next
/// blank line, and nothing in it is read as Markdown.
public struct MarkdownInHTMLRule: DocumentRule {
    public static let description = RuleDescription(
        id: "markdown-in-html",
        summary: "Markdown is not written inside an HTML block, where it shows as raw text",
        details: """
            Reports the first line of an HTML block that is written as Markdown: a heading \
            (`### 事件响应链`), a list item (`- [ ] [Linear Algebra](…)`, `1. Step`), a line opening \
            with a link or image (`[![badge](…)](…)`) or a code fence. CommonMark runs an HTML \
            block that opens with a block tag (`<h3>`, `<details>`, `<p align="center">`, \
            `</details>`, …) or with a tag alone on its line up to the next blank line, and \
            shows every line of it as HTML: the heading, the items and their links appear as \
            the text `### 事件响应链`, `- [ ] [Linear Algebra](…)`, with no anchor and no link. \
            One finding per block, naming how many of its lines are Markdown. Blocks whose \
            content is raw on purpose are not read: `<pre>`, `<script>`, `<style>`, \
            `<textarea>`, comments, and a tag that asks a site generator to read Markdown in it \
            (`<div markdown="1">`). Lines indented four spaces or more past the block's first \
            line are the HTML's own layout, not Markdown. The fix inserts a blank line before the \
            first Markdown line.
            """,
        rationale: """
            The author wrote a heading or a list and the page shows its source: the section is \
            missing from the page and from any table of contents linking it, and the links of \
            the items lead nowhere. It is easy to miss: the file reads well in an editor.
            """,
        defaultSeverity: .warning,
        fix: .unsafe,
        triggeringExamples: [
            RuleExample("<details>\n<summary>Answer</summary>\n</details>\n↓###  事件响应链\n\n事件先传给 hit-test 找到的视图。\n"),
            RuleExample("<h3>Base Introduction</h3>\n↓ - [ ] [Linear Algebra](https://a.example/linear-algebra)\n - [ ] [Statistics](https://a.example/statistics)\n"),
            RuleExample("<p align=\"center\">\n↓[![Build](https://a.example/badge.svg)](https://a.example/ci)\n</p>\n"),
        ],
        nonTriggeringExamples: [
            // A blank line after the HTML: the Markdown is read as Markdown.
            RuleExample("<details>\n<summary>Answer</summary>\n\n- The event goes to the first responder.\n\n</details>\n"),
            // A summary written over lines: the line a reader clicks, not a list.
            RuleExample("<details>\n<summary>Explain the following:\n  - PublicURL\n  - InternalURL\n  - AdminURL</summary><br><b>\n\nThe endpoints.\n</b></details>\n"),
            // Raw on purpose, or read by a site generator.
            RuleExample("<pre>\n- not a list\n# not a heading\n</pre>\n"),
            RuleExample("<div markdown=\"1\">\n- a list the site renders\n</div>\n"),
            // A `<pre>` inside the block, and text written as HTML (a problem statement's `- ` steps).
            RuleExample("<details>\n<summary>show</summary>\n<pre><code>{\n# ......\n}\n</code></pre>\n</details>\n"),
            RuleExample("<p>执行以下操作：<br>\n- <code>nums[0..3]</code> 增加 1。<br>\n- <code>nums[3..3]</code> 增加 1。</p>\n"),
            // HTML throughout, indented as HTML is.
            RuleExample("<table>\n  <tr>\n    <td>- 1</td>\n  </tr>\n</table>\n"),
        ],
        corrections: [
            RuleCorrection("<h3>Tools</h3>\n- [jq](https://a.example/jq)\n", "<h3>Tools</h3>\n\n- [jq](https://a.example/jq)\n", unsafe: true),
        ],
        fixSafety: """
            Unsafe: what showed as raw text becomes a heading, a list or a link, which is the \
            point, but the page changes with it (an HTML block left open, `<div>` without its \
            `</div>` before the blank line, wraps what follows differently). No word or link is \
            removed.
            """
    )

    public init(options: RuleOptions) {}

    public func check(_ file: MarkdownFile) -> [Violation] {
        let source = file.source
        return Self.htmlBlocks(in: file.document.blocks).compactMap { block in
            let lines = source.line(containing: block.range.start)...source.line(containing: max(block.range.start, block.range.end - 1))
            guard lines.count > 1, Self.runsToABlankLine(opening: source.lineText(lines.lowerBound)) else { return nil }
            let base = Self.indentation(of: source.lineText(lines.lowerBound))
            var raw = RawRegions()
            raw.read(source.lineText(lines.lowerBound))
            let markdown = lines.dropFirst().compactMap { line -> (line: Int, shape: String)? in
                let text = source.lineText(line)
                defer { raw.read(text) }
                // Inside `<pre>…</pre>` or a comment the text is raw on purpose; a line holding a
                // tag (`- <code>nums[0..3]</code> 增加 1<br>`) is written as HTML's text.
                guard !raw.isOpen, Self.indentation(of: text) <= base + 3, !Self.holdsTag(text) else { return nil }
                return Self.markdownShape(of: text).map { (line, $0) }
            }
            guard let (first, shape) = markdown.first else { return nil }
            let start = source.lineRange(first).start
            let shown = source.lineText(first).trimmedWhitespace.quoted(upTo: 40)
            let others = markdown.count > 1 ? " (and \(markdown.count - 1) more Markdown line\(markdown.count == 2 ? "" : "s") after it)" : ""
            // What showed as text and becomes Markdown's own: the addresses of links (now hidden
            // behind their text) and the numbers and boxes of items (now their markers).
            let readLines = (first...lines.upperBound).map { source.lineText($0) }
            let rewrites = readLines.flatMap(Self.shownDestinations).map(DestinationRewrite.hideShownURL)
                + readLines.compactMap(Self.shownMarker).map(DestinationRewrite.becomeListMarker)
            return Violation(
                range: source.lineRange(first),
                message: "expected a blank line before this \(shape), found the HTML block of line \(lines.lowerBound) running on: "
                    + "'\(shown)' shows as raw text\(others)",
                fix: .unsafe("insert a blank line before line \(first)", [.insert(source.lineEnding.rawValue, at: start)], rewrites: rewrites),
                help: ["an HTML block that opens with a tag runs to the next blank line, and Markdown inside it is not read; "
                    + "leave a blank line between the HTML and the Markdown"])
        }
    }

    /// The HTML blocks of the document and of its list items (a quote's lines carry `>`).
    static func htmlBlocks(in blocks: [Block]) -> [HTMLBlock] {
        var found: [HTMLBlock] = []
        var pending = [blocks[...]]
        while let next = pending.popLast() {
            for block in next {
                switch block {
                case .html(let html): found.append(html)
                case .list(let list): pending += list.items.map { $0.children[...] }
                default: break
                }
            }
        }
        return found.sorted { $0.range.start < $1.range.start }
    }

    /// Whether the block opening with `line` ends only at a blank line (CommonMark's kinds 6
    /// and 7): not `<pre>`, `<script>`, `<style>`, `<textarea>`, a comment, a processing
    /// instruction, a declaration or CDATA, which end at their closing marks and are raw on
    /// purpose; nor a tag asking a site generator to read Markdown inside it.
    static func runsToABlankLine(opening line: String) -> Bool {
        let text = line.trimmedWhitespace.lowercased()
        guard text.hasPrefix("<"), !text.hasPrefix("<!"), !text.hasPrefix("<?") else { return false }
        for name in ["pre", "script", "style", "textarea"] where text.hasPrefix("<" + name) {
            let after = text.dropFirst(name.count + 1).first
            if after == nil || after == ">" || after == " " || after == "\t" { return false }
        }
        return !text.contains("markdown=") && !text.contains("markdown>") && !text.contains("markdown ")
    }

    /// What the line is written as, in Markdown: a heading, a list item, a link, a code fence;
    /// nil for anything else (HTML, text).
    static func markdownShape(of line: String) -> String? {
        let text = Substring(line).trimmingPrefix(while: { $0 == " " || $0 == "\t" })
        guard let first = text.first else { return nil }
        switch first {
        case "#":
            let marks = text.prefix { $0 == "#" }
            guard marks.count <= 6, let after = text.dropFirst(marks.count).first, after == " " || after == "\t" else { return nil }
            return text.dropFirst(marks.count).contains(where: { !$0.isWhitespace }) ? "heading" : nil
        case "-", "*", "+":
            guard text.dropFirst().first == " ", let rest = text.dropFirst(2).first(where: { !$0.isWhitespace }) else { return nil }
            // `- - -`, `* * *`: a rule, not an item; `-->` closes a comment.
            return rest == first ? nil : "list item"
        case "[", "!":
            let opener = first == "!" ? text.dropFirst() : text
            guard opener.first == "[", let close = opener.firstRange(of: "]("), opener[close.upperBound...].contains(")") else { return nil }
            return "link"
        case "`", "~":
            return text.prefix { $0 == first }.count >= 3 ? "code fence" : nil
        default:
            guard first.isASCII, first.isNumber else { return nil }
            let digits = text.prefix { $0.isASCII && $0.isNumber }
            guard digits.count <= 9, let mark = text.dropFirst(digits.count).first, mark == "." || mark == ")",
                  text.dropFirst(digits.count + 1).first == " ",
                  text.dropFirst(digits.count + 2).contains(where: { !$0.isWhitespace }) else { return nil }
            return "list item"
        }
    }

    /// The destinations written `](…)` on the line.
    static func shownDestinations(_ line: String) -> [String] {
        line.ranges(of: "](").compactMap { opening in
            let rest = line[opening.upperBound...]
            guard let close = rest.firstIndex(of: ")") else { return nil }
            let destination = rest[..<close].split(separator: " ").first.map(String.init) ?? ""
            return destination.isEmpty ? nil : destination
        }
    }

    /// `1.` of `1. Step`, `[X]` of `- [X] Done`: the text an item's marker or box shows once it is an item.
    static func shownMarker(_ line: String) -> String? {
        let text = Substring(line).trimmingPrefix(while: { $0 == " " || $0 == "\t" })
        let digits = text.prefix { $0.isASCII && $0.isNumber }
        if !digits.isEmpty, let mark = text.dropFirst(digits.count).first, mark == "." || mark == ")" { return String(text.prefix(digits.count + 1)) }
        guard let first = text.first, "-*+".contains(first) else { return nil }
        let box = text.dropFirst().drop { $0 == " " }.prefix(3)
        return box.count == 3 && box.first == "[" && box.last == "]" && box.dropFirst().first?.isLetter == true ? String(box) : nil
    }

    /// Whether the line holds an HTML tag (`<code>`, `</b>`, `<br/>`): text written as HTML.
    static func holdsTag(_ line: String) -> Bool {
        var previous: Character = " "
        for character in line {
            if previous == "<", character.isASCII, character.isLetter || character == "/" { return true }
            previous = character
        }
        return false
    }

    /// Whether the lines read so far leave a `<pre>`, `<textarea>`, `<script>`, `<style>`, a
    /// comment or a `<summary>` open: what follows until it closes is raw on purpose (or the
    /// summary's one line).
    struct RawRegions {
        private var open: String?
        var isOpen: Bool { open != nil }

        mutating func read(_ line: String) {
            var rest = Substring(line.lowercased())
            while !rest.isEmpty {
                if let closing = open {
                    guard let end = rest.firstRange(of: closing) else { return }
                    rest = rest[end.upperBound...]
                    open = nil
                    continue
                }
                // (`<summary>Explain the following:` / `  - PublicURL` / `  - AdminURL</summary>`: the
                // line a reader clicks, written over lines; a blank line would put a list inside it.)
                let openings: [(String, String)] = [("<!--", "-->"), ("<pre", "</pre>"), ("<textarea", "</textarea>"), ("<script", "</script>"), ("<style", "</style>"),
                                                    ("<summary", "</summary>")]
                guard let (start, opening) = openings.compactMap({ pair in rest.firstRange(of: pair.0).map { ($0, pair) } })
                    .min(by: { $0.0.lowerBound < $1.0.lowerBound }) else { return }
                rest = rest[start.upperBound...]
                open = opening.1
            }
        }
    }

    /// Leading spaces, a tab to the next multiple of four.
    static func indentation(of line: String) -> Int { Columns.indentation(of: line.utf8) }
}
