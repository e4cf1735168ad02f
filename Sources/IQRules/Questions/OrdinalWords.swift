/// `How many days ago was the last log in?` and `How many days ago was the second last log in?`:
/// one text names a rank (`second`, `3rd`, `第二`) that the other does not name at all: it asks
/// about another item of the sequence, not the same question again.
enum OrdinalWords {
    static func nameARankOnlyOnce(_ first: String, _ second: String) -> Bool {
        let (firstRanks, secondRanks) = (ranks(in: first), ranks(in: second))
        return firstRanks != secondRanks && (firstRanks.isEmpty || secondRanks.isEmpty)
    }

    /// The ranks a text names, as written (`second`, `2nd`, `第二`).
    static func ranks(in text: String) -> Set<String> {
        var found: Set<String> = []
        // Most texts name none: byte tests first (`nd`, `rd`, `th`, `penult`; `第`, `倒数`).
        if text.containsBytes("nd") || text.containsBytes("rd") || text.containsBytes("th") || text.containsBytes("enult")
            || text.containsBytes("ND") || text.containsBytes("RD") || text.containsBytes("TH") {
            for word in text.split(whereSeparator: { !($0.isASCII && ($0.isLetter || $0.isNumber)) }) where (3...11).contains(word.utf8.count) {
                let lowered = word.lowercased()
                if englishRanks.contains(lowered) { found.insert(lowered) }
            }
        }
        if text.containsBytes("第") || text.containsBytes("倒数") {
            for rank in chineseRanks where text.contains(rank) { found.insert(rank) }
        }
        return found
    }

    private static let englishRanks: Set<String> = ["second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
                                                     "2nd", "3rd", "4th", "5th", "6th", "7th", "8th", "9th", "10th", "penultimate"]
    private static let chineseRanks = ["第二", "第三", "第四", "第五", "第六", "第七", "第八", "第九", "第十", "倒数第"]
}
