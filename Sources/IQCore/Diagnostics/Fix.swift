import IQMarkdown

/// Replace the bytes of `range` with `replacement`. An empty range inserts.
public struct Edit: Sendable, Hashable {
    public let range: SourceRange
    public let replacement: String

    public init(range: SourceRange, replacement: String) {
        self.range = range
        self.replacement = replacement
    }

    public static func insert(_ text: String, at offset: Int) -> Edit { Edit(range: .empty(at: offset), replacement: text) }
    public static func delete(_ range: SourceRange) -> Edit { Edit(range: range, replacement: "") }
}

/// How sure a fix is to keep the meaning of the document (ruff's model).
public enum Applicability: String, Sendable, Comparable, Codable {
    /// Applied by `--fix`: it cannot change what the document says.
    case safe
    /// Applied only with `--unsafe-fixes`: it changes content or needs a human to confirm.
    case unsafe

    public static func < (lhs: Applicability, rhs: Applicability) -> Bool { lhs == .safe && rhs == .unsafe }
}

/// A repair: edits applied together or not at all.
public struct Fix: Sendable, Hashable {
    public let title: String
    public let applicability: Applicability
    public let edits: [Edit]

    public init(title: String, applicability: Applicability, edits: [Edit]) {
        self.title = title
        self.applicability = applicability
        self.edits = edits.sorted { $0.range < $1.range }
    }

    public static func safe(_ title: String, _ edits: [Edit]) -> Fix { Fix(title: title, applicability: .safe, edits: edits) }
    public static func unsafe(_ title: String, _ edits: [Edit]) -> Fix { Fix(title: title, applicability: .unsafe, edits: edits) }

    /// The smallest range covering every edit.
    public var span: SourceRange? {
        guard let first = edits.first else { return nil }
        return edits.dropFirst().reduce(first.range) { $0.union($1.range) }
    }
}
