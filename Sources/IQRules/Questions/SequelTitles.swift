/// `现代 CSS 颜色使用指南` and `现代 CSS 颜色使用指南进阶篇`, `Guide to hooks` and `Guide to hooks,
/// Part 2`: an article and its sequel, the same title with a part named after it. A blog's or a
/// course's index lists both on purpose.
enum SequelTitles {
    static func arePartsOfOneSeries(_ first: String, _ second: String) -> Bool {
        let (a, b) = (trimmed(first), trimmed(second))
        guard !PlainScalars.surelyNeitherStartsTheOther(a, b), a.count != b.count else { return false }
        let (shorter, longer) = a.count < b.count ? (a, b) : (b, a)
        guard shorter.count >= 4, longer.lowercased().hasPrefix(shorter.lowercased()) else { return false }
        var part = Substring(longer.dropFirst(shorter.count))
        // `字节码也能做有趣的事之ASM`: the title, `之`, and what this part is about.
        if part.first == "之", part.count >= 2, shorter.unicodeScalars.contains(where: HanCharacters.isCJKLetter) { return true }
        while let first = part.first, first.isWhitespace || ",，:：-—–·（(".contains(first) { part.removeFirst() }
        while let last = part.last, last.isWhitespace || "）)".contains(last) { part.removeLast() }
        let lowered = part.lowercased()
        return partNames.contains(lowered) || lowered.hasPrefix("part ") || lowered.hasPrefix("第") && (lowered.hasSuffix("篇") || lowered.hasSuffix("部分") || lowered.hasSuffix("讲"))
    }

    /// `…打造个人私有云（连载之：初章）` and `…打造个人私有云（连载之：K8S集群搭建）`, `Rust in Production (Part 1:
    /// Setup)` and `… (Part 2: Tracing)`: one title, its parts named in brackets that say so
    /// (`连载`, `系列`, `Part`, `第…`). Each part is its own article.
    static func namePartsInBrackets(_ first: String, _ second: String) -> Bool {
        // Both close with a bracket, read on the last bytes first: most pairs do not.
        guard endsWithClosingBracket(first), endsWithClosingBracket(second) else { return false }
        let (a, b) = (Array(trimmed(first)), Array(trimmed(second)))
        guard a != b, let lastA = a.last, let lastB = b.last, "）)".contains(lastA), "）)".contains(lastB) else { return false }
        var shared = 0
        while shared < min(a.count, b.count), a[shared] == b[shared] { shared += 1 }
        guard let opening = a[..<shared].lastIndex(where: { "（(".contains($0) }), opening >= 4,
              !a[(opening + 1)..<shared].contains(where: { "）)".contains($0) }) else { return false }
        let inside = String(a[(opening + 1)...]).lowercased()
        return seriesWords.contains { inside.hasPrefix($0) } || inside.hasPrefix("第") && inside.dropFirst().first.map(isCount) == true
    }

    /// `)` or `）` (EF BC 89) last, spaces and a closing question mark aside.
    private static func endsWithClosingBracket(_ text: String) -> Bool {
        var bytes = text.utf8.reversed().drop { $0 == 0x20 || $0 == 0x09 || $0 == 0x3F }[...]
        if bytes.first == 0x29 { return true }
        // `？` (EF BC 9F) after the bracket.
        if Array(bytes.prefix(3)) == [0x9F, 0xBC, 0xEF] { bytes = bytes.dropFirst(3) }
        return bytes.first == 0x29 || Array(bytes.prefix(3)) == [0x89, 0xBC, 0xEF]
    }

    private static let seriesWords = ["连载", "系列", "part ", "episode ", "ep.", "chapter "]

    private static func isCount(_ character: Character) -> Bool { character.isNumber || "一二三四五六七八九十".contains(character) }

    private static func trimmed(_ text: String) -> String { String(ClosingMarks.strip(text)) }

    static let partNames: Set<String> = ["进阶篇", "进阶", "高级篇", "基础篇", "入门篇", "实战篇", "原理篇", "续", "续篇", "上篇", "中篇", "下篇",
                                         "上", "中", "下", "一", "二", "三", "sequel", "continued", "advanced", "basics", "ii", "iii"]
}
