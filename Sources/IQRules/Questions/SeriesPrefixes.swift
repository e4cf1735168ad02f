import IQMarkdown

/// `[JavaScript深入之执行上下文栈](…/issues/4)` and `[JavaScript深入之执行上下文](…/issues/8)` in a list
/// whose titles open with `JavaScript深入之` three times or more: articles of one series, each
/// named by its topic after the series' name and linking its own page. Topics of a series overlap
/// (a stack of execution contexts, and execution contexts); the articles are two.
enum SeriesPrefixes {
    /// How many titles of the list must open with the series' name.
    static let minimumTitles = 3

    static func areArticlesOfOneSeries(_ first: QuestionEntry, _ second: QuestionEntry) -> Bool {
        guard first.file.path == second.file.path, !asks(first.text), !asks(second.text),
              let prefix = seriesName(first.text, second.text) else { return false }
        let places = OutlinePlaces.of(first.file)
        guard let a = places.innermost(at: first.range.start), let b = places.innermost(at: second.range.start),
              a.list.index == b.list.index,
              let linkA = a.item.links.first(where: { !$0.isImage }), let linkB = b.item.links.first(where: { !$0.isImage }),
              linkA.destination != linkB.destination else { return false }
        return a.list.items.count(where: { $0.text.hasPrefix(prefix) }) >= minimumTitles
    }

    /// The longest start both texts share, cut back to its last separator (`之`, `：`, `:`, `-`,
    /// `|`, `—`, `·`), when it holds three characters or more before it; nil otherwise.
    static func seriesName(_ first: String, _ second: String) -> String? {
        let shared = zip(first, second).prefix { $0 == $1 }.map(\.0)
        guard let end = shared.lastIndex(where: separators.contains), end >= 3, end < min(first.count, second.count) - 1 else { return nil }
        return String(shared[...end])
    }

    private static let separators: Set<Character> = ["之", "：", ":", "-", "|", "—", "·"]

    /// A title that asks (`…？`) is a question, whatever series it is in.
    private static func asks(_ text: String) -> Bool {
        guard let last = Substring(text).trimmingSuffix(while: { $0 == " " }).last else { return false }
        return last == "?" || last == "？"
    }
}
