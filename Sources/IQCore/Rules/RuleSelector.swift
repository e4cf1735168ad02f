/// What `--select`, `--ignore` and `per-file-ignores` accept: a rule id, a group (the folder
/// the rule lives in: `links`, `lists`, `headings`…), a pattern (`toc-*`), an id prefix
/// ending before a hyphen (`toc`, `duplicate`), or `all`.
public enum RuleSelector {
    public struct Failure: Error, Sendable {
        public let message: String
    }

    public static func resolve(_ selector: String, in rules: [RuleDescription]) throws(Failure) -> [String] {
        let ids = rules.map(\.id)
        let lowered = selector.lowercased()
        if lowered == "all" { return ids }
        if ids.contains(lowered) { return [lowered] }
        let inGroup = rules.filter { $0.group == lowered }.map(\.id)
        if !inGroup.isEmpty { return inGroup }
        if lowered.contains("*") || lowered.contains("?") || lowered.contains("[") {
            let matched = ids.filter { Glob.matchSegment(Array(lowered), Array($0)) }
            if !matched.isEmpty { return matched }
            throw Failure(message: "'\(selector)' matches no rule; `iqlint rules` lists them")
        }
        let prefixed = ids.filter { $0.hasPrefix(lowered + "-") }
        if !prefixed.isEmpty { return prefixed }
        let groups = Set(rules.map(\.group)).sorted()
        throw Failure(message: "unknown rule '\(selector)'\(Configuration.suggestion(for: lowered, in: ids + groups)); groups: \(groups.joined(separator: ", "))")
    }

    /// Every selector resolved, in rule order, without repeats.
    public static func resolve(_ selectors: [String], in rules: [RuleDescription]) throws(Failure) -> [String] {
        var chosen = Set<String>()
        for selector in selectors { chosen.formUnion(try resolve(selector, in: rules)) }
        return rules.map(\.id).filter(chosen.contains)
    }
}
