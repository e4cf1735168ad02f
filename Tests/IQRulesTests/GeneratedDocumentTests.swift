import IQCore
import IQMarkdown
import IQRules
import IQTestSupport
import Testing

/// Thousands of generated documents (CJK, CRLF, bare CR, BOM, tables, HTML, nesting, broken
/// links, bare URLs, emphasis, code spans) through the real parser, every rule and the fix
/// engine: nothing may crash, every position must lie inside the file on a character boundary
/// and outside any line ending, and fixing twice must equal fixing once. Deterministic: the
/// seed of a failing document is in the failure message.
@Suite struct GeneratedDocumentTests {
    static let documentCount = 1_200
    static let fixedDocumentCount = 300

    @Test func positionsAreInsideTheFileOnCharacterBoundaries() throws {
        let linter = try LintHarness.makeLinter(rules: nil)
        for seed in 0..<UInt64(Self.documentCount) {
            let markdown = DocumentGenerator.document(seed: seed)
            let file = MarkdownFile(path: "generated.md", text: markdown)
            let problems = PositionCheck.problems(in: linter.lint([file]), source: file.source)
            #expect(problems.isEmpty, "seed \(seed): \(problems.prefix(3))\ndocument: \(debugText(markdown))")
            if !problems.isEmpty { return }
        }
    }

    @Test(arguments: [false, true]) func fixingTwiceEqualsFixingOnce(unsafe: Bool) throws {
        let linter = try LintHarness.makeLinter(rules: nil)
        let engine = FixEngine(linter: linter, includeUnsafe: unsafe)
        for seed in 0..<UInt64(Self.fixedDocumentCount) {
            let markdown = DocumentGenerator.document(seed: seed)
            let once = engine.fix([MarkdownFile(path: "generated.md", text: markdown)]).files[0]
            let twice = engine.fix([once]).files[0]
            #expect(twice.source.text == once.source.text,
                    "seed \(seed) (unsafe: \(unsafe)):\n\(debugText(markdown))\nonce:\n\(debugText(once.source.text))\ntwice:\n\(debugText(twice.source.text))")
            if twice.source.bytes != once.source.bytes { return }
        }
    }

    @Test func generatorCoversTheHostileShapes() {
        let all = (0..<UInt64(200)).map { DocumentGenerator.document(seed: $0) }.joined()
        for needle in ["\r\n", "\r#", "\u{FEFF}", "| --- |", "<!--", "<div>", "> >", "`", "**", "https://", "](", "\n  - ", "你"] {
            #expect(all.contains(needle), "no generated document contains \(needle.debugDescription)")
        }
    }

    private func debugText(_ text: String) -> String { text.debugDescription }
}

/// Checks the ranges of diagnostics, related locations and fix edits against the source.
enum PositionCheck {
    static func problems(in diagnostics: [Diagnostic], source: SourceText) -> [String] {
        var problems: [String] = []
        for diagnostic in diagnostics {
            problems += check(diagnostic.range, in: diagnostic.source, what: "\(diagnostic.ruleID) range")
            for related in diagnostic.related {
                problems += check(related.range, in: related.source, what: "\(diagnostic.ruleID) related")
            }
            for edit in diagnostic.fix?.edits ?? [] {
                problems += check(edit.range, in: diagnostic.source, what: "\(diagnostic.ruleID) edit")
            }
        }
        return problems
    }

    static func check(_ range: SourceRange, in source: SourceText, what: String) -> [String] {
        let bytes = source.bytes
        guard range.start >= 0, range.end <= bytes.count else { return ["\(what) \(range) outside 0..<\(bytes.count)"] }
        var problems: [String] = []
        for offset in [range.start, range.end] {
            if offset < bytes.count, bytes[offset] & 0xC0 == 0x80 { problems.append("\(what) \(range) splits a UTF-8 sequence at \(offset)") }
            // An offset inside a line ending (between CR and LF) has no line and column.
            if offset > source.lineRange(source.line(containing: offset)).end, offset != bytes.count || !source.endsWithNewline {
                problems.append("\(what) \(range) ends inside a line ending at \(offset)")
            }
        }
        return problems
    }
}

/// A seeded generator of Markdown documents shaped like curated collections, with the
/// hostile shapes mixed in.
struct DocumentGenerator {
    private var random: SeededGenerator

    /// The generator's state starts at `seed × golden ratio + 0x12345678`, as it always has,
    /// so that each seed still makes the same documents.
    init(seed: UInt64) { random = SeededGenerator(seed: seed &* 0x9E37_79B9_7F4A_7C15 &+ 0x1234_5678 &- 0x9E37_79B9_7F4A_7C15) }

    private mutating func next() -> UInt64 { random.next() }

