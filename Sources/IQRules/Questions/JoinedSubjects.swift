/// `进程和线程的区别` and `线程和进程的区别`, `TCP与UDP有什么不同` and `UDP与TCP有什么不同`: two subjects
/// joined by `和`, `与`, `及`, `跟`, `、`, `vs`, `and`, `or` or `/`, named in the other order. Joined that way, the
/// order means nothing: one question. (`用栈实现队列` and `用队列实现栈` swap roles around a verb,
/// not a joining word: two questions.)
enum JoinedSubjects {
    static func areSwapped<Text: StringProtocol>(_ first: Text, _ second: Text) -> Bool {
        // The same bytes in another order, spaces and case aside, summed first: most pairs differ.
        guard byteSum(first) == byteSum(second) else { return false }
        let a: [Character] = Array(String(first.filter { !$0.isWhitespace }).lowercased())
        let b: [Character] = Array(String(second.filter { !$0.isWhitespace }).lowercased())
        guard a.count == b.count, a != b else { return false }
        var sharedPrefix = 0
        while sharedPrefix < a.count, a[sharedPrefix] == b[sharedPrefix] { sharedPrefix += 1 }
        for joiner in joiners {
            for i in positions(of: joiner, in: a) {
                for j in positions(of: joiner, in: b) {
                    // a = P X joiner Y S, b = P Y joiner X S: the lengths fix X and Y once P is chosen.
                    for start in 0...min(sharedPrefix, i, j) {
                        let x = a[start..<i], y = b[start..<j]
                        guard !x.isEmpty, !y.isEmpty, x != y else { continue }
                        let afterA = i + joiner.count, afterB = j + joiner.count
                        let endA = afterA + y.count, endB = afterB + x.count
                        guard endA <= a.count, endB <= b.count else { continue }
                        let swappedInA: Bool = a[afterA..<endA].elementsEqual(y) && b[afterB..<endB].elementsEqual(x)
                        if swappedInA, a[endA...].elementsEqual(b[endB...]) { return true }
                    }
                }
            }
        }
        return false
    }

    /// How many bytes the text has and their sum, spaces aside and ASCII letters lowercased: equal
    /// for two texts of the same characters in any order.
    static func byteSum<Text: StringProtocol>(_ text: Text) -> (count: Int, sum: Int) {
        var count = 0, sum = 0
        for byte in text.utf8 where byte != 0x20 && byte != 0x09 {
            count += 1
            sum += (0x41...0x5A).contains(byte) ? Int(byte) + 0x20 : Int(byte)
        }
        return (count, sum)
    }

    /// (Spaces are removed before the search: `and` inside a word, `stANDard`, matches only
    /// where the words around it trade places exactly.)
    private static let joiners: [[Character]] = ["和", "与", "及", "跟", "、", "vs.", "vs", "&", "versus", "and", "or", "/"].map(Array.init)

    private static func positions(of joiner: [Character], in text: [Character]) -> [Int] {
        guard text.count >= joiner.count else { return [] }
        return (0...(text.count - joiner.count)).filter { text[$0..<($0 + joiner.count)].elementsEqual(joiner) }
    }
}
