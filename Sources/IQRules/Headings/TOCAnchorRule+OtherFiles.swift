import Foundation
import IQCore
import IQMarkdown

/// Links into a section of another Markdown file of the collection (`[Setup](docs/install.md#setup)`):
/// the file is read from disk and parsed like any input, and the fragment must be one of its
/// anchors, GitHub's way (headings, HTML `id`s and `name`s, a site's `{#id}`).
extension TOCAnchorRule {
    /// From this many links into other files' sections, none of them landing, the file was
    /// written for another renderer's anchors (GitLab, GitBook, a wiki): one `info`.
    static let otherFilesDetachedMinimum = 3

    /// A file this document links into, parsed once per check.
    struct LinkedFile {
        let path: String
        let anchors: HeadingAnchors
        /// `{#intro}` heading ids and shortcode ids: a site generator's anchors.
        let declaredIDs: Set<String>
        let lowercasedAnchors: Set<String>
        let isReadme: Bool
    }

    func otherFileViolations(_ file: MarkdownFile) -> [Violation] {
        let links = file.document.links
        guard links.indices.contains(where: { Self.mayLinkOtherSection(links[$0].destination) }),
              let folder = LinkFormatRule.folderOnDisk(of: file.path),
              // A documentation site's slugs are its own (MkDocs drops Chinese, docsify keeps case),
              // and its pages link them so.
              SiteGenerators.configuration(above: folder) == nil,
              LinkFormatRule.siteRoot(loading: file.path, above: folder) == nil else { return [] }
        let ownPath = FileSystem.absolute(file.path)
        var parsed: [String: LinkedFile?] = [:]
        // Built once per linked file, on its first missing fragment.
        var nearestAnchors: [String: NearestAnchors] = [:]
        var landed = 0
        var missing: [Violation] = []
        for index in links.indices where !links[index].isImage && Self.mayLinkOtherSection(links[index].destination) {
            let link = links[index]
            guard let (relative, fragment) = Self.fileAndFragment(of: link.destination),
                  !Self.isLineAnchor(fragment), fragment.lowercased() != "top" else { continue }
            let target = FileSystem.absolute(LinkFormatRule.join(folder, relative))
            guard target != ownPath else { continue }
            if parsed[target] == nil { parsed[target] = .some(Self.linkedFile(at: target)) }
            guard let linked = parsed[target] ?? nil else { continue }
            var decoded = AnchorFragment.decode(fragment)
            if decoded.hasPrefix(Self.gitHubIDPrefix), decoded.count > Self.gitHubIDPrefix.count { decoded.removeFirst(Self.gitHubIDPrefix.count) }
            // `#readme`: the id GitHub gives a README shown on its folder's page. A route
            // (`#/guide`) is a single-page site's, no heading's.
            if linked.anchors.contains(fragment: decoded) || linked.declaredIDs.contains(decoded)
                || linked.isReadme && decoded.lowercased() == "readme" || decoded.contains("/") {
                landed += 1
                continue
            }
            // Found ignoring case: GitHub's page script finds it, and other renderers differ anyway.
            if linked.lowercasedAnchors.contains(decoded.lowercased()) {
                landed += 1
                continue
            }
            let shown = LinkFormatRule.shortestRelativePath(relative)
            var message = "expected an anchor of '\(shown)', found '#\(decoded)'"
            var help: [String] = []
            if nearestAnchors[target] == nil { nearestAnchors[target] = NearestAnchors(linked.anchors.all) }
            switch nearestAnchors[target]!.lookUp(decoded) {
            case .nearest(let anchor):
                message += "; did you mean '#\(InvisibleCharacters.shown(anchor))'"
                help = InvisibleCharacters.help(fragment: decoded, anchor: anchor)
            case .tied(let first, let second):
                message += "; '#\(first)' and '#\(second)' are as similar, so neither is suggested"
            default:
                message += linked.anchors.all.isEmpty ? "; that file has no anchors" : "; no anchor of that file is similar"
            }
            missing.append(Violation(range: link.destinationRange ?? link.range, message: message, severity: .warning, help: help))
        }
        guard landed == 0, missing.count >= Self.otherFilesDetachedMinimum, let first = missing.first else { return missing }
        return [Violation(range: first.range,
                          message: "none of the \(missing.count) links into other files' sections lands on an anchor GitHub makes "
                            + "(the first: \(first.message.dropFirst("expected ".count))): they were written for another renderer's anchors, "
                            + "so they are not reported one by one",
                          severity: .info)]
    }

    /// `docs/a.md#x`, `../README.md#x`: a relative path to a Markdown file, then a fragment;
    /// told on the bytes first (a bank's web links never look so).
    static func mayLinkOtherSection(_ destination: String) -> Bool {
        let bytes = destination.utf8
        guard let first = bytes.first, first != UInt8(ascii: "#"), first != UInt8(ascii: "/"),
              bytes.contains(UInt8(ascii: "#")) else { return false }
        return !destination.hasPrefix("http:") && !destination.hasPrefix("https:") && !ParsedURL(destination).hasScheme
    }

    /// The file's path (percent-decoded) and the fragment of `destination`, when the path names
    /// a Markdown file (`.md`, `.markdown`) and carries no query (`a.md?plain=1#L5`, the source view).
    static func fileAndFragment(of destination: String) -> (path: String, fragment: String)? {
        guard let hash = destination.firstIndex(of: "#") else { return nil }
        let written = destination[..<hash]
        let fragment = String(destination[destination.index(after: hash)...])
        guard !fragment.isEmpty, !written.contains("?") else { return nil }
        let path = written.removingPercentEncoding ?? String(written)
        let lowered = path.lowercased()
        guard lowered.hasSuffix(".md") || lowered.hasSuffix(".markdown") else { return nil }
        return (path, fragment)
    }

    /// `#L12`, `#L12-L20`, `#L3C5`: a line of the file's source view, not a section.
    static func isLineAnchor(_ fragment: String) -> Bool {
        guard fragment.first == "L", fragment.count > 1 else { return false }
        return fragment.dropFirst().allSatisfy { $0.isASCII && ($0.isNumber || $0 == "-" || $0 == "L" || $0 == "C") }
    }

    /// The file at `path` read and parsed as an input would be; nil when it is no readable
    /// UTF-8 file.
    static func linkedFile(at path: String) -> LinkedFile? {
        guard FileSystem.kind(of: path) == .file, let source = try? FileSystem.readSource(path) else { return nil }
        let linked = MarkdownFile(path: path, source: source)
        let document = linked.document
        let declared = Set(document.headings.compactMap { explicitID(of: $0.text) }).union(shortcodeIDs(in: source.text))
        let name = (path.split(separator: "/").last ?? "").lowercased()
        return LinkedFile(path: path, anchors: document.anchors, declaredIDs: declared,
                          lowercasedAnchors: Set(document.anchors.all.map { $0.lowercased() }), isReadme: name.hasPrefix("readme"))
    }
}
