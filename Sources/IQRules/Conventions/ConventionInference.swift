import IQCore
import IQMarkdown

/// Reads a document's conventions from its majority (see `CollectionConventions`). Loops are
/// bounded by the number of lists, items and links; nothing recurses.
struct ConventionInference {
    let document: Document
    let overrides: ConventionOverrides
    /// A changelog or a template of `.github/` (`ProjectDocuments`): its lists are notes.
    var isProjectDocument = false

    var conventions: CollectionConventions {
        let source = document.source
        var inferences: [CollectionConventions.Inference] = []
        func line(_ offset: Int) -> Int { source.reportedLine(containing: offset) }

        // Link texts used as labels; meanwhile, on another core, what does not depend on them.
        let (labelResult, layout) = Parallel.both({ inferLabels() }, { Layout(self) })
        let labels = overrides.strings("labels").map { Set($0.map(AnswerLabels.normalized)) } ?? labelResult.labels
        inferences.append(.init(topic: "labels", value: labels.isEmpty ? "none" : labels.sorted().joined(separator: ", "),
                                evidence: labelResult.evidence, lines: labelResult.lines, isOverridden: overrides.strings("labels") != nil))

        // Roles of the lists, first by their own shape.
        let parents = layout.parents, parentLists = layout.parentLists
        let lists = document.lists
        var roles: [Int: CollectionConventions.ListRole] = [:]
        var weak: [MarkdownList] = []
        var shapes: [Int: [ItemShape]] = [:]
        let questionSections = overrides.strings("question-sections")?.map { $0.lowercased() } ?? []
        let detailsAnswers = DetailsAnswers(document)
        // Each item's shape depends on the item alone: all of them on every core first.
        // Whether each item is phrased as a question, on the same pass (see `phrasing`).
        let shapesAndPhrasing = Parallel.map(lists) { list in
            list.items.map { item in
                let shape = ItemShape.of(item, labels: labels)
                return (shape, Self.isPhrasedAsQuestion(item, shape: shape))
            }
        }
        var allShapes = shapesAndPhrasing.map { $0.map(\.0) }
        if !detailsAnswers.isEmpty {
            for (listNumber, list) in lists.enumerated() {
                for item in list.items where detailsAnswers.contains(item.range.start) { allShapes[listNumber][item.indexInList] = .answerPoint }
            }
        }
        var phrasedItems: [Int: [Bool?]] = [:]
        for (list, items) in zip(lists, shapesAndPhrasing) { phrasedItems[list.index] = items.map(\.1) }
        if isProjectDocument {
            inferences.append(.init(topic: "document", value: "project file",
                                    evidence: "a changelog, a meeting's minutes or a template under .github/: its lists are notes, not questions",
                                    lines: [], isOverridden: false))
        }
        for (list, itemShapes) in zip(lists, allShapes) {
            shapes[list.index] = itemShapes
            if isProjectDocument { roles[list.index] = .notes; continue }
            let parent = parents[list.index]
            let parentRole = parentLists[list.index].flatMap { roles[$0] }
            if parentRole == .navigation || QuestionLists.isTableOfContents(list) { roles[list.index] = .navigation; continue }
            let counted = itemShapes.filter { $0 != .empty }
            let tasks = counted.filter { $0 == .task }.count
            if !counted.isEmpty, tasks * 2 >= counted.count { roles[list.index] = .checklist; continue }
            // Unlinked tasks, each followed by the links that help with it (`- [ ] **Contrast:** …`
            // then `- 🛠 [Contrast Checker](…)`): a checklist whose links are resources, not
            // questions. A quarter of the items at least: two `- [ ] 待补充` among fifty linked
            // questions leave them questions.
            if tasks >= 2, tasks * 4 >= counted.count, zip(list.items, itemShapes).allSatisfy({ item, shape in
                shape == .task ? !item.links.contains { !$0.isImage && $0.fragmentOnly == nil } : shape == .linked || shape == .empty
            }) {
                roles[list.index] = .checklist
                continue
            }
            // A list in a block quote is a callout (notes, notices), not the collection's content.
            if let first = list.items.first, ListItemSupport.linePrefix(of: first, in: source).contains(">") {
                roles[list.index] = .notes
                continue
            }
            if let parent, !parent.paragraphs.isEmpty, !Self.isGroupLabel(parent, labels: labels) {
                // Under a question, questions are its sub-questions (`2.1 QLoRA 的思路是什么？`);
                // anything else is its sub-points.
                let questions = itemShapes.filter { $0 == .question }.count
                let leadIn = parent.text.trimmed(where: { $0 == " " }).last.map { $0 == ":" || $0 == "：" } ?? false
                // After a paragraph of the parent's answer, the list is part of that answer.
                let isOutline = QuestionOutline.isOutline(list, of: parent)
                roles[list.index] = questions * 2 > counted.count && !counted.isEmpty && !leadIn && isOutline ? .questions : .subPoints
                continue
            }
            // `### Objectives`, `## Requirements`, `**Steps:**` over the list: an exercise's steps,
            // unless most items ask something.
            if StepLists.isUnderStepsTitle(list, in: document), itemShapes.filter({ $0 == .question }).count * 2 <= counted.count {
                roles[list.index] = .steps
                continue
            }
            // `In the part 5, we covered —` over `1. Caching` / `2. Indexing`: a sentence leading into
            // the few words it enumerates, no links among them: the text's own points.
            if Self.enumeratesTheSentenceAbove(list, in: document.source) { roles[list.index] = .prose; continue }
            // `4. Treat question submissions like code by:` / `  * Leveraging …` / `5. Once we know …`:
            // bullets indented too little to nest under the point above, and the points after them,
            // split off a list of prose on the very next line: the same outline, prose still.
            if let earlier = layout.previousSibling[list.index], roles[earlier] == .prose,
               document.source.line(containing: list.range.start) == document.source.line(containing: max(lists[earlier].range.start, lists[earlier].range.end - 1)) + 1 {
                roles[list.index] = .prose
                continue
            }
            // `- 课程网站：<https://…>` / `- 课程教材：龙书`: a course's or a paper's sheet of fields,
            // one entry described, not entries or questions.
            if FieldSheets.isSheet(list) { roles[list.index] = .fields; continue }
            if isInQuestionSection(list, questionSections) { roles[list.index] = .questions; continue }
            // `## 参考资料`, `**Additional links**` over the list: the articles it cites are the
            // section's sources; unless most items ask something, they are not questions.
            if ReferenceLists.isUnderCitationLabel(list, in: document),
               itemShapes.filter({ $0 == .question }).count * 2 <= counted.count {
                roles[list.index] = .references
                continue
            }
            // Inside a `<details>` answer, after its `</summary>` question: the answer's points.
            if detailsAnswers.contains(list.range.start) { roles[list.index] = .subPoints; continue }
            let groupLabels = list.items.filter { Self.isGroupLabel($0, labels: labels) }.count
            if groupLabels * 2 > list.items.count { roles[list.index] = .groupLabels; continue }
            let notes = counted.filter { $0 == .note }.count
            let answerLabels = counted.filter { $0 == .answerLabel }.count
            let strong = counted.filter { $0 == .linked || $0 == .question }.count
            let prose = counted.filter { $0 == .prose }.count
            let judged = counted.count - notes
            if counted.isEmpty || notes * 2 > counted.count { roles[list.index] = counted.isEmpty ? .prose : .notes }
            else if answerLabels == judged { roles[list.index] = .answerLinks }
            else if strong * 2 >= judged { roles[list.index] = .questions }
            else if prose * 2 > judged { roles[list.index] = .prose }
            else { weak.append(list) }
        }

        // How answers are attached, from the lists that are questions by their shape.
        // (A table of contents is a list of its own: a few anchors nested at the end of a list of
        // questions, `- 包` over `[常用官方包说明](#常用包)`, end no introduction.)
        let introductionEnd = lists.first { list in
            roles[list.index] == .navigation && (list.items.count > 1 || list.items.contains { !$0.nestedLists.isEmpty })
                && (list.depth == 0 || parentLists[list.index].map { roles[$0] == .navigation } == true)
        }.map(\.range.end) ?? 0
        var linked = 0, unlinked = 0
        var unlinkedOffsets: [Int] = []
        var linkedLines: [Int] = []
        for list in lists where roles[list.index] == .questions && list.range.start >= introductionEnd {
            for (item, shape) in zip(list.items, shapes[list.index] ?? []) {
                switch shape {
                case .linked: linked += 1; if linkedLines.count < 5 { linkedLines.append(line(item.markerRange.start)) }
                case .question, .phrase, .prose: unlinked += 1; unlinkedOffsets.append(item.range.start)
                default: break
                }
            }
        }
        let sectionLinks = sectionAnswerLinks(labels: labels, shapes: shapes)
        let sections = Set(sectionLinks.map(\.section))
        let tree = layout.tree
        let coveredUnlinked = unlinkedOffsets.filter { tree.isWithin(sections, offset: $0) }.count
        let inferredStyle: CollectionConventions.AnswerStyle
        let styleEvidence: String
        var styleLines: [Int] = []
        let total = linked + unlinked
        // Items of content lists: when questions are a small part of them, the document is
        // prose with some lists (answers written out, steps), not a question list to complete.
        let contentItems = lists.filter { list in
            guard let role = roles[list.index] else { return true }
            return role == .questions || role == .prose || role == .notes
        }.reduce(0) { $0 + $1.items.count }
        if total > 0, total * 4 < contentItems {
            inferredStyle = .none
            styleEvidence = "only \(total) of \(contentItems) list items are questions"
        } else if total > 0, linked * 10 >= total * 6, linked < Self.fewestAnswerLinksInAnArticle, ArticlePages.isArticle(document) {
            // An article's footer (`* **作者: [片刻](…)**`, `* [GitHub地址](…)`) or a few terms
            // linked to an encyclopedia are no answers its other lists lack.
            inferredStyle = .none
            styleEvidence = "an article (more paragraphs and code than linked items) with \(linked) linked items: too few to say its lists link answers"
        } else if total > 0, linked * 10 >= total * 6 {
            inferredStyle = .perItem
            styleEvidence = "\(linked) of \(total) question items link to an answer"
            styleLines = linkedLines
        } else if unlinked > 0, coveredUnlinked * 2 >= unlinked {
            inferredStyle = .perSection
            styleEvidence = "\(coveredUnlinked) of \(unlinked) unlinked questions sit in sections with one answer link"
            styleLines = Array(sectionLinks.prefix(5).map { line($0.offset) })
        } else {
            inferredStyle = .none
            styleEvidence = total == 0 ? "no question lists" : "only \(linked) of \(total) question items link anywhere"
        }
        let answerStyle = overrides.string("answers").flatMap(CollectionConventions.AnswerStyle.init) ?? inferredStyle
        inferences.append(.init(topic: "answers", value: answerStyle.rawValue, evidence: styleEvidence, lines: styleLines,
                                isOverridden: overrides.string("answers") != nil))

        // Lists of short phrases are questions where the document's questions are answered and
        // the list continues a question list or is numbered.
        let previousSibling = layout.previousSibling, introducedByLeadIn = layout.introducedByLeadIn
        for list in weak {
            let follows = previousSibling[list.index].map { roles[$0] == .questions } ?? false
            let insideQuestion = parentLists[list.index].map { roles[$0] == .questions } ?? false
            let isQuestions = !introducedByLeadIn.contains(list.index)
                && (answerStyle == .none ? list.isOrdered : list.isOrdered || follows || insideQuestion)
            roles[list.index] = isQuestions ? .questions : .prose
        }
        // Lists without any link that still belong to linked questions: numbered like them, right
        // after a linked list, or nested in a linked list's item. Elsewhere a list of unlinked
        // questions is prompts for the reader (questions to ask, to think about).
        func hasLinks(_ index: Int) -> Bool { (shapes[index] ?? []).contains(.linked) }
        var attached = Set<Int>()
        // Numbered like them: where the linked question lists are numbered too, or most items
        // ask (steps of a guide, `1. Learn the STAR format`, or an article's `1. 确定递推公式` …
        // `3. dp数组如何初始化`, in a page of bulleted links are no unlinked questions).
        let linkedQuestionLists = lists.filter { roles[$0.index] == .questions && hasLinks($0.index) }
        let linkedAreNumbered = linkedQuestionLists.isEmpty || linkedQuestionLists.filter(\.isOrdered).count * 2 > linkedQuestionLists.count
        // Bulleted links that hardly ever ask (`- Java 实现简单计算器：[https://…](…)`, a roadmap's
        // resources and projects) beside numbered questions (`#### 经典面试题` / `1. TCP 和 UDP 协议的区别？`):
        // the questions are the reader's self-check, answered by no link.
        lazy var linkedAsk = {
            let linked = Self.phrasing(of: linkedQuestionLists, phrased: phrasedItems)
            return linked.total == 0 || linked.phrased * 5 >= linked.total
        }()
        for list in lists where roles[list.index] == .questions && !hasLinks(list.index) {
            let follows = previousSibling[list.index].map(hasLinks) ?? false
            let nested = parentLists[list.index].map(hasLinks) ?? false
            let asking = (shapes[list.index] ?? []).filter { $0 == .question }.count
            let numberedLikeThem = list.isOrdered && (linkedAreNumbered || asking * 2 > list.items.count && linkedAsk)
            if numberedLikeThem || follows || nested { attached.insert(list.index) }
        }
        // Whether the question lists ask questions or name resources (an awesome-list, a book
        // list, an index of pages): the share of their items phrased as questions.
        let phrasing = Self.phrasing(of: lists.filter { roles[$0.index] == .questions && $0.range.start >= introductionEnd },
                                     phrased: phrasedItems)
        var roleLines: [CollectionConventions.ListRole: [Int]] = [:]
        for list in lists { roleLines[roles[list.index] ?? .prose, default: []].append(line(list.range.start)) }
        for role in [CollectionConventions.ListRole.questions, .groupLabels, .subPoints, .checklist, .prose, .notes, .navigation, .answerLinks, .references, .steps, .fields] {
            guard let found = roleLines[role] else { continue }
            inferences.append(.init(topic: "lists: \(role.rawValue)", value: "\(found.count) list\(found.count == 1 ? "" : "s")",
                                    evidence: "", lines: found, isOverridden: false))
        }
        if !sectionLinks.isEmpty {
            inferences.append(.init(topic: "section answer links", value: "\(sections.count) section\(sections.count == 1 ? "" : "s")",
                                    evidence: "one link answers the section's questions", lines: sectionLinks.map { line($0.offset) },
                                    isOverridden: false))
        }

        // A few items say little: a short list of topics is as likely a small bank. Unless
        // none asks anything and most are an awesome-list's entries, a link and what it is
        // (`[hyperium/hyper](…) - an HTTP implementation`).
        let questionLists = lists.filter { roles[$0.index] == .questions && $0.range.start >= introductionEnd }
        // Most items a link and what it is (`[Why Is It So Hard to Listen](…) - by Happy Melly.
        // Takeaway: …`): a reading list whose titles may ask, names things unless most of them ask.
        let fewAsk = phrasing.total >= Self.fewestItemsToTellNames && phrasing.phrased * 5 < phrasing.total
        let describedEntries = fewAsk || phrasing.total < 2 || phrasing.phrased * 2 >= phrasing.total ? 0 : Self.describedEntries(in: questionLists)
        let namesThings = fewAsk || describedEntries * 2 > phrasing.total
        // Question lists of an item or two each, among many more list items of answers: the
        // questions are the headings and the lists are what answers them.
        let questionItems = questionLists.reduce(0) { $0 + $1.items.count }
        let listsAreAnswers = questionItems * 4 < contentItems && questionItems < questionLists.count * Self.fewestItemsPerBankList
        let itemKind: CollectionConventions.ItemKind = listsAreAnswers ? .answerPoints : namesThings ? .names : .questions
        let configuredKind = overrides.string("items").flatMap(CollectionConventions.ItemKind.init)
        if phrasing.total > 0 || configuredKind != nil {
            let evidence = listsAreAnswers && configuredKind == nil
                ? "\(questionItems) items in \(questionLists.count) question-shaped lists among \(contentItems) list items"
                : CollectionConventions.Phrasing(phrased: phrasing.phrased, total: phrasing.total).summary
                    + (describedEntries * 2 > phrasing.total ? ", and \(describedEntries) are a link and what it is (`[title](…) - by …`)" : "")
            inferences.append(.init(topic: "items", value: (configuredKind ?? itemKind).rawValue,
                                    evidence: evidence, lines: phrasing.lines.map(line), isOverridden: configuredKind != nil))
        }

        // Numbering.
        let numbering = layout.numbering
        let numberingStyle = overrides.string("numbering").flatMap(CollectionConventions.Numbering.init) ?? numbering.style
        inferences.append(.init(topic: "numbering", value: numberingStyle.rawValue, evidence: numbering.evidence,
                                lines: numbering.lines, isOverridden: overrides.string("numbering") != nil))
        if !numbering.bulletNumberLines.isEmpty {
            inferences.append(.init(topic: "numbers inside bullets", value: "yes",
                                    evidence: "bullets whose text starts with a number (`- 2. …`)", lines: numbering.bulletNumberLines,
                                    isOverridden: false))
        }

        // Campaign tags.
        let campaign = layout.campaign
        let campaignParameters = campaign.parameters.union((overrides.strings("campaign-params") ?? []).map { $0.lowercased() })
        if !campaignParameters.isEmpty {
            inferences.append(.init(topic: "campaign parameters", value: campaignParameters.sorted().joined(separator: ", "),
                                    evidence: "the same value on several of the collection's links", lines: campaign.lines,
                                    isOverridden: overrides.strings("campaign-params") != nil))
        }

        return CollectionConventions(
            roles: roles, introductionEnd: introductionEnd, answerStyle: answerStyle,
            sectionsWithAnswerLink: answerStyle == .none ? [] : sections, numbering: numberingStyle,
            numbersInsideBullets: numbering.bulletNumberLines.count >= 2, labels: labels, unlinkedButAnswered: attached,
            campaignParameters: campaignParameters, itemKind: configuredKind ?? itemKind,
            phrasing: CollectionConventions.Phrasing(phrased: phrasing.phrased, total: phrasing.total), inferences: inferences, sections: tree,
            shapes: shapes)
    }

