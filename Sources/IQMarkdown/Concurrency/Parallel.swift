import Dispatch
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
    /// time, so memory stays bounded by the cores, not the input).
    public static func map<Element: Sendable, Result: Sendable>(_ items: [Element], _ transform: @Sendable (Element) -> Result) -> [Result] {
        guard items.count > 1, !isSerial else { return items.map(transform) }
        var results = [Result?](repeating: nil, count: items.count)
        results.withUnsafeMutableBufferPointer { buffer in
            let slots = Slots(base: buffer.baseAddress!)
            DispatchQueue.concurrentPerform(iterations: items.count) { index in
                // Each index is written by exactly one iteration, and read after all have ended.
                slots.base[index] = transform(items[index])
            }
        }
        return results.map { $0! }
    }

    private struct Slots<Value>: @unchecked Sendable {
        let base: UnsafeMutablePointer<Value?>
    }
}
