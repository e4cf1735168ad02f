import IQDedup
import IQMarkdown

extension DuplicateQuestionRule {
    /// The web page (`webPage(of:)`) of every question of `partners`, worked out once per
    /// question, on every core: a question with several copies is each copy's partner.
    struct QuestionWebPages: Sendable {
        private let pages: [Int: String]

        init(_ partners: [Int: [DuplicatePair]], entries: QuestionSet) {
            var involved = Set(partners.keys)
            for pair in partners.values.joined() { involved.insert(pair.a); involved.insert(pair.b) }
            let indices = involved.sorted()
            var pages: [Int: String] = [:]
            for piece in Parallel.mapRanges(of: indices.count, minimumLength: findingsPerPiece, { range in
                indices[range].compactMap { index in webPage(of: entries[index]).map { (index, $0) } }
            }) {
                for (index, page) in piece { pages[index] = page }
            }
            self.pages = pages
        }

        subscript(index: Int) -> String? { pages[index] }
    }
}
