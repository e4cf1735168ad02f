import IQMarkdown

/// A heading that styles a line instead of opening a section: small print under the title
/// (`###### Built and maintained by our [Steering Committee](#steering-committee)`) or a notice
/// (`#### Please read [contributing guidelines](./contributing.md) before submitting.`). It
/// skips levels for its size, nothing stands under it before a shallower heading, and it reads
/// as a sentence: it links somewhere, or it ends with a full stop after four words or more.
enum NoticeHeadings {
    static func isNotice(_ heading: Heading, after previous: Heading, before next: Heading, in source: SourceText) -> Bool {
        guard heading.level > previous.level + 1, next.level < heading.level, heading.range.end <= next.range.start,
              source.string(in: SourceRange(heading.range.end, next.range.start)).split(separator: "\n").allSatisfy(isBlankOrRule) else { return false }
        // `###### Thanks to all who create these One Liners❤️` right under the `#` title: a
        // byline in the smallest size.
        return !heading.content.links.isEmpty || isSentence(heading.text) || heading.level >= 5 && previous.level == 1 && previous.index == 0
    }

    /// `#### *If you see a project … please submit a pull request. Thank you!*` closing the page:
    /// the same small print as the last heading, nothing but blank lines or a rule after it.
    static func isClosingNotice(_ heading: Heading, after previous: Heading, in document: Document) -> Bool {
        let source = document.source
        guard heading.index == document.headings.count - 1, heading.level > previous.level + 1,
              heading.range.end <= source.bytes.count,
              source.string(in: SourceRange(heading.range.end, source.bytes.count)).split(separator: "\n").allSatisfy(isBlankOrRule) else { return false }
        return !heading.content.links.isEmpty || isSentence(heading.text)
    }

    /// A heading of level 5 or 6 right under the page's `#` title (nothing between them), the
    /// only heading of its level: the title's subtitle, set in a small size.
    static func isSubtitle(_ heading: Heading, after previous: Heading, in document: Document) -> Bool {
        guard heading.level >= 5, previous.level == 1, previous.index == 0, heading.index == 1, previous.range.end <= heading.range.start,
              document.source.string(in: SourceRange(previous.range.end, heading.range.start)).allSatisfy(\.isWhitespace) else { return false }
        return document.headings.count { $0.level == heading.level } == 1
    }

    /// Whitespace, a horizontal rule (`---`, `***`) drawn under the small print, or a spacer
    /// that shows nothing (`<br>`, `<br/>`, `<p></p>`).
    private static func isBlankOrRule(_ line: Substring) -> Bool {
        let marks = line.filter { !$0.isWhitespace }
        if ["<br>", "<br/>", "<p></p>", "&nbsp;"].contains(marks.lowercased()) { return true }
        return marks.isEmpty || marks.count >= 3 && (marks.allSatisfy { $0 == "-" } || marks.allSatisfy { $0 == "*" } || marks.allSatisfy { $0 == "_" })
    }

    /// `WHEN GIVEN A FILE TO WORK WITH, DO NOT FORGET TO RUN THIS STEGHIDE WITH AN EMPTY PASSWORD!`:
    /// a sentence of six words or more in capitals, a warning set in a heading's size to shout,
    /// not a section's title.
    static func isShoutedSentence(_ text: String) -> Bool {
        let letters = text.filter(\.isLetter)
        guard letters.count >= 20, !letters.contains(where: \.isLowercase), letters.contains(where: \.isUppercase) else { return false }
        return text.split(whereSeparator: \.isWhitespace).count >= 6
    }

    /// Four words or more, ending with a full stop or an exclamation mark.
    static func isSentence(_ text: String) -> Bool {
        let trimmed = text.trimmedWhitespace
        guard let last = trimmed.last, ".。!！".contains(last), !trimmed.hasSuffix("..") else { return false }
        let words = trimmed.split(whereSeparator: \.isWhitespace).count
        return words >= 4 || trimmed.unicodeScalars.count(where: HanCharacters.isCJKLetter) >= 8
    }
}
