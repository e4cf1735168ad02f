import CMemoryTuning
import IQCore

/// The allocator's setting for large inputs. From ``Linter/largeInputBytes`` of Markdown on,
/// arrays of a megabyte or more get pages of their own, returned to the system when freed:
/// glibc otherwise raises its threshold to the largest block freed so far, after which a large
/// bank's freed tables stay resident and add to the peak (1,876 → 1,730 MiB on the 100 MB bank
/// of bench/scaling.sh). Below that size memory is not the limit, and mapping fresh pages for
/// every large array cost a sixth of the parse.
enum LargeInputMemory {
    /// Sets the allocator for `bytes` of input; whether the input counts as large.
    @discardableResult
    static func prepare(forBytes bytes: Int) -> Bool {
        guard bytes >= Linter.largeInputBytes else { return false }
        memory_tuning_map_large_blocks(1 << 20)
        return true
    }
}
