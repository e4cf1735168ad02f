/// Stable LSD radix sort of `(key << 32 | id)` values by their upper 32 bits.
///
/// Grouping band keys this way is several times faster than comparison sorting or a
/// dictionary of arrays, and stability keeps the ids of one key in ascending order.
enum RadixSort {
    static func sortByUpperHalf(_ values: inout [UInt64]) {
        var scratch = [UInt64](repeating: 0, count: values.count)
        var counts = [Int](repeating: 0, count: 2048)
        for shift in [32, 43, 54] as [UInt64] {
            counts.withUnsafeMutableBufferPointer { counts in
                for index in counts.indices { counts[index] = 0 }
                values.withUnsafeBufferPointer { source in
                    for value in source { counts[Int((value >> shift) & 2047)] += 1 }
                    var total = 0
                    for digit in 0..<2048 {
                        let count = counts[digit]
                        counts[digit] = total
                        total += count
                    }
                    scratch.withUnsafeMutableBufferPointer { target in
                        for value in source {
                            let digit = Int((value >> shift) & 2047)
                            target[counts[digit]] = value
                            counts[digit] += 1
                        }
                    }
                }
            }
            swap(&values, &scratch)
        }
    }
}
