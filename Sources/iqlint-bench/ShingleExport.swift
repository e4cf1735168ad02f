import Foundation
import IQDedup

/// Writes every text's bigram hashes so the Python libraries MinHash exactly the same sets:
/// `<prefix>.hashes.u64` (all hashes, little-endian) and `<prefix>.offsets.u64` (count + 1 offsets).
enum ShingleExport {
    static func write(texts: [String], normalizer: TextNormalizer, prefix: String) throws {
        var hashes: [UInt64] = []
        var offsets: [UInt64] = [0]
        for text in texts {
            hashes.append(contentsOf: Shingling.bigramHashes(ofNormalized: normalizer.normalize(text)))
            offsets.append(UInt64(hashes.count))
        }
        try data(of: hashes).write(to: URL(fileURLWithPath: prefix + ".hashes.u64"))
        try data(of: offsets).write(to: URL(fileURLWithPath: prefix + ".offsets.u64"))
    }

    private static func data(of values: [UInt64]) -> Data {
        values.map(\.littleEndian).withUnsafeBufferPointer { Data(buffer: $0) }
    }
}