    /// What the inference reads from the document's structure alone (not from the labels or
    /// the items' shapes): worked out beside the labels.
    private struct Layout: Sendable {
        /// For each nested list, the item that holds it and that item's list.
        let parents: [Int: ListItem]
        let parentLists: [Int: Int]
        /// For each list, the list right before it among its siblings (Markdown splits a list
        /// where a bullet follows numbers).
        let previousSibling: [Int: Int]
        /// Lists right after a paragraph ending with a colon (`要求如下：`, `Requirements:`) or
        /// a question mark (`属于哪一层呢？`): the paragraph's details, or what answers it.
        let introducedByLeadIn: Set<Int>
        let tree: SectionTree
        let numbering: (style: CollectionConventions.Numbering, evidence: String, lines: [Int], bulletNumberLines: [Int])
        let campaign: (parameters: Set<String>, lines: [Int])

        init(_ inference: ConventionInference) {
            let document = inference.document
            let nesting = ListNesting.parents(document)
            parents = nesting.mapValues(\.item)
            parentLists = nesting.mapValues(\.list)
            var previousSibling: [Int: Int] = [:]
            var introducedByLeadIn = Set<Int>()
            for group in DocumentStructure.siblingGroups(document) {
                for (position, block) in group.enumerated() where position > 0 {
                    guard case .list(let list) = block else { continue }
                    switch group[position - 1] {
                    case .list(let earlier): previousSibling[list.index] = earlier.index
                    case .paragraph(let paragraph):
                        // `要求如下：` introduces points; `序列化协议属于哪一层呢？` asks what the list answers.
                        if ConventionInference.endsWithColon(paragraph.text) || ItemShape.endsWithQuestionMark(paragraph.text) {
                            introducedByLeadIn.insert(list.index)
                        }
                    default: break
                    }
                }
            }
            self.previousSibling = previousSibling
            self.introducedByLeadIn = introducedByLeadIn
            tree = SectionTree(document)
            numbering = inference.inferNumbering()
            campaign = inference.inferCampaignParameters()
        }
    }

