import IQDedup

/// Two questions written the same way about two subjects: `什么情况下会出现css阻塞？` and `…js阻塞？`,
/// `写一个方法实现“基数排序算法”…` and `…“桶排序算法”…`. Everything but one name, or the text of one
/// quotation, is the same; the name is what each asks about, so they are two questions. A
/// misspelt name (`pytorch`, `pytroch`), a plural or a name that starts the other (`React`,
/// `ReactJS`) is the same subject; `LoRA` and `QLoRA` are two.
enum SubjectSwap {
    static func differOnlyInSubject(_ first: String, _ second: String) -> Bool {
        // `1.1 llama2 系列…` and `1.2 Baichuan2 系列…`: where each stands in its list is no part of the wording.
        // `…HTML 年度调查报告亮点速览！` and `…CSS 年度调查报告亮点速览`: a closing mark is no part of the wording.
        let strippedFirst = ClosingMarks.strip(OrdinalPrefix.strip(first)), strippedSecond = ClosingMarks.strip(OrdinalPrefix.strip(second))
        // `进程和线程的区别` and `线程和进程的区别`: the same two subjects, joined in the other order.
        if JoinedSubjects.areSwapped(strippedFirst, strippedSecond) { return false }
        let a = Array(strippedFirst), b = Array(strippedSecond)
        func same(_ x: Character, _ y: Character) -> Bool { x == y || x.lowercased() == y.lowercased() }
        var prefix = 0
        while prefix < a.count, prefix < b.count, same(a[prefix], b[prefix]) { prefix += 1 }
        var suffix = 0
        while suffix < a.count - prefix, suffix < b.count - prefix, same(a[a.count - 1 - suffix], b[b.count - 1 - suffix]) { suffix += 1 }
        if let quoted = quotation(a, b, prefix: prefix, suffix: suffix) { return quoted }
        // Whole words: `css` and `js` share their `s`.
        func splitsWord(_ text: [Character], at index: Int) -> Bool {
            index > 0 && index < text.count && isNameCharacter(text[index - 1]) && isNameCharacter(text[index])
        }
        while prefix > 0, splitsWord(a, at: prefix) || splitsWord(b, at: prefix) { prefix -= 1 }
        while suffix > 0, splitsWord(a, at: a.count - suffix) || splitsWord(b, at: b.count - suffix) { suffix -= 1 }
        // (`…站点：Svelte 中文文档` and `…站点： Solid.js 中文文档`: a space typed on one side only is no part of the name.)
        func trimmed(_ name: ArraySlice<Character>) -> ArraySlice<Character> {
            var name = name
            while name.first == " " { name = name.dropFirst() }
            while name.last == " " { name = name.dropLast() }
            return name
        }
        let writtenA = a[prefix..<(a.count - suffix)], writtenB = b[prefix..<(b.count - suffix)]
        // `…分布式ID，这篇文章扔给他` and `…分布式锁，…`: a Latin name where the other names its
        // subject in a Chinese word or two, the wording around them the same.
        // (Set off by spaces, `使用 Form 实例` beside `使用表单实例`, the Latin word may translate the Chinese one.)
        if prefix >= 2, suffix >= 2, isLatinName(writtenA) && isChineseWord(writtenB) || isLatinName(writtenB) && isChineseWord(writtenA) { return true }
        let nameA = trimmed(writtenA), nameB = trimmed(writtenB)
        // `… use a border layout as …` and `… use a FlowLayout as …`: an identifier in code's
        // case where the other names its subject in words (not those words joined: `hash map`
        // and `HashMap` are one subject).
        if prefix >= 2, suffix >= 2, isCamelCaseName(nameA) && isFewWords(nameB) || isCamelCaseName(nameB) && isFewWords(nameA),
           String(nameA.filter { $0 != " " }).lowercased() != String(nameB.filter { $0 != " " }).lowercased() { return true }
        guard !nameA.isEmpty, !nameB.isEmpty, nameA.allSatisfy(isNameCharacter), nameB.allSatisfy(isNameCharacter),
              nameA.contains(where: \.isLetter), nameB.contains(where: \.isLetter) else { return false }
        // A name, not a word swapped for another (`used for`, `good for`: one question reworded):
        // written with a capital, a digit or a mark, or set in Chinese text, which writes only
        // names in Latin letters.
        let setInChinese = [prefix > 0 ? a[prefix - 1] : nil, suffix > 0 ? a[a.count - suffix] : nil]
            .contains { $0?.unicodeScalars.first.map(HanCharacters.isCJKLetter) == true }
        func looksLikeName(_ name: ArraySlice<Character>) -> Bool {
            name.contains { $0.isUppercase || $0.isNumber || $0 == "+" || $0 == "#" }
        }
        guard setInChinese || looksLikeName(nameA) || looksLikeName(nameB) else { return false }
        return !areOneName(String(nameA).lowercased(), String(nameB).lowercased())
    }

