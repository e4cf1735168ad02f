/// An ordered list of globs relative to a folder, with `{a,b}` alternatives and `!negation`:
/// the last pattern that matches a path decides, so `["vendor", "!vendor/keep.md"]` covers
/// `vendor` except one file. A pattern also covers everything below a folder it matches.
public struct PathPatterns: Sendable {
    struct Entry: Sendable {
        let negated: Bool
        let globs: [Glob]
    }

    /// The absolute folder the patterns are relative to.
    public let root: String
    public let patterns: [String]
    private let entries: [Entry]

    /// `patterns` must have passed `Glob.problem(in:)`; a pattern that did not is ignored.
    public init(_ patterns: [String], root: String) {
        self.root = root
        self.patterns = patterns
        entries = patterns.compactMap { pattern in
            let negated = pattern.hasPrefix("!")
            let body = negated ? String(pattern.dropFirst()) : pattern
            guard let expanded = Glob.expandBraces(body) else { return nil }
            return Entry(negated: negated, globs: expanded.map(Glob.init))
        }
    }

    public var isEmpty: Bool { entries.isEmpty }
    public var hasNegations: Bool { entries.contains(where: \.negated) }

    /// true: the last matching pattern is positive; false: it is a negation; nil: none matches.
    public func decision(for path: String) -> Bool? {
        let relative = relativePath(path)
        for entry in entries.reversed() where entry.globs.contains(where: { $0.matchesPathOrAncestor(relative) }) {
            return !entry.negated
        }
        return nil
    }

    public func matches(_ path: String) -> Bool { decision(for: path) == true }

    /// `path` (absolute, or relative to the working directory) relative to `root`.
    public func relativePath(_ path: String) -> String {
        let absolute = FileSystem.absolute(path)
        let prefix = root.hasSuffix("/") ? root : root + "/"
        return PathSplitting.dropping(prefix, from: absolute) ?? path
    }
}
