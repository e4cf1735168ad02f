import IQMarkdown

/// `If you want to be a reliability engineer, study more from the optional list.` with `---` on
/// the next line: meant as a paragraph over a horizontal rule, but a line of hyphens right under
/// text underlines it, and Markdown shows the paragraph as a level 2 heading. A blank line before
/// the hyphens is what the author left out.
enum AccidentalHeadings {
    /// Whether `heading` is a paragraph that reads as one (a sentence closed by a full stop or
    /// an exclamation mark, twelve words or more, or several lines) underlined by a short run of
    /// hyphens, as a rule is written (`---`, up to `-----`); a title underlined to its length is
    /// a setext heading written on purpose. In a document that underlines its titles with such a
    /// run too (`推荐阅读` over `---`), an exclamation mark ends a title (`欢迎分享你在面试中遇见的问题！`).
    /// `titlesOverRules`: ``underlinesTitlesWithRules(_:)`` of the document, asked only of a
    /// sentence closed by an exclamation mark (worked out once per document by the caller).
    static func isParagraphOverRule(_ heading: Heading, in source: SourceText, titlesOverRules: @autoclosure () -> Bool) -> Bool {
        guard let reading = reading(of: heading, in: source) else { return false }
        if reading.isParagraph { return true }
        return reading.closesWithExclamation && !titlesOverRules()
    }

    /// Whether the document underlines a title with a short run of hyphens (`推荐阅读` over `---`):
    /// a setext level 2 heading over one that reads neither as a paragraph nor as an exclamation.
    static func underlinesTitlesWithRules(_ document: Document) -> Bool {
        document.headings.contains { heading in
            guard let reading = reading(of: heading, in: document.source) else { return false }
            return !reading.isParagraph && !reading.closesWithExclamation
        }
    }

    /// How a setext level 2 heading over a short run of hyphens reads: as a paragraph (several
    /// lines, long, or a sentence closed by a full stop), or closed by an exclamation mark; nil
    /// for any other heading.
    private static func reading(of heading: Heading, in source: SourceText) -> (isParagraph: Bool, closesWithExclamation: Bool)? {
        guard heading.isSetext, heading.level == 2, let underline = underlineLine(of: heading, in: source) else { return nil }
        let rule = source.lineText(underline).trimmed { $0 == " " || $0 == "\t" }
        guard rule.count <= maximumRuleLength, rule.allSatisfy({ $0 == "-" }) else { return nil }
        let text = heading.text.trimmed { $0 == " " || $0 == "\t" }
        let spansLines = source.line(containing: heading.contentRange.start) < underline - 1
        let words = text.split(whereSeparator: \.isWhitespace).count
        let ideographs = text.unicodeScalars.count(where: HanCharacters.isCJKLetter)
        let isLong = words >= 12 || ideographs >= 30
        let isSentenceLong = words >= 6 || ideographs >= 12
        let closesWithFullStop = [".", "。"].contains { text.hasSuffix($0) } && isSentenceLong
        let closesWithExclamation = ["!", "！"].contains { text.hasSuffix($0) } && isSentenceLong
        // `Where:` or `(mu) is the mean.` over a lone `-`: a lead-in or a sentence over the
        // bullet its author began, whatever its length (a title is seldom underlined with one `-`).
        let leadsIntoABullet = rule == "-" && [":", "：", ".", "。", ",", "，"].contains { text.hasSuffix($0) }
        return (spansLines || isLong || closesWithFullStop || leadsIntoABullet, closesWithExclamation)
    }

    /// `![](…/resnet.jpg)` with `=======` (or `---`) right under it: images and nothing to read,
    /// underlined. No one titles a section with an image alone: the line under it is a merge
    /// conflict's separator left behind, or a rule that lacks its blank line, and Markdown shows
    /// the image as a heading with no text.
    static func isImageOverUnderline(_ heading: Heading) -> Bool {
        heading.isSetext && heading.text.allSatisfy(\.isWhitespace) && heading.content.links.contains(where: \.isImage)
    }

    /// `## ![image](…/banner.png)`: a banner set in a heading's size, images and nothing else
    /// (their alt texts aside); no section title.
    static func isImagesOnly(_ heading: Heading) -> Bool {
        // `#### <img src="img/Stein2.png" alt="…">`: an HTML picture, the text empty.
        if heading.content.links.isEmpty, heading.text.allSatisfy(\.isWhitespace), !heading.content.inlineHTML.isEmpty,
           heading.content.inlineHTML.allSatisfy({ $0.lowercased().hasPrefix("<img") }) { return true }
        let links = heading.content.links
        guard !links.isEmpty, links.allSatisfy(\.isImage) else { return false }
        var rest = heading.text
        for link in links { if let range = rest.range(of: link.text) { rest.removeSubrange(range) } }
        return rest.allSatisfy(\.isWhitespace)
    }

    /// ` # [SUN RGB-D](https://…) - A RGB-D benchmark`: an entry of a list, its `*` typed as `#`,
    /// which Markdown shows as a heading: indented by a space or more, a link opening it and a
    /// description after a dash or a colon. No outline level.
    static func isEntryInHeadingSize(_ heading: Heading, in source: SourceText) -> Bool {
        guard !heading.isSetext, let link = heading.content.links.first, !link.isImage else { return false }
        let lineStart = source.lineRange(source.line(containing: heading.range.start)).start
        let indent = source.string(in: SourceRange(lineStart, heading.range.start))
        let written = source.lineText(source.line(containing: heading.range.start))
        guard indent.isEmpty ? written.first == " " : indent.allSatisfy({ $0 == " " }) else { return false }
        let beforeLink = source.string(in: SourceRange(heading.contentRange.start, max(heading.contentRange.start, link.range.start)))
        guard beforeLink.allSatisfy(\.isWhitespace), link.range.end < heading.contentRange.end else { return false }
        let after = source.string(in: SourceRange(link.range.end, heading.contentRange.end))
        return after.hasPrefix(" - ") || after.hasPrefix(" – ") || after.hasPrefix(" — ") || after.hasPrefix("：") || after.hasPrefix(": ")
    }

    /// `$$` / `h_\theta =` / `  =` / `\frac{1}{…}` / `$$`: a line of `=` inside a display formula,
    /// which Markdown (knowing no formulas) takes for an underline; GitHub renders the formula.
    static func isFormulaOverEquals(_ heading: Heading, in source: SourceText) -> Bool {
        heading.isSetext && heading.range.end > heading.range.start && MathSpans.contains(heading.range.end - 1, in: source)
    }

    /// `### ` with nothing after the marks: a heading left without its title.
    static func isUntitled(_ heading: Heading) -> Bool {
        // `# <img src="logo.png" alt="awesome windows">`, `## <a name="faq"></a>`: HTML shows a
        // picture or holds an anchor, which the plain text leaves out.
        !heading.isSetext && heading.text.allSatisfy(\.isWhitespace) && heading.content.links.isEmpty
            && !heading.content.inlineHTML.contains { !$0.hasPrefix("<!--") }
    }

    /// The line of the heading's hyphens.
    static func underlineLine(of heading: Heading, in source: SourceText) -> Int? {
        guard heading.range.end > heading.range.start else { return nil }
        return source.line(containing: heading.range.end - 1)
    }

    /// The longest run of hyphens read as a rule rather than an underline.
    static let maximumRuleLength = 5
}
