/// Character bigrams of normalised texts.
///
/// A bigram is stored as an exact code, `first << 21 | second` (scalars fit in 21 bits), so
/// verification compares real bigrams and never suffers from hash collisions. MinHash uses
/// ``StableHash/mix64(_:)`` of the code.
public enum Shingling {
    /// Marks the missing second character of a one-character text; no scalar is this large.
    static let singleCharacterMarker: UInt64 = 0x1F_FFFF

    /// Sorted distinct bigram codes of a normalised text; a one-character text is one shingle.
    static func appendBigramCodes<C: Collection>(of normalized: C, to output: inout [UInt64])
    where C.Element == UInt32 {
        let start = output.count
        var previous: UInt32?
        for scalar in normalized {
            if let first = previous { output.append(UInt64(first) << 21 | UInt64(scalar)) }
            previous = scalar
        }
        if let only = previous, output.count == start {
            output.append(UInt64(only) << 21 | singleCharacterMarker)
        }
        sortAndRemoveDuplicates(&output, from: start)
    }

    /// The stable 64-bit hashes of the bigrams of an already normalised text, sorted, as fed to
    /// MinHash; exported so that other implementations can be benchmarked on identical input.
    public static func bigramHashes(ofNormalized text: String) -> [UInt64] {
        var codes: [UInt64] = []
        appendBigramCodes(of: text.unicodeScalars.map(\.value), to: &codes)
        return codes.map(StableHash.mix64).sorted()
    }

    /// Insertion sort: shingle sets of questions are a few dozen elements (a text far longer
    /// than a question gets a real sort, or it would take quadratic time).
    private static func sortAndRemoveDuplicates(_ values: inout [UInt64], from start: Int) {
        guard values.count - start > 1 else { return }
        if values.count - start > 64 {
            values[start...].sort()
        } else {
            insertionSort(&values, from: start)
        }
        var kept = start + 1
        for index in (start + 1)..<values.count where values[index] != values[kept - 1] {
            values[kept] = values[index]
            kept += 1
        }
        values.removeSubrange(kept...)
    }

    private static func insertionSort(_ values: inout [UInt64], from start: Int) {
        values.withUnsafeMutableBufferPointer { buffer in
            for index in (start + 1)..<buffer.count {
                let value = buffer[index]
                var hole = index
                while hole > start && buffer[hole - 1] > value {
                    buffer[hole] = buffer[hole - 1]
                    hole -= 1
                }
                buffer[hole] = value
            }
        }
    }
}
