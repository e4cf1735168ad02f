#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Removes the temporary file of a write in progress when SIGINT or SIGTERM arrives, so an
/// interrupted `--fix` leaves no `.name.iqlint-XXXXXX` behind. The handler only reads a
/// preallocated buffer and calls `unlink`, `signal` and `raise`, which are async-signal-safe.
enum TemporaryFileCleanup {
    private static let capacity = 4096
    nonisolated(unsafe) private static let path: UnsafeMutablePointer<CChar> = {
        let buffer = UnsafeMutablePointer<CChar>.allocate(capacity: capacity)
        buffer.initialize(repeating: 0, count: capacity)
        return buffer
    }()
    nonisolated(unsafe) private static var installed = false

    /// Runs `create` (which makes the temporary file) with the signals blocked until `register`
    /// has recorded its name, so no signal can arrive between the two.
    static func creating(_ create: () -> Int32, register: () -> Void) -> Int32 {
        install()
        var blocked = sigset_t(), previous = sigset_t()
        sigemptyset(&blocked)
        sigaddset(&blocked, SIGINT)
        sigaddset(&blocked, SIGTERM)
        sigprocmask(SIG_BLOCK, &blocked, &previous)
        defer { sigprocmask(SIG_SETMASK, &previous, nil) }
        let descriptor = create()
        if descriptor >= 0 { register() }
        return descriptor
    }

    static func register(_ name: UnsafeBufferPointer<CChar>) {
        let count = min(name.count, capacity - 1)
        for index in 0..<count { path[index] = name[index] }
        path[count] = 0
    }

    static func clear() { path[0] = 0 }

    private static func install() {
        guard !installed else { return }
        installed = true
        _ = path
        for signalNumber in [SIGINT, SIGTERM] {
            signal(signalNumber) { received in
                if TemporaryFileCleanup.path[0] != 0 { unlink(TemporaryFileCleanup.path) }
                signal(received, SIG_DFL)
                raise(received)
            }
        }
    }
}
