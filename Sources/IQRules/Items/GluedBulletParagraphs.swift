import IQCore
import IQMarkdown

/// `-[Data structures](…)` / `-[Linked list](…)` / `-[Trees](…)`: a list whose every bullet lost
/// its space. No line is a list item, so Markdown shows them all as one paragraph; each line is
/// an entry linking its page. Found in paragraphs outside lists, two lines or more, each opening
/// with `-`, `*` or `+` glued to a link.
enum GluedBulletParagraphs {
    static func violations(in document: Document) -> [Violation] {
        let source = document.source
        // Most documents have no line opening with a bullet glued to `[`: one pass over the bytes says so.
        guard mayHoldGluedBullets(source.bytes) else { return [] }
        var violations: [Violation] = []
        for paragraph in document.paragraphs {
            // Told on its first byte: nearly every paragraph of a bank is an item's text.
            guard paragraph.range.start < source.bytes.count,
                  [UInt8(ascii: "-"), UInt8(ascii: "*"), UInt8(ascii: "+")].contains(source.bytes[paragraph.range.start]) else { continue }
            let first = source.line(containing: paragraph.range.start)
            let last = source.line(containing: max(paragraph.range.start, paragraph.range.end - 1))
            guard last > first, paragraph.content.links.count >= last - first + 1 else { continue }
            let starts = (first...last).map { gluedMarker(on: $0, in: source) }
            guard starts.allSatisfy({ $0 != nil }) else { continue }
            for case let (marker, at)? in starts {
                violations.append(Violation(
                    range: SourceRange(at, at + 1),
                    message: "expected a space after '\(marker)', found none: Markdown shows these lines as one paragraph, not a list",
                    fix: .unsafe("insert a space after '\(marker)'", [.insert(" ", at: at + 1)]),
                    help: ["each line links an entry: with a space after its bullet, each is an item of a list"]))
            }
        }
        return violations
    }

    /// Whether some line opens (after spaces) with `-[`, `*[` or `+[`.
    static func mayHoldGluedBullets(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { buffer in
            var index = 0
            let count = buffer.count
            while index + 1 < count {
                let byte = buffer[index]
                if byte == UInt8(ascii: "["), index >= 1 {
                    let marker = buffer[index - 1]
                    if marker == UInt8(ascii: "-") || marker == UInt8(ascii: "*") || marker == UInt8(ascii: "+") {
                        var before = index - 2
                        while before >= 0, buffer[before] == UInt8(ascii: " ") { before -= 1 }
                        if before < 0 || buffer[before] == UInt8(ascii: "\n") { return true }
                    }
                }
                index += 1
            }
            return false
        }
    }

    /// The bullet and its offset when `line` opens (after spaces) with `-`, `*` or `+` right
    /// before a link's `[`.
    private static func gluedMarker(on line: Int, in source: SourceText) -> (Character, Int)? {
        let range = source.lineRange(line)
        var index = range.start
        while index < range.end, source.bytes[index] == UInt8(ascii: " ") { index += 1 }
        guard index + 2 < range.end, source.bytes[index + 1] == UInt8(ascii: "[") else { return nil }
        // `*[Source](…)*` is a link in italics.
        var end = range.end
        while end > index, source.bytes[end - 1] == UInt8(ascii: " ") || source.bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        switch source.bytes[index] {
        case UInt8(ascii: "-"): return ("-", index)
        case UInt8(ascii: "*"): return source.bytes[end - 1] == UInt8(ascii: "*") ? nil : ("*", index)
        case UInt8(ascii: "+"): return ("+", index)
        default: return nil
        }
    }
}
