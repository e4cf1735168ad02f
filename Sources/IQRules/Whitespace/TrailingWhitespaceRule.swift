import IQCore
import IQMarkdown

public struct TrailingWhitespaceRule: DocumentRule {
    public static let description = RuleDescription(
        id: "trailing-whitespace",
        summary: "lines do not end in spaces or tabs",
        details: """
            Reports spaces and tabs at the end of a line, and lines that hold nothing but \
            whitespace. Code blocks are left alone: there the whitespace is content.

            Two or more spaces at the end of a line inside a paragraph, followed by more text of \
            that paragraph, are a hard line break (`<br>`). Like markdownlint's MD009, exactly \
            two spaces are accepted there; more are an `info` (they make the same break) and the fix shortens them to two, \
            so the break stays. Anywhere else (the last line of a paragraph, a heading, a list \
            marker, a table row, a blank line) trailing whitespace renders as nothing and the \
            fix removes it; exactly two spaces there (`**Example:**␣␣` closing its paragraph, a \
            line break with nothing after it, which MD009 accepts anywhere) are an `info`. An empty task box (`- [ ] `) keeps one space: it ends the task marker, \
            without which the box renders as the text `[ ]`. One space after a `\\` inside a paragraph (`/ \\ ` in a \
            drawing) is left alone: without it, the `\\` before the line's end would be a line break, and the \
            page would lose it.
            """,
        rationale: """
            Trailing whitespace is invisible in the editor and in the rendered page, but it \
            shows up in diffs, breaks exact duplicate detection, and editors that strip it on \
            save turn unrelated edits into noisy changes.
            """,
        defaultSeverity: .warning,
        fix: .safe,
        triggeringExamples: [
            RuleExample("答案来源于外部链接，如有侵权请联系删除。↓    \n### 下一节\n"),
            RuleExample("1. [如何评测大模型](https://a.example/1)↓\t\n"),
            RuleExample("- a\n↓   \n- b\n"),
            RuleExample("第一行↓   \n第二行\n"),
            RuleExample("# 标题↓ \n"),
            // Two spaces closing a paragraph: a line break with nothing after it (an `info`).
            RuleExample("**Example:**↓  \n\n- a\n"),
        ],
        nonTriggeringExamples: [
            RuleExample("第一行  \n第二行，上一行末尾的两个空格是换行\n"),
            // One space after a `\` keeps it shown: without it, the `\` would be a line break.
            RuleExample("Tree:\n / \\ \n3   8\n"),
            RuleExample("```text\ncode with trailing spaces   \n\t\n```\n"),
            RuleExample("    indented code   \n"),
            RuleExample("1. [常见的大模型评测基准](https://a.example/1)\n\n2. 下一题\n"),
            // The space after an empty task box ends its marker: without it, `[ ]` is text.
            RuleExample("- [ ] \n- [x] 已完成\n"),
            // A setext heading over several lines breaks them as a paragraph does.
            RuleExample("T0 = {a,b,c}  \nT1 = {a,d}\n-----\n"),
        ],
        corrections: [
            RuleCorrection("line   \n\n  \nnext\t\n", "line\n\n\nnext\n"),
            RuleCorrection("- [ ]   \n- [x] 已完成\n", "- [ ] \n- [x] 已完成\n"),
            RuleCorrection("第一行    \n第二行  \n", "第一行  \n第二行\n"),
        ],
        emittedSeverities: [.warning, .info]
    )

    public init(options: RuleOptions) {}

