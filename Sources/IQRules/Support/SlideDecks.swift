import IQCore
import IQMarkdown

/// A slide deck written in Markdown (Marp, Deckset, reveal.js, remark, Slidev): `---` lines cut
/// it into slides of a few lines each, most of them opened by a title. A deck repeats a section's
/// title on the slide that announces it and on each slide continuing it, and a slide holding
/// only a title divides the talk: the heading rules read a page, where either would be a slip.
///
/// Read from the document alone: at least ``fewestSlides`` top-level thematic breaks; most of
/// them followed by a heading; slides of at most ``longestMedianSlide`` lines (a median); and a
/// break for every other heading at least. A README setting its long sections apart with `---`
/// has long sections; a page with a rule or two is no deck.
struct SlideDecks: PerDocumentFact {
    /// Where each top-level thematic break of the deck stands; empty when the document is no deck.
    let breaks: [SourceRange]

    static let fewestSlides = 5
    static let longestMedianSlide = 20

    var isDeck: Bool { !breaks.isEmpty }

    static func of(_ file: MarkdownFile) -> SlideDecks {
        file.derived.value(SlideDecks.self) { _ in SlideDecks(file.document) }
    }

    init(_ document: Document) {
        breaks = Self.deckBreaks(document)
    }

    /// Whether `heading` opens a slide: the first block of the document or the first after a break.
    func opensASlide(_ heading: Heading, in document: Document) -> Bool {
        guard isDeck else { return false }
        let index = breaks.partitionIndex(where: { $0.start >= heading.range.start })
        let previousEnd = index > 0 ? breaks[index - 1].end : 0
        // Nothing but blank lines between the break (or the start) and the heading.
        return document.blocks.allSatisfy { block in block.range.end <= previousEnd || block.range.start >= heading.range.start }
    }

    /// Whether a slide break stands in `range` (between a heading and the next).
    func hasBreak(in range: SourceRange) -> Bool {
        guard isDeck else { return false }
        let index = breaks.partitionIndex(where: { $0.start >= range.start })
        return index < breaks.count && breaks[index].end <= range.end
    }

    private static func deckBreaks(_ document: Document) -> [SourceRange] {
        var breaks: [SourceRange] = []
        var headingCount = 0
        for block in document.blocks {
            switch block {
            case .thematicBreak(let range): breaks.append(range)
            case .heading: headingCount += 1
            default: continue
            }
        }
        guard breaks.count >= fewestSlides - 1, breaks.count * 2 >= headingCount else { return [] }
        // The block after each break: a heading opens most slides.
        var titled = 0
        var afterBreak = false
        for block in document.blocks {
            if case .thematicBreak = block { afterBreak = true; continue }
            if afterBreak, case .heading = block { titled += 1 }
            afterBreak = false
        }
        guard titled * 5 >= breaks.count * 3 else { return [] }
        let source = document.source
        let lines = breaks.map { source.line(containing: $0.start) }
        let lengths = zip(lines, lines.dropFirst()).map { $1 - $0 }.sorted()
        guard !lengths.isEmpty, lengths[lengths.count / 2] <= longestMedianSlide else { return [] }
        return breaks
    }
}
