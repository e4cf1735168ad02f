/// `并发 GC 性能比并行 GC 好` and `并行 GC 性能比并发 GC 好`, `检查左子树的左子节点与右子树的右子节点` and
/// `检查左子树的右子节点与右子树的左子节点`: the same characters, two parts of them changing places
/// around the words between (`P X M Y S` and `P Y M X S`). Where the words between only join
/// the parts (`进程和线程`, `list and tuple`: `JoinedSubjects`), or one part only asks (`什么是
/// RLHF`, `RLHF是什么`), the order means nothing; otherwise it is what the question asks: two questions.
enum ReorderedParts {
    static func askInOtherOrders(_ first: String, _ second: String) -> Bool {
        // The same bytes in another order, spaces and case aside, summed first: most pairs differ.
        guard JoinedSubjects.byteSum(first) == JoinedSubjects.byteSum(second) else { return false }
        let a: [Character] = Array(String(first.filter { !$0.isWhitespace }).lowercased())
        let b: [Character] = Array(String(second.filter { !$0.isWhitespace }).lowercased())
        guard a.count == b.count, a != b, a.count <= longestText, !JoinedSubjects.areSwapped(first, second) else { return false }
        var prefix = 0
        while prefix < a.count, a[prefix] == b[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < a.count - prefix, a[a.count - 1 - suffix] == b[b.count - 1 - suffix] { suffix += 1 }
        // The parts may begin inside the shared prefix (`并发`, `并行` share `并`) and end inside the shared suffix.
        for start in 0...prefix {
            for end in (a.count - suffix)...a.count where end - start >= 3 {
                let coreA = a[start..<end], coreB = b[start..<end]
                let length = end - start
                for xLength in 1..<(length - 1) {
                    // X leads coreA and closes coreB.
                    guard coreA.prefix(xLength).elementsEqual(coreB.suffix(xLength)) else { continue }
                    for yLength in 1..<(length - xLength) {
                        let middle = length - xLength - yLength
                        guard middle >= 1, coreA.suffix(yLength).elementsEqual(coreB.prefix(yLength)),
                              coreA.dropFirst(xLength).prefix(middle).elementsEqual(coreB.dropFirst(yLength).prefix(middle)) else { continue }
                        let x = String(coreA.prefix(xLength)), y = String(coreA.suffix(yLength))
                        let between = String(coreA.dropFirst(xLength).prefix(middle))
                        if x != y, !joiners.contains(between), isContent(x), isContent(y) { return true }
                    }
                }
            }
        }
        return false
    }

    /// Texts longer than this many characters (spaces aside) are not searched: a question is shorter.
    static let longestText = 80

    /// Words that only join two subjects: the order around them means nothing.
    private static let joiners: Set<String> = ["和", "与", "及", "以及", "跟", "、", "或", "或者", "vs", "vs.", "&", "/", "and", "or", "versus", "和的"]

    /// Words that ask or tie, naming no subject (`什么是`, `是什么`, `how`).
    /// (Longest first, so that `为什么` goes before `什么`.)
    private static let askingWords = ["什么", "为什么", "如何", "怎么", "怎样", "哪些", "有哪些", "是", "的", "吗", "呢", "what", "is", "are", "how", "why", "which", "the"]
        .sorted { $0.count > $1.count }

    /// Whether `part` names something besides asking words.
    private static func isContent(_ part: String) -> Bool {
        var rest = part.filter { $0.isLetter || $0.isNumber }
        for word in askingWords { rest = rest.replacingOccurrences(of: word, with: "") }
        return !rest.isEmpty
    }
}
