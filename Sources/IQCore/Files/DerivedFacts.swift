import Synchronization

/// Facts computed from a file once and shared by every rule that reads them (the collection's
/// conventions), with the configuration's overrides for them. A reference, so the linter can
/// hand the overrides to files it receives as values.
public final class DerivedFacts: Sendable {
    private let storage = Mutex<(overrides: ConventionOverrides, values: [ObjectIdentifier: any Sendable])>((ConventionOverrides(), [:]))

    public init() {}

    public var overrides: ConventionOverrides {
        get { storage.withLock { $0.overrides } }
        set { storage.withLock { $0 = (newValue, [:]) } }
    }

    /// The value cached for `type`, computed by `make` the first time.
    public func value<Value: Sendable>(_ type: Value.Type, make: (ConventionOverrides) -> Value) -> Value {
        if let cached = storage.withLock({ $0.values[ObjectIdentifier(type)] as? Value }) { return cached }
        let value = make(overrides)
        storage.withLock { $0.values[ObjectIdentifier(type)] = value }
        return value
    }
}
