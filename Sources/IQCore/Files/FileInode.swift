#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A file as the file system knows it, whatever its content: the same (device, inode) is the
/// same file, whichever path or symlink led to it.
public struct FileInode: Sendable, Hashable {
    public let device: UInt64
    public let inode: UInt64
}

extension FileSystem {
    /// The identity of what `path` leads to (symlinks followed), nil when it does not exist.
    public static func inode(of path: String) -> FileInode? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return FileInode(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))
    }

    /// Whether `path` itself is a symbolic link (not followed).
    public static func isSymbolicLink(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFLNK
    }

    /// The canonical absolute path (symlinks resolved), nil when it does not exist.
    public static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// `path` made absolute against the working directory, with `.` and `..` folded lexically.
    public static func absolute(_ path: String, from directory: String? = nil) -> String {
        let joined = path.hasPrefix("/") ? path : (directory ?? currentDirectory) + "/" + path
        var parts: [Substring] = []
        for part in PathSplitting.components(joined) {
            if part == "." { continue }
            if part == ".." { _ = parts.popLast(); continue }
            parts.append(part)
        }
        return "/" + parts.joined(separator: "/")
    }

    /// The folder part of a path (`.` for a bare name, `/` for a top-level one).
    public static func folder(of path: String) -> String {
        guard let folder = PathSplitting.folderAndName(path).folder else { return "." }
        return folder.isEmpty ? "/" : folder
    }
}
