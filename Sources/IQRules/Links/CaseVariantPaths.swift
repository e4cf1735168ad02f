import Foundation

/// `./454.4-sum-ii.en.md` where `./454.4-Sum-ii.en.md` exists: a path that leads to a file
/// once the case of its letters is ignored. GitHub (and Linux) match names by case, so the
/// link is broken there; the help names the file.
enum CaseVariantPaths {
    /// The path as written on disk, relative to `folder`, when `relative` names no file but
    /// exactly one file or folder matches each of its components ignoring case; nil otherwise.
    static func existing(_ relative: String, in folder: String) -> String? {
        var current = folder
        var written: [String] = []
        var changed = false
        for component in relative.split(separator: "/", omittingEmptySubsequences: true).map(String.init) {
            if component == "." || component == ".." {
                current = LinkFormatRule.join(current, component)
                written.append(component)
                continue
            }
            let exact = LinkFormatRule.join(current, component)
            if FileManager.default.fileExists(atPath: exact) {
                current = exact
                written.append(component)
                continue
            }
            guard let entries = try? FileManager.default.contentsOfDirectory(atPath: current) else { return nil }
            let lowered = component.lowercased()
            let matches = entries.filter { $0.lowercased() == lowered }
            guard matches.count == 1 else { return nil }
            current = LinkFormatRule.join(current, matches[0])
            written.append(matches[0])
            changed = true
        }
        guard changed else { return nil }
        return (relative.hasPrefix("/") ? "/" : "") + written.joined(separator: "/")
    }
}
