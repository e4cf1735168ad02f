/// `Is a < b?` and `Is a > b?`, `a && b` and `a || b`, `==` and `===`: the normalisation of
/// question texts drops symbols, and an operator is then the one mark telling two questions
/// apart.
enum OperatorMarks {
    /// Whether the two texts hold the comparing or combining operators (`<`, `>`, `=`, `!=`,
    /// `&`, `|`) in other numbers.
    static func differ(_ first: String, _ second: String) -> Bool {
        // Most questions have no operator at all: no table is built for them.
        let (hasMarks, otherHasMarks) = (mayHoldMarks(first), mayHoldMarks(second))
        guard hasMarks || otherHasMarks else { return false }
        guard hasMarks == otherHasMarks else { return true }
        let a = counts(first), b = counts(second)
        return a != b
    }

    /// Whether `text` has a byte `counts` may count (`!` only with `=` after it).
    private static func mayHoldMarks(_ text: String) -> Bool {
        text.utf8.contains(where: isMark)
    }

    private static func counts(_ text: String) -> [UInt8: Int] {
        var counts: [UInt8: Int] = [:]
        let bytes = Array(text.utf8)
        for (offset, byte) in bytes.enumerated() {
            // `!` ends a sentence; only `!=` (or `!==`) compares.
            if byte == UInt8(ascii: "!") {
                if offset + 1 < bytes.count, bytes[offset + 1] == UInt8(ascii: "=") { counts[byte, default: 0] += 1 }
            } else if isMark(byte) {
                counts[byte, default: 0] += 1
            }
        }
        return counts
    }

    /// `<`, `>`, `=`, `&` and `|`. A hyphen, a slash or a plus sign is punctuation more often
    /// than arithmetic, and left out.
    private static func isMark(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "="), UInt8(ascii: "&"), UInt8(ascii: "|"): true
        default: false
        }
    }
}
