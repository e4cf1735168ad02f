import IQCore
import IQMarkdown

/// Repeats a collection makes on purpose, by the shape of its lists rather than its headings.
extension DuplicateLinkRule {
    /// Start offsets of the label links (`[点击查看答案](…)`) among `candidates` that repeat the
    /// link of the item they are nested in or directly follow: the file's way of pointing at
    /// the answer of that item, not a second entry.
    static func answerLinkRepeats(among candidates: Set<Int>, in file: MarkdownFile) -> Set<Int> {
        var repeats = Set<Int>()
        for list in file.document.lists {
            for (position, item) in list.items.enumerated() {
                guard let title = ListItemSupport.firstOutwardLink(of: item) else { continue }
                let following = position + 1 < list.items.count ? [list.items[position + 1]] : []
                for answerItem in following + item.nestedLists.flatMap(\.items) {
                    guard let answer = ListItemSupport.firstOutwardLink(of: answerItem), candidates.contains(answer.range.start),
                          let identity = identity(of: answer.destination), identity == Self.identity(of: title.destination) else { continue }
                    repeats.insert(answer.range.start)
                }
            }
        }
        return repeats
    }

    /// The ranges of the items that name a group of the entries nested under them
    /// (`* HTTP Client` over its list), in source order: categories as headings are.
    static func groupLabelRanges(in document: Document) -> [SourceRange] {
        document.lists.flatMap { list in
            list.items.filter { ConventionInference.isGroupLabel($0, labels: []) }.map(\.range)
        }
    }

    /// The innermost group-label item around `offset` (an index into `ranges`), if any.
    static func groupLabel(around offset: Int, in ranges: [SourceRange]) -> Int? {
        ranges.indices.last { ranges[$0].start <= offset && offset < ranges[$0].end }
    }
}
