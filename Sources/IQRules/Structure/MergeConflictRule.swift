import IQCore
import IQMarkdown

public struct MergeConflictRule: DocumentRule {
    public static let description = RuleDescription(
        id: "merge-conflict",
        summary: "no unresolved merge conflict is left in a file",
        details: """
            Reports the markers git leaves in a file when a merge stops at a conflict: a line \
            `<<<<<<< HEAD`, the one version, `=======`, the other version, and `>>>>>>> branch` \
            (with `||||||| base` in diff3 style), each marker at the start of its line. One \
            finding per conflict, at its first marker, naming the lines of the others; and an \
            opening marker with a name left alone (`<<<<<<< HEAD`, no `=======` or `>>>>>>>` \
            after it: the conflict resolved but for that line). A conflict \
            shown whole inside one code block (a page about git) is not reported. There is no \
            fix: which version to keep is the author's choice. Until it is made, the other rules \
            report nothing inside the conflict (both versions of a list would count as one, both \
            copies of an entry as a duplicate), and no fix edits it.
            """,
        rationale: """
            A conflict committed by mistake publishes both versions of the text, and its markers \
            render as a quote seven levels deep (`>>>>>>>`) or as a heading's underline \
            (`=======` under a line of text); a conflict that cuts through a code fence breaks \
            every block after it.
            """,
        defaultSeverity: .error,
        fix: .none,
        triggeringExamples: [
            RuleExample("1. Set up the canvas.\n↓<<<<<<< HEAD\n2. Draw a circle.\n"),
            RuleExample("# S3\n\n- maximum object size: 5TB\n↓<<<<<<< HEAD\n- maximum number of buckets: 100\n=======\n- maximum number of buckets: 100 per account\n>>>>>>> master\n"),
        ],
        nonTriggeringExamples: [
            // A page about git shows a conflict in a code block.
            RuleExample("Git marks the conflict:\n\n```\n<<<<<<< HEAD\nour line\n=======\ntheir line\n>>>>>>> feature\n```\n"),
            RuleExample("Title\n=======\n\nText.\n"),
        ]
    )

    public init(options: RuleOptions) {}

    public func check(_ file: MarkdownFile) -> [Violation] {
        let source = file.source
        // `<<<<<<< HEAD` alone: the rest of the conflict resolved, its first marker left behind.
        let lone = file.mergeConflicts.loneOpenings.map { line in
            Violation(range: source.lineRange(line),
                      message: "expected no merge conflict marker, found '\(source.lineText(line).trimmedWhitespace)' left alone (no '=======' or '>>>>>>>' follows it)",
                      help: ["a conflict resolved but for its opening marker: delete the line"])
        }
        return lone + file.mergeConflicts.conflicts.map { conflict in
            let first = conflict.markerLines[0]
            let others = conflict.markerLines.dropFirst().map(String.init).joined(separator: ", ")
            return Violation(
                range: source.lineRange(first),
                message: "expected no merge conflict, found the markers of an unresolved one (here and at lines \(others))",
                help: ["git left both versions of the text: keep the one you want (or merge them by hand) and delete the marker lines"])
        }
    }
}