    private mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }
    private mutating func chance(_ percent: Int) -> Bool { below(100) < percent }
    private mutating func pick<T>(_ values: [T]) -> T { values[below(values.count)] }

    private static let words = ["什么是", "大模型", "微调", "注意力", "LoRA", "RLHF", "Transformer", "的区别", "如何", "训练",
                                "scaling law", "BERT", "梯度", "推理加速", "问题", "面试", "原理", "你好", "ｆｕｌｌ", "é", "😀", "a\tb"]
    private static let hosts = ["https://a.example/p", "http://b.example/x?utm_source=y&id=1", "www.c.example/d", "zhuanlan.zhihu.com/p/1",
                                "https://e.example/路径", "#目录", "./local.md", "mailto:a@b.example", ""]

    private mutating func text() -> String {
        var parts: [String] = []
        for _ in 0..<(1 + below(4)) {
            var word = pick(Self.words)
            switch below(12) {
            case 0: word = "**\(word)**"
            case 1: word = "*\(word)*"
            case 2: word = "`\(word)`"
            case 3: word = "``a ` b``"
            case 4: word = "\\[\(word)"
            case 5: word = "<b>\(word)</b>"
            case 6: word = "<!-- \(word) -->"
            default: break
            }
            parts.append(word)
        }
        return parts.joined(separator: pick(["", " ", "  "]))
    }

    private mutating func link() -> String {
        let destination = pick(Self.hosts)
        switch below(14) {
        case 0: return "[\(text())](\(destination)\n)"
        case 1: return "[\(text())](\n  \(destination))"
        case 2: return "[\(text())](\(destination) 标题)"
        case 3: return "[\(text())](<\(destination) x>)"
        case 4: return "[\(text())](\(destination)"
        case 5: return "![\(text())](\(destination))"
        case 6: return "[![\(text())](\(destination))](\(pick(Self.hosts)))"
        case 7: return "https://bare.example/\(below(100))"
        case 8: return "<https://angle.example/a>"
        case 9: return "[\(text())][ref]"
        case 10: return "[\(text())](\(destination) \"title\")"
        case 11: return "[](\(destination))"
        default: return "[\(text())](\(destination))"
        }
    }

    private mutating func inline() -> String {
        chance(60) ? link() + (chance(30) ? " " + text() : "") : text()
    }

    private mutating func block(depth: Int) -> [String] {
        switch below(depth > 3 ? 9 : 13) {
        case 0: return [String(repeating: "#", count: 1 + below(7)) + " " + text() + pick(["", "：", " #", "?"])]
        case 1: return [text(), pick(["===", "---"])]
        case 2: return [text(), "| 问题 | 链接 |", "| --- | --- |", "| \(text()) | \(link()) |"]
        case 3: return ["| a | b |", "| :-- | --: |", "| \(inline()) | \(inline()) |"]
        case 4: return ["<div>", text(), "</div>"]
        case 5: return ["<!-- iqlint-disable \(pick(["trailing-whitespace", "list-numbering", "nope"])) -->"]
        case 6: return ["```" + pick(["", "python"]), inline(), "```"]
        case 7: return ["---"]
        case 8: return [inline(), inline() + pick(["", "  ", " \t"])]
        case 9, 10: return list(depth: depth)
        default: return block(depth: depth + 1).map { "> " + $0 }
        }
    }

    private mutating func list(depth: Int) -> [String] {
        let ordered = chance(50)
        var number = pick([0, 1, 1, 9, 99])
        var lines: [String] = []
        for _ in 0..<(1 + below(5)) {
            let marker = ordered ? "\(number)\(pick([".", ".", ")"]))" : pick(["-", "-", "*", "+"])
            number += pick([1, 1, 1, 2, 0])
            lines.append(marker + pick([" ", " ", "  ", ""]) + (chance(10) ? "" : inline()))
            if chance(15) { lines.append(pick(["", "   ", "lazy "]) + inline()) }
            if chance(20), depth < 4 {
                let indent = String(repeating: " ", count: marker.count + 1)
                lines += list(depth: depth + 1).map { indent + $0 }
            }
        }
        return lines
    }

    static func document(seed: UInt64) -> String {
        var generator = DocumentGenerator(seed: seed)
        return generator.document()
    }

    mutating func document() -> String {
        var lines: [String] = chance(20) ? ["# " + text(), "", "## 目录", "", "1. [\(text())](#\(text()))", ""] : []
        for _ in 0..<(1 + below(6)) {
            lines += block(depth: 0)
            if chance(70) { lines.append("") }
        }
        if chance(5) { lines.append(String(repeating: "> ", count: 70) + text()) }
        if chance(5) { lines.append(String(repeating: "- ", count: 70) + text()) }
        let ending = pick(["\n", "\n", "\n", "\r\n", "\r"])
        var document = lines.joined(separator: ending)
        if chance(10) { document = document.replacing("\n", with: pick(["\r\n", "\r"]), maxReplacements: 1) }
        if chance(80) { document += ending }
        if chance(10) { document = "\u{FEFF}" + document }
        return document
    }
}
