import Yams

/// Settings from `.iqlint.yml` (or `.iqlint.yaml`):
///
/// ```yaml
/// extends: ../.iqlint.yml   # inherit, then override
/// include: ["**/*.md"]
/// exclude: ["vendor", "drafts/**", "!drafts/keep.md"]
/// per-file-ignores:
///   "CHANGELOG.md": [list-numbering]
/// rules:
///   list-numbering:
///     severity: warning     # error | warning | info | off
///     style: one
///   missing-link: off
/// ```
public struct Configuration: Sendable {
    public struct RuleSettings: Sendable, Equatable {
        /// nil: the rule's own severity; `.off` via `enabled == false`.
        public var severity: Severity?
        public var enabled: Bool
        public var options: [String: ConfigValue]

        public init(severity: Severity? = nil, enabled: Bool = true, options: [String: ConfigValue] = [:]) {
            self.severity = severity
            self.enabled = enabled
            self.options = options
        }
    }

    /// Rules turned off for the files that match `patterns`.
    public struct PerFileIgnore: Sendable {
        public let patterns: PathPatterns
        public let rules: Set<String>
    }

    public static let fileName = ".iqlint.yml"
    /// The names searched for in each folder; both in one folder is an error.
    public static let fileNames = [".iqlint.yml", ".iqlint.yaml"]
    /// Larger files are not configuration; also bounds what YAML aliases can expand to.
    public static let maximumFileSize = 1 << 20
    public static let maximumValues = 10_000
    public static let maximumDepth = 32

    /// Where the configuration came from; relative globs are matched against paths relative to
    /// its folder.
    public var path: String?
    public var include: [String] { didSet { includePatterns = PathPatterns(include, root: folder) } }
    public var exclude: [String] { didSet { excludePatterns = PathPatterns(exclude, root: folder) } }
    public var rules: [String: RuleSettings]
    public var perFileIgnores: [PerFileIgnore] = []
    /// `extends:` as written, resolved against the folder of `path` by the loader.
    public var extends: String?
    /// The files this configuration was read from, the nearest first (more than one with `extends`).
    public var sources: [String] = []
    public private(set) var includePatterns: PathPatterns
    public private(set) var excludePatterns: PathPatterns
    /// Keys the file set, so `extends` knows what to inherit.
    var setKeys: Set<String> = []
    /// Rules whose severity (or `off`) the file set, as opposed to only their options.
    var severitySet: Set<String> = []
    /// Replaces what iqlint infers from each document (`conventions:`).
    public var conventions: ConventionOverrides
    /// The `links:` section: whether plain `check` runs the network link check, and its settings.
    public var links: LinkSettings

    public init(path: String? = nil, include: [String] = [], exclude: [String] = [], rules: [String: RuleSettings] = [:],
                conventions: ConventionOverrides = ConventionOverrides(), links: LinkSettings = LinkSettings()) {
        self.path = path
        self.include = include
        self.exclude = exclude
        self.rules = rules
        let folder = path.map { FileSystem.absolute(FileSystem.folder(of: $0)) } ?? FileSystem.currentDirectory
        includePatterns = PathPatterns(include, root: folder)
        excludePatterns = PathPatterns(exclude, root: folder)
        sources = path.map { [$0] } ?? []
        self.conventions = conventions
        self.links = links
    }

    /// The absolute folder relative globs start from: the file's folder, else the working directory.
    public var folder: String {
        path.map { FileSystem.absolute(FileSystem.folder(of: $0)) } ?? FileSystem.currentDirectory
    }

    /// Whether a file found by walking folders (or named, with `--force-exclude`) is linted.
    public func isSelected(_ path: String) -> Bool {
        if !includePatterns.isEmpty, !includePatterns.matches(path) { return false }
        return !excludePatterns.matches(path)
    }

    /// Whether a folder can be skipped whole: excluded, and no `!pattern` could bring a file back.
    public func excludesFolder(_ path: String) -> Bool {
        !excludePatterns.hasNegations && excludePatterns.matches(path)
    }

    /// The rules `per-file-ignores` turns off for `path`.
    public func ignoredRules(for path: String) -> Set<String> {
        var result = Set<String>()
        for entry in perFileIgnores where entry.patterns.matches(path) { result.formUnion(entry.rules) }
        return result
    }

