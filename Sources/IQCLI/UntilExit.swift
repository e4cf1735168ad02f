import Synchronization

/// Values kept alive until the process exits. `iqlint` exits right after its command, and
/// freeing a large parsed bank node by node took longer than several rules together.
enum UntilExit {
    private static let kept = Mutex<[any Sendable]>([])

    static func keep(_ value: some Sendable) {
        kept.withLock { $0.append(value) }
    }
}
