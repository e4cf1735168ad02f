import IQMarkdown

/// A value from `.iqlint.yml` or a rule's documented default.
public indirect enum ConfigValue: Sendable, Hashable, CustomStringConvertible {
    case string(String)
    case int(Int)
    case double(Double)
    case bool(Bool)
    case list([ConfigValue])
    case map([String: ConfigValue])

    public var typeName: String {
        switch self {
        case .string: "string"
        case .int: "integer"
        case .double: "number"
        case .bool: "boolean"
        case .list: "list"
        case .map: "mapping"
        }
    }

    /// Inline YAML, used in documentation and error messages.
    public var description: String {
        switch self {
        case .string(let value): value.isEmpty || value.contains(where: { ":#{}[],\"'".contains($0) }) || value != value.trimmed { $0 == " " }
            || value.first.map({ "*!&?|>-%@`".contains($0) }) == true
            ? "\"\(value.replacing("\"", with: "\\\""))\"" : value
        case .int(let value): String(value)
        case .double(let value): String(value)
        case .bool(let value): String(value)
        case .list(let values): "[" + values.map(\.description).joined(separator: ", ") + "]"
        case .map(let values): "{" + values.sorted { $0.key < $1.key }.map { "\(ConfigValue.string($0.key)): \($0.value)" }.joined(separator: ", ") + "}"
        }
    }

    /// True when a user value may stand where the default `self` stands.
    func accepts(_ value: ConfigValue) -> Bool {
        switch (self, value) {
        case (.string, .string), (.int, .int), (.bool, .bool), (.double, .double), (.double, .int): true
        case (.list(let defaults), .list(let values)):
            defaults.first.map { prototype in values.allSatisfy { prototype.accepts($0) } } ?? true
        case (.map, .map): true
        default: false
        }
    }
}

extension ConfigValue: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByBooleanLiteral,
    ExpressibleByFloatLiteral, ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral {
    public init(stringLiteral value: String) { self = .string(value) }
    public init(integerLiteral value: Int) { self = .int(value) }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    public init(floatLiteral value: Double) { self = .double(value) }
    public init(arrayLiteral elements: ConfigValue...) { self = .list(elements) }
    public init(dictionaryLiteral elements: (String, ConfigValue)...) {
        self = .map(Dictionary(elements, uniquingKeysWith: { $1 }))
    }
}
