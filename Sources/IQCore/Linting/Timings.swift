import Synchronization
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `IQLINT_TIMINGS=1`: where the time goes. Parsing (with the document model) and each rule
/// are timed, and the totals are written to standard error when the process exits, so that
/// the output a command produces is unchanged. An environment variable rather than an option:
/// every command that lints gets it, and no option parsing is involved.
public enum Timings {
    public static let isEnabled: Bool = {
        guard let value = getenv("IQLINT_TIMINGS"), String(cString: value) == "1" else { return false }
        atexit { Timings.report() }
        return true
    }()

    /// Time spent per label, in the order the labels first appeared.
    private static let totals = Mutex<[(label: String, duration: Duration, count: Int)]>([])

    /// Runs `body`, adding its wall time to `label` when timings are on.
    public static func measure<T>(_ label: String, _ body: () throws -> T) rethrows -> T {
        guard isEnabled else { return try body() }
        let start = ContinuousClock.now
        let result = try body()
        let elapsed = ContinuousClock.now - start
        totals.withLock { totals in
            if let index = totals.firstIndex(where: { $0.label == label }) {
                totals[index].duration += elapsed
                totals[index].count += 1
            } else {
                totals.append((label, elapsed, 1))
            }
        }
        return result
    }

    /// The table written at exit: one line per label, slowest first, in seconds.
    public static func table() -> String {
        let rows = totals.withLock { $0 }.sorted { $0.duration > $1.duration }
        guard !rows.isEmpty else { return "" }
        let width = rows.map(\.label.count).max() ?? 0
        let total = rows.reduce(Duration.zero) { $0 + $1.duration }
        var text = "timings (seconds, wall clock; rules and parsing, not reading or output; rules run concurrently, so their times overlap):\n"
        for row in rows + [("total", total, 0)] {
            let padding = String(repeating: " ", count: max(0, width - row.label.count))
            text += "  \(row.label)\(padding)  \(seconds(row.duration))\n"
        }
        return text
    }

    private static func report() {
        var text = table()
        text.withUTF8 { bytes in _ = write(2, bytes.baseAddress, bytes.count) }
    }

    private static func seconds(_ duration: Duration) -> String {
        let (whole, attoseconds) = duration.components
        let milliseconds = Int(whole) * 1000 + Int(attoseconds / 1_000_000_000_000_000)
        let fraction = milliseconds % 1000
        return "\(milliseconds / 1000).\(fraction < 10 ? "00" : fraction < 100 ? "0" : "")\(fraction)"
    }
}
