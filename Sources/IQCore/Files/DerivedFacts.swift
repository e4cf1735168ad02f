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
        /// A `Box` of the fact's type, once computed.
        let value = Mutex<AnyObject?>(nil)
        let isPerDocument: Bool

        init(isPerDocument: Bool) { self.isPerDocument = isPerDocument }
    }

    /// A fact as an object: reading it back is a cast the compiler checks, not a dynamic cast
    /// of an existential (rules ask for facts per question pair of a large bank).
    private final class Box<Value: Sendable>: Sendable {
        let value: Value
        init(_ value: Value) { self.value = value }
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
            state.slots = state.slots.filter { _, slot in !slot.isPerDocument }
        }
    }

    /// Caches `value` for its type, in place of what was there: a fact found over several files
    /// (``CollectionFactRule``), which no one file can compute.
    public func replace<Value: Sendable>(_ value: Value) {
        let slot = Slot(isPerDocument: Value.self is any PerDocumentFact.Type)
        slot.value.withLock { $0 = Box(value) }
        storage.withLock { $0.slots[ObjectIdentifier(Value.self)] = slot }
    }

    /// The value cached for `type`, computed by `make` the first time.
    public func value<Value: Sendable>(_ type: Value.Type, make: (ConventionOverrides) -> Value) -> Value {
        let slot = storage.withLock { state -> Slot in
            if let slot = state.slots[ObjectIdentifier(type)] { return slot }
            let slot = Slot(isPerDocument: type is any PerDocumentFact.Type)
            state.slots[ObjectIdentifier(type)] = slot
            return slot
        }
        return slot.value.withLock { cached in
            // The slot of `type` only ever holds a `Box<Value>`.
            if let cached { return unsafeDowncast(cached, to: Box<Value>.self).value }
            let value = make(overrides)
            cached = Box(value)
            return value
        }
    }
}

/// A derived fact that only rules of one document read (the parsed URLs of its links): a large
/// input's corpus rules run after it is released (see ``Linter/sequentialCorpusRulesBytes``).
public protocol PerDocumentFact: Sendable {}
