import IQMarkdown

/// What one list item looks like on its own, before the document's majority decides what its
/// list is.
enum ItemShape: String, Sendable {
    /// Carries a link to somewhere else (an answer, an article, a project).
    case linked
    /// Unlinked, but phrased as a question (`…？`, `如何…`, `What is …`).
    case question
    /// `...`, `待补充`, `TODO`: a question still to be written.
    case placeholder
    /// Only a link whose text is an answer label (`[答案](…)`): the section's answer.
    case answerLabel
    /// `注：…`, `Note: …`.
    case note
    /// `[ ]` / `[x]`.
    case task
    /// A sentence or several: ends like a sentence, or is long.
    case prose
    /// A short unlinked phrase (`百川`, `scaling law`): a question only where the document says so.
    case phrase
    /// A point of an answer folded into `<details>` after its `</summary>` question (see `DetailsAnswers`).
    case answerPoint
    case empty

    static func of(_ item: ListItem, labels: Set<String>) -> ItemShape {
        if item.isEmpty || item.text.allSatisfy(\.isWhitespace) { return .empty }
        if item.isTaskChecked != nil { return .task }
        if ListItemSupport.isNote(item) { return .note }
        let text = spacesTrimmed(item.text)
        // The links leading elsewhere (not images, not `#section` links), read in place: every
        // item of a bank is asked, and copying its links cost more than the test.
        let links = item.links
        // An e-mail address (`- 邮箱 ：a@b.com`, a contact in an article's sign-off) links nothing to read.
        let outward = links.indices.filter { !links[$0].isImage && links[$0].fragmentOnly == nil && !Self.isMailAddress(links[$0]) }
        if outward.count == 1, AnswerLabels.isLabel(links[outward[0]].text, labels: labels),
           text.count <= links[outward[0]].text.count + 4 || isTagged(text, after: links[outward[0]].text) { return .answerLabel }
        if let first = outward.first {
            // A link opening the item, a label link, or a link on a short title: the item's own
            // link. A link cited inside sentences leaves them sentences.
            // Most items open with their link: no search needed (Foundation's is costly on a large bank).
            let firstText = links[first].text
            let before = opensWith(text, firstText) ? "" : text.range(of: firstText).map { text[..<$0.lowerBound] } ?? ""
            let opens = before.filter { $0.isLetter || $0.isNumber }.count <= 2
            if opens || outward.contains(where: { AnswerLabels.isLabel(links[$0].text, labels: labels) }) { return .linked }
            // `Add "type": "module" to your [package.json](…)`: a link cited after words of a
            // sentence (three or more), an instruction or a remark, not an entry's own link. (A
            // question linking its answer inside, `Can they be [disjoint](…)?`, is a linked one.)
            if citesAfterASentence(before), !isQuestion(text) { return .prose }
            return isProse(text) ? .prose : .linked
        }
        if mayBePlaceholder(text) && placeholders.contains(withoutClosingDots(text.lowercased())) || text.allSatisfy({ $0 == "." || $0 == "…" || $0 == "。" }) {
            return .placeholder
        }
        // `内容持续更新中...`, `更多的视频教程资源会持续更新，敬请期待…`: a line announcing more.
        if isAnnouncement(text) { return .placeholder }
        // `5. []`, `- 【】`: brackets left for a link still to come.
        if ["[]", "【】", "[ ]", "()", "（）"].contains(text.trimmedWhitespace) { return .placeholder }
        if isQuestion(text) { return .question }
        if isProse(text) { return .prose }
        return .phrase
    }

    /// Whether the words before an item's first link are a sentence's opening: three words or
    /// more (`Add "type": "module" to your`), or six Han characters or more (`更多内容请参考`);
    /// not a label closed by a colon or a dash (`My own project: [better_exchook](…)`), which
    /// names the entry its link is.
    static func citesAfterASentence(_ before: Substring) -> Bool {
        if let last = before.last(where: { $0 != " " && $0 != "\t" }), ":：-–—|".contains(last) { return false }
        var words = 0, han = 0
        for word in before.split(whereSeparator: { $0 == " " || $0 == "\t" }) where word.contains(where: { $0.isLetter }) {
            let ideographs = word.unicodeScalars.count(where: HanCharacters.isCJKLetter)
            if ideographs == 0 { words += 1 } else { han += ideographs }
        }
        return words >= 3 || han >= 6
    }

