import Foundation

/// Peak resident set size of this process so far, in bytes (Linux reports `ru_maxrss` in KiB, macOS in bytes).
enum PeakMemory {
    static var bytes: Int {
        var usage = rusage()
        #if canImport(Glibc)
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        return usage.ru_maxrss * 1024
        #else
        getrusage(RUSAGE_SELF, &usage)  // macOS reports bytes
        return usage.ru_maxrss
        #endif
    }
}