    /// Below this many items in the question lists, they are questions whatever their phrasing.
    static let fewestItemsToTellNames = 8
    /// Linked question items an article needs before its lists are said to link answers.
    static let fewestAnswerLinksInAnArticle = 4
    /// A bank's question lists hold this many items on average at least; fewer, among many
    /// more items of other lists, are points of written answers.
    static let fewestItemsPerBankList = 3

    /// How many items of `lists` that can be questions are phrased as questions (by
    /// `isPhrasedAsQuestion`, computed with the shapes), and the offsets of the first few.
    static func phrasing(of lists: [MarkdownList], phrased flags: [Int: [Bool?]]) -> (phrased: Int, total: Int, lines: [Int]) {
        var phrased = 0, total = 0
        var offsets: [Int] = []
        for list in lists {
            for (item, flag) in zip(list.items, flags[list.index] ?? []) {
                guard let flag else { continue }
                total += 1
                guard flag else { continue }
                phrased += 1
                if offsets.count < 5 { offsets.append(item.markerRange.start) }
            }
        }
        return (phrased, total, offsets)
    }

    /// How many items of `lists` are a link followed by a description of what it leads to
    /// (`[name](…) - what it is`, also with `–`, `—` or a colon).
    static func describedEntries(in lists: [MarkdownList]) -> Int {
        var count = 0
        for list in lists {
            for item in list.items {
                guard let link = item.links.first(where: { !$0.isImage }) else { continue }
                let text = item.text.trimmedWhitespace
                guard let rest = Self.rest(of: text, after: link.text), let mark = rest.first else { continue }
                if "-–—:：".contains(mark) {
                    if rest.dropFirst().contains(where: { $0.isLetter }) { count += 1 }
                } else if rest.count(where: { $0.isLetter }) >= 8, !ItemShape.isQuestion(text) {
                    // `[微软](…)将 Linux 内核放进了 Windows 10。`: the link is the subject of a
                    // sentence about it (a news item), not a question's title.
                    count += 1
                }
            }
        }
        return count
    }

