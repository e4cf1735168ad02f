import IQCore
import IQMarkdown

/// Files of the project around a collection rather than the collection: a changelog (its items
/// are changes, its links pull requests) and GitHub's templates under `.github/` (their empty
/// items are for the contributor to fill in). Their lists hold no questions, so the rules of a
/// collection's items leave them alone; the rules of Markdown itself still apply.
enum ProjectDocuments {
    static let names: Set<String> = ["changelog", "changes", "history", "news", "release_notes", "release-notes", "releases"]

    /// An issue or pull-request template (`.github/PULL_REQUEST_TEMPLATE.md`,
    /// `.github/ISSUE_TEMPLATE/bug.md`), or a document's template (`test-type-template.md`,
    /// `templates/design-review.md`, `每日学习模板.md`): its headings are the fields of a form to fill in
    /// (`## Paper Title:`) and its `1.` items the steps to write, empty on purpose. (A file
    /// named `template.md` alone may be the source a list's README is generated from.)
    static func isTemplate(_ path: String) -> Bool {
        let components = path.lowercased().split(separator: "/")
        if components.dropLast().contains(".github") && components.contains(where: { $0.contains("template") }) { return true }
        if components.dropLast().contains(where: { $0 == "templates" || $0 == "template" }) { return true }
        guard let name = components.last else { return false }
        let stem = name.split(separator: ".").first.map(String.init) ?? String(name)
        // `TEMPLATE.md` in capitals, as `README.md` and `CONTRIBUTING.md` are: the project's form to
        // copy (a lower-case `template.md` may be notes on C++ templates).
        if let written = path.split(separator: "/").last, written.hasPrefix("TEMPLATE.") || written == "TEMPLATE" { return true }
        // `Java_30K_每日学习模板.md`, `日报テンプレート.md`: the word in Chinese, Japanese or Korean
        // closes the name (`模板引擎.md` is about template engines).
        if ["模板", "模版", "テンプレート", "템플릿"].contains(where: { stem.hasSuffix($0) }) { return true }
        return stem != "template" && stem.split(whereSeparator: { $0 == "-" || $0 == "_" }).contains("template")
    }

    /// A draft of a page (`README.draft.md`, `draft-readme.md`, `drafts/intro.md`): written for
    /// the place it will be copied to.
    static func isDraft(_ path: String) -> Bool {
        let components = path.lowercased().split(separator: "/")
        if components.dropLast().contains(where: { $0 == "draft" || $0 == "drafts" }) { return true }
        guard let name = components.last else { return false }
        return name.split(whereSeparator: { $0 == "." || $0 == "-" || $0 == "_" }).contains("draft")
    }

    /// A docsify site's navigation (`_sidebar.md`, `_navbar.md`, `_coverpage.md`): shown beside
    /// the page being read, so its `#fragment` links point into that page, not into itself.
    static func isSiteNavigation(_ path: String) -> Bool {
        let name = path.lowercased().split(separator: "/").last ?? ""
        return ["_sidebar.md", "_navbar.md", "_coverpage.md"].contains(name)
    }

    /// A site's navigation as above, or a GitBook's `SUMMARY.md`: its chapters, most of its
    /// links leading to the book's own pages.
    static func isSiteNavigation(_ file: MarkdownFile) -> Bool {
        if isSiteNavigation(file.path) { return true }
        guard (file.path.lowercased().split(separator: "/").last ?? "") == "summary.md" else { return false }
        let links = file.document.links.filter { !$0.isImage }
        let pages = links.count { link in
            let destination = link.destination.lowercased()
            return !destination.contains("://") && !destination.hasPrefix("#") && !destination.hasPrefix("mailto:")
        }
        return links.count >= 2 && pages * 2 > links.count
    }

    /// `LICENSE.md`, `LICENCE.md`, `COPYING.md`, `LICENSE-CC-BY.md`: a licence's legal text, copied
    /// as its publisher wrote it (`### Using Creative Commons Public Licenses` under the title,
    /// `http://creativecommons.org/`); the project does not restyle it.
    static func isLicense(_ path: String) -> Bool {
        let stem = lowercasedStem(of: path)
        return ["license", "licence", "copying"].contains { stem == $0 || stem.hasPrefix($0 + "-") || stem.hasPrefix($0 + "_") }
    }

    /// `CODE_OF_CONDUCT.md`, `code-of-conduct.md`: a code of conduct, most often the Contributor
    /// Covenant's text adopted as its publisher wrote it (with its `http://contributor-covenant.org` links).
    static func isCodeOfConduct(_ path: String) -> Bool {
        ["code_of_conduct", "code-of-conduct", "codeofconduct"].contains(lowercasedStem(of: path))
    }

    /// `license` of `docs/LICENSE.md`: the file's name, lowercased, up to its first `.`.
    static func lowercasedStem(of path: String) -> String {
        let name = path.lowercased().split(separator: "/").last.map(String.init) ?? path.lowercased()
        return name.split(separator: ".").first.map(String.init) ?? name
    }

    static func isProjectDocument(_ path: String) -> Bool {
        let components = path.lowercased().split(separator: "/")
        if components.dropLast().contains(".github") { return true }
        guard let name = components.last else { return false }
        let stem = name.split(separator: ".").first.map(String.init) ?? String(name)
        if names.contains(stem) { return true }
        // `CHANGELOG-1.19.md`, `release-notes-draft.md`: one release's notes.
        // (`releases-plan.md`, `news-sources.md` are pages of their own.)
        if ["changelog", "release-notes", "release_notes"].contains(where: { stem.hasPrefix($0 + "-") || stem.hasPrefix($0 + "_") }) { return true }
        return false
    }

    /// `burndown_meeting_minutes_archive.md`, `meeting-notes-archive/2023.md`: a meeting's
    /// minutes, whose items are remarks and the issues they cite. (`learn-x-in-5-minutes.md` is
    /// no meeting's.) Their empty bullets and sections still show as they do anywhere.
    static func isMinutes(_ path: String) -> Bool {
        path.lowercased().split(separator: "/").contains { component in
            component.split(separator: ".").first == "minutes"
                || component.contains("meeting") && (component.contains("minutes") || component.contains("notes"))
        }
    }

    /// A project document or a meeting's minutes: files whose lists are notes, not a collection's
    /// entries (item-format and the conventions read them so).
    static func holdsNotes(_ path: String) -> Bool {
        isProjectDocument(path) || isMinutes(path)
    }

    /// A changelog, a release's notes, a template under `.github/` or a meeting's minutes:
    /// records whose links are no collection's entries. (`history.md`, `news.md` may be a
    /// collection's own category.)
    static func isRecord(_ path: String) -> Bool {
        guard isProjectDocument(path) else { return isMinutes(path) }
        let name = path.lowercased().split(separator: "/").last.map(String.init) ?? ""
        let stem = name.split(separator: ".").first.map(String.init) ?? name
        return !["history", "news", "releases"].contains(stem)
    }
}
