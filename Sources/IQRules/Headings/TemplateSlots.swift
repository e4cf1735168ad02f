import IQCore
import IQMarkdown

/// `## 其他语言版本` over `### Java`, `### Go`, `### Rust` at the end of article after article:
/// headings the collection repeats, under the same parent heading, in three files or more are
/// the slots of a template its files share, some left empty until someone contributes one.
/// A heading's place is its path of headings above it, the page's `#` title left out (each
/// page has its own).
struct TemplateSlots: Sendable {
    /// For each place (`其他语言版本 › go`), the number of files holding it.
    let files: [String: Int]

    /// Files a heading's place must stand in to be a slot of the template.
    static let minimumFiles = 3

    static func of(_ collection: [MarkdownFile]) -> TemplateSlots {
        var files: [String: Int] = [:]
        for file in collection {
            for place in Set(places(in: file.document).values) { files[place, default: 0] += 1 }
        }
        return TemplateSlots(files: files.filter { $0.value >= minimumFiles })
    }

    /// How many files hold `heading`'s place (`places`: ``places(in:)`` of its document), when
    /// it is a slot; nil otherwise.
    func fileCount(of heading: Heading, places: [Int: String]) -> Int? {
        guard !files.isEmpty, let place = places[heading.index] else { return nil }
        return files[place]
    }

    /// How many files hold a heading titled `text` right under `heading` (`## Complexities` ›
    /// `### Time Complexity`), when that is a slot; nil otherwise.
    func fileCount(ofChild text: String, under heading: Heading, places: [Int: String]) -> Int? {
        guard !files.isEmpty, let place = places[heading.index] else { return nil }
        return files[place + " › " + HeadingText.normalized(text)]
    }

    /// Each heading's place, by ``Heading/index``: the normalised texts of the headings it
    /// stands under and its own, joined; level 1 headings are titles and have none.
    static func places(in document: Document) -> [Int: String] {
        var result: [Int: String] = [:]
        var open: [(level: Int, text: String)] = []
        for heading in document.headings {
            while let last = open.last, last.level >= heading.level { open.removeLast() }
            guard heading.level > 1 else { continue }
            let text = HeadingText.normalized(heading.text)
            open.append((heading.level, text))
            result[heading.index] = open.map(\.text).joined(separator: " › ")
        }
        return result
    }
}
