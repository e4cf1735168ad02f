import IQCore
import IQMarkdown
import Synchronization

/// The identity of every file as it was read, so `--fix` can refuse to overwrite a file another
/// process changed in the meantime. A side table: `MarkdownFile` stays a pure value.
final class FileIdentities: Sendable {
    static let shared = FileIdentities()
    private let table = Mutex<[String: FileIdentity]>([:])

    subscript(path: String) -> FileIdentity? { table.withLock { $0[path] } }

    /// Reads and parses `path`, remembering its identity.
    static func read(_ path: String) throws(InputError) -> MarkdownFile {
        let snapshot = try FileSystem.readSnapshot(path)
        shared.table.withLock { $0[path] = snapshot.identity }
        return MarkdownFile(path: path, source: try FileSystem.decode(snapshot.bytes, path: path))
    }
}
