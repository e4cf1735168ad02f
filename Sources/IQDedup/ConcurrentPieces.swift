import IQConcurrency

/// Runs independent pieces of work on every core and returns their results in order.
enum ConcurrentPieces {
    /// How many pieces the work may be cut into: the cores, or 1 under `IQLINT_THREADS=1`
    /// (like the rest of iqlint, which then runs on the calling thread only).
    static var cores: Int { WorkPool.cores }

    /// How many pieces `items` are worth: `perCore` a core (more pieces let a core that comes
    /// free late take some), none smaller than `perPiece`; at most 1 below two pieces' worth.
    static func count(_ items: Int, perPiece: Int, perCore: Int = 1) -> Int {
        max(1, min(cores * perCore, items / perPiece))
    }

    static func map<Result: Sendable>(count: Int, _ work: @Sendable (Int) -> Result) -> [Result] {
        let slots = Slots<Result>(count: count)
        defer { slots.deallocate() }
        WorkPool.shared.forEach(count: count) { piece in slots.set(piece, work(piece)) }
        return slots.values()
    }

    /// One slot per piece, each written by its piece only, before `forEach` returns;
    /// raw memory, so that no array is accessed from two threads.
    private final class Slots<Value>: @unchecked Sendable {
        private let buffer: UnsafeMutableBufferPointer<Value?>

        init(count: Int) {
            buffer = .allocate(capacity: count)
            buffer.initialize(repeating: nil)
        }

        func set(_ index: Int, _ value: Value) { buffer[index] = value }

        func values() -> [Value] { buffer.map { $0! } }

        func deallocate() {
            _ = buffer.deinitialize()
            buffer.deallocate()
        }
    }
}
