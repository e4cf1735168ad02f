import IQMarkdown

/// What a page shows first. A heading with nothing shown above it but decoration is the page's
/// title whatever its level (`## AWS Route 53 - Health Checks` over `## Requirements`); after a
/// paragraph or a list it is one section among others.
enum DocumentOpening {
    /// Whether `heading` is the document's first block: only blank lines, front matter (never
    /// parsed), HTML comments and images or badges come before it.
    static func opens(with heading: Heading, _ document: Document) -> Bool {
        // `title: Topics` in the front matter: the site shows that title, and the first heading is a section.
        if hasTitleInFrontMatter(document.source) { return false }
        for block in document.blocks {
            switch block {
            case .heading(let first): return first.range == heading.range
            case .html(let html) where showsNoText(html.html): continue
            case .paragraph(let paragraph) where isOnlyImages(paragraph.content): continue
            default: return false
            }
        }
        return false
    }

    /// A `title:` (or `title =`) line in the document's front matter.
    static func hasTitleInFrontMatter(_ source: SourceText) -> Bool {
        guard let range = FrontMatter.range(in: source) else { return false }
        let lines = source.string(in: range).split(whereSeparator: \.isNewline)
        return lines.contains { line in
            guard let separator = line.firstIndex(where: { $0 == ":" || $0 == "=" }) else { return false }
            let key = String(line[..<separator]).trimmed(where: isQuoteOrSpace)
            return key.lowercased() == "title"
        }
    }

    private static func isQuoteOrSpace(_ character: Character) -> Bool {
        character == " " || character == "\"" || character == "'"
    }

    /// `<!-- toc -->`, `<p align="center"><img src="logo.png"></p>`: comments and tags only.
    static func showsNoText(_ html: String) -> Bool {
        var rest = Substring(html)
        while let first = rest.first {
            if rest.hasPrefix("<!--") {
                guard let end = rest.range(of: "-->") else { return true }
                rest = rest[end.upperBound...]
            } else if first == "<" {
                guard let end = rest.firstIndex(of: ">") else { return false }
                rest = rest[rest.index(after: end)...]
            } else if first.isWhitespace {
                rest = rest.dropFirst()
            } else {
                return false
            }
        }
        return true
    }

    /// `[![CI](ci.svg)](ci) [![License](l.svg)](l)`: the rendered text is the images' alt texts.
    static func isOnlyImages(_ content: InlineContent) -> Bool {
        var rest = content.text
        for image in content.links where image.isImage {
            if let range = rest.range(of: image.text) { rest.removeSubrange(range) }
        }
        return rest.allSatisfy(\.isWhitespace)
    }
}