    /// `text` without leading and trailing spaces and tabs (as characters); as it is when its
    /// first and last bytes are neither (most texts: no character starting or ending with
    /// another byte is a space or a tab).
    static func spacesTrimmed(_ text: String) -> String {
        let utf8 = text.utf8
        if let first = utf8.first, let last = utf8.last, !isSpaceOrTab(first), !isSpaceOrTab(last) { return text }
        return text.trimmed { $0 == " " || $0 == "\t" }
    }

    private static func isSpaceOrTab(_ byte: UInt8) -> Bool { byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") }

    /// `More to come...`, `持续更新中。`: a placeholder keeps its meaning with the dots or full
    /// stop that close it.
    static func withoutClosingDots(_ text: String) -> String {
        guard let last = text.last, ".…。!！".contains(last) else { return text }
        let kept = text.trimmed { ".…。!！ ".contains($0) }
        return kept.isEmpty ? text : kept
    }

    /// `More to come`, `Stay tuned`, `持续更新中`: a placeholder announcing more entries, not
    /// standing for one still to be written.
    static func announcesMore(_ text: String) -> Bool {
        announcements.contains(withoutClosingDots(spacesTrimmed(text).lowercased())) || isAnnouncement(text)
    }

    /// `内容持续更新中...`, `更多的视频教程资源会持续更新，敬请期待…`, `More tools will be added, stay
    /// tuned`: a short line holding an announcement among other words, asking nothing.
    static func isAnnouncement(_ text: String) -> Bool {
        guard text.utf8.count <= 120, text.count <= 40 else { return false }
        // `本节会持续更新，欢迎提交新的题目和答案链接。`: a sentence ended with a full stop is a remark
        // about the list (a note), not a line holding its place.
        let trimmed = text.trimmedWhitespace
        if trimmed.hasSuffix("。") || trimmed.hasSuffix(".") && !trimmed.hasSuffix("..") { return false }
        let lowered = text.lowercased()
        guard announcementPhrases.contains(where: { lowered.contains($0) }) else { return false }
        return !lowered.contains("?") && !lowered.contains("？") && !isQuestion(text)
    }

    static let announcementPhrases = ["持续更新", "敬请期待", "未完待续", "陆续更新", "不断更新", "more to come", "stay tuned", "coming soon",
                                      "to be continued"]

    static let announcements: Set<String> = ["more to come", "more coming soon", "stay tuned", "to be continued", "coming soon",
                                             "未完待续", "持续更新", "持续更新中", "敬请期待"]

    /// Whether `text` is short enough to lowercase to a placeholder: lowercasing shrinks a
    /// character to a third of its bytes at most (`K`, the Kelvin sign, to `k`).
    static func mayBePlaceholder(_ text: String) -> Bool {
        text.utf8.count <= 3 * longestPlaceholderBytes
    }

    private static let longestPlaceholderBytes = placeholders.map(\.utf8.count).max() ?? 0

    /// `[Practice question](…) (Paid)`, `[答案](…)（付费）`: the link's text, then only a short tag
    /// in parentheses or brackets.
    static func isTagged(_ text: String, after linkText: String) -> Bool {
        opensWith(text, linkText) && isLinkTag(text.dropFirst(linkText.count))
    }

    /// ` (Paid)`, `（付费）`, `[Free]`: a label link's tag, in parentheses or brackets.
    static func isLinkTag(_ text: some StringProtocol) -> Bool {
        EnclosedTags.isTag(text, enclosedBy: EnclosedTags.brackets, maximumLength: 14)
    }

    /// `text.hasPrefix(prefix)`, decided on the UTF-8 bytes when they match up to a character
    /// boundary of `text` (then the characters match too); otherwise by comparing characters.
    static func opensWith(_ text: String, _ prefix: String) -> Bool {
        let utf8 = text.utf8
        // On contiguous bytes when both have them (native strings): the generic `starts(with:)`
        // walks the views one index at a time.
        let contiguousMatch: Bool?? = utf8.withContiguousStorageIfAvailable { bytes in
            prefix.utf8.withContiguousStorageIfAvailable { prefixBytes in
                bytes.count >= prefixBytes.count && bytes.prefix(prefixBytes.count).elementsEqual(prefixBytes)
            }
        }
        let bytesMatch = (contiguousMatch ?? nil) ?? utf8.starts(with: prefix.utf8)
        if bytesMatch {
            let end = utf8.index(utf8.startIndex, offsetBy: prefix.utf8.count)
            if end.samePosition(in: text) != nil { return true }
        }
        return text.hasPrefix(prefix)
    }

    static let placeholders: Set<String> = ["...", "…", "……", "待补充", "待更新", "待完善", "未完待续", "持续更新", "持续更新中", "更新中", "敬请期待",
                                            "todo", "tbd", "wip", "coming soon", "to be continued", "more to come", "more coming soon", "stay tuned",
                                            "to be added"]

    static let questionStarts = ["什么", "如何", "为什么", "为何", "怎么", "怎样", "哪些", "哪个", "是否", "简述", "介绍", "说说", "说一下", "谈谈", "讲讲",
                                 "解释", "描述", "比较", "列举", "手写", "实现",
                                 "what", "how", "why", "when", "which", "who", "where",
                                 "explain", "describe", "compare", "define", "implement"]
    static let questionParts = ["什么", "如何", "为什么", "怎么", "区别", "哪些", "原理", "吗", "呢", "是否", " vs ", " vs. ", "difference between"]

    /// Phrased as a question: ends with a question mark, starts with a question word (after a
    /// list number), or, when short, holds one (`原理`, `区别`, `吗`, ` vs `). Prefixes and
    /// parts are matched on the UTF-8 bytes, ASCII letters in any case: the words are lowercase
    /// ASCII or CJK, and no other letter lowercases to one of theirs without a mark after it.
    /// The conventions ask it of every item.
    static func isQuestion(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            // `?` or `？` last, on the bytes: no character before either joins it (neither is an
            // extender, and no whitespace or letter is a prepended mark).
            if bytes.last == UInt8(ascii: "?") || UTF8Characters.hasSuffix(bytes, fullWidthQuestionMark)
                || UTF8Characters.hasSuffix(bytes, arabicQuestionMark) { return true }
            var start = 0
            // The list number written in the text, character by character: numbers (by their
            // first scalar, as `Character.isNumber`), and `.`, `、`, spaces, `)`, `）` alone.
            while let scalar = UTF8Characters.scalar(in: bytes, at: start) {
                var end = start + scalar.utf8.count
                if scalar.isASCII ? (0x30...0x39).contains(scalar.value) : Character(scalar).isNumber {
                    while let extender = UTF8Characters.scalar(in: bytes, at: end), continuesCharacter(bytes, at: end) { end += extender.utf8.count }
                } else if !listNumberMarks.contains(scalar) || continuesCharacter(bytes, at: end) {
                    break
                }
                start = end
            }
            // A prefix of scalars, as `hasPrefix` compares (a joiner after `什么` leaves it a prefix).
            if start < bytes.count, questionStartsByFirstByte[Int(UTF8Characters.folded(bytes[start]))],
               questionStartBytes.contains(where: { UTF8Characters.matchesFolded(bytes, at: start, $0) && !continuesWord($0, bytes, at: start + $0.count) }) {
                return !isSQLCondition(bytes, at: start) && !isConditionalStep(bytes, at: start)
            }
            // `判断是否越界。`: a short text closed by a full stop states (a step, a point); the
            // words inside it (`是否`, `区别`, `原理`) ask nothing.
            guard isAtMostSixtyCharacters(bytes), !UTF8Characters.hasSuffix(bytes, ideographicFullStop) else { return false }
            let hasStatementPhrase = statementPhraseBytes.contains {
                UTF8Characters.containsFolded($0, in: bytes, countingJoiner: false)
            }
            guard hasStatementPhrase else { return containsQuestionPart(bytes) && !asksOnlyInAClause(bytes) }
            return withoutStatementPhrases(bytes).withUnsafeBufferPointer(containsQuestionPart)
        }
    }