    /// This configuration on top of `base` (`extends`): keys set here win, rule settings are
    /// merged option by option, per-file ignores add up.
    public func inheriting(from base: Configuration) -> Configuration {
        var merged = base
        merged.path = path
        merged.sources = sources + base.sources
        if setKeys.contains("include") { merged.includePatterns = includePatterns; merged.setInclude(include) }
        if setKeys.contains("exclude") { merged.excludePatterns = excludePatterns; merged.setExclude(exclude) }
        for (id, settings) in rules {
            var combined = base.rules[id] ?? RuleSettings()
            if severitySet.contains(id) {
                combined.severity = settings.severity
                combined.enabled = settings.enabled
            }
            combined.options.merge(settings.options) { $1 }
            merged.rules[id] = combined
        }
        merged.perFileIgnores = base.perFileIgnores + perFileIgnores
        if setKeys.contains("conventions") { merged.conventions = conventions }
        if setKeys.contains("links") { merged.links = links }
        merged.setKeys = base.setKeys.union(setKeys)
        merged.severitySet = base.severitySet.union(severitySet)
        merged.extends = nil
        return merged
    }

    // Keeps another file's patterns (and their folder) without recompiling against this folder.
    private mutating func setInclude(_ patterns: [String]) {
        let compiled = includePatterns
        include = patterns
        includePatterns = compiled
    }

    private mutating func setExclude(_ patterns: [String]) {
        let compiled = excludePatterns
        exclude = patterns
        excludePatterns = compiled
    }

    public func settings(for id: String) -> RuleSettings { rules[id] ?? RuleSettings() }

    /// Parses and validates YAML against the known rules; every error names the line.
    public static func parse(yaml: String, path: String, knownRules: [RuleDescription]) throws(ConfigurationError) {
        _ = try load(yaml: yaml, path: path, knownRules: knownRules)
    }

