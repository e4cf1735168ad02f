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

    private let labels: Set<String>

    public init(document: Document) {
        var uses: [String: (items: Int, withText: Int)] = [:]
        for list in document.lists {
            for item in list.items {
                let links = item.links.filter { !$0.isImage }
                guard !links.isEmpty else { continue }
                var rest = item.text
                for link in links { if let range = rest.range(of: link.text, options: .backwards) { rest.removeSubrange(range) } }
                let hasText = rest.contains { $0.isLetter || $0.isNumber }
                for text in Set(links.map { Self.key($0.text) }) where !text.isEmpty {
                    uses[text, default: (0, 0)].items += 1
                    if hasText { uses[text, default: (0, 0)].withText += 1 }
                }
            }
        }
        let inferred = uses.filter { $0.value.items >= Self.minimumRepeats && $0.value.withText * 3 >= $0.value.items * 2 }
        labels = Self.commonLabels.union(inferred.keys)
    }

    /// Whether `text`, a link text of this document, is a label.
    public func isLabel(_ text: String) -> Bool {
        labels.contains(Self.key(text))
    }

    /// Letters and digits only, lowercased: `[点击查看答案]`, `👉 答案` and `Answer:` compare as written labels.
    static func key(_ text: String) -> String {
        String(String.UnicodeScalarView(text.lowercased().unicodeScalars.filter { $0.properties.isAlphabetic || $0.properties.numericType != nil || $0 == " " }))
            .trimmed { $0 == " " }
    }
}
