import IQCore
import IQMarkdown

/// Whether a collection's files name things, read from the files with items enough to tell
/// (`ConventionInference.fewestItemsToTellNames` in their question lists). A file of a few title
/// links (`networks/README.md` listing five papers, one titled `Can SPDY Really Make the Web
/// Faster?`) cannot tell a small bank from a list of names by itself; among ninety files that
/// all list papers, it lists papers too.
struct CollectionNaming {
    /// Files that can tell and name things, and files that can tell and ask questions.
    let namingFiles: Int
    let askingFiles: Int

    /// Named-thing files it takes, and how many times the asking files they must outnumber.
    static let fewestNamingFiles = 3
    static let majorityFactor = 3

    init(_ files: [MarkdownFile]) {
        var naming = 0, asking = 0
        for file in files {
            let conventions = CollectionConventions.of(file)
            guard conventions.phrasing.total >= ConventionInference.fewestItemsToTellNames else { continue }
            switch conventions.itemKind {
            case .names: naming += 1
            case .questions: asking += 1
            case .answerPoints: continue
            }
        }
        namingFiles = naming
        askingFiles = asking
    }

    /// Whether the files that can tell name things, clearly.
    var namesThings: Bool { namingFiles >= Self.fewestNamingFiles && namingFiles > askingFiles * Self.majorityFactor }

    /// Whether `file` lists names: its own conventions say so, or fewer than half of its items
    /// ask anything and the collection names things (a file too short to tell, or a reading list
    /// whose article titles are often questions: `What's Functional Programming All About?`).
    func listsNames(_ file: MarkdownFile) -> Bool {
        let conventions = CollectionConventions.of(file)
        if conventions.itemKind == .names { return true }
        return isReadByTheCollection(conventions)
    }

    /// Whether the file's verdict is the collection's rather than its own (for the help line).
    func isReadByTheCollection(_ conventions: CollectionConventions) -> Bool {
        namesThings && conventions.itemKind == .questions && conventions.phrasing.phrased * 2 < conventions.phrasing.total
    }

    /// The evidence, for a help line.
    var summary: String { "\(namingFiles) of the collection's files name things, \(askingFiles) ask questions" }
}
