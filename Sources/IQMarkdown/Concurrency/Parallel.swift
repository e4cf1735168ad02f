import IQConcurrency

/// Runs independent pieces of work on every core: chunks of one large document, files, rules.
/// Results come back in the order of the input, so what is reported never depends on timing.
public enum Parallel {
    /// 1 runs everything on the calling thread, in order (tests compare both paths with it;
    /// `IQLINT_THREADS=1` does the same for a whole run). Read where a `map` starts.
    @TaskLocal public static var isSerial: Bool = defaultIsSerial

    private static let defaultIsSerial = WorkPool.cores <= 1

    /// `transform` of each element, computed concurrently on ``WorkPool``'s threads (at most
    /// one piece per thread at a time, so memory stays bounded by the cores, not the input;
    /// a call nested in another's piece gets every idle core too). Each thread that took part
    /// runs `finish` once after its last piece (cmark's parse releases its thread's arena
    /// there: a worker thread outlives the run, and its arena with it).
    public static func map<Element: Sendable, Result: Sendable>(_ items: [Element], finish: (@Sendable () -> Void)? = nil,
                                                              _ transform: @Sendable (Element) -> Result) -> [Result] {
        guard items.count > 1, !isSerial else {
            defer { finish?() }
            return items.map(transform)
        }
        return WorkPool.shared.map(count: items.count, finish: finish) { transform(items[$0]) }
    }

    /// `first` and `second` at once, each on a core of its own when one is idle; their results.
    public static func both<First: Sendable, Second: Sendable>(_ first: @Sendable () -> First,
                                                              _ second: @Sendable () -> Second) -> (First, Second) {
        let results = map([true, false]) { isFirst -> (First?, Second?) in isFirst ? (first(), nil) : (nil, second()) }
        return (results[0].0!, results[1].1!)
    }

    /// `transform` of consecutive ranges that cover `0..<count`, in order: a few per core, none
    /// shorter than `minimumLength` (one range, on the calling thread, below twice that).
    public static func mapRanges<Result: Sendable>(of count: Int, minimumLength: Int,
                                                   _ transform: @Sendable (Range<Int>) -> Result) -> [Result] {
        let pieces = WorkPool.pieceCount(count, perPiece: minimumLength, perCore: 4)
        return map((0..<pieces).map { WorkPool.range($0, of: pieces, covering: count) }, transform)
    }
}
