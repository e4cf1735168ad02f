/// The `conventions:` mapping of `.iqlint.yml`: values that replace what iqlint infers from a
/// document (see `iqlint conventions FILE`). Keys and types are checked when loading.
public struct ConventionOverrides: Sendable, Equatable {
    /// Every key with the type of value it takes and what it replaces.
    public static let known: [(key: String, example: ConfigValue, summary: String)] = [
        ("answers", "per-item", "how answers are attached: per-item, per-section or none"),
        ("numbering", "ordered", "numbering of ordered lists: ordered, one or one-or-ordered"),
        ("toc-levels", [2], "heading levels the table of contents lists"),
        ("labels", ["答案"], "link texts that are labels, not questions"),
        ("campaign-params", ["utm_source"], "query parameters that are the collection's own campaign tags"),
        ("question-sections", ["面试题"], "headings (text contained) whose lists are questions, whatever they look like"),
        ("items", "questions", "what the question lists hold: questions, names (an awesome-list, a book list) or answer points (the lists of written answers under question headings); duplicate-question compares only questions"),
        ("translations", [["README.md", "README.zh-CN.md"]], "groups of files that translate each other (globs)"),
    ]

    public static let allowedStrings: [String: [String]] = [
        "answers": ["per-item", "per-section", "none"],
        "numbering": ["ordered", "one", "one-or-ordered"],
        "items": ["questions", "names", "answer points"],
    ]

    public var values: [String: ConfigValue]

    public init(_ values: [String: ConfigValue] = [:]) { self.values = values }

    public var isEmpty: Bool { values.isEmpty }

    public func string(_ key: String) -> String? {
        if case .string(let value)? = values[key] { value } else { nil }
    }

    public func strings(_ key: String) -> [String]? {
        guard case .list(let items)? = values[key] else { return nil }
        return items.compactMap { if case .string(let value) = $0 { value } else { nil } }
    }

    public func ints(_ key: String) -> [Int]? {
        guard case .list(let items)? = values[key] else { return nil }
        return items.compactMap { if case .int(let value) = $0 { value } else { nil } }
    }

    public func stringGroups(_ key: String) -> [[String]]? {
        guard case .list(let groups)? = values[key] else { return nil }
        return groups.compactMap { group in
            guard case .list(let items) = group else { return nil }
            return items.compactMap { if case .string(let value) = $0 { value } else { nil } }
        }
    }
}
