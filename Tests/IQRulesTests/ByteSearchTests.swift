import Foundation
@testable import IQRules
import Testing

/// Rules search text with `contains(_:)` on UTF-8 bytes (see `ByteSearch.swift`): it must say
/// what Foundation's search says of the texts rules read.
struct ByteSearchTests {
    static let cases: [(text: String, needle: String)] = [
        ("什么是注意力机制？", "注意力"),
        ("什么是注意力机制？", "自注意力"),
        ("What is the difference between X and Y", "difference between"),
        ("What is the difference", "difference between"),
        ("", "a"),
        ("abc", ""),
        ("abc", "abc"),
        ("ab", "abc"),
        // A match ending before a combining mark ends inside a character.
        ("cafe\u{301} au lait", "cafe"),
        ("cafe\u{301} au lait", "cafe\u{301}"),
        ("café au lait", "au"),
        ("👨‍👩‍👧 family", "family"),
        // Foundation ends a match before a joiner.
        ("什么\u{200D}是", "什么"),
        ("aaab", "aab"),
        // Canonical equivalents: one text decomposed, the other composed.
        ("re\u{301}fe\u{301}rences", "références"),
        ("références", "re\u{301}fe\u{301}rences"),
        ("ᄒ\u{1161}ᆫ글 자료", "한글"),
        ("がくせい", "か\u{3099}く"),
        ("Ссылки и источники", "ссылки"),
        ("Ab", "ab"),
    ]

    @Test(arguments: cases.indices)
    func agreesWithFoundation(index: Int) {
        let (text, needle) = Self.cases[index]
        // Foundation's own search, spelled so that it cannot resolve to the byte search.
        let foundation = text.range(of: needle) != nil
        #expect(text.contains(needle) == foundation, "\(text) / \(needle)")
        #expect(text[...].contains(needle) == foundation, "substring \(text) / \(needle)")
    }

    @Test func substringsSearchOnlyTheirOwnBytes() {
        let text = "什么是LoRA？什么是RLHF？"
        let second = text[text.index(text.startIndex, offsetBy: 8)...]
        #expect(second.contains("RLHF"))
        #expect(!second.contains("LoRA"))
    }
}
