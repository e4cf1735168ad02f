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
///
/// `IQLINT_TIMINGS=timeline` also writes every timed step with its start and end (seconds
/// since the command started), which shows what waits for what when rules run concurrently.
/// A label with ` › ` is part of a step (`duplicate-question › pairs`, `conventions ›
/// inference`, which the first rule to need them pays for) or reading (`git › diff`): it is
/// listed, and left out of the total.
public enum Timings {
    private static let mode: String? = getenv("IQLINT_TIMINGS").map { String(cString: $0) }

    public static let isEnabled: Bool = {
        guard mode == "1" || mode == "timeline" else { return false }
        _ = origin
        atexit { Timings.report() }
        return true
    }()

    private static let writesTimeline = mode == "timeline"
    private static let origin = ContinuousClock.now

    /// Time spent per label, in the order the labels first appeared.
    private static let totals = Mutex<[(label: String, duration: Duration, count: Int)]>([])
    /// Every step, when the timeline is on.
    private static let steps = Mutex<[(label: String, start: Duration, end: Duration)]>([])

    /// Runs `body`, adding its wall time to `label` when timings are on.
    public static func measure<T>(_ label: String, _ body: () throws -> T) rethrows -> T {
        guard isEnabled else { return try body() }
        let start = ContinuousClock.now
        let result = try body()
        let end = ContinuousClock.now
        let elapsed = end - start
        if writesTimeline { steps.withLock { $0.append((label, start - origin, end - origin)) } }
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
        let total = rows.filter { !$0.label.contains(" › ") }.reduce(Duration.zero) { $0 + $1.duration }
        var text = "timings (seconds, wall clock; rules and parsing, not reading or output; rules run concurrently, so their times overlap):\n"
        for row in rows + [("total", total, 0)] {
            let padding = String(repeating: " ", count: max(0, width - row.label.count))
            text += "  \(row.label)\(padding)  \(seconds(row.duration))\n"
        }
        let timeline = steps.withLock { $0 }.sorted { $0.start < $1.start }
        if !timeline.isEmpty {
            text += "timeline (seconds since the command started: start – end  label):\n"
            for step in timeline { text += "  \(seconds(step.start)) – \(seconds(step.end))  \(step.label)\n" }
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
