/// The features of normalised texts: English (and other spaced scripts) as words, Chinese and
/// Japanese as character bigrams.
///
/// Comparing English by character bigrams made "Asynchronous" a near copy of "Synchronous";
/// words keep them apart, while bigrams suit scripts written without spaces. A word is split
/// where letters meet digits ("vue3" and "Vue 3" give `vue`, `3`).
///
/// Codes are exact for bigrams, `first << 21 | second` (scalars fit in 21 bits), so verification
/// never suffers from collisions there; a word is the top bit set over 63 bits of its FNV-1a
/// hash. MinHash uses ``StableHash/mix64(_:)`` of the code.
public enum Shingling {
    /// Marks the missing second character of a one-character run; no scalar is this large.
    static let singleCharacterMarker: UInt64 = 0x1F_FFFF
    static let wordTag: UInt64 = 1 << 63
    /// Marks the first character of a run of ideographs: "进程间通信" and "线程间通信" differ in one
    /// bigram only, but a changed first character changes what is asked. The end is not marked, so
    /// "梯度裁剪" stays inside "梯度裁剪示例代码".
    static let runBoundaryMarker: UInt64 = 0x1F_FFFE

    /// Codes `intentMarker << 21 | n` stand for the intents that exclude each other (why, how,
    /// compare, mechanism), two per intent: "为什么需要LoRA" and "LoRA的原理" must not fall into
    /// the MinHash buckets of "什么是LoRA". They weigh nothing when pairs are scored.
    static let intentMarker: UInt64 = 0x1F_FFFD

    static func isIntentCode(_ code: UInt64) -> Bool { code >> 21 == intentMarker }

    /// Sorted distinct feature codes of a normalised text and of its intent.
    static func appendBigramCodes<C: Collection>(of normalized: C, intent: QuestionIntent = .unstated, to output: inout [UInt64])
    where C.Element == UInt32 {
        let start = output.count
        let exclusive = intent.withoutRedundantWhat.subtracting([.what, .list])
        for bit in 0..<8 where exclusive.rawValue & (1 << bit) != 0 {
            output.append(intentMarker << 21 | UInt64(bit * 2))
            output.append(intentMarker << 21 | UInt64(bit * 2 + 1))
        }
        var previousIdeograph: UInt32?
        var runLength = 0
        var wordHash: UInt64 = 0
        var wordLength = 0
        var wordIsDigits = false
        func closeRun() {
            if runLength == 1, let only = previousIdeograph { output.append(UInt64(only) << 21 | singleCharacterMarker) }
            previousIdeograph = nil
            runLength = 0
        }
        func closeWord() {
            if wordLength > 0 { output.append(wordTag | (wordHash & (wordTag - 1))) }
            wordHash = 0xCBF2_9CE4_8422_2325
            wordLength = 0
        }
        closeWord()
        for scalar in normalized {
            if scalar == 0x20 {
                closeWord()
                closeRun()
                continue
            }
            let isDigit = scalar >= 0x30 && scalar <= 0x39
            switch ScalarClass(scalar) {
            case .isolated:
                closeWord()
                if let first = previousIdeograph {
                    output.append(UInt64(first) << 21 | UInt64(scalar))
                    if runLength == 1 { output.append(UInt64(first) << 21 | runBoundaryMarker) }
                }
                previousIdeograph = scalar
                runLength += 1
            case .mark where runLength > 0:
                continue
            default:
                closeRun()
                if wordLength > 0 && isDigit != wordIsDigits { closeWord() }
                wordHash = (wordHash ^ UInt64(scalar)) &* 0x0000_0100_0000_01B3
                wordLength += 1
                wordIsDigits = isDigit
            }
        }
        closeWord()
        closeRun()
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