    /// Whether an item that can be a question is phrased as one (its title: a linked item's
    /// first link text, else its text); nil for items that cannot be questions (empty, notes,
    /// tasks, labels, placeholders).
    static func isPhrasedAsQuestion(_ item: ListItem, shape: ItemShape) -> Bool? {
        let title: String
        switch shape {
        case .linked: title = item.links.first { !$0.isImage && $0.fragmentOnly == nil }?.text ?? item.text
        case .question: return true
        case .phrase, .prose: title = item.text
        default: return nil
        }
        return ItemShape.isQuestion(title.trimmedWhitespace)
    }

    /// `要求如下：`, `Requirements:`, also with a remark in parentheses after the colon
    /// (`接口如下：（对外指 router）`).
    static func endsWithColon(_ text: String) -> Bool {
        var rest = Substring(text.trimmed(where: { $0 == " " }))
        if let last = rest.last, last == ")" || last == "）",
           let open = rest.lastIndex(where: { $0 == "(" || $0 == "（" }) {
            rest = rest[..<open]
            while rest.last == " " { rest.removeLast() }
        }
        return rest.last == ":" || rest.last == "："
    }

    /// An item that names a group of the items nested under it: no link of its own, short, not
    /// a question and not a sentence.
    static func isGroupLabel(_ item: ListItem, labels: Set<String>) -> Bool {
        guard item.nestedLists.contains(where: { !$0.items.isEmpty }), item.paragraphs.count <= 1 else { return false }
        // `- To cover:` introduces its sub-points; it does not name a group.
        if let last = item.text.trimmed(where: { $0 == " " }).last, last == ":" || last == "：" { return false }
        let shape = ItemShape.of(item, labels: labels)
        guard shape == .phrase || shape == .placeholder else {
            // `- [Java](#java)` or `- **基础篇**` with children: a heading-like label with a link to its section.
            return shape == .linked && item.links.allSatisfy { $0.fragmentOnly != nil }
        }
        return item.text.count <= 40
    }

