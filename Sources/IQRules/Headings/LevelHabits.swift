import IQCore
import IQMarkdown

/// `# Title` over `### One Paragraph Explainer`, and no `##` anywhere, in page after page of a
/// collection: a jump over a level the files never use, made in three files or more, is how the
/// collection sets its sections, not one page's slip. A habit is written `1>3` (from level 1 to
/// level 3).
struct LevelHabits: Sendable {
    let habits: Set<String>

    /// Files a jump must be made in, over a level they never use, to be the collection's habit.
    static let minimumFiles = 3

    static func of(_ collection: [MarkdownFile]) -> LevelHabits {
        var files: [String: Int] = [:]
        for file in collection {
            for habit in jumps(in: file.document) { files[habit, default: 0] += 1 }
        }
        return LevelHabits(habits: Set(files.filter { $0.value >= minimumFiles }.keys))
    }

    /// The jumps of `document` over levels it uses nowhere.
    static func jumps(in document: Document) -> Set<String> {
        let levels = Set(document.headings.map(\.level))
        var found = Set<String>()
        for (previous, heading) in zip(document.headings, document.headings.dropFirst()) where heading.level > previous.level + 1 {
            if !levels.contains(where: { $0 > previous.level && $0 < heading.level }) { found.insert(key(previous.level, heading.level)) }
        }
        return found
    }

    /// Whether the collection's files make the jump from level `from` to level `to` over a
    /// level they never use (the caller has found no heading of a level between in its file).
    func containsJump(from: Int, to: Int) -> Bool { habits.contains(Self.key(from, to)) }

    private static func key(_ from: Int, _ to: Int) -> String { "\(from)>\(to)" }
}
