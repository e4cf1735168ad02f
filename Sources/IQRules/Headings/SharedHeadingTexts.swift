import IQCore
import IQMarkdown

/// `### See also:` closing chapter after chapter of a book: a heading written the same way,
/// its mark included, in three files of the collection or more, and more often than without
/// the mark, is how the collection writes it, not one page's slip.
struct SharedHeadingTexts: Sendable {
    /// The texts (lowercased, spaces trimmed) the collection's files share, each with its mark.
    let texts: Set<String>

    /// Files a heading must stand in, written alike, to be the collection's.
    static let minimumFiles = 3

    static func of(_ collection: [MarkdownFile], marks: Set<Character>) -> SharedHeadingTexts {
        var files: [String: Int] = [:]
        for file in collection {
            var seen = Set<String>()
            for heading in file.document.headings {
                let text = key(heading.text)
                if seen.insert(text).inserted { files[text, default: 0] += 1 }
            }
        }
        let shared = files.filter { text, count in
            guard count >= minimumFiles, let last = text.last, marks.contains(last) else { return false }
            return count >= files[String(text.dropLast()).trimmedWhitespace, default: 0]
        }
        return SharedHeadingTexts(texts: Set(shared.keys))
    }

    func contains(_ heading: Heading) -> Bool { texts.contains(Self.key(heading.text)) }

    private static func key(_ text: String) -> String { text.trimmedWhitespace.lowercased() }
}
