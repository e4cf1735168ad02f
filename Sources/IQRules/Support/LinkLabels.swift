import Foundation
import IQCore
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
    /// Labels of Chinese, English, Korean and Japanese collections, compared by ``key(_:)``.
    public static let commonLabels: Set<String> = [
        "答案", "参考答案", "查看答案", "点击查看答案", "点击查看", "点此查看", "详情", "详解", "解答", "解析", "题解",
        "链接", "原文", "原文链接", "地址", "传送门", "点我", "点击", "这里", "戳这里", "视频", "视频讲解", "代码",
        "answer", "answers", "solution", "solutions", "link", "here", "click here", "details", "more", "read more",
        "see more", "source", "video", "code",
        "링크", "답변", "정답", "해설", "참고", "출처", "リンク", "回答", "解答例", "詳細",
    ]
    /// Uses of a link text, on items with other text, from which it counts as a label.
    public static let minimumRepeats = 3

    /// Hashes of the link texts, as written, that this document uses as labels.
    private let inferred: Set<UInt64>
    private static let commonKeys = Set(commonLabels.map(keyHash))

    /// The labels of `file`, worked out once and shared (duplicate-question asks for them of
    /// every file, and in pull-request mode of the base version too).
    public static func of(_ file: MarkdownFile) -> LinkLabels {
        file.derived.value(LinkLabels.self) { _ in LinkLabels(document: file.document) }
    }

    public init(document: Document) {
        // Counted by a hash of the text as written: hashing and normalising every link text of a
        // 100,000-item bank as a String cost more than the rest of the inference; only texts
        // that repeat are looked at closer.
        var uses: [UInt64: Int] = [:]
        for list in document.lists {
            for item in list.items {
                let links = item.links
                if links.count == 1 {
                    if !links[0].isImage { uses[Self.hash(links[0].text), default: 0] += 1 }
                } else {
                    for hash in Set(links.lazy.filter { !$0.isImage }.map { Self.hash($0.text) }) { uses[hash, default: 0] += 1 }
                }
            }
        }
        let repeatedHashes = Set(uses.filter { $0.value >= Self.minimumRepeats }.keys)
        guard !repeatedHashes.isEmpty else {
            inferred = []
            return
        }
        var itemCount: [String: Int] = [:]
        var withText: [String: Int] = [:]
        for list in document.lists {
            for item in list.items {
                let links = item.links.filter { !$0.isImage }
                let repeated = Set(links.map(\.text).filter { repeatedHashes.contains(Self.hash($0)) })
                guard !repeated.isEmpty else { continue }
                var rest = item.text
                for link in links { if let range = rest.range(of: link.text, options: .backwards) { rest.removeSubrange(range) } }
                let hasText = rest.contains { $0.isLetter || $0.isNumber }
                for text in repeated {
                    itemCount[text, default: 0] += 1
                    if hasText { withText[text, default: 0] += 1 }
                }
            }
        }
        inferred = Set(itemCount.filter { $0.value >= Self.minimumRepeats && (withText[$0.key] ?? 0) * 3 >= $0.value * 2 }.keys.map(Self.hash))
    }

    /// Whether `text`, a link text of this document, is a label.
    public func isLabel(_ text: String) -> Bool {
        if !inferred.isEmpty && inferred.contains(Self.hash(text)) { return true }
        // Common labels are short; a question title is not looked at twice.
        guard text.utf8.count <= 48 else { return false }
        let key = Self.keyHash(text)
        return key != Self.noKey && Self.commonKeys.contains(key)
    }

    /// The hash of a text's ASCII letters and digits, lowercased, and of its ideographs, Hangul
    /// and kana, with
    /// single spaces between words: `[点击查看答案]`, `👉 答案` and `Answer:` hash like the
    /// labels as listed. Works on UTF-8 bytes: it runs on the first link of every item.
    static func keyHash(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        func add(_ byte: UInt8) { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        var pendingSpace = false
        var started = false
        var bytes = text.utf8.makeIterator()
        while let byte = bytes.next() {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                if pendingSpace && started { add(UInt8(ascii: " ")) }
                pendingSpace = false
                started = true
                add(byte | (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? 0x20 : 0))
            case 0xE4...0xE9, 0xEA...0xED:
                // U+4E00…U+9FFF: an ideograph; U+A000…U+DFFF: Hangul (`링크`) and its neighbours.
                if pendingSpace && started { add(UInt8(ascii: " ")) }
                pendingSpace = false
                started = true
                add(byte)
                if let second = bytes.next() { add(second) }
                if let third = bytes.next() { add(third) }
            case UInt8(ascii: " "):
                pendingSpace = true
            case 0xC0...0xDF:
                _ = bytes.next()
            case 0xE3:
                // U+3040…U+30FF: kana (`リンク`), three bytes; U+3000…U+303F: punctuation, left out.
                guard let second = bytes.next(), let third = bytes.next() else { break }
                guard second >= 0x81 && second <= 0x83 else { break }
                if pendingSpace && started { add(UInt8(ascii: " ")) }
                pendingSpace = false
                started = true
                add(byte)
                add(second)
                add(third)
            case 0xE0...0xEF:
                _ = bytes.next()
                _ = bytes.next()
            case 0xF0...0xF7:
                _ = bytes.next()
                _ = bytes.next()
                _ = bytes.next()
            default:
                break
            }
        }
        // Nothing read (Hebrew, Cyrillic, emoji only): a key no label has.
        return started ? hash : Self.noKey
    }

    /// The key of a text without letters the scan reads; no common label hashes to it.
    static let noKey: UInt64 = 0

    /// FNV-1a over the UTF-8 bytes: a text as written, without Unicode normalisation.
    private static func hash(_ text: String) -> UInt64 { ByteHash.fnv1a(text.utf8) }
}
