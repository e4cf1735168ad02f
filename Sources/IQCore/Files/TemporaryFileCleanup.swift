#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Removes the temporary file of a write in progress when SIGINT or SIGTERM arrives, so an
/// interrupted `--fix` leaves no `.name.iqlint-XXXXXX` behind. The handler only reads a
/// preallocated buffer and calls `unlink`, `signal` and `raise`, which are async-signal-safe.
public enum TemporaryFileCleanup {
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

    /// For the test of this cleanup (a signal must arrive while the temporary file exists,
    /// which a real write leaves no time for): with `IQLINT_TEST_HOLD_WRITE` naming a file, a
    /// write whose temporary file is in place creates that file and waits up to 60 seconds.
    static func holdIfAsked() {
        guard let marker = getenv("IQLINT_TEST_HOLD_WRITE") else { return }
        let descriptor = open(marker, O_CREAT | O_WRONLY, 0o644)
        if descriptor >= 0 { close(descriptor) }
        for _ in 0..<600 { usleep(100_000) }
    }

    /// Called once at startup, on the main thread: installs the handlers and lets SIGINT and
    /// SIGTERM through to this thread. A parent may start iqlint with them blocked (a test
    /// runner's worker thread, some CI agents); blocked, Ctrl-C or a CI timeout's SIGTERM would
    /// do nothing until the run ended, and the temporary file would outlive an interrupt.
    public static func prepareForSignals() {
        install()
        var signals = sigset_t()
        sigemptyset(&signals)
        sigaddset(&signals, SIGINT)
        sigaddset(&signals, SIGTERM)
        sigprocmask(SIG_UNBLOCK, &signals, nil)
    }

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
