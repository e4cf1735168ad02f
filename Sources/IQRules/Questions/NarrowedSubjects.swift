import Foundation
import IQDedup

/// `请你说说React的路由是什么？` inside `React的路由的优缺点`, `介绍一下 PEFT？` inside `PEFT 有什么优点？`,
/// `说说你对webpack的理解？` inside `说说webpack中常见的Loader？`: Chinese narrows a subject by writing
/// what it asks about next to it (`的优缺点`, `优点`, `中常见的Loader`), and the longer question asks
/// something else about the shorter one's subject. An overlap finding is about "X" against "X and
/// Y", which joins the subjects with `和`, `与`, `及`, `、` (`数据清洗策略` inside `大模型生成数据、数据清洗策略`).
enum NarrowedSubjects {
    /// Whether `longer` (normalised, `normalizedLonger`) holds all of `shorter` (`normalizedShorter`)
    /// around Chinese words of its own, and joins no more subjects than it does.
    static func narrowsInChinese(_ shorter: String, _ longer: String, normalizedShorter: String, normalizedLonger: String) -> Bool {
        let s = Array(normalizedShorter.unicodeScalars), l = Array(normalizedLonger.unicodeScalars)
        var prefix = 0
        while prefix < s.count, prefix < l.count, s[prefix] == l[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < s.count - prefix, suffix < l.count - prefix, s[s.count - 1 - suffix] == l[l.count - 1 - suffix] { suffix += 1 }
        guard prefix + suffix == s.count, l.count > s.count else { return false }
        // What the longer one asks about, in Chinese words of its own (`优缺点`, `核心`), not a
        // filler (`什么是大模型幻觉？` and `什么是 大模型幻觉问题？` ask one thing).
        var added = String(String.UnicodeScalarView(l[prefix..<(l.count - suffix)]))
        for filler in fillers { added = added.replacingOccurrences(of: filler, with: "") }
        guard added.unicodeScalars.count(where: HanCharacters.isCJKLetter) >= 2 else { return false }
        // Another subject joined to it, or another question asked after it
        // (`状态管理器解决了什么问题？什么时候用状态管理器？`): "X and Y".
        let (short, long) = (shorter.lowercased(), longer.lowercased())
        return !(coordinators + questionMarks).contains { long.occurrences(of: $0) > short.occurrences(of: $0) }
    }

    /// What joins two subjects in a question.
    static let coordinators = ["和", "与", "及", "、", "或", "跟", "还是", " and ", " or ", " vs "]
    static let questionMarks = ["？", "?"]
    /// Words that add nothing to what a question asks (`问题`, `分别`, `具体`).
    static let fillers = ["问题", "分别", "具体", "主要", "一下", "呢", "吗", "都", "的", "了"]
}

private extension String {
    func occurrences(of part: String) -> Int {
        var count = 0
        var rest = self[...]
        while let found = rest.range(of: part) {
            count += 1
            rest = rest[found.upperBound...]
        }
        return count
    }
}
