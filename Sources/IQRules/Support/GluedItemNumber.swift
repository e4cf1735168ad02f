import IQMarkdown

/// An item's number written at the end of the item above it, on the same line:
/// `3. … surprising? 4. Write the formulae` / `5. Plot …`. Markdown shows `4. Write …` as
/// words of item 3, and the list's next item (`5.`) as the fourth. The author counted right;
/// the line break before `4.` is what is missing.
struct GluedItemNumber {
    /// The `4.` glued on (its digits and delimiter).
    let marker: SourceRange
    /// The spaces between the sentence it follows and the marker, where the line break goes.
    let spaces: SourceRange

    /// The marker of `number` (with `list`'s delimiter) in the text of `item`'s paragraphs,
    /// after a sentence's end (`?`, `.`, `!`, `)`, `:` or their full-width forms) and a space,
    /// and before words. Nil when there is none, or more than one (a sentence citing numbers).
    static func find(_ number: Int, in item: ListItem, of list: MarkdownList, source: SourceText) -> GluedItemNumber? {
        guard case .ordered(let delimiter) = list.kind else { return nil }
        let marker = Array("\(number)\(delimiter)".utf8)
        let bytes = source.bytes
        var found: [GluedItemNumber] = []
        for paragraph in item.paragraphs {
            let range = paragraph.range
            var offset = range.start
            while offset + marker.count < range.end {
                defer { offset += 1 }
                guard bytes[offset] == marker[0], bytes[offset..<(offset + marker.count)].elementsEqual(marker),
                      bytes[offset + marker.count] == UInt8(ascii: " ") else { continue }
                // Words after the marker: not the end of the line.
                let after = offset + marker.count
                guard after + 1 < range.end, ![UInt8(ascii: " "), UInt8(ascii: "\n"), UInt8(ascii: "\r")].contains(bytes[after + 1]) else { continue }
                var spaceStart = offset
                while spaceStart > range.start, bytes[spaceStart - 1] == UInt8(ascii: " ") { spaceStart -= 1 }
                guard spaceStart < offset, spaceStart > range.start else { continue }
                let before = source.string(in: SourceRange(max(range.start, spaceStart - 3), spaceStart))
                guard let last = before.last, "?.!):？。！）：".contains(last) else { continue }
                // `… in 2. 3. …`: a digit before it is part of a figure or a list of numbers.
                if before.dropLast().last?.isNumber == true { continue }
                found.append(GluedItemNumber(marker: SourceRange(offset, after), spaces: SourceRange(spaceStart, offset)))
            }
        }
        return found.count == 1 ? found[0] : nil
    }
}