    public func check(_ file: MarkdownFile) -> [Violation] {
        let document = file.document
        let source = file.source
        let bytes = source.bytes
        var breakLines = Set<Int>()
        for paragraph in document.paragraphs { breakLines.formUnion(paragraph.lines.dropLast()) }
        // A setext heading's text may span lines (`T0 = {a,b,c}␣␣` / `T1 = {a,d}` / `-----`):
        // two spaces there break its lines as in a paragraph.
        for heading in document.headings where heading.isSetext && heading.range.length > 0 {
            let first = source.line(containing: heading.range.start), underline = source.line(containing: heading.range.end - 1)
            if underline - 1 > first { breakLines.formUnion(first..<(underline - 1)) }
        }
        // `- [ ] ` with nothing after the box: the whitespace after `]` ends the task marker,
        // which without it is the text `[ ]`.
        var emptyTaskLines = Set<Int>()
        for list in document.lists {
            for item in list.items where item.isTaskChecked != nil && item.children.isEmpty {
                emptyTaskLines.insert(source.line(containing: item.markerRange.start))
            }
        }
        // `???+ note` / `    给定…` / `␣␣␣␣` / `    数据范围…`: blank lines inside indented blocks
        // (admonitions, list items) that carry the block's indentation, as a formatter writes
        // them. Where most such blank lines do, it is the document's habit: one info says so.
        let carried = IndentedBlankLines(source)
        var carriedLines: [SourceRange] = []
        var violations: [Violation] = []
        for line in 1...max(source.lineCount, 1) where source.lineCount > 0 {
            let range = source.lineRange(line)
            var start = range.end
            while start > range.start, bytes[start - 1] == UInt8(ascii: " ") || bytes[start - 1] == UInt8(ascii: "\t") { start -= 1 }
            guard start < range.end, !document.isInCodeBlock(start) else { continue }
            let run = SourceRange(start, range.end)
            var spaces = 0
            while spaces < run.length, bytes[run.end - 1 - spaces] == UInt8(ascii: " ") { spaces += 1 }
            let found = describe(source.string(in: run))
            if emptyTaskLines.contains(line), start > range.start, bytes[start - 1] == UInt8(ascii: "]") {
                guard run.length > 1 else { continue }
                let kept = SourceRange(start, start + 1)
                violations.append(Violation(range: SourceRange(kept.end, run.end), message: "expected 1 space after an empty task box, found \(found)",
                                            fix: .safe("keep the space that ends the task box", [.delete(SourceRange(kept.end, run.end))])))
            } else if start == range.start, carried.isHabit, carried.carries(line) {
                carriedLines.append(run)
            } else if start == range.start {
                // Between a lone CR ending the line above and this line's LF, removing the
                // whitespace would join the two into one CRLF line ending.
                let joinsLineEndings = start > 0 && bytes[start - 1] == UInt8(ascii: "\r") && run.end < bytes.count && bytes[run.end] == UInt8(ascii: "\n")
                violations.append(Violation(range: run, message: "expected an empty line, found \(found)",
                                            fix: joinsLineEndings ? nil : .safe("remove the whitespace", [.delete(run)])))
            } else if breakLines.contains(line), spaces >= 2 {
                guard run.length != 2 else { continue }
                // (An info: three spaces or more make the same break; the rest is invisible.)
                violations.append(Violation(range: run, message: "expected 2 spaces for a line break, found \(found)", severity: .info,
                                            fix: .safe("keep 2 spaces for the line break", [Edit(range: run, replacement: "  ")])))
            } else if breakLines.contains(line), Self.endsWithBackslash(bytes[range.start..<start]) {
                // `│   \␣` in a drawing: without the space, the `\` before the line's end would be
                // a line break, and the page would lose the `\`.
                continue
            } else {
                // `**Example:**␣␣` closing its paragraph: a line break with nothing after it, which
                // markdownlint's MD009 accepts (two spaces anywhere) and many authors type by habit.
                let isUnusedBreak = run.length == 2 && spaces == 2
                violations.append(Violation(range: run, message: "expected no trailing whitespace, found \(found)" + (isUnusedBreak ? " (two spaces, which make no line break here)" : ""),
                                            severity: isUnusedBreak ? .info : nil,
                                            fix: .safe("remove trailing whitespace", [.delete(run)])))
            }
        }
        if let first = carriedLines.first {
            violations.append(Violation(
                range: first,
                message: "\(carriedLines.count) blank line\(carriedLines.count == 1 ? "" : "s") inside indented blocks hold the block's indentation, "
                    + "as most blank lines inside indented blocks of this document do: its habit (a formatter's), invisible on the page",
                severity: .info,
                help: ["left alone: a formatter that writes them would put them back; remove them all at once if the collection drops the habit"]))
        }
        return violations.sorted { $0.range.start < $1.range.start }
    }

    /// Whether `text` ends with a backslash that escapes nothing before it (`\`, not `\\`).
    static func endsWithBackslash(_ text: ArraySlice<UInt8>) -> Bool {
        let run = text.reversed().prefix { $0 == UInt8(ascii: "\\") }.count
        return run % 2 == 1
    }

    private func describe(_ whitespace: String) -> String {
        let tabs = whitespace.count { $0 == "\t" }
        let spaces = whitespace.count - tabs
        var parts: [String] = []
        if spaces > 0 { parts.append(spaces == 1 ? "1 space" : "\(spaces) spaces") }
        if tabs > 0 { parts.append(tabs == 1 ? "1 tab" : "\(tabs) tabs") }
        return parts.joined(separator: " and ")
    }
}
