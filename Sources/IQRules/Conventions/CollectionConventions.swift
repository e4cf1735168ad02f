import IQCore
import IQMarkdown

/// What a collection does by habit, read from the document's own majority once before the rules
/// run: which lists hold questions, how answers are attached, how lists are numbered, which
/// link texts are labels, which query parameters are the maintainer's own campaign tags. Rules
/// judge deviations from it instead of one collection's habits; `iqlint conventions FILE`
/// prints it with the lines each inference comes from, and `.iqlint.yml`'s `conventions:`
/// replaces any of it.
public struct CollectionConventions: Sendable {
    public enum ListRole: String, Sendable {
        case questions
        case groupLabels = "group labels"
        case subPoints = "sub-points"
        case checklist
        case prose
        case notes
        case navigation
        case answerLinks = "answer links"
        /// Articles cited under `## References`, `**参考资料**`: sources, not questions.
        case references
        /// What to do, under `### Objectives`, `## Requirements`, `**Steps:**` (see `StepLists`).
        case steps
        /// `- 课程网站：<https://…>` / `- 课程教材：龙书`: the fields of one entry (see `FieldSheets`).
        case fields
    }

    public enum AnswerStyle: String, Sendable {
        /// Each question links to its answer.
        case perItem = "per-item"
        /// A section's questions share one answer link (after them, or on the heading).
        case perSection = "per-section"
        /// Questions without answers are the norm: nothing is missing.
        case none
    }

    /// What the items of the question lists are: questions (an interview bank), or names of
    /// things (an awesome-list, a book list, an index of pages), whose repeats across sections
    /// are the structure, not duplicates.
    public enum ItemKind: String, Sendable {
        case questions
        case names
        /// The document's lists are written answers (`#### Good to hear` under a `### What is…?`
        /// heading): its few question-shaped items are points of an answer, not a bank.
        case answerPoints = "answer points"
    }

    /// How many items of the question lists are phrased as questions, of how many that can be:
    /// what ``itemKind`` is read from.
    public struct Phrasing: Sendable, Equatable {
        public let phrased: Int
        public let total: Int

        public var summary: String { "\(phrased) of \(total) items of the question lists are phrased as questions" }

        /// Too few items to tell a bank from a list of names, and fewer than one in five asks:
        /// the lists may well be an article's notes (`- 异或的规律`).
        public var mayNameThings: Bool { total < ConventionInference.fewestItemsToTellNames && phrased * 5 < total }
    }

    public enum Numbering: String, Sendable {
        case ordered
        case one
        case oneOrOrdered = "one-or-ordered"
    }

    /// One line of `iqlint conventions`: what was inferred and the lines it was read from.
    public struct Inference: Sendable {
        public let topic: String
        public let value: String
        public let evidence: String
        public let lines: [Int]
        public let isOverridden: Bool
    }

    /// The role of every list, by `MarkdownList.index`.
    public let roles: [Int: ListRole]
    /// Lists after the first table of contents start here (the lists before are the introduction).
    public let introductionEnd: Int
    public let answerStyle: AnswerStyle
    /// Headings (by index; -1 for text before any heading) whose section has one answer link for all of its questions.
    public let sectionsWithAnswerLink: Set<Int>
    public let numbering: Numbering
    /// Bullets that carry a number in their text (`- 2. 如何…`) are the document's numbering style.
    public let numbersInsideBullets: Bool
    /// Question lists without a single link that still belong to the linked questions (numbered,
    /// continuing a linked list, or nested in one), by `MarkdownList.index`.
    public let unlinkedButAnswered: Set<Int>
    /// Lower-cased link texts used as labels on many items.
    public let labels: Set<String>
    /// `name=value` (name lower-cased) of query parameters the collection repeats on its own links.
    public let campaignParameters: Set<String>
    /// Fewer than one in five items of the question lists phrased as questions (of eight or
    /// more): names.
    public let itemKind: ItemKind
    public let phrasing: Phrasing
    public let inferences: [Inference]

    /// The conventions of `file`, computed once and shared by every rule.
    public static func of(_ file: MarkdownFile) -> CollectionConventions {
        file.derived.value(CollectionConventions.self) { overrides in
            Timings.measure("conventions › inference") {
                ConventionInference(document: file.document, overrides: overrides,
                                    isProjectDocument: ProjectDocuments.holdsNotes(file.path)).conventions
            }
        }
    }

    public func role(of list: MarkdownList) -> ListRole { roles[list.index] ?? .prose }

    /// True when the section holding `offset` has one answer link for all its questions.
    public func hasSectionAnswerLink(at offset: Int, in document: Document) -> Bool {
        if sectionsWithAnswerLink.isEmpty { return false }
        return sections.isWithin(sectionsWithAnswerLink, offset: offset)
    }

    /// The document's heading tree, built once.
    let sections: SectionTree
    /// The shape of every item, by list index then position in the list.
    let shapes: [Int: [ItemShape]]

    func shape(of item: ListItem, in list: MarkdownList) -> ItemShape {
        shapes[list.index].flatMap { item.indexInList < $0.count ? $0[item.indexInList] : nil } ?? ItemShape.of(item, labels: labels)
    }

    init(roles: [Int: ListRole], introductionEnd: Int, answerStyle: AnswerStyle, sectionsWithAnswerLink: Set<Int>,
         numbering: Numbering, numbersInsideBullets: Bool, labels: Set<String>, unlinkedButAnswered: Set<Int>, campaignParameters: Set<String>,
         itemKind: ItemKind, phrasing: Phrasing, inferences: [Inference], sections: SectionTree, shapes: [Int: [ItemShape]]) {
        self.roles = roles
        self.introductionEnd = introductionEnd
        self.answerStyle = answerStyle
        self.sectionsWithAnswerLink = sectionsWithAnswerLink
        self.numbering = numbering
        self.numbersInsideBullets = numbersInsideBullets
        self.labels = labels
        self.unlinkedButAnswered = unlinkedButAnswered
        self.campaignParameters = campaignParameters
        self.itemKind = itemKind
        self.phrasing = phrasing
        self.inferences = inferences
        self.sections = sections
        self.shapes = shapes
    }
}
