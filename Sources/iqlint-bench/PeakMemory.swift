import Foundation

/// Peak resident set size of this process so far, in bytes (Linux reports `ru_maxrss` in KiB).
enum PeakMemory {
    static var bytes: Int {
        var usage = rusage()
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        return usage.ru_maxrss * 1024
    }
}
