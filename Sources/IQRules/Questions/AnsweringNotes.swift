/// `Which of the following are serverless? (Choose TWO)`, `以下哪些是无服务器的？（多选）`: how to
/// answer, written after the question's mark. No part of what the question asks: two exams
/// asking one question say `(Choose two)` and `(Select TWO)`, and every question of an exam says
/// `(Choose TWO)`, which made unrelated questions look alike.
enum AnsweringNotes {
    /// Words of a note on how to answer (lowercased).
    static let cues = ["choose", "select", "pick", "mark", "point", "多选", "单选", "不定项", "选择", "分）", "分)"]

    /// `text` without such a note; `text` itself when it has none.
    static func strip(_ text: String) -> String {
        // Most questions end with their mark: one byte turns them away.
        guard let last = text.utf8.last, last == UInt8(ascii: ")") || last == 0x89 && text.hasSuffix("）"),
              let open = text.lastIndex(where: { $0 == "(" || $0 == "（" }) else { return text }
        let before = String(text[..<open]).trimmedWhitespace
        guard before.hasSuffix("?") || before.hasSuffix("？") else { return text }
        let note = text[open...].lowercased()
        return cues.contains(where: note.contains) ? before : text
    }
}
