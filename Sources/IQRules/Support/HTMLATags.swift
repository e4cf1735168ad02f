import IQMarkdown

/// The `<a …>` tags of a document's raw HTML, outside code blocks, code spans and HTML
/// comments, read on the bytes: a small tokenizer, not an HTML parser.
enum HTMLATags {
    /// Calls `visit` with the document's bytes and the offsets after `<a` and of the tag's
    /// end (its `>`, the next `<`, or the end of the text) for each tag, in order.
    static func forEach(in document: Document, _ visit: (UnsafeBufferPointer<UInt8>, Int, Int) -> Void) {
        document.source.bytes.withUnsafeBufferPointer { bytes in
            var index = 0
            var inComment = false
            // The length of the backtick run that opened a code span on this line, or 0.
            var openTicks = 0
            while index < bytes.count {
                let byte = bytes[index]
                if byte == UInt8(ascii: "\n") {
                    index += 1; openTicks = 0
                    continue
                }
                if inComment {
                    if byte == UInt8(ascii: "-"), index + 2 < bytes.count, bytes[index + 1] == UInt8(ascii: "-"), bytes[index + 2] == UInt8(ascii: ">") {
                        inComment = false; index += 3
                    } else {
                        index += 1
                    }
                    continue
                }
                if byte == UInt8(ascii: "`") {
                    var run = 0
                    while index < bytes.count, bytes[index] == UInt8(ascii: "`") { run += 1; index += 1 }
                    if openTicks == 0 { openTicks = run } else if openTicks == run { openTicks = 0 }
                    continue
                }
                guard byte == UInt8(ascii: "<"), openTicks == 0 else { index += 1; continue }
                // A comment opens outside code only: `<!--` in a code sample shows as text.
                if index + 3 < bytes.count, bytes[index + 1] == UInt8(ascii: "!"), bytes[index + 2] == UInt8(ascii: "-"), bytes[index + 3] == UInt8(ascii: "-") {
                    inComment = !document.isInCodeBlock(index); index += 4
                    continue
                }
                // `<a href=…>`, `<A NAME=…>`; not `<abbr>` or `<article>`.
                guard index + 2 < bytes.count, bytes[index + 1] | 0x20 == UInt8(ascii: "a"),
                      bytes[index + 2] == UInt8(ascii: " ") || bytes[index + 2] == UInt8(ascii: "\t") || bytes[index + 2] == UInt8(ascii: "\n"),
                      index == 0 || bytes[index - 1] != UInt8(ascii: "\\") else { index += 1; continue }
                let tagStart = index
                var end = index + 2
                while end < bytes.count, bytes[end] != UInt8(ascii: ">"), bytes[end] != UInt8(ascii: "<") { end += 1 }
                if !document.isInCodeBlock(tagStart) { visit(bytes, index + 2, end) }
                // The tag's own lines are still counted: its attributes may run over several.
                index += 2
            }
        }
    }

    /// The quoted value of the attribute `name` (lowercase ASCII) among a tag's attributes,
    /// between `start` and `end`: the offsets inside the quotes, or nil.
    static func attribute(_ name: String, in bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Range<Int>? {
        let name = Array(name.utf8)
        var index = start
        while index + name.count < end {
            // An attribute's name starts after white space.
            guard bytes[index - 1] == UInt8(ascii: " ") || bytes[index - 1] == UInt8(ascii: "\t") || bytes[index - 1] == UInt8(ascii: "\n"),
                  (0..<name.count).allSatisfy({ bytes[index + $0] | 0x20 == name[$0] }) else { index += 1; continue }
            var cursor = index + name.count
            while cursor < end, bytes[cursor] == UInt8(ascii: " ") { cursor += 1 }
            guard cursor < end, bytes[cursor] == UInt8(ascii: "=") else { index += 1; continue }
            cursor += 1
            while cursor < end, bytes[cursor] == UInt8(ascii: " ") { cursor += 1 }
            guard cursor + 1 < end, bytes[cursor] == UInt8(ascii: "\"") || bytes[cursor] == UInt8(ascii: "'") else { return nil }
            let quote = bytes[cursor]
            let valueStart = cursor + 1
            var valueEnd = valueStart
            while valueEnd < end, bytes[valueEnd] != quote { valueEnd += 1 }
            guard valueEnd < end else { return nil }
            return valueStart..<valueEnd
        }
        return nil
    }
}
