import Dispatch
import Synchronization
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs independent pieces of work on every core: chunks of one large document, files, rules.
/// Results come back in the order of the input, so what is reported never depends on timing.
public enum Parallel {
    /// 1 runs everything on the calling thread, in order (tests compare both paths with it;
    /// `IQLINT_THREADS=1` does the same for a whole run). Read where a `map` starts.
    @TaskLocal public static var isSerial: Bool = defaultIsSerial

    private static let defaultIsSerial: Bool = {
        if let value = getenv("IQLINT_THREADS"), String(cString: value) == "1" { return true }
        return sysconf(Int32(_SC_NPROCESSORS_ONLN)) <= 1
    }()

    /// `transform` of each element, computed concurrently (at most one piece per core at a
    /// time, so memory stays bounded by the cores, not the input). Each thread that took part
    /// runs `finish` once after its last piece (cmark's parse releases its thread's arena there:
    /// a worker thread outlives the run, and its arena with it).
    public static func map<Element: Sendable, Result: Sendable>(_ items: [Element], finish: (@Sendable () -> Void)? = nil,
                                                              _ transform: @Sendable (Element) -> Result) -> [Result] {
        guard items.count > 1, !isSerial else {
            defer { finish?() }
            return items.map(transform)
        }
        var results = [Result?](repeating: nil, count: items.count)
        let workers = min(items.count, max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN)))))
        let next = Atomic<Int>(0)
        results.withUnsafeMutableBufferPointer { buffer in
            let slots = Slots(base: buffer.baseAddress!)
            DispatchQueue.concurrentPerform(iterations: workers) { _ in
                // Pieces are claimed one at a time, so a slow piece does not hold up the others.
                while true {
                    let index = next.add(1, ordering: .relaxed).oldValue
                    guard index < items.count else { break }
                    // Each index is written by exactly one worker, and read after all have ended.
                    slots.base[index] = transform(items[index])
                }
                finish?()
            }
        }
        return results.map { $0! }
    }

    private struct Slots<Value>: @unchecked Sendable {
        let base: UnsafeMutablePointer<Value?>
    }
}