    /// `mailto:` links, written or made by GitHub from a bare address.
    static func isMailAddress(_ link: Link) -> Bool {
        // On the bytes: every outward link of every item of a bank is asked.
        let scheme = link.destination.utf8
        return scheme.count > mailScheme.count && zip(scheme, mailScheme).allSatisfy { UTF8Characters.folded($0) == $1 }
    }

    private static let mailScheme = Array("mailto:".utf8)

    /// `When the user performs "undo," pop the most recent operation from stack A.`: a clause
    /// opening with `when`, a comma, and the sentence closed by a full stop tells what to do in
    /// that case (an answer's step), it does not ask when.
    static func isConditionalStep(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> Bool {
        guard bytes.last == UInt8(ascii: "."), let after = end(of: "when ", in: bytes, at: start) else { return false }
        return bytes[after...].contains(UInt8(ascii: ","))
    }

    /// Where `keyword` (lowercase ASCII) ends when the bytes at `start` spell it in any case and
    /// something follows it; nil otherwise.
    private static func end(of keyword: StaticString, in bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> Int? {
        let keyword = UnsafeBufferPointer(start: keyword.utf8Start, count: keyword.utf8CodeUnitCount)
        guard bytes.count - start > keyword.count,
              zip(bytes[start..<(start + keyword.count)], keyword).allSatisfy({ UTF8Characters.folded($0) == $1 }) else { return nil }
        return start + keyword.count
    }

    /// `where a=1 and b=2.`: SQL's condition, a column compared, not a question asking where.
    static func isSQLCondition(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> Bool {
        guard var index = end(of: "where ", in: bytes, at: start) else { return false }
        let column = index
        while index < bytes.count, bytes[index] == UInt8(ascii: "_") || bytes[index] == UInt8(ascii: ".") || bytes[index] == UInt8(ascii: "`")
                || (0x30...0x39).contains(bytes[index]) || (0x41...0x5A).contains(bytes[index]) || (0x61...0x7A).contains(bytes[index]) {
            index += 1
        }
        guard index > column else { return false }
        while index < bytes.count, bytes[index] == UInt8(ascii: " ") { index += 1 }
        return index < bytes.count && "=<>!".utf8.contains(bytes[index])
    }

    /// Whether some question start begins with each byte (ASCII letters lowercase): most titles
    /// begin with none, and then the starts need not be compared one by one.
    private static let questionStartsByFirstByte: [Bool] = {
        var table = [Bool](repeating: false, count: 256)
        for start in questionStartBytes { table[Int(start[0])] = true }
        return table
    }()

    /// Which of `questionPartBytes` start with each byte (ASCII letters lowercase), as bits.
    private static let questionPartsByFirstByte: [UInt32] = {
        precondition(questionPartBytes.count <= 32, "one bit per part")
        var table = [UInt32](repeating: 0, count: 256)
        for (index, part) in questionPartBytes.enumerated() { table[Int(part[0])] |= 1 << UInt32(index) }
        return table
    }()

    /// Whether any of `questionPartBytes` occurs in `bytes` as whole characters, ASCII letters in
    /// any case: one pass over the bytes instead of one per part (every short item of a bank is asked).
    private static func containsQuestionPart(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        questionPartsByFirstByte.withUnsafeBufferPointer { table in
            for offset in bytes.indices {
                var parts = table[Int(UTF8Characters.folded(bytes[offset]))]
                while parts != 0 {
                    let part = questionPartBytes[parts.trailingZeroBitCount]
                    parts &= parts - 1
                    if UTF8Characters.matchesFolded(bytes, at: offset, part), !continuesCharacter(bytes, at: offset + part.count) { return true }
                }
            }
            return false
        }
    }

    /// Whether `text` ends with `?`, `？` or the Arabic script's `؟` (Persian, Arabic, Urdu),
    /// whitespace after it aside.
    static func endsWithQuestionMark(_ text: String) -> Bool {
        let last = text.trimmedWhitespace.last
        return last == "?" || last == "？" || last == "؟"
    }

    private static let fullWidthQuestionMark = Array("？".utf8)
    private static let arabicQuestionMark = Array("؟".utf8)
    private static let ideographicFullStop = Array("。".utf8)

    private static let listNumberMarks: Set<Unicode.Scalar> = [".", "、", " ", ")", "）"]

    /// An English question word that goes on as a longer word (`Whatsapp`, `However`,
    /// `Implementation`) or as a compound noun (`How-to`) opens no question.
    private static func continuesWord(_ start: [UInt8], _ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> Bool {
        guard start[0] < 0x80, offset < bytes.count else { return false }
        let next = UTF8Characters.folded(bytes[offset])
        return (0x61...0x7A).contains(next) || next == UInt8(ascii: "-")
    }
    private static let questionStartBytes = questionStarts.map { Array($0.utf8) }
    private static let questionPartBytes = questionParts.map { Array($0.utf8) }
    /// `无论什么…` (whatever), `什么都` (everything) make statements, not questions.
    private static let statementPhraseBytes = ["无论什么", "不管什么", "没什么", "什么都"].map { Array($0.utf8) }

    /// The text, ASCII letters lowercased, with the statement phrases taken out one after the
    /// other, as the string replacements did: a question word inside one does not count.
    /// `…的反义词，用于确定2个文档/字符串是否完全相同`: `是否` in a clause of purpose (after `用于`,
    /// `用来`, `以便`, `为了`) asks nothing, as `used to determine whether` does not; the text asks
    /// only when something else in it does. A task (`判断链表是否有环`) still asks.
    static func asksOnlyInAClause(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let whether = firstOffset(of: whetherBytes, in: bytes),
              clauseVerbBytes.contains(where: { verb in firstOffset(of: verb, in: bytes).map { $0 < whether } ?? false }) else { return false }
        return !without([whetherBytes], bytes).withUnsafeBufferPointer(containsQuestionPart)
    }

    private static let whetherBytes = Array("是否".utf8)
    private static let clauseVerbBytes = ["用于", "用来", "用以", "以便", "为了", "用於", "用來", "為了"].map { Array($0.utf8) }

    private static func firstOffset(of needle: [UInt8], in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard needle.count <= bytes.count else { return nil }
        return (0...(bytes.count - needle.count)).first { start in bytes[start..<(start + needle.count)].elementsEqual(needle) }
    }

    private static func withoutStatementPhrases(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        without(statementPhraseBytes, bytes)
    }

    private static func without(_ phrases: [[UInt8]], _ bytes: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        var scrubbed = bytes.map(UTF8Characters.folded)
        for phrase in phrases {
            var kept: [UInt8] = []
            kept.reserveCapacity(scrubbed.count)
            var index = 0
            while index < scrubbed.count {
                if index + phrase.count <= scrubbed.count, scrubbed[index..<(index + phrase.count)].elementsEqual(phrase) {
                    index += phrase.count
                } else {
                    kept.append(scrubbed[index])
                    index += 1
                }
            }
            scrubbed = kept
        }
        return scrubbed
    }

    /// The string search this replaces matched before a zero-width joiner, so the joiner does
    /// not end a match here.
    private static func continuesCharacter(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> Bool {
        UTF8Characters.continuesCharacter(bytes, at: offset, countingJoiner: false)
    }

    /// At most sixty characters: sure from the byte or scalar count when those are that small.
    private static func isAtMostSixtyCharacters(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        if bytes.count <= 60 { return true }
        // Scalars are the bytes that do not continue one (the text is valid UTF-8).
        var scalars = 0
        for byte in bytes where byte & 0xC0 != 0x80 { scalars += 1 }
        return scalars <= 60 || String(decoding: bytes, as: UTF8.self).count <= 60
    }

    /// Sentences, not titles: ends with a full stop or an exclamation, or runs very long (long
    /// topic titles with English names in them reach 100 characters).
    static func isProse(_ text: String) -> Bool {
        if text.count > 140 { return true }
        guard let last = text.last else { return false }
        return "。.！!；;".contains(last) && text.count > 12 && !text.hasSuffix("...") && !text.hasSuffix("etc.")
    }
}

/// Link texts that say "here is the answer" rather than naming anything.
enum AnswerLabels {
    static let known: Set<String> = ["答案", "参考答案", "查看答案", "点击查看答案", "点击查看", "解答", "题解", "详解", "详情", "解析", "查看解析",
                                     "answer", "answers", "solution", "solutions", "link", "here", "details", "see answer",
                                     "click here", "read more", "view answer", "链接", "地址", "原文",
                                     "링크", "답변", "정답", "해설", "リンク", "回答"]

    private static let knownLongestScalars = known.map(\.unicodeScalars.count).max() ?? 0

    static func normalized(_ text: String) -> String {
        text.lowercased().trimmed(where: isTrimmed)
    }

    /// What the byte scan of a link text tells about its key (`normalized(text)`).
    enum KeyScan {
        /// The key has more than the limit's characters.
        case longer
        /// FNV-1a of the key's UTF-8 bytes.
        case hash(UInt64)
        /// The text is not one the scan reads exactly.
        case unknown
    }

    /// The key's hash, or that it is too long, from the UTF-8 bytes alone, for the texts
    /// `surelyLongerThan` reads exactly (there the key is the kept bytes, ASCII lowercased).
    static func scanKey(_ text: String, limit: Int) -> KeyScan {
        text.utf8.withContiguousStorageIfAvailable { bytes -> KeyScan in
            guard let (start, end, count) = keptBytes(bytes) else { return .unknown }
            if count > limit { return .longer }
            return .hash(ByteHash.fnv1a(bytes[start..<end].lazy.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }))
        } ?? .unknown
    }

    /// The byte range between the trimmed ends and the scalars in it, for texts of ASCII (no
    /// carriage return), ideographs U+4000–U+9FFF, the full-width brackets and the plain
    /// punctuation of `isPlainPunctuation`; nil for others.
    private static func keptBytes(_ bytes: UnsafeBufferPointer<UInt8>) -> (start: Int, end: Int, count: Int)? {
        var count = 0, kept = 0, leading = true
        var start = 0, end = 0
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            let isTrimmedScalar: Bool
            let width: Int
            if byte < 0x80 {
                guard byte != 0x0D else { return nil }
                isTrimmedScalar = byte == 0x20 || byte == 0x09 || byte == 0x5B || byte == 0x5D || byte == 0x28 || byte == 0x29
                width = 1
            } else if byte >= 0xE2 && byte <= 0xEF && index + 2 < bytes.count {
                let second = bytes[index + 1], third = bytes[index + 2]
                // 【 】 U+3010/3011, （ ） U+FF08/FF09.
                let isBracket = (byte == 0xE3 && second == 0x80 && (third == 0x90 || third == 0x91))
                    || (byte == 0xEF && second == 0xBC && (third == 0x88 || third == 0x89))
                guard isBracket || (byte >= 0xE4 && byte <= 0xE9) || isPlainPunctuation(byte, second, third) else { return nil }
                isTrimmedScalar = isBracket
                width = 3
            } else {
                return nil
            }
            defer { index += width }
            if isTrimmedScalar && leading { continue }
            if leading { start = index }
            leading = false
            count += 1
            if !isTrimmedScalar {
                kept = count
                end = index + width
            }
        }
        return (start, max(start, end), kept)
    }

    /// Chinese titles' punctuation, each a character of its own that lowercasing keeps:
    /// U+3000–U+3029 (`、。「」` …, not the combining marks after them), the full-width
    /// punctuation and digits U+FF01–U+FF20, U+FF3B–U+FF40, U+FF5B–U+FF5E (`？，：１` …, not
    /// the letters, which have case), and `— ‘ ’ “ ” …`.
    private static func isPlainPunctuation(_ first: UInt8, _ second: UInt8, _ third: UInt8) -> Bool {
        switch (first, second) {
        case (0xE3, 0x80): return third <= 0xA9
        case (0xEF, 0xBC): return (third >= 0x81 && third <= 0xA0) || third >= 0xBB
        case (0xEF, 0xBD): return third == 0x80 || (third >= 0x9B && third <= 0x9E)
        case (0xE2, 0x80): return [0x94, 0x98, 0x99, 0x9C, 0x9D, 0xA6].contains(third)
        default: return false
        }
    }

    /// True when `normalized(text)` surely has more than `limit` characters, read from the UTF-8
    /// bytes without building a string; false when it may not (then `normalized` decides). Exact
    /// for texts of ASCII (no carriage return), ideographs U+4000–U+9FFF and the trimmed
    /// brackets: there each scalar is one character, lowercasing keeps the count, and the
    /// trimmed characters are single scalars. Any other byte answers false.
    static func surelyLongerThan(_ limit: Int, _ text: String) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { bytes in keptBytes(bytes).map { $0.count > limit } ?? false } ?? false
    }

    /// Space, tab, and the brackets 【】[]()（）: each one scalar, equal to no other character,
    /// so the scalar tells (comparing characters as strings cost a string comparison each).
    static func isTrimmed(_ character: Character) -> Bool {
        let scalars = character.unicodeScalars
        guard let scalar = scalars.first, scalars.index(after: scalars.startIndex) == scalars.endIndex else { return false }
        switch scalar.value {
        case 0x20, 0x09, 0x3010, 0x3011, 0x5B, 0x5D, 0x28, 0x29, 0xFF08, 0xFF09: return true
        default: return false
        }
    }

    static func isLabel(_ text: String, labels: Set<String>) -> Bool {
        // Built-in labels are short: a longer link text (a question title) needs no lowercasing
        // to tell, since lowercasing never removes a Unicode scalar. Only the collection's own
        // labels can be longer; measuring them here on every call was quadratic on a bank
        // whose repeated titles all count as labels.
        guard labels.isEmpty else {
            let key = normalized(text)
            return known.contains(key) || labels.contains(key)
        }
        if surelyLongerThan(knownLongestScalars, text) { return false }
        guard text.trimmed(where: isTrimmed).unicodeScalars.dropFirst(knownLongestScalars).isEmpty else { return false }
        return known.contains(normalized(text))
    }
}
