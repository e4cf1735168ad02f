/// The text GitHub makes a heading's anchor from: the heading's text nodes. An image's alt text
/// is an attribute of `<img>`, not text, so `# Foo [![Badge](b.svg)](url)` has the anchor
/// `#foo-` (the space before the badge stays), not `#foo-badge`.
enum HeadingAnchorText {
    /// `heading.text` without the alt text of its images; nil when that is `heading.text`. Only
    /// headings with an image are rendered again: their Markdown without images, links reduced
    /// to their text (a reference link would not resolve on its own).
    static func textWithoutImages(of heading: Heading, in source: SourceText) -> String? {
        let links = heading.content.links.sorted { $0.range < $1.range }
        guard links.contains(where: \.isImage) else { return nil }
        var edits: [(range: SourceRange, replacement: String)] = []
        var removedAltText = 0
        var insideImageUntil = 0
        for link in links where link.range.start >= insideImageUntil {
            if link.isImage {
                edits.append((link.range, ""))
                removedAltText += link.text.unicodeScalars.count
                insideImageUntil = link.range.end
            } else if link.kind == .inline || link.kind == .reference, let text = link.textRange {
                edits.append((SourceRange(link.range.start, text.start), ""))
                edits.append((SourceRange(text.end, link.range.end), ""))
            }
        }
        edits += lineBreaks(in: heading.contentRange, of: source).map { ($0, " ") }
        var markdown = ""
        var offset = heading.contentRange.start
        for edit in edits.sorted(by: { $0.range < $1.range }) where edit.range.start >= offset {
            markdown += source.string(in: SourceRange(offset, edit.range.start)) + edit.replacement
            offset = edit.range.end
        }
        markdown += source.string(in: SourceRange(offset, max(offset, heading.contentRange.end)))
        // A setext heading inside a quote or list carries the container's markers on its later
        // lines: when the text is not the old one minus the alt texts, the old one stays.
        guard let rendered = renderedAsHeading(markdown),
              rendered.unicodeScalars.count + removedAltText == heading.text.unicodeScalars.count else { return nil }
        return rendered
    }

    /// The line breaks of a setext heading with the spaces and tabs around them, which render
    /// as one space.
    private static func lineBreaks(in range: SourceRange, of source: SourceText) -> [SourceRange] {
        let bytes = source.bytes
        var result: [SourceRange] = []
        var index = range.start
        while index < range.end {
            guard bytes[index] == UInt8(ascii: "\n") || bytes[index] == UInt8(ascii: "\r") else { index += 1; continue }
            var start = index
            while start > range.start, bytes[start - 1] == UInt8(ascii: " ") || bytes[start - 1] == UInt8(ascii: "\t") { start -= 1 }
            var end = index + 1
            while end < range.end, [UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r")].contains(bytes[end]) { end += 1 }
            result.append(SourceRange(start, end))
            index = end
        }
        return result
    }

    /// The plain text of one line of `markdown` as an ATX heading. No-break spaces around it
    /// stand for the line's ends: they keep the spaces next to a removed image,
    /// a trailing `#` from being read as a closing sequence, and emphasis flanking as it was.
    private static func renderedAsHeading(_ markdown: String) -> String? {
        let blocks = CmarkConverter.blocks(of: SourceText("# \u{A0}" + markdown + "\u{A0}\n")).blocks
        guard blocks.count == 1, case .heading(let heading) = blocks[0] else { return nil }
        var scalars = heading.text.unicodeScalars
        guard scalars.first == "\u{A0}", scalars.last == "\u{A0}" else { return nil }
        scalars.removeFirst()
        scalars.removeLast()
        return String(scalars)
    }
}
