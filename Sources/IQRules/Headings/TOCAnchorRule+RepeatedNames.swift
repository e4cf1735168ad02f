import IQCore
import IQMarkdown

extension TOCAnchorRule {
    /// `<a name="Scene-Text-Recognition">` over two sections, one line copied with the other: a
    /// browser goes to the first element of a name, so the links to it never reach the later
    /// section. Reported at each later place, when a link of the document leads to that name
    /// and a heading stands between the two (two names in one place lead to one place).
    static func repeatedAnchorNames(_ names: [HTMLAnchorTags.Name], linkedBy htmlFragments: [String], in file: MarkdownFile) -> [Violation] {
        guard names.count > 1 else { return [] }
        var first: [String: HTMLAnchorTags.Name] = [:]
        var repeats: [(later: HTMLAnchorTags.Name, first: HTMLAnchorTags.Name)] = []
        for name in names {
            if let earlier = first[name.name] { repeats.append((name, earlier)) } else { first[name.name] = name }
        }
        guard !repeats.isEmpty else { return [] }
        let document = file.document
        var uses: [String: Int] = [:]
        func use(_ fragment: String) {
            var decoded = AnchorFragment.decode(fragment)
            if decoded.hasPrefix(gitHubIDPrefix), decoded.count > gitHubIDPrefix.count { decoded.removeFirst(gitHubIDPrefix.count) }
            uses[decoded, default: 0] += 1
        }
        for link in document.links where !link.isImage { if let fragment = link.fragmentOnly { use(fragment) } }
        htmlFragments.forEach(use)
        let source = document.source
        // The section a name leads to: the heading it stands in (`## 2. <a name='Rust'></a>Rust`)
        // or the next one below it.
        func section(at offset: Int) -> Heading? { document.headings.first { $0.range.end > offset } }
        return repeats.compactMap { later, earlier in
            guard let count = uses[later.name], let firstSection = section(at: earlier.range.start),
                  section(at: later.range.start)?.index != firstSection.index else { return nil }
            let firstLine = source.reportedLine(containing: earlier.range.start)
            let links = count == 1 ? "the link to '#\(later.name)' leads" : "the \(count) links to '#\(later.name)' lead"
            let meant = section(at: later.range.start).map { " '\(HeadingText.normalized($0.text))'" } ?? ""
            return Violation(
                range: later.range,
                message: "expected each anchor name once, found '\(later.name)' again (first at line \(firstLine)): "
                    + "\(links) to the first, at '\(HeadingText.normalized(firstSection.text))'",
                severity: .warning,
                related: [RelatedLocation(file: file, range: earlier.range, message: "first anchor of that name")],
                help: ["give this anchor a name of its own, then point the links meant for the section\(meant) at it"])
        }
    }
}
