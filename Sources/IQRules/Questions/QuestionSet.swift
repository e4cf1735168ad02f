import IQCore
import IQMarkdown

/// The questions of several files in one flat list, each with the number of its file: the
/// texts go to the dedup engine as they are, and a question is joined with its file only when
/// it is reported.
public struct QuestionSet: Sendable {
    public private(set) var files: [MarkdownFile] = []
    public private(set) var texts: [String] = []
    private var ranges: [SourceRange] = []
    private var fileNumbers: [Int32] = []
    /// The questions written as headings, by index.
    private var headingQuestions = Set<Int>()

    public init() {}

    public var count: Int { texts.count }

    public subscript(index: Int) -> QuestionEntry {
        QuestionEntry(file: files[Int(fileNumbers[index])], text: texts[index], range: ranges[index])
    }

    public func path(of index: Int) -> String { file(of: index).path }

    /// The file holding the question at `index`.
    func file(of index: Int) -> MarkdownFile { files[Int(fileNumbers[index])] }

    /// The number of the file holding the question at `index`.
    func fileNumber(of index: Int) -> Int { Int(fileNumbers[index]) }

    /// How many questions each file holds, by file number.
    func questionCounts() -> [Int] {
        var counts = Array(repeating: 0, count: files.count)
        for number in fileNumbers { counts[Int(number)] += 1 }
        return counts
    }

    /// Whether the questions at `first` and `second` are of one file.
    func areInOneFile(_ first: Int, _ second: Int) -> Bool { fileNumbers[first] == fileNumbers[second] }

    /// Where the question at `index` stands in its file.
    func range(of index: Int) -> SourceRange { ranges[index] }

    /// Whether the question at `index` is written as a heading.
    func isHeading(_ index: Int) -> Bool { !headingQuestions.isEmpty && headingQuestions.contains(index) }

    /// Adds `file` (its questions follow with `append(_:fileNumber:)`) and returns its number.
    public mutating func add(_ file: MarkdownFile) -> Int32 {
        files.append(file)
        return Int32(files.count - 1)
    }

    public mutating func append(_ question: Question, fileNumber: Int32) {
        if question.isHeading { headingQuestions.insert(texts.count) }
        texts.append(question.text)
        ranges.append(question.range)
        fileNumbers.append(fileNumber)
    }

    /// Adds the questions of `file` as `duplicate-question` compares them.
    public mutating func append(questionsOf file: MarkdownFile, lists: QuestionLists) {
        let number = add(file)
        for question in QuestionOutline.questions(in: file, lists: lists) { append(question, fileNumber: number) }
    }

    /// The questions of `self`, then those of `other`.
    public static func + (lhs: QuestionSet, rhs: QuestionSet) -> QuestionSet {
        var result = lhs
        let offset = Int32(lhs.files.count)
        result.files += rhs.files
        result.texts += rhs.texts
        result.ranges += rhs.ranges
        result.fileNumbers += rhs.fileNumbers.map { $0 + offset }
        result.headingQuestions.formUnion(rhs.headingQuestions.map { $0 + lhs.texts.count })
        return result
    }
}
