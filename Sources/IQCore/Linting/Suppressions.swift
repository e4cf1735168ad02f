import IQMarkdown

/// Inline suppression comments of one file:
/// `<!-- iqlint-disable RULE… -->` … `<!-- iqlint-enable RULE… -->` (no ids: every rule),
/// `<!-- iqlint-disable-line RULE… -->` (the comment's own line),
/// `<!-- iqlint-disable-next-line RULE… -->`, `<!-- iqlint-disable-file RULE… -->`; and the
/// comments of remark-lint and markdownlint for the rules iqlint shares with them
/// (`ForeignSuppressions`).
struct Suppressions {
    enum Kind: String, CaseIterable {
        case disable = "iqlint-disable"
        case enable = "iqlint-enable"
        case disableLine = "iqlint-disable-line"
        case disableNextLine = "iqlint-disable-next-line"
        case disableFile = "iqlint-disable-file"
    }

    /// A comment that looks like a directive but names none (`iqlint-disabel`).
    struct Misspelled {
        let name: String
        let range: SourceRange
    }

    struct Directive {
        let kind: Kind
        /// Empty means every rule.
        let ruleIDs: [String]
        let range: SourceRange
    }

    /// Lines on which some rules (nil: all, minus `except`) are off, and the directive that said so.
    private struct Region {
        let lines: ClosedRange<Int>
        let ruleIDs: Set<String>?
        let except: Set<String>
        let directive: Int

        func covers(_ rule: String, line: Int) -> Bool {
            guard lines.contains(line), !except.contains(rule) else { return false }
            return ruleIDs?.contains(rule) ?? true
        }
    }

    let directives: [Directive]
    let misspelled: [Misspelled]
    private let regions: [Region]

    init(document: Document) {
        let source = document.source
        var directives: [Directive] = []
        var misspelled: [Misspelled] = []
        var foreign: [String: [Directive]] = [:]
        var ignored: [Region] = []
        for comment in document.htmlComments {
            if let found = ForeignSuppressions.directive(from: comment) {
                guard let kind = found.kind else {
                    // remark-lint's `ignore`: the block after the comment.
                    let line = source.reportedLine(containing: comment.range.start)
                    let end = ForeignSuppressions.nextSibling(after: comment.range, in: document.blocks)
                        .map { source.reportedLine(containing: max($0.end - 1, $0.start)) } ?? line + 1
                    ignored.append(Region(lines: line...max(line, end), ruleIDs: Set(found.ruleIDs), except: [], directive: Self.foreignDirective))
                    continue
                }
                foreign[found.linter, default: []].append(Directive(kind: kind, ruleIDs: found.ruleIDs, range: comment.range))
                continue
            }
            let words = comment.body.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "," })
            guard let first = words.first else { continue }
            guard let kind = Kind(rawValue: String(first)) else {
                // Only words that start like a directive: `iqlint-…` or `iqlint:…`, any case.
                let lowered = first.lowercased()
                if lowered.hasPrefix("iqlint-") || lowered.hasPrefix("iqlint:") {
                    misspelled.append(Misspelled(name: String(first), range: comment.range))
                }
                continue
            }
            directives.append(Directive(kind: kind, ruleIDs: words.dropFirst().map(String.init), range: comment.range))
        }
        var regions = Self.regions(of: directives.enumerated().map { ($0.element, $0.offset) }, in: source)
        // Each other linter's comments open and close their own regions only.
        for linter in foreign.keys.sorted() {
            regions += Self.regions(of: foreign[linter, default: []].map { ($0, Self.foreignDirective) }, in: source)
        }
        self.directives = directives
        self.misspelled = misspelled
        self.regions = regions + ignored
    }

    /// Stands for a directive written for another linter: it hides findings, and is never
    /// judged as unused.
    static let foreignDirective = -1

    /// The regions a sequence of directives turns off; `index` is what each region reports as
    /// its directive.
    private static func regions(of directives: [(directive: Directive, index: Int)], in source: SourceText) -> [Region] {
        let lastLine = max(source.reportedLineCount, 1)
        var regions: [Region] = []
        var open: [(start: Int, ruleIDs: Set<String>?, except: Set<String>, directive: Int)] = []
        for (directive, index) in directives {
            let line = source.reportedLine(containing: directive.range.start)
            let endLine = source.reportedLine(containing: max(directive.range.end - 1, directive.range.start))
            let ids = directive.ruleIDs.isEmpty ? nil : Set(directive.ruleIDs)
            switch directive.kind {
            case .disableFile:
                regions.append(Region(lines: 1...lastLine, ruleIDs: ids, except: [], directive: index))
            case .disableLine:
                regions.append(Region(lines: line...endLine, ruleIDs: ids, except: [], directive: index))
            case .disableNextLine:
                let next = min(endLine + 1, lastLine)
                regions.append(Region(lines: next...next, ruleIDs: ids, except: [], directive: index))
            case .disable:
                open.append((line, ids, [], index))
            case .enable:
                var stillOpen: [(start: Int, ruleIDs: Set<String>?, except: Set<String>, directive: Int)] = []
                for region in open {
                    regions.append(Region(lines: region.start...max(region.start, line), ruleIDs: region.ruleIDs,
                                          except: region.except, directive: region.directive))
                    guard let ids else { continue }
                    if let regionIDs = region.ruleIDs {
                        let remaining = regionIDs.subtracting(ids)
                        if !remaining.isEmpty { stillOpen.append((line, remaining, [], region.directive)) }
                    } else {
                        stillOpen.append((line, nil, region.except.union(ids), region.directive))
                    }
                }
                open = stillOpen
            }
        }
        for region in open {
            regions.append(Region(lines: region.start...lastLine, ruleIDs: region.ruleIDs, except: region.except, directive: region.directive))
        }
        return regions
    }

    /// True when the file has no suppression comment: nothing to look up per diagnostic.
    var isEmpty: Bool { regions.isEmpty }

    /// The index of the directive that suppresses `rule` on `line`, if any.
    func suppressor(of rule: String, line: Int) -> Int? {
        regions.first { $0.covers(rule, line: line) }?.directive
    }
}
