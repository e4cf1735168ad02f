/// A rule's options: the documented defaults overlaid with what the configuration says.
/// Values were type-checked against the defaults when the configuration was loaded.
public struct RuleOptions: Sendable {
    public let values: [String: ConfigValue]

    public init(defaults: [RuleOptionDescription], overrides: [String: ConfigValue] = [:]) {
        var values: [String: ConfigValue] = [:]
        for option in defaults { values[option.name] = option.defaultValue }
        for (key, value) in overrides { values[key] = value }
        self.values = values
    }

    public func string(_ name: String) -> String {
        if case .string(let value) = values[name] { return value }
        preconditionFailure("option \(name) is not a documented string option")
    }

    public func int(_ name: String) -> Int {
        if case .int(let value) = values[name] { return value }
        preconditionFailure("option \(name) is not a documented integer option")
    }

    public func double(_ name: String) -> Double {
        switch values[name] {
        case .double(let value): return value
        case .int(let value): return Double(value)
        default: preconditionFailure("option \(name) is not a documented number option")
        }
    }

    public func bool(_ name: String) -> Bool {
        if case .bool(let value) = values[name] { return value }
        preconditionFailure("option \(name) is not a documented boolean option")
    }

    public func strings(_ name: String) -> [String] {
        guard case .list(let items) = values[name] else { preconditionFailure("option \(name) is not a documented list option") }
        return items.compactMap { if case .string(let value) = $0 { value } else { nil } }
    }

    public func stringMap(_ name: String) -> [String: String] {
        guard case .map(let items) = values[name] else { preconditionFailure("option \(name) is not a documented mapping option") }
        return items.compactMapValues { if case .string(let value) = $0 { value } else { nil } }
    }

    public func value(_ name: String) -> ConfigValue? { values[name] }
}
