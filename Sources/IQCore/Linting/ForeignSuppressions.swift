import IQMarkdown

/// Suppression comments written for another Markdown linter, honoured for the iqlint rules that
/// report the same thing: a maintainer who already silenced a finding for awesome-lint or
/// markdownlint should not have to silence it a second time.
/// - remark-lint (awesome-lint): `<!--lint ignore double-link-->` (the next block),
///   `<!--lint disable double-link-->` … `<!--lint enable double-link-->`.
/// - markdownlint: `<!-- markdownlint-disable MD024 -->` … `<!-- markdownlint-enable MD024 -->`,
///   `-disable-line`, `-disable-next-line`, `-disable-file`, `-capture` … `-restore`.
/// Only a comment naming a rule with an iqlint counterpart turns that rule off (a bare
/// `<!-- markdownlint-disable -->` is usually there for inline HTML or line length; `MD013` has
/// no counterpart). These comments are never reported as unused: they are there for the other
/// linter.
enum ForeignSuppressions {
    /// The iqlint rules each foreign rule id stands for (lowercased ids; markdownlint's by
    /// number and by alias).
    static let counterparts: [String: [String: String]] = [
        "remark-lint": [
            "double-link": "duplicate-link",
            "no-duplicate-headings": "duplicate-heading",
            "no-duplicate-headings-in-section": "duplicate-heading",
            "ordered-list-marker-value": "list-numbering",
            "no-dead-urls": "dead-link",
            "no-empty-sections": "empty-section",
            "no-heading-punctuation": "heading-punctuation",
            "no-literal-urls": "bare-url",
            "final-newline": "final-newline",
            "no-trailing-spaces": "trailing-whitespace",
            "heading-increment": "heading-increment",
            "list-item-indent": "list-marker-spacing",
            "awesome-toc": "toc-sync",
            "awesome-list-item": "item-format",
        ],
        "markdownlint": [
            "md001": "heading-increment", "heading-increment": "heading-increment",
            "md009": "trailing-whitespace", "no-trailing-spaces": "trailing-whitespace",
            "md018": "heading-space", "no-missing-space-atx": "heading-space",
            "md020": "heading-space", "no-missing-space-closed-atx": "heading-space",
            "md024": "duplicate-heading", "no-duplicate-heading": "duplicate-heading",
            "md026": "heading-punctuation", "no-trailing-punctuation": "heading-punctuation",
            "md029": "list-numbering", "ol-prefix": "list-numbering",
            "md030": "list-marker-spacing", "list-marker-space": "list-marker-spacing",
            "md034": "bare-url", "no-bare-urls": "bare-url",
            "md047": "final-newline", "single-trailing-newline": "final-newline",
            "md051": "toc-anchor", "link-fragments": "toc-anchor",
        ],
    ]

    /// One foreign comment read as an iqlint directive over the counterpart rules; nil when it
    /// is no such comment, or names only rules without a counterpart.
    static func directive(from comment: HTMLComment) -> (linter: String, kind: Suppressions.Kind?, ruleIDs: [String])? {
        let words = comment.body.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "," })
            .map { $0.lowercased() }
        guard let first = words.first else { return nil }
        let linter: String, kind: Suppressions.Kind?, named: ArraySlice<String>
        if first == "lint", words.count >= 2 {
            linter = "remark-lint"
            switch words[1] {
            case "ignore": kind = nil
            case "disable": kind = .disable
            case "enable": kind = .enable
            default: return nil
            }
            named = words.dropFirst(2)
        } else if first.hasPrefix("markdownlint-") {
            linter = "markdownlint"
            switch first.dropFirst("markdownlint-".count) {
            case "disable": kind = .disable
            case "enable", "restore": kind = .enable
            case "disable-line": kind = .disableLine
            case "disable-next-line": kind = .disableNextLine
            case "disable-file": kind = .disableFile
            default: return nil
            }
            // `markdownlint-restore` takes no ids: back to where the last `capture` was, which
            // for the rules iqlint honours is everything enabled.
            named = first == "markdownlint-restore" ? [] : words.dropFirst()
        } else {
            return nil
        }
        guard let table = counterparts[linter] else { return nil }
        // `<!-- markdownlint-disable -->` around an HTML table is there for inline HTML or line
        // length, not to hide a broken anchor: only a comment naming a rule turns one off. An
        // `enable` naming none ends them all.
        if named.isEmpty, kind != .enable { return nil }
        let ids = named.isEmpty ? Set(table.values) : Set(named.compactMap { table[$0] })
        guard !ids.isEmpty else { return nil }
        return (linter, kind, ids.sorted())
    }

    /// The range of the block after `comment` among its siblings (what remark-lint's `ignore`
    /// covers); nil when the comment sits inside a paragraph or is the last of its siblings.
    static func nextSibling(after comment: SourceRange, in blocks: [Block]) -> SourceRange? {
        for (index, block) in blocks.enumerated() where block.range.contains(comment.start) {
            switch block {
            case .list(let list):
                guard let item = list.items.first(where: { $0.range.contains(comment.start) }) else { return nil }
                return nextSibling(after: comment, in: item.children)
            case .blockQuote(let quote):
                return nextSibling(after: comment, in: quote.children)
            case .html:
                return blocks[(index + 1)...].first?.range
            default:
                return nil
            }
        }
        return blocks.first { $0.range.start >= comment.end }?.range
    }
}
