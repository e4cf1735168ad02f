/// The number a list writes into the text of a question (`1.1 `, `一、`, `（3）`, `Q12:`,
/// `第3题`, `Question 5:`, `#7 `, `iii. `): it says where the question stands, not what it
/// asks, so it is removed before comparing and never counts as a number.
public enum OrdinalPrefix {
    /// `text` without its ordinal prefixes (at most two: "1. Q3: …"); the whole text when
    /// nothing would remain.
    public static func strip(_ text: String) -> Substring {
        var rest = Substring(text)
        for _ in 0..<2 {
            let trimmed = rest.drop { $0 == " " || $0 == "\t" || $0 == "\u{3000}" }
            guard let first = trimmed.unicodeScalars.first, mayStartWith(first), let end = prefixEnd(Array(trimmed.unicodeScalars.prefix(24))) else { break }
            let after = trimmed.unicodeScalars.dropFirst(end)
            let remaining = Substring(after).drop { isSeparator($0) }
            guard remaining.contains(where: { $0.isLetter || $0.isNumber }) else { break }
            rest = remaining
        }
        return rest
    }

    /// Whether a text starting with `scalar` may start with a list number: keeps most texts on
    /// the fast path.
    static func mayStartWith(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value >= 0x30 && value <= 0x39 { return true }
        switch scalar {
        case "(", "（", "[", "#", "q", "Q", "n", "N", "i", "I", "v", "V", "x", "X", "第", "问", "题", "十": return true
        default: return ChineseNumerals.digitValues[scalar] != nil
        }
    }

    /// Scalars taken by the prefix at the start of `s`, or nil when there is none.
    private static func prefixEnd(_ s: [Unicode.Scalar]) -> Int? {
        guard let first = s.first else { return nil }
        let lower = s.map { $0.value >= 0x41 && $0.value <= 0x5A ? Unicode.Scalar($0.value + 0x20)! : $0 }
        // (3) （三） [4]
        if ["(", "（", "["].contains(first) {
            let number = numeralRun(lower, from: 1, allowsRoman: true)
            guard number > 1, number < s.count, [")", "）", "]"].contains(s[number]) else { return nil }
            return number + 1
        }
        // 第3题 第十二问
        if first == "第" {
            let number = numeralRun(lower, from: 1, allowsRoman: false)
            guard number > 1, number < s.count, ["题", "问"].contains(s[number]) else { return nil }
            return number + 1
        }
        // 问题7： 题目3.
        for word in ["问题", "题目"] where lower.starts(with: word.unicodeScalars) {
            let number = numeralRun(lower, from: 2, allowsRoman: false)
            return number > 2 ? number : nil
        }
        // Question 5:  Q12:  #7
        for word in ["question", "q", "#", "no.", "no"] where lower.starts(with: word.unicodeScalars) {
            var index = word.unicodeScalars.count
            while index < s.count, s[index] == " " { index += 1 }
            let number = digitRun(lower, from: index)
            guard number > index else { continue }
            if number == s.count { return nil }
            // "Q3 what" and "#7 What" need the space or a delimiter; "Q3A" is a name.
            if isDelimiter(s[number]) || s[number] == " " { return number + (isDelimiter(s[number]) ? 1 : 0) }
            continue
        }
        // 1.  1.1  2.3.1  10)  5、  一、  iii.
        var end = digitRun(lower, from: 0)
        if end > 0 {
            var levels = 1
            while end + 1 < s.count, s[end] == ".", isDigit(s[end + 1]) {
                end = digitRun(lower, from: end + 1)
                levels += 1
            }
            guard end < s.count else { return nil }
            // `102.binary-tree-level-order-traversal`: a problem's number glued to its slug
            // names the problem, it is not the list's.
            if levels == 1, s[end] == ".", isSlug(s[(end + 1)...]) { return nil }
            if isDelimiter(s[end]) && !(s[end] == "." && end + 1 < s.count && isDigit(s[end + 1])) { return end + 1 }
            // "1.1 什么是LoRA": a multi-level number needs no delimiter, a lone one ("5 种方法") does.
            return levels > 1 && (s[end] == " " || s[end] == "\u{3000}") ? end : nil
        }
        end = numeralRun(lower, from: 0, allowsRoman: true)
        guard end > 0, end < s.count, isDelimiter(s[end]) else { return nil }
        // "iii. What", but not "I. e." or a word that happens to be made of i, v and x.
        if lower[0].isASCII && !(s[end] == "." || s[end] == ")") { return nil }
        if lower[0].isASCII && (end + 1 >= s.count || s[end + 1] != " ") { return nil }
        return end + 1
    }