    private func isInQuestionSection(_ list: MarkdownList, _ names: [String]) -> Bool {
        guard !names.isEmpty else { return false }
        return DocumentSections.enclosingHeadings(of: list.range.start, in: document).contains { heading in
            let text = heading.text.lowercased()
            return names.contains { text.contains($0) }
        }
    }

    private func inferLabels() -> (labels: Set<String>, evidence: String, lines: [Int]) {
        // Up to three distinct destinations (all the test needs) and the offsets of the first
        // five uses: lines are looked up only for the texts that turn out to be labels.
        var counts: [String: (count: Int, destinations: [String], offsets: [Int])] = [:]
        // First the keys are counted by a hash read from the bytes: a label is used three times
        // at least, and building and lowercasing the key of every short question title of a
        // large bank cost more than the rest of the inference.
        let links = document.links
        var uses: [UInt64: Int] = [:]
        var keyHashes = [UInt64?](repeating: nil, count: links.count)
        for (index, link) in links.enumerated() where !link.isImage && link.fragmentOnly == nil {
            let hash: UInt64
            switch AnswerLabels.scanKey(link.text, limit: Self.longestLabel(inScript: false)) {
            case .longer: continue
            case .hash(let found): hash = found
            case .unknown:
                // A question title is far longer than a label: no lowercasing needed to skip it
                // (lowercasing cannot turn 48 characters into 12).
                guard link.text.trimmed(where: AnswerLabels.isTrimmed).dropFirst(48).isEmpty else { continue }
                hash = ByteHash.fnv1a(AnswerLabels.normalized(link.text).utf8)
            }
            keyHashes[index] = hash
            uses[hash, default: 0] += 1
        }
        for (index, link) in links.enumerated() {
            guard let hash = keyHashes[index], let used = uses[hash], used >= 3 else { continue }
            guard link.text.trimmed(where: AnswerLabels.isTrimmed).dropFirst(48).isEmpty else { continue }
            let key = AnswerLabels.normalized(link.text)
            guard !key.isEmpty, key.count <= Self.longestLabel(inScript: key.unicodeScalars.contains(where: HanCharacters.isCJKLetter)) else { continue }
            func record(_ entry: inout (count: Int, destinations: [String], offsets: [Int])) {
                entry.count += 1
                if entry.destinations.count < 3, !entry.destinations.contains(link.destination) { entry.destinations.append(link.destination) }
                if entry.offsets.count < 5 { entry.offsets.append(link.range.start) }
            }
            record(&counts[key, default: (0, [], [])])
        }
        // A repeated question is a duplicate, not a label; so is a name that is mostly a whole
        // entry of a list of links (`- [Chinese / 中文](…)` under Books, Courses and Podcasts).
        var repeated = counts.filter { $0.value.destinations.count >= 3 && !ItemShape.isQuestion($0.key) }
        let entries = entryUses(of: Set(repeated.keys), links: links, keyHashes: keyHashes)
        repeated = repeated.filter { (entries[$0.key] ?? 0) * 2 <= $0.value.count }
        let labels = Set(repeated.keys)
        let lines = repeated.values.flatMap { $0.offsets.map(document.source.reportedLine(containing:)) }.sorted()
        let evidence = repeated.isEmpty ? "no link text repeats on three or more destinations"
            : repeated.sorted { $0.key < $1.key }.map { "'\($0.key)' ×\($0.value.count)" }.joined(separator: ", ")
        return (labels, evidence, Array(lines.prefix(10)))
    }

