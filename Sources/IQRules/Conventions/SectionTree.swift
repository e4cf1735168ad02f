import IQMarkdown

/// Each heading's parent heading, so that "which sections hold this offset" costs a binary
/// search and a walk up instead of a scan of every heading.
struct SectionTree: Sendable {
    private let starts: [Int]
    private let parents: [Int]

    init(_ document: Document) {
        starts = document.headings.map(\.range.start)
        var parents: [Int] = []
        var stack: [Heading] = []
        for heading in document.headings {
            while let last = stack.last, last.level >= heading.level { stack.removeLast() }
            parents.append(stack.last?.index ?? -1)
            stack.append(heading)
        }
        self.parents = parents
    }

    /// True when `offset` lies in the section of one of `headings` (-1: text before any heading).
    func isWithin(_ headings: Set<Int>, offset: Int) -> Bool {
        guard !headings.isEmpty else { return false }
        var current = starts.partitionIndex { $0 > offset } - 1
        if current < 0 { return headings.contains(-1) }
        var steps = 0
        while current >= 0, steps <= starts.count {
            if headings.contains(current) { return true }
            current = parents[current]
            steps += 1
        }
        return false
    }
}
