import IQCore
import IQDedup

/// A list copied from another file whole (`答案合辑.md` repeating the twenty questions of
/// `史上最全Transformer面试题.md`, in order, to answer them): one finding for the copy, not
/// one error per question.
struct CopiedLists {
    struct Run {
        /// The reported questions, consecutive in their file.
        let copies: ClosedRange<Int>
        /// The questions they repeat, consecutive in the other file.
        let originals: ClosedRange<Int>
    }

    /// Runs of at least `shortestRun` questions, each the exact copy of the question after the
    /// previous one's original, in another file; or of `shortestWholeRun` when `isWholeList` says
    /// the run is all but one item of its list and of the original's (a five-point list quoted
    /// in another article with one point reworded). `partners`: the pairs of each
    /// reported question.
    static func runs(in partners: [Int: [DuplicatePair]], entries: QuestionSet, shortestRun: Int = 5, shortestWholeRun: Int = 3,
                     isWholeList: (_ copies: ClosedRange<Int>, _ originals: ClosedRange<Int>) -> Bool = { _, _ in false },
                     mayCopy: (_ copy: Int, _ original: Int) -> Bool) -> [Run] {
        // The original of each reported question: its first exact copy in another file.
        var original: [Int: Int] = [:]
        for (reported, pairs) in partners {
            let path = entries.path(of: reported)
            let others = pairs.filter { $0.kind == .exact }.map { $0.a == reported ? $0.b : $0.a }.filter { entries.path(of: $0) != path && mayCopy(reported, $0) }
            if let first = others.min() { original[reported] = first }
        }
        var runs: [Run] = []
        var start: (copy: Int, original: Int)?
        var last: (copy: Int, original: Int)?
        func close() {
            guard let start, let last else { return }
            let length = last.copy - start.copy + 1
            if length >= shortestRun || length >= shortestWholeRun && isWholeList(start.copy...last.copy, start.original...last.original) {
                runs.append(Run(copies: start.copy...last.copy, originals: start.original...last.original))
            }
        }
        for copy in original.keys.sorted() {
            let source = original[copy]!
            if let previous = last, copy == previous.copy + 1, source == previous.original + 1,
               entries.path(of: copy) == entries.path(of: previous.copy), entries.path(of: source) == entries.path(of: previous.original) {
                last = (copy, source)
                continue
            }
            close()
            start = (copy, source)
            last = start
        }
        close()
        return runs
    }

    /// The finding on the first question of `run`.
    static func violation(for run: Run, entries: QuestionSet) -> FileViolation {
        let first = entries[run.copies.lowerBound], from = entries[run.originals.lowerBound], to = entries[run.originals.upperBound]
        return FileViolation(path: first.file.path, violation: Violation(
            range: first.range,
            message: "copied list: these \(run.copies.count) questions repeat \(from.file.path):\(from.line)–\(to.line) in the same order",
            severity: .info,
            related: [RelatedLocation(file: from.file, range: from.range, message: "the list they copy starts here")],
            help: ["link to that list instead of copying it, or keep both and accept the copy"]))
    }

    /// Questions of one file that repeat, word for word, questions of another file, in any
    /// order: at least `fewest` and half the questions of the smaller file, or `many` whatever
    /// the files hold (a bank's answers counted among its questions). One file is an
    /// index of the other's questions, regrouped (`InterviewGuideForC++.md` listing the questions
    /// `Interview/Basic_C++.md` answers), or a copy reordered; one finding tells it.
    struct Regrouped {
        /// The reported questions, in order.
        let copies: [Int]
        /// The first question of the other file they repeat.
        let firstOriginal: Int
    }

    static func regrouped(_ reported: [Int], partners: [Int: [DuplicatePair]], entries: QuestionSet, fewest: Int = 5, many: Int = 10,
                          mayCopy: (_ copy: Int, _ original: Int) -> Bool) -> [Regrouped] {
        guard entries.files.count > 1 else { return [] }
        struct FilePair: Hashable { let copy: Int, original: Int }
        var groups: [FilePair: (copies: [Int], firstOriginal: Int)] = [:]
        for index in reported {
            let file = entries.fileNumber(of: index)
            let originals = (partners[index] ?? []).filter { $0.kind == .exact }.map { $0.a == index ? $0.b : $0.a }
                .filter { entries.fileNumber(of: $0) != file && mayCopy(index, $0) }
            guard let original = originals.min() else { continue }
            let key = FilePair(copy: file, original: entries.fileNumber(of: original))
            groups[key, default: ([], original)].copies.append(index)
            groups[key]!.firstOriginal = min(groups[key]!.firstOriginal, original)
        }
        let counts = entries.questionCounts()
        return groups.compactMap { key, group in
            guard group.copies.count >= many
                    || group.copies.count >= fewest && group.copies.count * 2 >= min(counts[key.copy], counts[key.original]) else { return nil }
            return Regrouped(copies: group.copies.sorted(), firstOriginal: group.firstOriginal)
        }.sorted { $0.copies[0] < $1.copies[0] }
    }

    /// The finding on the first question of a regrouped copy.
    static func violation(for copy: Regrouped, entries: QuestionSet) -> FileViolation {
        let first = entries[copy.copies[0]], original = entries[copy.firstOriginal]
        return FileViolation(path: first.file.path, violation: Violation(
            range: first.range,
            message: "copied questions: these \(copy.copies.count) questions repeat questions of \(original.file.path) word for word, in another order",
            severity: .info,
            related: [RelatedLocation(file: original.file, range: original.range, message: "the first question they repeat")],
            help: ["one file indexes or regroups the other's questions: link to the questions where they are answered, "
                + "or keep both and accept the copy"]))
    }
}
