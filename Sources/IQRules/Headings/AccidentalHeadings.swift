import IQMarkdown

/// `If you want to be a reliability engineer, study more from the optional list.` with `---` on
/// the next line: meant as a paragraph over a horizontal rule, but a line of hyphens right under
/// text underlines it, and Markdown shows the paragraph as a level 2 heading. A blank line before
/// the hyphens is what the author left out.
enum AccidentalHeadings {
    /// Whether `heading` is a paragraph that reads as one (a sentence closed by a full stop or
    /// an exclamation mark, twelve words or more, or several lines) underlined by a short run of
    /// hyphens, as a rule is written (`---`, up to `-----`); a title underlined to its length is
    /// a setext heading written on purpose.
    static func isParagraphOverRule(_ heading: Heading, in source: SourceText) -> Bool {
        guard heading.isSetext, heading.level == 2, let underline = underlineLine(of: heading, in: source) else { return false }
        let rule = source.lineText(underline).trimmed { $0 == " " || $0 == "\t" }
        guard rule.count <= maximumRuleLength, rule.allSatisfy({ $0 == "-" }) else { return false }
        let text = heading.text.trimmed { $0 == " " || $0 == "\t" }
        let spansLines = source.line(containing: heading.contentRange.start) < underline - 1
        let words = text.split(whereSeparator: \.isWhitespace).count
        let ideographs = text.unicodeScalars.count(where: HanCharacters.isCJKLetter)
        let isLong = words >= 12 || ideographs >= 30
        let closesASentence = [".", "。", "!", "！"].contains { text.hasSuffix($0) } && (words >= 6 || ideographs >= 12)
        return spansLines || isLong || closesASentence
    }

    /// The line of the heading's hyphens.
    static func underlineLine(of heading: Heading, in source: SourceText) -> Int? {
        guard heading.range.end > heading.range.start else { return nil }
        return source.line(containing: heading.range.end - 1)
    }

    /// The longest run of hyphens read as a rule rather than an underline.
    static let maximumRuleLength = 5
}