    /// How many uses of each of `keys` (normalised link texts) are the whole text of an item in
    /// a list of three or more: an entry of a list of links names something; a label stands
    /// beside a question, or alone after a section. Only links with a candidate's hash are looked at.
    private func entryUses(of keys: Set<String>, links: [Link], keyHashes: [UInt64?]) -> [String: Int] {
        guard !keys.isEmpty else { return [:] }
        let hashes = Set(keys.map { ByteHash.fnv1a($0.utf8) })
        var keyAt: [Int: String] = [:]
        for (index, link) in links.enumerated() {
            guard let hash = keyHashes[index], hashes.contains(hash) else { continue }
            let key = AnswerLabels.normalized(link.text)
            if keys.contains(key) { keyAt[link.range.start] = key }
        }
        var uses: [String: Int] = [:]
        for list in document.lists where list.items.count >= 3 {
            for item in list.items where item.children.count == 1 {
                let outward = item.links.filter { !$0.isImage }
                guard outward.count == 1, let key = keyAt[outward[0].range.start],
                      Self.isEntry(item.text.trimmedWhitespace, named: outward[0].text.trimmedWhitespace) else { continue }
                uses[key, default: 0] += 1
            }
        }
        return uses
    }

    /// Whether an item's text is the entry its link names: the link alone (`+ [English](…)`), or
    /// the link first and a description after a dash, colon or parenthesis (`* [Docker](…) -
    /// Full Cycle`, four video series all called Docker). A label stands beside a question.
    static func isEntry(_ text: String, named name: String) -> Bool {
        guard let rest = rest(of: text, after: name) else { return false }
        guard let first = rest.first else { return true }
        return rest.count > 1 && "-–—:：(（|".contains(first)
    }

