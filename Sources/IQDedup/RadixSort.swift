/// Stable least-significant-digit radix sort of `UInt64` values on a range of their bits.
///
/// Band keys and candidate pairs are plain integers, and sorting them in a few linear passes
/// is several times faster than comparison sorting or a dictionary of arrays.
enum RadixSort {
    private static let digitBits: UInt64 = 11

    /// Sorts `values` by `(value >> bits.lowerBound) & mask(bits.count)`, keeping equal keys in order.
    static func sort(_ values: inout [UInt64], onBits bits: Range<Int>) {
        guard values.count > 1 else { return }
        var scratch = [UInt64](repeating: 0, count: values.count)
        var counts = [Int](repeating: 0, count: 1 << Int(digitBits))
        let mask = UInt64(1 << digitBits) - 1
        for shiftValue in stride(from: bits.lowerBound, to: bits.upperBound, by: Int(digitBits)) {
            let shift = UInt64(shiftValue)
            // The last digit may extend past the range: those bits must not influence the order.
            let digitMask = bits.upperBound - shiftValue >= Int(digitBits) ? mask : (UInt64(1) << UInt64(bits.upperBound - shiftValue)) - 1
            counts.withUnsafeMutableBufferPointer { counts in
                for index in counts.indices { counts[index] = 0 }
                values.withUnsafeBufferPointer { source in
                    for value in source { counts[Int((value >> shift) & digitMask)] += 1 }
                    var total = 0
                    for digit in counts.indices {
                        let count = counts[digit]
                        counts[digit] = total
                        total += count
                    }
                    scratch.withUnsafeMutableBufferPointer { target in
                        for value in source {
                            let digit = Int((value >> shift) & digitMask)
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
