import Foundation
import IQMarkdown

/// Which link texts of a document are labels rather than titles: `- 如何理解注意力机制？ [点击查看答案](…)`,
/// `- Explain closures ([answer](…))`. A label says where the answer is, not what is asked, so the
/// question is the item's text outside the label.
///
/// A link text is a label when it is one of a few common labels (``commonLabels``), or when the
/// document uses it on at least ``minimumRepeats`` items and most of those items also have text
/// outside their links: a title repeated three times with nothing next to it is a duplicated
/// question, not a label.
public struct LinkLabels: Sendable {
    /// Labels of Chinese and English collections, compared by ``key(_:)``.
    public static let commonLabels: Set<String> = [
        "答案", "参考答案", "查看答案", "点击查看答案", "点击查看", "点此查看", "详情", "详解", "解答", "解析", "题解",
        "链接", "原文", "原文链接", "地址", "传送门", "点我", "点击", "这里", "戳这里", "视频", "视频讲解", "代码",
        "answer", "answers", "solution", "solutions", "link", "here", "click here", "details", "more", "read more",
        "see more", "source", "video", "code",
    ]
    /// Uses of a link text, on items with other text, from which it counts as a label.
    public static let minimumRepeats = 3

    /// Link texts, as written, that this document uses as labels.
    private let inferred: Set<String>

    public init(document: Document) {
        // Counted by the text as written: normalising every link of a 100,000-item bank costs
        // more than the whole inference; only repeated texts are looked at closer.
        var uses: [String: Int] = [:]
        for list in document.lists {
            for item in list.items {
                for text in Set(item.links.lazy.filter { !$0.isImage }.map(\.text)) { uses[text, default: 0] += 1 }
            }
        }
        let repeated = Set(uses.filter { $0.value >= Self.minimumRepeats }.keys)
        guard !repeated.isEmpty else {
            inferred = []
            return
        }
        var withText: [String: Int] = [:]
        for list in document.lists {
            for item in list.items {
                let links = item.links.filter { !$0.isImage }
                guard links.contains(where: { repeated.contains($0.text) }) else { continue }
                var rest = item.text
                for link in links { if let range = rest.range(of: link.text, options: .backwards) { rest.removeSubrange(range) } }
                guard rest.contains(where: { $0.isLetter || $0.isNumber }) else { continue }
                for text in Set(links.map(\.text)) where repeated.contains(text) { withText[text, default: 0] += 1 }
            }
        }
        inferred = repeated.filter { (withText[$0] ?? 0) * 3 >= uses[$0]! * 2 && !Self.key($0).isEmpty }
    }

    /// Whether `text`, a link text of this document, is a label.
    public func isLabel(_ text: String) -> Bool {
        if inferred.contains(text) { return true }
        // Common labels are short; a question title is not normalised for nothing.
        return text.utf8.count <= 48 && Self.commonLabels.contains(Self.key(text))
    }

    /// Letters and digits only, lowercased: `[点击查看答案]`, `👉 答案` and `Answer:` compare as written labels.
    static func key(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value < 0x80 {
                // ASCII, the common case, without a Unicode property lookup.
                if value >= 0x41 && value <= 0x5A {
                    scalars.append(Unicode.Scalar(value + 0x20)!)
                } else if (value >= 0x61 && value <= 0x7A) || (value >= 0x30 && value <= 0x39) || (value == 0x20 && !scalars.isEmpty) {
                    scalars.append(scalar)
                }
            } else if (value >= 0x4E00 && value <= 0x9FFF) || scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                scalars.append(contentsOf: value >= 0x4E00 && value <= 0x9FFF ? [scalar] : Array(scalar.properties.lowercaseMapping.unicodeScalars))
            }
        }
        return String(scalars).trimmed { $0 == " " }
    }
}