    /// What an item's text says after the name it opens with, spaces trimmed; nil when it does
    /// not open with `name` (or `name` is empty).
    static func rest(of text: String, after name: String) -> Substring? {
        guard !name.isEmpty, text.hasPrefix(name) else { return nil }
        return text.dropFirst(name.count).drop { $0 == " " || $0 == "\u{00A0}" }
    }

    /// The most characters of a link text read as a label: twelve in Chinese, Japanese or Korean
    /// (`点击查看答案`; a title of thirteen is no label), twenty in other scripts, whose words
    /// take more letters (`Practice question`, `Read the answer`).
    static func longestLabel(inScript hasHanCharacters: Bool) -> Int { hasHanCharacters ? 12 : 20 }

    /// Links that answer a whole section: on its heading, or a paragraph or item that is only an
    /// answer link (`[答案](…)`, `[Answers](…)`).
    private func sectionAnswerLinks(labels: Set<String>, shapes: [Int: [ItemShape]]) -> [(section: Int, offset: Int)] {
        var result: [(section: Int, offset: Int)] = []
        // A linked title below the document's own (whose links are badges and homepages).
        let topLevel = document.headings.map(\.level).min() ?? 1
        for heading in document.headings where heading.level > topLevel && !heading.content.links.contains(where: \.isImage)
            && heading.content.links.contains(where: { $0.fragmentOnly == nil }) {
            result.append((heading.index, heading.range.start))
        }
        // Paragraphs of list items are the items themselves, unless the item is only the answer
        // link: the walk leaves out an item's own paragraphs (not those of its quotes and lists).
        var paragraphs: [Paragraph] = []
        var pending: [(blocks: [Block], ownParagraphs: Bool)] = [(document.blocks, true)]
        while let (blocks, ownParagraphs) = pending.popLast() {
            for block in blocks {
                switch block {
                case .paragraph(let paragraph): if ownParagraphs { paragraphs.append(paragraph) }
                case .list(let list):
                    let itemShapes = shapes[list.index] ?? []
                    for (position, item) in list.items.enumerated() {
                        let ownParagraphs = position >= itemShapes.count || itemShapes[position] == .answerLabel
                        // Most items are one paragraph of their own: nothing to walk.
                        if !ownParagraphs, item.children.count == 1, case .paragraph = item.children[0] { continue }
                        pending.append((item.children, ownParagraphs))
                    }
                case .blockQuote(let quote): pending.append((quote.children, true))
                default: break
                }
            }
        }
        for paragraph in paragraphs {
            let outward = paragraph.content.links.filter { !$0.isImage && $0.fragmentOnly == nil }
            guard outward.count == 1, let link = outward.first else { continue }
            var rest = paragraph.text
            if let range = rest.range(of: link.text) { rest.removeSubrange(range) }
            rest = String(rest.filter { !$0.isWhitespace && !$0.isPunctuation && !$0.isSymbol })
            let isAnswerWord = link.text.count <= 12 && ["答案", "解答", "answer", "solution"].contains { link.text.lowercased().contains($0) }
            guard rest.count <= 4, AnswerLabels.isLabel(link.text, labels: labels) || isAnswerWord else { continue }
            result.append((document.heading(before: paragraph.range.start)?.index ?? -1, paragraph.range.start))
        }
        return result.sorted { $0.offset < $1.offset }
    }

