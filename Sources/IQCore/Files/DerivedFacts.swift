import Synchronization

/// Facts computed from a file once and shared by every rule that reads them (the collection's
/// conventions), with the configuration's overrides for them. A reference, so the linter can
/// hand the overrides to files it receives as values.
///
/// Rules run concurrently: each fact has a lock of its own, so the second rule asking for a
/// fact waits for the first to compute it instead of computing it again, while facts of other
/// types (which a fact's computation may ask for) stay available.
public final class DerivedFacts: Sendable {
    private final class Slot: Sendable {
        let value = Mutex<(any Sendable)?>(nil)
    }

    private let storage = Mutex<(overrides: ConventionOverrides, slots: [ObjectIdentifier: Slot])>((ConventionOverrides(), [:]))

    public init() {}

    public var overrides: ConventionOverrides {
        get { storage.withLock { $0.overrides } }
        set { storage.withLock { $0 = (newValue, [:]) } }
    }

    /// Drops the facts only per-document rules read (``PerDocumentFact``); a later request
    /// computes them again. The linter calls it between its phases, when no rule runs.
    public func releasePerDocumentFacts() {
        storage.withLock { state in
            state.slots = state.slots.filter { _, slot in !slot.value.withLock { $0 is any PerDocumentFact } }
        }
    }

    /// The value cached for `type`, computed by `make` the first time.
    public func value<Value: Sendable>(_ type: Value.Type, make: (ConventionOverrides) -> Value) -> Value {
        let (slot, overrides) = storage.withLock { state -> (Slot, ConventionOverrides) in
            if let slot = state.slots[ObjectIdentifier(type)] { return (slot, state.overrides) }
            let slot = Slot()
            state.slots[ObjectIdentifier(type)] = slot
            return (slot, state.overrides)
        }
        return slot.value.withLock { cached in
            if let value = cached as? Value { return value }
            let value = make(overrides)
            cached = value
            return value
        }
    }
}

/// A derived fact that only rules of one document read (the parsed URLs of its links): a large
/// input's corpus rules run after it is released (see ``Linter/sequentialCorpusRulesBytes``).
public protocol PerDocumentFact: Sendable {}
