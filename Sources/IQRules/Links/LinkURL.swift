import IQCore
import IQMarkdown

/// A link's destination as written in the source, parsed, with the offset of its first byte so
/// that URL offsets become file offsets.
struct LinkURL: Sendable {
    let url: ParsedURL
    /// File offset of `url`'s byte 0 (before the file for a `www.` autolink, whose `http://`
    /// cmark added; only offsets past the host are ever turned into edits).
    var base: Int { Int(storedBase) }
    private let storedBase: Int32
    /// The destination is not where the link is (a reference link's definition).
    let isElsewhere: Bool

    /// The URL of a link, from its parts (the whole link passed here was copied on every call).
    init?(kind: Link.Kind, destination: __shared String, destinationRange: SourceRange?, range: SourceRange, in source: __shared SourceText) {
        if let range = destinationRange {
            let start = source.clamped(range.start)
            let parsed = ParsedURL(source.bytes, range: start..<max(start, source.clamped(range.end)))
            if !parsed.hasScheme, kind == .bareURL, destination == "http://" + source.string(in: range) {
                url = ParsedURL(destination)
                storedBase = Int32(range.start - "http://".utf8.count)
            } else {
                url = parsed
                storedBase = Int32(range.start)
            }
            isElsewhere = false
        } else {
            guard !destination.isEmpty else { return nil }
            url = ParsedURL(destination)
            storedBase = Int32(range.start)
            isElsewhere = true
        }
    }

    static func all(in file: MarkdownFile) -> ParsedLinks {
        file.derived.value(ParsedLinks.self) { _ in ParsedLinks(file) }
    }

    /// The parsed destinations, each with the position of its link in the document's links:
    /// a bank has as many links as items, so the links themselves are not copied.
    struct ParsedLinks: RandomAccessCollection, PerDocumentFact {
        private let links: [Link]
        private let entries: [(linkIndex: Int32, url: LinkURL)]

        init(_ file: MarkdownFile) {
            links = file.document.links
            var entries: [(linkIndex: Int32, url: LinkURL)] = []
            entries.reserveCapacity(links.count)
            var definitions = Set<String>()
            let source = file.source
            // Through the buffer: each link is read in place, not copied (three strings retained).
            links.withUnsafeBufferPointer { links in
                for index in links.indices {
                    guard let located = LinkURL(kind: links[index].kind, destination: links[index].destination,
                                                destinationRange: links[index].destinationRange, range: links[index].range, in: source) else { continue }
                    if located.isElsewhere, !definitions.insert(links[index].destination).inserted { continue }
                    entries.append((Int32(index), located))
                }
            }
            self.entries = entries
        }

        var startIndex: Int { 0 }
        var endIndex: Int { entries.count }
        subscript(position: Int) -> (link: Link, url: LinkURL) {
            let entry = entries[position]
            return (links[Int(entry.linkIndex)], entry.url)
        }

        /// The URL at `position` alone: a rule that rules most links out by their URL reads
        /// the link (three strings to retain and release) only for the rest.
        func url(at position: Int) -> LinkURL { entries[position].url }
        func link(at position: Int) -> Link { links[Int(entries[position].linkIndex)] }
    }

    func sourceRange(_ range: Range<Int>) -> SourceRange { SourceRange(base + range.lowerBound, base + range.upperBound) }
}

extension RuleOptions {
    /// A mapping option whose values are lists of strings (a single string counts as a list of one).
    func stringListMap(_ name: String) -> [String: [String]] {
        guard case .map(let entries) = value(name) else { return [:] }
        return entries.mapValues { value in
            switch value {
            case .string(let text): [text]
            case .list(let items): items.compactMap { if case .string(let text) = $0 { text } else { nil } }
            default: []
            }
        }
    }
}
