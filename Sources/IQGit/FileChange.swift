/// One changed file between a base tree and a `DiffTarget`.
public struct FileChange: Sendable, Hashable {
    public enum Status: String, Sendable, Hashable {
        case added, modified, renamed, deleted, copied
    }

    public let status: Status
    /// Path in the base tree; `nil` for an added file.
    public let oldPath: String?
    /// Path on the new side; `nil` for a deleted file.
    public let newPath: String?
    /// 1-based new-side line numbers that were added or changed.
    ///
    /// The diff has zero context lines, so a changed line is an added line. A block moved
    /// within a file shows up as added where it now lives: the diff cannot tell a move from a
    /// delete plus an insert, and re-checking moved lines is harmless. Always empty for a
    /// deleted file.
    public let changedLines: Set<Int>

    public init(status: Status, oldPath: String?, newPath: String?, changedLines: Set<Int>) {
        self.status = status
        self.oldPath = oldPath
        self.newPath = newPath
        self.changedLines = changedLines
    }

    /// The path to report: the new path, or the old one for a deleted file.
    public var path: String { newPath ?? oldPath ?? "" }
}

/// A change with the two versions as the diff read them: the caller need not read the blobs
/// again (on a large bank each read inflates megabytes).
public struct ReadChange: Sendable {
    public let change: FileChange
    /// The base version; nil for an added file, or when the diff did not read blobs (a
    /// working-tree target).
    public let oldBytes: [UInt8]?
    /// The new version; nil for a deleted file, or when the diff did not read blobs.
    public let newBytes: [UInt8]?

    init(change: FileChange, oldBytes: [UInt8]? = nil, newBytes: [UInt8]? = nil) {
        self.change = change
        self.oldBytes = oldBytes
        self.newBytes = newBytes
    }
}
