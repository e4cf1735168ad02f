import IQCore
import IQMarkdown

/// The text `iqlint conventions` prints for one file: one line per inference, with the lines it
/// was read from (at most eight, then a count).
public enum ConventionsReport {
    public static func text(for file: MarkdownFile, tocSettings: [String: ConfigValue] = [:]) -> String {
        let conventions = CollectionConventions.of(file)
        var rows = conventions.inferences.map { ($0.topic, $0.value, $0.evidence, $0.lines, $0.isOverridden) }
        if let toc = TOCConventions.infer(in: file, settings: tocSettings) {
            rows += toc.inferences.map { ($0.topic, $0.value, $0.evidence, $0.lines, $0.isOverridden) }
        }
        if let naming = entryNaming(in: file) { rows.append((naming.topic, naming.value, naming.evidence, naming.lines, false)) }
        var output = "\(file.path)\n"
        let width = rows.map(\.0.count).max() ?? 0
        for (topic, value, evidence, lines, isOverridden) in rows {
            let padded = topic + String(repeating: " ", count: max(0, width - topic.count))
            var line = "  \(padded)  \(value)"
            let details = [evidence, linesText(lines)].filter { !$0.isEmpty }.joined(separator: "; ")
            line += isOverridden ? "  (set in .iqlint.yml)" : details.isEmpty ? "" : "  (\(details))"
            output += line + "\n"
        }
        return output
    }

    /// What iqlint infers over all the files together: the collection's own campaign tags,
    /// which `tracking-param` leaves on its links. Empty when there is nothing to show.
    public static func collectionText(for files: [MarkdownFile]) -> String {
        let tags = CollectionCampaignTags.of(files)
        guard files.count > 1, !tags.keys.isEmpty else { return "" }
        var output = "all \(files.count) files together\n"
        for key in tags.keys.sorted() {
            let paths = (tags.files[key] ?? []).sorted()
            let shown = paths.prefix(3).joined(separator: ", ") + (paths.count > 3 ? " and \(paths.count - 3) more" : "")
            output += "  campaign tag  \(key)  (a utm_source value on links in three files or more or to three addresses, or a variant of one; \(shown))\n"
        }
        return output
    }

    /// How the document titles an entry that gives its address as a bare URL: `name：URL` (the
    /// text before it names it) or `URL description` (the address first, what it is after it)
    /// when such entries are as many as those opening with a `[title](url)`, which `bare-url`
    /// then leaves alone; the more common of the two is shown. Nil when no entry is written so.
    static func entryNaming(in file: MarkdownFile) -> (topic: String, value: String, evidence: String, lines: [Int])? {
        let scan = BareURLRule.scan(file)
        if scan.namedEntries.count < scan.describedEntries.count {
            let lines = scan.describedEntries.sorted().map { file.source.reportedLine(containing: $0) }
            let counts = "\(scan.describedEntries.count) written `URL description`, \(scan.titledEntries) opening with a [title](url)"
            return scan.describesEntriesAfterTheAddress
                ? ("entry titles", "URL description", counts + "; bare-url reports only a URL standing alone", lines)
                : ("entry titles", "[title](url)", counts + "; bare-url reports the `URL description` entries", lines)
        }
        guard !scan.namedEntries.isEmpty else { return nil }
        let lines = scan.namedEntries.sorted().map { file.source.reportedLine(containing: $0) }
        let counts = "\(scan.namedEntries.count) written `name：URL`, \(scan.titledEntries) opening with a [title](url)"
        return scan.namesEntriesByText
            ? ("entry titles", "name：URL", counts + "; bare-url reports only a URL standing alone", lines)
            : ("entry titles", "[title](url)", counts + "; bare-url reports the `name：URL` entries", lines)
    }

    static func linesText(_ lines: [Int]) -> String {
        guard !lines.isEmpty else { return "" }
        let shown = lines.prefix(8).map(String.init).joined(separator: ", ")
        return (lines.count == 1 ? "line " : "lines ") + shown + (lines.count > 8 ? " and \(lines.count - 8) more" : "")
    }
}