    /// Whether the difference lies inside one quotation of each text, which differ: nil when
    /// it lies elsewhere.
    private static func quotation(_ a: [Character], _ b: [Character], prefix: Int, suffix: Int) -> Bool? {
        // The opening mark before the difference, with no closing mark after it in the prefix.
        guard let open = a[..<prefix].lastIndex(where: { closing[$0] != nil }),
              let close = closing[a[open]], !a[(open + 1)..<prefix].contains(close) else { return nil }
        // Its closing mark after the difference in both texts, with no opening mark before it.
        func closes(_ text: [Character]) -> Int? {
            let start = text.count - suffix
            guard let end = text[start...].firstIndex(of: close), !text[start..<end].contains(a[open]) || close == a[open] else { return nil }
            return end
        }
        guard let endA = closes(a), let endB = closes(b), endA - (open + 1) > 0, endB - (open + 1) > 0 else { return nil }
        let quotedA = String(a[(open + 1)..<endA]).lowercased(), quotedB = String(b[(open + 1)..<endB]).lowercased()
        guard String(a[endA...]).lowercased() == String(b[endB...]).lowercased() else { return nil }
        // A quotation differing by a letter or two: its words are judged as the text's.
        return quotedA != quotedB && !areOneName(quotedA, quotedB) ? true : nil
    }

    private static let closing: [Character: Character] = ["“": "”", "「": "」", "『": "』", "《": "》", "\"": "\"", "`": "`", "‘": "’"]

    /// Letters and digits of a Latin name, and the marks names carry (`c++`, `c#`, `snake_case`,
    /// `z-index`, `Solid.js`).
    private static func isNameCharacter(_ character: Character) -> Bool {
        character.isASCII && (character.isLetter || character.isNumber || character == "+" || character == "#" || character == "_" || character == "-"
            || character == ".")
    }

    private static func isLatinName(_ text: ArraySlice<Character>) -> Bool {
        !text.isEmpty && text.allSatisfy(isNameCharacter) && text.contains(where: \.isLetter)
    }

    /// `FlowLayout`, `useState`: a name whose case changes inside it, as code writes names.
    private static func isCamelCaseName(_ text: ArraySlice<Character>) -> Bool {
        guard isLatinName(text) else { return false }
        return zip(text, text.dropFirst()).contains { $0.isLowercase && $1.isUppercase }
    }

    /// One to three words of small letters (`border layout`), not a name (`PyTroch`).
    private static func isFewWords(_ text: ArraySlice<Character>) -> Bool {
        let words = text.split(separator: " ")
        return (1...3).contains(words.count) && words.allSatisfy { $0.allSatisfy { $0.isASCII && $0.isLowercase } }
    }

    /// One to four Chinese characters.
    private static func isChineseWord(_ text: ArraySlice<Character>) -> Bool {
        (1...4).contains(text.count) && text.allSatisfy(HanCharacters.isIdeograph)
    }

    /// A misspelling (one edit, names of five characters or more), or one name starting the other
    /// (`react`, `reactjs`; a plural).
    static func areOneName(_ first: String, _ second: String) -> Bool {
        if first.hasPrefix(second) || second.hasPrefix(first) { return true }
        return min(first.count, second.count) >= 5 && editDistanceIsAtMostOne(Array(first), Array(second))
    }

    /// One substitution, insertion, deletion or swap of neighbours at most.
    private static func editDistanceIsAtMostOne(_ a: [Character], _ b: [Character]) -> Bool {
        guard abs(a.count - b.count) <= 1 else { return false }
        var i = 0
        while i < a.count, i < b.count, a[i] == b[i] { i += 1 }
        if i == a.count || i == b.count { return true }
        if a.count == b.count {
            if a[(i + 1)...] == b[(i + 1)...] { return true }
            return i + 1 < a.count && a[i] == b[i + 1] && a[i + 1] == b[i] && a[(i + 2)...] == b[(i + 2)...]
        }
        return a.count > b.count ? a[(i + 1)...] == b[i...] : a[i...] == b[(i + 1)...]
    }
}
