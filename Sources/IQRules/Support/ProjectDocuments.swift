/// Files of the project around a collection rather than the collection: a changelog (its items
/// are changes, its links pull requests) and GitHub's templates under `.github/` (their empty
/// items are for the contributor to fill in). Their lists hold no questions, so the rules of a
/// collection's items leave them alone; the rules of Markdown itself still apply.
enum ProjectDocuments {
    static let names: Set<String> = ["changelog", "changes", "history", "news", "release_notes", "release-notes", "releases"]

    /// An issue or pull-request template (`.github/PULL_REQUEST_TEMPLATE.md`,
    /// `.github/ISSUE_TEMPLATE/bug.md`): its headings are the fields of a form to fill in
    /// (`## Paper Title:`), empty and ending with a colon on purpose.
    static func isTemplate(_ path: String) -> Bool {
        let components = path.lowercased().split(separator: "/")
        return components.dropLast().contains(".github") && components.contains { $0.contains("template") }
    }

    /// A docsify site's navigation (`_sidebar.md`, `_navbar.md`, `_coverpage.md`): shown beside
    /// the page being read, so its `#fragment` links point into that page, not into itself.
    static func isSiteNavigation(_ path: String) -> Bool {
        let name = path.lowercased().split(separator: "/").last ?? ""
        return ["_sidebar.md", "_navbar.md", "_coverpage.md"].contains(name)
    }

    static func isProjectDocument(_ path: String) -> Bool {
        let components = path.lowercased().split(separator: "/")
        if components.dropLast().contains(".github") { return true }
        guard let name = components.last else { return false }
        let stem = name.split(separator: ".").first.map(String.init) ?? String(name)
        return names.contains(stem)
    }
}
