/// `Implement Queue using Stacks` and `Implement Stack using Queues`, `用栈实现队列` and `用队列实现栈`:
/// the same words with two parts trading places around the word that relates them. A bag of
/// words scores them 1.00; they are two questions. Around a word that joins its sides
/// symmetrically (`A and B`, `A vs B`, `A和B`) the order means nothing, and the pair stays a
/// duplicate; so does a topic written before or after its subject (`Java 垃圾回收`, `垃圾回收 Java`),
/// where nothing stands between the parts, and a question word moved (`什么是 A`, `A 是什么`).
enum SwappedRoles {
    static func swapRoles(_ first: String, _ second: String) -> Bool {
        swapRoles(tokens: tokens(first), tokens(second))
    }

    /// `swapRoles` on the texts' `tokens`, for a question compared with many partners.
    static func swapRoles(tokens first: [Token], _ second: [Token]) -> Bool {
        var a = first[...], b = second[...]
        guard a != b, a.sorted() == b.sorted() else { return false }
        // What both share at their start and end (`Implement`, `用`) is not part of the swap.
        while let x = a.first, x == b.first { a.removeFirst(); b.removeFirst() }
        while let x = a.last, x == b.last { a.removeLast(); b.removeLast() }
        let parts = Array(a), other = Array(b)
        guard parts.count >= 3 else { return false }
        // `L M R` against `R M L`, with the relating words M between two different parts.
        for middleStart in 1..<(parts.count - 1) {
            for middleEnd in (middleStart + 1)..<parts.count {
                let left = parts[..<middleStart], middle = parts[middleStart..<middleEnd], right = parts[middleEnd...]
                guard left.elementsEqual(other.suffix(left.count)), right.elementsEqual(other.prefix(right.count)),
                      middle.elementsEqual(other[right.count..<(other.count - left.count)]) else { continue }
                return !middle.contains(where: symmetricWords.contains)
            }
        }
        return false
    }

    /// A token by the FNV-1a hash of its UTF-8 bytes: tokens are only compared, and hashes
    /// need no string per word (every reported pair asks).
    typealias Token = UInt64

    /// Latin words, lowercased, a plural `s` dropped, and Han characters one by one, without the
    /// question words (`what is`, `什么`, `如何`) and punctuation. Asked of every reported pair,
    /// so one pass over the scalars, without string searches.
    static func tokens(_ text: String) -> [Token] {
        var tokens: [Token] = []
        var word: [UInt8] = []
        var wordIsASCII = true
        func flush() {
            guard !word.isEmpty else { return }
            if wordIsASCII {
                for index in word.indices where word[index] >= 0x41 && word[index] <= 0x5A { word[index] |= 0x20 }
                if word.count > 3, word.last == 0x73, word[word.count - 2] != 0x73 { word.removeLast() }
                let token = ByteHash.fnv1a(word)
                if !questionWords.contains(token) { tokens.append(token) }
            } else {
                var finished = String(decoding: word, as: UTF8.self).lowercased()
                if finished.count > 3, finished.hasSuffix("s"), !finished.hasSuffix("ss") { finished.removeLast() }
                let token = ByteHash.fnv1a(finished.utf8)
                if !questionWords.contains(token) { tokens.append(token) }
            }
            word.removeAll(keepingCapacity: true)
            wordIsASCII = true
        }
        var hanRun: [Unicode.Scalar] = []
        func flushHan() {
            var index = 0
            while index < hanRun.count {
                // Only a few characters open a question word: the others are tokens at once.
                if chineseQuestionWordStarts.contains(hanRun[index]),
                   let phrase = chineseQuestionWords.first(where: { hanRun[index...].starts(with: $0) }) {
                    index += phrase.count
                } else {
                    tokens.append(UTF8.encode(hanRun[index]).map(ByteHash.fnv1a) ?? 0)
                    index += 1
                }
            }
            hanRun.removeAll(keepingCapacity: true)
        }
        for scalar in text.unicodeScalars {
            if HanCharacters.isIdeograph(scalar) {
                flush()
                hanRun.append(scalar)
            } else if isWordPart(scalar) {
                flushHan()
                if !scalar.isASCII { wordIsASCII = false }
                word.append(contentsOf: String(scalar).utf8)
            } else {
                flush()
                flushHan()
            }
        }
        flush()
        flushHan()
        return tokens
    }

    private static func isWordPart(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0x2B, 0x23: true
        case 0..<0x80: false
        default: scalar.properties.isAlphabetic || scalar.properties.numericType != nil
        }
    }

    private static let questionWords = Set(["what", "how", "why", "when", "which", "who", "is", "are", "do", "doe", "does", "the", "a", "an"].map { ByteHash.fnv1a($0.utf8) })
    private static let chineseQuestionWords: [[Unicode.Scalar]] = ["为什么", "什么", "如何", "怎么", "怎样", "为何", "哪些", "是否", "吗", "呢"].map { Array($0.unicodeScalars) }
    private static let chineseQuestionWordStarts = Set(chineseQuestionWords.compactMap(\.first))

    /// Words whose two sides can trade places without changing the question.
    static let symmetricWords = Set(["and", "or", "vs", "versu", "versus", "between", "with", "和", "与", "及", "或", "跟", "同", "对", "比"].map { ByteHash.fnv1a($0.utf8) })
}
