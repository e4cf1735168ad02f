import IQDedup

/// `请你说说React的路由是什么？` inside `React的路由的优缺点`, `介绍一下 PEFT？` inside `PEFT 有什么优点？`:
/// Chinese narrows a subject by writing the aspect it asks about next to it (`的优缺点`, `优点`,
/// `核心`, `思路`), and the longer question asks something else about the shorter one's subject.
/// An overlap finding is about "X" against "X and Y", which joins the subjects with `和`, `与`,
/// `及`, `、` (`数据清洗策略` inside `大模型生成数据、数据清洗策略`).
enum NarrowedSubjects {
    /// Whether `longer` (normalised, `normalizedLonger`) holds all of `shorter` (`normalizedShorter`)
    /// around Chinese words of its own that name an aspect, and joins no more subjects or
    /// questions than it does.
    static func narrowsInChinese(_ shorter: String, _ longer: String, normalizedShorter: String, normalizedLonger: String) -> Bool {
        let s = Array(normalizedShorter.unicodeScalars), l = Array(normalizedLonger.unicodeScalars)
        var prefix = 0
        while prefix < s.count, prefix < l.count, s[prefix] == l[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < s.count - prefix, suffix < l.count - prefix, s[s.count - 1 - suffix] == l[l.count - 1 - suffix] { suffix += 1 }
        guard prefix + suffix == s.count, l.count > s.count else { return false }
        // What the longer one asks about, in Chinese words of its own (`优缺点`, `核心`), not a
        // filler (`什么是大模型幻觉？` and `什么是 大模型幻觉问题？` ask one thing).
        let addedScalars = l[prefix..<(l.count - suffix)]
        guard addedScalars.count(where: HanCharacters.isCJKLetter) >= 2 else { return false }
        var added = String(String.UnicodeScalarView(addedScalars))
        for filler in fillers where added.contains(filler) { added.replace(filler, with: "") }
        guard aspects.contains(where: added.contains) else { return false }
        // Another subject joined to it, or another question asked after it
        // (`状态管理器解决了什么问题？什么时候用状态管理器？`): "X and Y".
        // Counted on the bytes (each joiner is whole characters, its letters lowercase).
        let (short, long) = (Array(shorter.lowercased().utf8), Array(longer.lowercased().utf8))
        return !joinerBytes.contains { occurrences(of: $0, in: long) > occurrences(of: $0, in: short) }
    }

    /// How many times `needle` occurs in `bytes`, one occurrence after the other. A loop of its
    /// own: the standard library's `ranges(of:)` goes through generic searchers whose metadata
    /// is instantiated on every call, 6% of a 100k-item bank's lint.
    private static func occurrences(of needle: [UInt8], in bytes: [UInt8]) -> Int {
        guard let first = needle.first, bytes.count >= needle.count else { return 0 }
        var count = 0, start = 0
        while start <= bytes.count - needle.count {
            if bytes[start] == first, bytes[start..<(start + needle.count)].elementsEqual(needle) {
                count += 1
                start += needle.count
            } else {
                start += 1
            }
        }
        return count
    }

    private static let joinerBytes = (coordinators + questionMarks).map { Array($0.utf8) }

    /// Whether `text` holds an aspect word at all, on its bytes: most contained pairs of a large
    /// bank hold none, and need not be compared further. One pass over the bytes: where a
    /// character starts an aspect word (each is Han characters), only the words starting with
    /// it are compared.
    static func mayNameAnAspect(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            guard bytes.count >= 6 else { return false }
            for offset in 0...(bytes.count - 6) where bytes[offset] >= 0xE0 {
                let first = UInt32(bytes[offset]) << 16 | UInt32(bytes[offset + 1]) << 8 | UInt32(bytes[offset + 2])
                guard let words = aspectsByFirstCharacter[first] else { continue }
                for word in words where UTF8Characters.matchesFolded(bytes, at: offset, word)
                    && !UTF8Characters.continuesCharacter(bytes, at: offset + word.count, countingJoiner: false) {
                    return true
                }
            }
            return false
        }
    }

    /// The aspect words' bytes by the three bytes of their first character.
    private static let aspectsByFirstCharacter: [UInt32: [[UInt8]]] = Dictionary(grouping: aspects.map { Array($0.utf8) }) { bytes in
        precondition(bytes.count >= 6 && bytes[0] >= 0xE0 && bytes[0] < 0xF0, "aspect words are two Han characters or more")
        return UInt32(bytes[0]) << 16 | UInt32(bytes[1]) << 8 | UInt32(bytes[2])
    }

    /// What a question asks about a subject besides what it is. Words a copy adds without
    /// asking anything else (`主流`, `一般`, `大模型中`, `常见`) are not among them.
    static let aspects = ["优点", "缺点", "优势", "劣势", "好处", "弊端", "不足", "局限", "特点", "特性", "核心", "本质", "思路", "思想",
                          "原理", "机制", "实现", "流程", "步骤", "过程", "逻辑", "作用", "用途", "用法", "应用", "场景", "意义", "目的",
                          "变体", "组成", "结构", "架构", "类型", "种类", "分类", "参数", "配置", "性能", "复杂度", "缺陷", "推导", "源码",
                          "底层", "生命周期", "损失函数"]

    /// What joins two subjects in a question.
    static let coordinators = ["和", "与", "及", "、", "或", "跟", "还是", " and ", " or ", " vs "]
    static let questionMarks = ["？", "?"]
    /// Words that add nothing to what a question asks (`问题`, `分别`, `具体`).
    static let fillers = ["问题", "分别", "具体", "主要", "一下", "呢", "吗", "都", "的", "了"]
}
