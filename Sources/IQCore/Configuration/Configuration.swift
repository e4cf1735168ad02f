import Yams

/// Settings from `.iqlint.yml`:
///
/// ```yaml
/// include: ["**/*.md"]
/// exclude: ["vendor/**"]
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

    public static let fileName = ".iqlint.yml"

    /// Where the configuration came from; relative globs are matched against paths relative to
    /// its folder.
    public var path: String?
    public var include: [String]
    public var exclude: [String]
    public var rules: [String: RuleSettings]
    /// Replaces what iqlint infers from each document (`conventions:`).
    public var conventions: ConventionOverrides

    public init(path: String? = nil, include: [String] = [], exclude: [String] = [], rules: [String: RuleSettings] = [:],
                conventions: ConventionOverrides = ConventionOverrides()) {
        self.path = path
        self.include = include
        self.exclude = exclude
        self.rules = rules
        self.conventions = conventions
    }

    public func settings(for id: String) -> RuleSettings { rules[id] ?? RuleSettings() }

    /// Parses and validates YAML against the known rules; every error names the line.
    public static func parse(yaml: String, path: String, knownRules: [RuleDescription]) throws(ConfigurationError) {
        _ = try load(yaml: yaml, path: path, knownRules: knownRules)
    }

    public static func load(yaml: String, path: String, knownRules: [RuleDescription]) throws(ConfigurationError) -> Configuration {
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
        guard let mapping = root.mapping else {
            throw ConfigurationError(path: path, line: line(root), problem: "expected a mapping at the top level")
        }
        let byID = Dictionary(knownRules.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        for (keyNode, valueNode) in mapping {
            let key = keyNode.string ?? ""
            switch key {
            case "include": configuration.include = try stringList(valueNode, key: key, path: path)
            case "exclude": configuration.exclude = try stringList(valueNode, key: key, path: path)
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
                }
            case "conventions":
                configuration.conventions = try conventionOverrides(valueNode, path: path)
            default:
                throw ConfigurationError(path: path, line: line(keyNode),
                                         problem: "unknown key '\(key)' (expected include, exclude, rules or conventions)")
            }
        }
        return configuration
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
    let left = Array(lhs), right = Array(rhs)
    if left.isEmpty { return right.count }
    if right.isEmpty { return left.count }
    var previous = Array(0...right.count)
    var current = previous
    for i in 1...left.count {
        current[0] = i
        for j in 1...right.count {
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (left[i - 1] == right[j - 1] ? 0 : 1))
        }
        swap(&previous, &current)
    }
    return previous[right.count]
}