    /// A lowercase word joined to the next by `-` or `_`, up to the first space (`binary-tree-…`).
    /// `s` is at most 24 scalars: a slug running past them counts too.
    private static func isSlug(_ s: ArraySlice<Unicode.Scalar>) -> Bool {
        guard let first = s.first, first.value >= 0x61 && first.value <= 0x7A else { return false }
        let word = s.prefix { $0 != " " }
        return word.contains { $0 == "-" || $0 == "_" }
            && word.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || isDigit($0) || $0 == "-" || $0 == "_" || $0 == ".") }
    }

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool { scalar.value >= 0x30 && scalar.value <= 0x39 }

    private static func digitRun(_ s: [Unicode.Scalar], from start: Int) -> Int {
        var index = start
        while index < s.count, isDigit(s[index]) { index += 1 }
        return index
    }

    /// Digits, Chinese numerals, or (when allowed) a lowercase Roman numeral up to xx.
    private static func numeralRun(_ s: [Unicode.Scalar], from start: Int, allowsRoman: Bool) -> Int {
        let digits = digitRun(s, from: start)
        if digits > start { return digits }
        var index = start
        while index < s.count, ChineseNumerals.digitValues[s[index]] != nil || s[index] == "十" || s[index] == "百" { index += 1 }
        if index > start { return index }
        guard allowsRoman else { return start }
        while index < s.count, index - start < 5, ["i", "v", "x"].contains(s[index]) { index += 1 }
        return index
    }

    private static func isDelimiter(_ scalar: Unicode.Scalar) -> Bool {
        [".", "、", ")", "）", ":", "：", "．", ",", "，"].contains(scalar)
    }

    private static func isSeparator(_ character: Character) -> Bool {
        character == " " || character == "\t" || character == "\u{3000}" || character == "." || character == "、"
            || character == ":" || character == "：" || character == "-"
    }
}

/// A short note in brackets at the end of a question, such as "（高频）", "(字节二面)" or "【腾讯】":
/// where or how often it was asked, not what it asks.
enum TrailingQualifier {
    /// Whether the text ends, before any question mark, with a closing bracket.
    static func mayEndWithQualifier(_ text: String) -> Bool {
        for scalar in text.unicodeScalars.reversed() {
            switch scalar {
            case " ", "?", "？", "。", ".": continue
            case ")", "）", "】": return true
            default: return false
            }
        }
        return false
    }

    static func strip(_ text: String) -> String {
        let scalars = text.unicodeScalars
        // Trailing spaces and question marks, then the closing bracket, from the end.
        var end = scalars.endIndex
        while end > scalars.startIndex, [" ", "?", "？", "。", "."].contains(scalars[scalars.index(before: end)]) {
            end = scalars.index(before: end)
        }
        guard end > scalars.startIndex else { return text }
        let closeIndex = scalars.index(before: end)
        let open: Unicode.Scalar
        switch scalars[closeIndex] {
        case ")": open = "("
        case "）": open = "（"
        case "】": open = "【"
        default: return text
        }
        var start = closeIndex
        var innerCount = 0
        var hasIdeograph = false
        while start > scalars.startIndex, innerCount <= 8 {
            let before = scalars.index(before: start)
            if scalars[before] == open { break }
            start = before
            innerCount += 1
            if scalars[start].value >= 0x4E00 && scalars[start].value <= 0x9FFF { hasIdeograph = true }
        }
        guard innerCount <= 8, start > scalars.startIndex else { return text }
        let openIndex = scalars.index(before: start)
        guard scalars[openIndex] == open, open == "【" || hasIdeograph,
              scalars[..<openIndex].contains(where: { $0.properties.isAlphabetic || $0.properties.numericType != nil })
        else { return text }
        // `（上）`, `（下篇）`, `（二）`: which part of a longer piece, kept as its number so that
        // part one and part two are never duplicates (`distinct-numbers`).
        // The scalar view's indices are the string's: its substrings copy bytes, not scalars.
        let part = PartMarker.number(String(text[start..<closeIndex]))
        var kept = String(text[..<openIndex])
        if let part { kept += " \(part)" }
        return kept
    }
}

