import IQMarkdown

/// The answers a document folds into `<details>` elements: the question in `<summary>…</summary>`,
/// the answer after it until `</details>` (`<details><summary>What is a Role?</summary><br><b>` …
/// `</b></details>`). A Markdown list inside an answer holds its points (`* Role`, `* Policy`),
/// not questions of its own.
struct DetailsAnswers {
    /// Byte ranges from the end of each `</summary>` to the next `</details>`, `<details` or
    /// `<summary` (an element left open ends at the next question), in order.
    private let ranges: [Range<Int>]

    init(_ document: Document) {
        var ranges: [Range<Int>] = []
        var openAnswer: Int?
        let bytes = document.source.bytes
        var index = 0
        while let tag = Self.nextTag(in: bytes, from: index) {
            index = tag.end
            // `<details>` shown in a code block is an example, not the page's markup.
            if document.isInCodeBlock(tag.start) { continue }
            switch tag.kind {
            case .summaryEnd:
                if openAnswer == nil { openAnswer = tag.end }
            case .detailsEnd, .detailsStart, .summaryStart:
                if let start = openAnswer { ranges.append(start..<tag.start) }
                openAnswer = nil
            }
        }
        if let start = openAnswer { ranges.append(start..<bytes.count) }
        self.ranges = ranges
    }

    var isEmpty: Bool { ranges.isEmpty }

    /// Whether `offset` lies in an answer.
    func contains(_ offset: Int) -> Bool {
        // The last range starting at or before the offset.
        let low = ranges.partitionIndex { $0.lowerBound > offset }
        return low > 0 && ranges[low - 1].contains(offset)
    }

    private enum TagKind { case summaryStart, summaryEnd, detailsStart, detailsEnd }

    private static let tags: [(name: [UInt8], kind: TagKind)] = [
        (Array("</summary>".utf8), .summaryEnd), (Array("</details>".utf8), .detailsEnd),
        (Array("<summary".utf8), .summaryStart), (Array("<details".utf8), .detailsStart),
    ]

    /// Bytes that end an opening tag's name.
    private static let nameEnds: Set<UInt8> = [UInt8(ascii: ">"), UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r")]

    /// The next of the four tags at or after `start`, ASCII letters in any case; an opening tag
    /// must end its name there (`<details>`, `<details open>`, not `<detailsx>`).
    private static func nextTag(in bytes: [UInt8], from start: Int) -> (kind: TagKind, start: Int, end: Int)? {
        var from = start
        while let index = bytes[from...].firstIndex(of: UInt8(ascii: "<")) {
            from = index + 1
            for tag in tags where index + tag.name.count <= bytes.count {
                guard zip(bytes[index..<(index + tag.name.count)], tag.name).allSatisfy({ UTF8Characters.folded($0) == $1 }) else { continue }
                let end = index + tag.name.count
                if tag.name.last != UInt8(ascii: ">"), end < bytes.count, !nameEnds.contains(bytes[end]) { continue }
                return (tag.kind, index, end)
            }
        }
        return nil
    }
}
