/// `Is a < b?` and `Is a > b?`, `a && b` and `a || b`, `==` and `===`: the normalisation of
/// question texts drops symbols, and an operator is then the one mark telling two questions
/// apart.
enum OperatorMarks {
    /// Whether the two texts hold the comparing or combining operators (`<`, `>`, `=`, `!=`,
    /// `&`, `|`) in other numbers.
    static func differ(_ first: String, _ second: String) -> Bool {
        let a = counts(first), b = counts(second)
        return a != b
    }

    private static func counts(_ text: String) -> [UInt8: Int] {
        var counts: [UInt8: Int] = [:]
        let bytes = Array(text.utf8)
        for (offset, byte) in bytes.enumerated() {
            // `!` ends a sentence; only `!=` (or `!==`) compares.
            if byte == UInt8(ascii: "!") {
                if offset + 1 < bytes.count, bytes[offset + 1] == UInt8(ascii: "=") { counts[byte, default: 0] += 1 }
            } else if marks.contains(byte) {
                counts[byte, default: 0] += 1
            }
        }
        return counts
    }

    /// A hyphen, a slash or a plus sign is punctuation more often than arithmetic, and left out.
    private static let marks = Set("<>=&|".utf8)
}
