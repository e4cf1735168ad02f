import IQMarkdown

/// A line that starts like a list item but is none: a marker (`2.`, `3)`, `-`, `*`, `+`)
/// followed by a space Markdown does not count, such as the ideographic space of CJK input
/// methods (`2.　下一题`) or a no-break space. CommonMark wants a space or a tab after a list
/// marker, so such a line is text; after an item it is glued onto that item.
struct MarkerLookalike: Equatable {
    /// The marker as written (`2.`, `-`).
    let marker: String
    /// The number of an ordered marker, nil for a bullet.
    let number: Int?
    /// The byte range of the spaces after the marker that Markdown does not count.
    let spaces: SourceRange
    /// The first of those spaces, to name it (`U+3000`).
    let firstSpace: Unicode.Scalar

    /// Spaces that look like a space after a marker but are not one to Markdown.
    static func isForeignSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00A0, 0x2000...0x200A, 0x202F, 0x205F, 0x3000: true
        default: false
        }
    }

    /// The lookalike marker `line` starts with (after spaces, tabs and `>`), if any.
    static func at(line: Int, in source: SourceText) -> MarkerLookalike? {
        let start = ListItemSupport.textStart(ofLine: line, in: source)
        let end = source.lineRange(line).end
        let bytes = source.bytes
        var offset = start
        var number: Int?
        if offset < end, [UInt8(ascii: "-"), UInt8(ascii: "*"), UInt8(ascii: "+")].contains(bytes[offset]) {
            offset += 1
        } else {
            var digits = 0, value = 0
            while offset < end, digits < 9, bytes[offset] >= 0x30, bytes[offset] <= 0x39 {
                value = value * 10 + Int(bytes[offset] - 0x30)
                digits += 1
                offset += 1
            }
            guard digits > 0, offset < end, bytes[offset] == UInt8(ascii: ".") || bytes[offset] == UInt8(ascii: ")") else { return nil }
            number = value
            offset += 1
        }
        let markerEnd = offset
        let rest = source.string(in: SourceRange(markerEnd, end))
        let spaces = rest.unicodeScalars.prefix(while: isForeignSpace)
        guard let first = spaces.first else { return nil }
        // Something must follow: a marker and spaces alone are not an item in waiting.
        let spaceBytes = spaces.reduce(0) { $0 + UTF8.width($1) }
        guard rest.utf8.dropFirst(spaceBytes).contains(where: { $0 != 0x20 && $0 != 0x09 }) else { return nil }
        return MarkerLookalike(marker: source.string(in: SourceRange(start, markerEnd)), number: number,
                               spaces: SourceRange(markerEnd, markerEnd + spaceBytes), firstSpace: first)
    }

    /// Whether the lookalike would be an item of `list` once its space is an ASCII one: the same
    /// bullet, or a number with the same delimiter.
    func belongs(to list: MarkdownList) -> Bool {
        switch list.kind {
        case .ordered(let delimiter): number != nil && marker.last == delimiter
        case .bullet(let bullet): number == nil && marker.first == bullet
        }
    }

    /// `U+3000`, as messages name the space.
    var spaceName: String { "U+" + String(firstSpace.value, radix: 16, uppercase: true).leftPadded(to: 4) }

    /// The numbers of the lookalike items of `list` glued into `item`'s paragraphs, in order
    /// (`1. a` / `2.　b` / `3. c`: item 1 shows 2 as well). So do numbers typed without their
    /// space (`2.超出…`) or with one before the dot (`2 .超出…`), where they go on counting
    /// from the item (`lazy-continuation` reports all three).
    static func hiddenNumbers(in item: ListItem, of list: MarkdownList, source: SourceText) -> [Int] {
        guard list.isOrdered, case .ordered(let delimiter) = list.kind else { return [] }
        var numbers: [Int] = []
        for paragraph in item.paragraphs where paragraph.lines.count > 1 {
            for line in paragraph.lines.dropFirst() {
                if let lookalike = at(line: line, in: source), lookalike.belongs(to: list), let number = lookalike.number {
                    numbers.append(number)
                    continue
                }
                guard let next = (numbers.last ?? item.number).map({ $0 + 1 }) else { continue }
                let start = ListItemSupport.textStart(ofLine: line, in: source)
                if let number = LazyContinuationRule.numberWithoutSpace(at: start, in: source), number == next,
                   source.bytes[start + String(number).utf8.count] == delimiter.asciiValue {
                    numbers.append(number)
                } else if let spaced = LazyContinuationRule.numberSpacedFromDelimiter(at: start, in: source), spaced.number == next,
                          source.bytes[spaced.delimiter] == delimiter.asciiValue {
                    numbers.append(spaced.number)
                } else if let number = LazyContinuationRule.numberWithoutDelimiter(at: start, after: next - 1, in: source) {
                    // `4 Start the trace…`: a step whose `.` was lost.
                    numbers.append(number)
                }
            }
        }
        return numbers
    }
}

extension String {
    /// The string with `0`s before it up to `width` characters (`8` → `0008`, a code point's digits).
    func leftPadded(to width: Int) -> String { String(repeating: "0", count: max(0, width - count)) + self }
}