/// The bracketed note that says which part of a series a title is: `上`/`中`/`下` (with
/// `篇`, `册`, `部`), `续` (the sequel, part two), a level (`入门`, `进阶`, `高级`), a numeral
/// alone, or `第N部分/篇/章/节/讲/课/集/部`, an issue or season (`第一期`, `第2季`, `第三弹`, `第5回`).
enum PartMarker {
    private static let positions: [String: Int] = [
        "上": 1, "中": 2, "下": 3, "续": 2,
        // `ZooKeeper 相关概念总结（入门）` and `（进阶）`: two pages of one series, by level.
        "入门": 1, "初级": 1, "基础": 1, "进阶": 2, "中级": 2, "提高": 2, "高级": 3, "精通": 3,
    ]
    private static let suffixes = ["部分", "篇", "册", "章", "节", "讲", "课", "集", "部", "期", "季", "弹", "回"]
    /// Every scalar a marker can hold: spaces, `第`, the positions, the suffixes, ASCII digits
    /// and Chinese numerals.
    private static let markerScalars: Set<Unicode.Scalar> = Set(" \u{3000}第".unicodeScalars)
        .union(positions.keys.flatMap(\.unicodeScalars)).union(suffixes.flatMap(\.unicodeScalars))

    private static func mayBeInMarker(_ scalar: Unicode.Scalar) -> Bool {
        (0x30...0x39).contains(scalar.value) || ChineseNumerals.isNumeral(scalar) || markerScalars.contains(scalar)
    }

    /// `大模型知识蒸馏原理综述（一）：概述` → `大模型知识蒸馏原理综述 1 ：概述`: a numeral alone in
    /// brackets inside a title is the part it is, written as digits so that part one and part
    /// six are never duplicates (`distinct-numbers`).
    static func rewriteInner(_ text: String) -> String {
        var result = ""
        var rest = Substring(text)
        while let open = rest.firstIndex(where: { $0 == "（" || $0 == "(" }) {
            let close = rest[open...].firstIndex { $0 == "）" || $0 == ")" }
            guard let close, rest.distance(from: open, to: close) <= 6 else {
                result += rest[...open]
                rest = rest[rest.index(after: open)...]
                continue
            }
            let content = rest[rest.index(after: open)..<close]
            if content.unicodeScalars.contains(where: ChineseNumerals.isNumeral), let part = number(String(content)) {
                result += rest[..<open] + " \(part) "
            } else {
                result += rest[...close]
            }
            rest = rest[rest.index(after: close)...]
        }
        return result + rest
    }

    static func number(_ content: String) -> Int? {
        // Most bracketed notes (`字节二面`, `推荐`) hold a scalar no marker has: decided without
        // building substrings (every title of a bank that notes where it was asked comes here).
        guard content.unicodeScalars.allSatisfy(mayBeInMarker) else { return nil }
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\u{3000}" }
        var text = content.drop(while: isSpace)
        while let last = text.last, isSpace(last) { text = text.dropLast() }
        let ordinal = text.hasPrefix("第")
        if ordinal { text = text.dropFirst() }
        if let suffix = suffixes.first(where: { text.hasSuffix($0) && text.count > $0.count }) { text = text.dropLast(suffix.count) }
        if !ordinal, let position = positions[String(text)] { return position }
        if text.allSatisfy({ $0.isASCII && $0.isWholeNumber }), !text.isEmpty, text.count <= 3 { return Int(text) }
        let numerals = Array(text.unicodeScalars)
        guard !numerals.isEmpty, numerals.allSatisfy(ChineseNumerals.isNumeral) else { return nil }
        return ChineseNumerals.value(of: numerals[...])
    }
}
