import IQCore
import IQMarkdown

/// A link's destination as written in the source, parsed, with the offset of its first byte so
/// that URL offsets become file offsets.
struct LinkURL: Sendable {
    let url: ParsedURL
    /// File offset of `url`'s byte 0 (before the file for a `www.` autolink, whose `http://`
    /// cmark added; only offsets past the host are ever turned into edits).
    let base: Int
    /// The destination is not where the link is (a reference link's definition).
    let isElsewhere: Bool

    init?(_ link: Link, in source: SourceText) {
        if let range = link.destinationRange {
            let raw = source.string(in: range)
            let parsed = ParsedURL(raw)
            if parsed.scheme == nil, link.kind == .bareURL, link.destination == "http://" + raw {
                url = ParsedURL(link.destination)
                base = range.start - "http://".utf8.count
            } else {
                url = parsed
                base = range.start
            }
            isElsewhere = false
        } else {
            guard !link.destination.isEmpty else { return nil }
            url = ParsedURL(link.destination)
            base = link.range.start
            isElsewhere = true
        }
    }

    /// Every link of the file with its parsed destination; a reference definition used several
    /// times comes only with its first use, so it is reported once.
    /// Parsed once per file and shared by the rules that read URLs (tracking-param,
    /// insecure-link, dead-link), which run concurrently.
    static func all(in file: MarkdownFile) -> [(link: Link, url: LinkURL)] {
        file.derived.value(ParsedLinks.self) { _ in
            var definitions = Set<String>()
            return ParsedLinks(entries: file.document.links.compactMap { link in
                guard let located = LinkURL(link, in: file.source) else { return nil }
                if located.isElsewhere, !definitions.insert(link.destination).inserted { return nil }
                return (link, located)
            })
        }.entries
    }

    private struct ParsedLinks: Sendable {
        let entries: [(link: Link, url: LinkURL)]
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
