/// A file's path and raw blob bytes as stored by git (no CRLF or other filters applied).
public struct GitFile: Sendable, Hashable {
    /// Path relative to the repository root, with `/` separators.
    public let path: String
    public let bytes: [UInt8]

    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
    }

    /// The bytes decoded as UTF-8; invalid sequences become U+FFFD rather than failing,
    /// so one badly encoded file never hides the rest of the corpus.
    public var text: String { String(decoding: bytes, as: UTF8.self) }
}