    fileprivate func inferNumbering() -> (style: CollectionConventions.Numbering, evidence: String, lines: [Int], bulletNumberLines: [Int]) {
        var counting: [Int] = [], ones: [Int] = [], other = 0
        var bulletNumbers: [Int] = []
        let source = document.source
        for list in document.lists {
            if list.isOrdered, list.items.count >= 2 {
                let numbers = list.items.compactMap(\.number)
                let line = source.reportedLine(containing: list.range.start)
                if Set(numbers).count == 1 { ones.append(line) }
                else if zip(numbers, numbers.dropFirst()).allSatisfy({ $1 == $0 + 1 }) { counting.append(line) }
                else { other += 1 }
            }
            if !list.isOrdered {
                for item in list.items {
                    guard case .list(let inner)? = item.children.first, inner.isOrdered, let first = inner.items.first,
                          source.line(containing: first.markerRange.start) == source.line(containing: item.markerRange.start) else { continue }
                    bulletNumbers.append(source.reportedLine(containing: item.markerRange.start))
                }
            }
        }
        let style: CollectionConventions.Numbering = ones.isEmpty ? .ordered : counting.isEmpty ? .one : .oneOrOrdered
        let evidence = counting.isEmpty && ones.isEmpty && other == 0
            ? "no numbered list of two or more items; counting up is assumed"
            : "\(counting.count) list\(counting.count == 1 ? "" : "s") count up, \(ones.count) repeat one number, \(other) other"
        return (style, evidence, Array((counting + ones).sorted().prefix(8)), Array(bulletNumbers.prefix(20)))
    }

    /// `utm_*`-style parameters (and Baidu Tongji's `hmsr`, `hmpl`, …) whose same value recurs on
    /// links to three or more addresses: the maintainer tagging their own links, not a reader's session.
    fileprivate func inferCampaignParameters() -> (parameters: Set<String>, lines: [Int]) {
        var destinations: [String: Set<String>] = [:]
        var lines: [String: [Int]] = [:]
        for link in document.links where !link.isImage && TrackingParamRule.mayCarryACampaignTag(link.destination) {
            let url = ParsedURL(link.destination)
            guard url.isHTTP else { continue }
            for item in url.queryItems {
                let name = ParsedURL.percentDecoded(item.name).lowercased()
                // `utm_source=wechat_session` on three articles: where a reader found them, each time.
                guard name.hasPrefix("utm_") || name == "ref" || TrackingParamRule.baiduCampaignParameters.contains(name),
                      let value = item.value, !value.isEmpty, !CollectionCampaignTags.namesAReadersShare(item) else { continue }
                let key = name + "=" + value
                let address = (url.host ?? "") + url.path
                destinations[key, default: []].insert(address)
                lines[key, default: []].append(document.source.reportedLine(containing: link.range.start))
            }
        }
        let kept = destinations.filter { $0.value.count >= 3 }.keys
        return (Set(kept), kept.flatMap { lines[$0] ?? [] }.sorted())
    }

    /// The line right above the list is a sentence ending in a lead-in mark (`—`, `:`, `：`) and
    /// every item is a few words without a link or a question mark (`Caching`, `Indexing`,
    /// `Proxies`): what the sentence lists, not entries of the collection.
    static func enumeratesTheSentenceAbove(_ list: MarkdownList, in source: SourceText) -> Bool {
        // A few: a recap names a handful of things; a bank's list runs longer.
        guard (1...8).contains(list.items.count), list.items.allSatisfy({ $0.links.isEmpty && $0.nestedLists.isEmpty }),
              let line = ReferenceLists.lineAbove(list.range.start, in: source) else { return false }
        let above = source.lineText(line).trimmedWhitespace
        guard let mark = above.last, "—–:：".contains(mark), above.split(whereSeparator: \.isWhitespace).count >= 3
                || above.unicodeScalars.count(where: HanCharacters.isCJKLetter) >= 6,
              !above.hasPrefix("#"), !above.hasPrefix("-"), !above.hasPrefix("*"), !above.hasPrefix("|") else { return false }
        return list.items.allSatisfy { item in
            let text = item.text.trimmedWhitespace
            return !text.isEmpty && !text.contains("?") && !text.contains("？") && text.split(whereSeparator: \.isWhitespace).count <= 4
                && text.unicodeScalars.count(where: HanCharacters.isCJKLetter) <= 12
        }
    }
}
