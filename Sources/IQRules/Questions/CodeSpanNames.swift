import IQCore
import IQMarkdown

/// `What is the purpose of the `unwrap()` method in Rust?` beside `… of the `unwrap_or()`
/// method …`: one wording about two names written as code. The code spans are the subjects,
/// and two questions naming different code ask two things.
enum CodeSpanNames {
    /// Whether both questions write names in code spans, and not the same ones.
    static func differ(_ first: QuestionEntry, _ second: QuestionEntry) -> Bool {
        guard let namesA = names(of: first), let namesB = names(of: second) else { return false }
        return namesA != namesB
    }

    /// The code spans of the question as written (their letters and digits: `unwrap()` and
    /// `unwrap` name one thing, and so do `__init__()` and its misspelling `_init_()`), in
    /// order; nil when it has none.
    static func names(of entry: QuestionEntry) -> [String]? {
        let bytes = entry.file.source.bytes
        let range = entry.range.start..<min(entry.range.end, bytes.count)
        guard range.count > 2, bytes[range].contains(UInt8(ascii: "`")) else { return nil }
        let pieces = bytes[range].split(separator: UInt8(ascii: "`"), omittingEmptySubsequences: false)
        // Between the first backtick and the last: every other piece is code.
        guard pieces.count >= 3 else { return nil }
        let names = stride(from: 1, to: pieces.count - 1, by: 2).compactMap { index -> String? in
            let kept = pieces[index].filter { isNameByte($0) }
            return kept.isEmpty ? nil : String(decoding: kept, as: UTF8.self)
        }
        return names.isEmpty ? nil : names
    }

    private static func isNameByte(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A) || byte >= 0x80
    }
}
