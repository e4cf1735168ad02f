/// 64-bit FNV-1a over UTF-8 bytes: a key for texts that are only compared, built without a
/// string (answer labels, the words of swapped-role questions).
enum ByteHash {
    static func fnv1a<Bytes: Sequence>(_ bytes: Bytes) -> UInt64 where Bytes.Element == UInt8 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        return hash
    }
}