    public static func load(yaml: String, path: String, knownRules: [RuleDescription]) throws(ConfigurationError) -> Configuration {
        guard yaml.utf8.count <= maximumFileSize else {
            throw ConfigurationError(path: path, line: nil, problem: "larger than \(maximumFileSize / 1024) KB; not a configuration file")
        }
        let root: Node?
        do {
            root = try Yams.compose(yaml: yaml)
        } catch let error as YamlError {
            throw ConfigurationError(path: path, line: yamlErrorLine(error), problem: "invalid YAML: \(yamlErrorSummary(error))")
        } catch {
            throw ConfigurationError(path: path, line: nil, problem: "invalid YAML: \(error)")
        }
        var configuration = Configuration(path: path)
        guard let root else { return configuration }
        // Aliases make a small file a huge tree (`&a [*b, *b, …]`): count before converting anything.
        if exceedsValueBudget(root) {
            throw ConfigurationError(path: path, line: line(root),
                                     problem: "more than \(maximumValues) values or \(maximumDepth) levels once YAML aliases are expanded; not a configuration")
        }
        guard let mapping = root.mapping else {
            throw ConfigurationError(path: path, line: line(root), problem: "expected a mapping at the top level")
        }
        let byID = Dictionary(knownRules.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        for (keyNode, valueNode) in mapping {
            let key = keyNode.string ?? ""
            configuration.setKeys.insert(key)
            switch key {
            case "include": configuration.include = try globList(valueNode, key: key, path: path)
            case "exclude": configuration.exclude = try globList(valueNode, key: key, path: path)
            case "extends":
                guard let target = valueNode.scalar?.string, !target.isEmpty else {
                    throw ConfigurationError(path: path, line: line(valueNode), problem: "'extends' must be the path of another configuration file")
                }
                configuration.extends = target
            case "per-file-ignores":
                guard let entries = valueNode.mapping else {
                    throw ConfigurationError(path: path, line: line(valueNode),
                                             problem: "'per-file-ignores' must map glob patterns to rule lists")
                }
                for (patternNode, rulesNode) in entries {
                    let patterns = try globList(patternNode, key: key, path: path)
                    let selectors: [String]
                    if let text = rulesNode.scalar?.string {
                        selectors = text.split(separator: ",").map { String($0).trimmed { $0 == " " } }
                    } else if let sequence = rulesNode.sequence, sequence.allSatisfy({ $0.scalar != nil }) {
                        selectors = sequence.compactMap(\.string)
                    } else {
                        throw ConfigurationError(path: path, line: line(rulesNode), problem: "per-file-ignores: expected a list of rules")
                    }
                    var ids = Set<String>()
                    for selector in selectors where !selector.isEmpty {
                        do {
                            ids.formUnion(try RuleSelector.resolve(selector, in: knownRules))
                        } catch {
                            throw ConfigurationError(path: path, line: line(rulesNode), problem: error.message)
                        }
                    }
                    configuration.perFileIgnores.append(PerFileIgnore(patterns: PathPatterns(patterns, root: configuration.folder), rules: ids))
                }
            case "rules":
                guard let rules = valueNode.mapping else {
                    throw ConfigurationError(path: path, line: line(valueNode), problem: "'rules' must be a mapping of rule ids")
                }
                for (ruleKey, ruleValue) in rules {
                    let id = ruleKey.string ?? ""
                    guard let description = byID[id] else {
                        throw ConfigurationError(path: path, line: line(ruleKey),
                                                 problem: "unknown rule '\(id)'\(suggestion(for: id, in: Array(byID.keys)))")
                    }
                    configuration.rules[id] = try ruleSettings(ruleValue, rule: description, path: path)
                    if ruleValue.scalar != nil || ruleValue.mapping?.contains(where: { $0.key.string == "severity" }) == true {
                        configuration.severitySet.insert(id)
                    }
                }
            case "conventions":
                configuration.conventions = try conventionOverrides(valueNode, path: path)
            case "links": configuration.links = try LinkSettings.parse(valueNode, path: path)
            default:
                throw ConfigurationError(path: path, line: line(keyNode),
                                         problem: "unknown key '\(key)' (expected extends, include, exclude, per-file-ignores, rules, conventions or links)")
            }
        }
        return configuration
    }

    /// Counts the values of the tree with aliases expanded, stopping as soon as the count passes
    /// `maximumValues`; iterative, so deep nesting cannot overflow the stack.
    private static func exceedsValueBudget(_ root: Node) -> Bool {
        var pending = [(root, 1)]
        var count = 0
        while let (node, depth) = pending.popLast() {
            count += 1
            if count > maximumValues || depth > maximumDepth { return true }
            switch node {
            case .sequence(let sequence): pending.append(contentsOf: sequence.map { ($0, depth + 1) })
            case .mapping(let mapping):
                for (key, value) in mapping { pending.append((key, depth + 1)); pending.append((value, depth + 1)) }
            default: break
            }
        }
        return false
    }

    private static func globList(_ node: Node, key: String, path: String) throws(ConfigurationError) -> [String] {
        let patterns = try stringList(node, key: key, path: path)
        for pattern in patterns {
            if let problem = Glob.problem(in: pattern) {
                throw ConfigurationError(path: path, line: line(node), problem: "\(key): \(problem)")
            }
        }
        return patterns
    }

    private static func ruleSettings(_ node: Node, rule: RuleDescription, path: String) throws(ConfigurationError) -> RuleSettings {
        if let scalar = node.scalar {
            return try severitySetting(scalar.string, node: node, rule: rule.id, path: path)
        }
        guard let mapping = node.mapping else {
            throw ConfigurationError(path: path, line: line(node), problem: "rule '\(rule.id)' takes a severity or a mapping of options")
        }
        var settings = RuleSettings()
        for (keyNode, valueNode) in mapping {
            let key = keyNode.string ?? ""
            if key == "severity" {
                let severity = try severitySetting(valueNode.string ?? "", node: valueNode, rule: rule.id, path: path)
                settings.severity = severity.severity
                settings.enabled = severity.enabled
                continue
            }
            guard let option = rule.options.first(where: { $0.name == key }) else {
                let known = (["severity"] + rule.options.map(\.name)).joined(separator: ", ")
                throw ConfigurationError(path: path, line: line(keyNode),
                                         problem: "unknown option '\(key)' for rule '\(rule.id)' (known: \(known))")
            }
            let value = configValue(valueNode)
            guard option.defaultValue.accepts(value) else {
                throw ConfigurationError(path: path, line: line(valueNode),
                                         problem: "option '\(key)' of rule '\(rule.id)' expects a \(option.defaultValue.typeName), found \(value.typeName)")
            }
            if let allowed = option.allowedValues, case .string(let text) = value, !allowed.contains(text) {
                throw ConfigurationError(path: path, line: line(valueNode),
                                         problem: "option '\(key)' of rule '\(rule.id)' must be one of \(allowed.joined(separator: ", ")), found '\(text)'")
            }
            settings.options[key] = value
        }
        return settings
    }

    private static func conventionOverrides(_ node: Node, path: String) throws(ConfigurationError) -> ConventionOverrides {
        guard let mapping = node.mapping else {
            throw ConfigurationError(path: path, line: line(node), problem: "'conventions' must be a mapping")
        }
        var values: [String: ConfigValue] = [:]
        for (keyNode, valueNode) in mapping {
            let key = keyNode.string ?? ""
            guard let known = ConventionOverrides.known.first(where: { $0.key == key }) else {
                throw ConfigurationError(path: path, line: line(keyNode),
                                         problem: "unknown convention '\(key)' (known: \(ConventionOverrides.known.map(\.key).joined(separator: ", ")))")
            }
            let value = configValue(valueNode)
            guard known.example.accepts(value) else {
                throw ConfigurationError(path: path, line: line(valueNode),
                                         problem: "convention '\(key)' expects a \(known.example.typeName), found \(value.typeName)")
            }
            if let allowed = ConventionOverrides.allowedStrings[key], case .string(let text) = value, !allowed.contains(text) {
                throw ConfigurationError(path: path, line: line(valueNode),
                                         problem: "convention '\(key)' must be one of \(allowed.joined(separator: ", ")), found '\(text)'")
            }
            values[key] = value
        }
        return ConventionOverrides(values)
    }

    private static func severitySetting(_ text: String, node: Node, rule: String, path: String) throws(ConfigurationError) -> RuleSettings {
        if text == "off" || text == "false" { return RuleSettings(enabled: false) }
        if text == "on" || text == "true" { return RuleSettings() }
        guard let severity = Severity(rawValue: text) else {
            throw ConfigurationError(path: path, line: line(node),
                                     problem: "severity of rule '\(rule)' must be error, warning, info or off, found '\(text)'")
        }
        return RuleSettings(severity: severity)
    }

    private static func stringList(_ node: Node, key: String, path: String) throws(ConfigurationError) -> [String] {
        if let single = node.scalar { return [single.string] }
        guard let sequence = node.sequence, sequence.allSatisfy({ $0.scalar != nil }) else {
            throw ConfigurationError(path: path, line: line(node), problem: "'\(key)' must be a list of glob patterns")
        }
        return sequence.compactMap(\.string)
    }

    /// Converts YAML to a `ConfigValue`, resolving plain scalars the way YAML 1.2 does.
    static func configValue(_ node: Node) -> ConfigValue {
        switch node {
        case .scalar(let scalar):
            if scalar.style == .plain {
                if let bool = Bool.construct(from: scalar) { return .bool(bool) }
                if let int = Int.construct(from: scalar) { return .int(int) }
                if let double = Double.construct(from: scalar) { return .double(double) }
            }
            return .string(scalar.string)
        case .sequence(let sequence):
            return .list(sequence.map(configValue))
        case .mapping(let mapping):
            var values: [String: ConfigValue] = [:]
            for (key, value) in mapping { values[key.string ?? ""] = configValue(value) }
            return .map(values)
        case .alias:
            return .string("")
        }
    }

    private static func line(_ node: Node) -> Int? { node.mark.map { $0.line } }

    private static func yamlErrorLine(_ error: YamlError) -> Int? {
        switch error {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _): mark.line
        default: nil
        }
    }

    private static func yamlErrorSummary(_ error: YamlError) -> String {
        switch error {
        case .scanner(_, let problem, _, _), .parser(_, let problem, _, _), .composer(_, let problem, _, _): problem
        default: "\(error)".split(separator: "\n").first.map(String.init) ?? "\(error)"
        }
    }

    /// ` (did you mean 'x'?)` for a near miss, else empty.
    public static func suggestionText(for id: String, in known: [String]) -> String { suggestion(for: id, in: known) }

    static func suggestion(for id: String, in known: [String]) -> String {
        guard let best = known.min(by: { editDistance($0, id) < editDistance($1, id) }),
              editDistance(best, id) <= max(2, id.count / 3) else { return "" }
        return " (did you mean '\(best)'?)"
    }
}

/// Levenshtein distance over characters, for "did you mean" hints.
public func editDistance(_ lhs: String, _ rhs: String) -> Int {
    editDistance(Array(lhs), Array(rhs), atMost: .max)!
}

/// The Levenshtein distance of `left` and `right`, or nil when it is larger than `bound`: the
/// table stops at the first row whose every value is past it (no path through the table can
/// end below its row's smallest value), and lengths too far apart are not compared at all.
@inlinable
public func editDistance<Element: Equatable>(_ left: [Element], _ right: [Element], atMost bound: Int) -> Int? {
    guard abs(left.count - right.count) <= bound else { return nil }
    if left.isEmpty { return right.count }
    if right.isEmpty { return left.count }
    var previous = Array(0...right.count)
    var current = previous
    for i in 1...left.count {
        current[0] = i
        var rowMinimum = i
        for j in 1...right.count {
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (left[i - 1] == right[j - 1] ? 0 : 1))
            rowMinimum = min(rowMinimum, current[j])
        }
        if rowMinimum > bound { return nil }
        swap(&previous, &current)
    }
    return previous[right.count] <= bound ? previous[right.count] : nil
}
