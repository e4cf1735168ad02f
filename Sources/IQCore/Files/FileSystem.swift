#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import IQMarkdown

/// Reading and atomically writing files with POSIX calls, so every failure has a precise cause.
public enum FileSystem {
    public enum Kind: Sendable { case file, directory, other, missing }

    /// The size of the file at `path` in bytes, 0 when it cannot be read.
    public static func size(of path: String) -> Int {
        var info = stat()
        guard stat(path, &info) == 0 else { return 0 }
        return Int(info.st_size)
    }

    public static func kind(of path: String) -> Kind {
        var info = stat()
        guard stat(path, &info) == 0 else { return .missing }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return .file
        case S_IFDIR: return .directory
        default: return .other
        }
    }

    public static func readBytes(_ path: String) throws(InputError) -> [UInt8] {
        try readSnapshot(path).bytes
    }

    /// The bytes of a file and its identity when they were read (see `FileIdentity`).
    public static func readSnapshot(_ path: String) throws(InputError) -> (bytes: [UInt8], identity: FileIdentity) {
        switch kind(of: path) {
        case .missing: throw InputError(path: path, problem: "no such file or directory")
        case .directory: throw InputError(path: path, problem: "is a directory")
        case .other: throw InputError(path: path, problem: "not a regular file")
        case .file: break
        }
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { throw InputError(path: path, problem: "cannot read: \(errorText())") }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw InputError(path: path, problem: "cannot read: \(errorText())") }
        guard Int(info.st_size) <= SourceText.maximumBytes else { throw tooLarge(path, bytes: Int(info.st_size)) }
        // Read straight into an array of the size `fstat` gave (growing by appending held up
        // to twice the file); a file that grows meanwhile is read to its end all the same.
        var result = [UInt8](repeating: 0, count: max(Int(info.st_size), 0) + 1)
        var filled = 0
        while true {
            if filled == result.count { result += [UInt8](repeating: 0, count: max(result.count / 2, 65536)) }
            let count = result.withUnsafeMutableBytes { read(descriptor, $0.baseAddress! + filled, $0.count - filled) }
            if count < 0 {
                if errno == EINTR { continue }
                throw InputError(path: path, problem: "cannot read: \(errorText())")
            }
            if count == 0 { break }
            filled += count
        }
        result.removeSubrange(filled...)
        return (result, FileIdentity(info))
    }

    /// Reads and decodes a Markdown file; invalid UTF-8 is an input error naming the line.
    public static func readSource(_ path: String) throws(InputError) -> SourceText {
        try decode(try readBytes(path), path: path)
    }

    private static func tooLarge(_ path: String, bytes: Int) -> InputError {
        InputError(path: path, problem: "too large (\(bytes >> 20) MiB; iqlint reads files up to \(SourceText.maximumBytes >> 20) MiB)")
    }

    public static func decode(_ bytes: [UInt8], path: String) throws(InputError) -> SourceText {
        // `FF FE` or `FE FF` first: UTF-16, which Windows tools write; every ASCII character
        // then holds a NUL byte, and the file would be called no text at all.
        if bytes.count >= 2, bytes[0] == 0xFF && bytes[1] == 0xFE || bytes[0] == 0xFE && bytes[1] == 0xFF {
            let order = bytes[0] == 0xFF ? "UTF-16LE" : "UTF-16BE"
            throw InputError(path: path, problem: "encoded as \(order) (it starts with a byte-order mark); iqlint reads UTF-8: convert it, e.g. iconv -f \(order) -t UTF-8")
        }
        do {
            return try SourceText(validating: bytes)
        } catch {
            switch error {
            case .invalidUTF8(let offset):
                throw InputError(path: path, problem: "not valid UTF-8 (line \(lineNumber(of: offset, in: bytes)), byte offset \(offset))")
            case .containsNUL(let offset):
                throw InputError(path: path, problem: "contains a NUL byte, not a text file (line \(lineNumber(of: offset, in: bytes)))")
            case .tooLarge(let count):
                throw tooLarge(path, bytes: count)
            }
        }
    }

    /// Writes via a temporary file in the same folder and `rename`, keeping mode, owner and
    /// group, so readers see the old or the new file, never half of one. A symlink is followed:
    /// its target is written and the link stays. A file with several hard links is written in
    /// place, so every name keeps seeing it. With `expecting`, nothing is written when the file
    /// changed since it was read (another process wrote to it).
    /// The `mkstemp` template of the file written beside `name` before it replaces it:
    /// `.<name>.iqlint-XXXXXX`, with `name` cut short (at a character) when the whole would pass
    /// the longest name the directory takes (255 bytes on most file systems, ~80 Chinese
    /// characters: banks name files after their questions).
    static func temporaryName(for name: String, in directory: String) -> String {
        let suffix = ".iqlint-XXXXXX"
        let limit = pathconf(directory.isEmpty ? "/" : directory, Int32(_PC_NAME_MAX))
        let room = (limit > 0 ? limit : 255) - 1 - suffix.utf8.count
        var kept = Substring(name)
        while kept.utf8.count > room { kept = kept.dropLast() }
        return ".\(kept)\(suffix)"
    }

    public static func writeAtomically(_ bytes: [UInt8], to path: String, expecting identity: FileIdentity? = nil) throws(InputError) {
        let target = resolvedPath(path)
        var info = stat()
        let exists = stat(target, &info) == 0
        if let identity, !exists || FileIdentity(info) != identity {
            throw InputError(path: path, problem: "changed on disk since it was read; not written (run iqlint again)")
        }
        if exists, info.st_nlink > 1 {
            return try writeInPlace(bytes, to: target, reportedAs: path)
        }
        let mode: mode_t = exists ? info.st_mode & 0o7777 : 0o644
        let (folder, name) = PathSplitting.folderAndName(target)
        let directory = folder ?? "."
        var template = Array("\(directory.isEmpty ? "" : directory)/\(temporaryName(for: name, in: directory))".utf8CString)
        let descriptor = TemporaryFileCleanup.creating { template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) } } register: {
            template.withUnsafeBufferPointer { TemporaryFileCleanup.register($0) }
        }
        guard descriptor >= 0 else { throw InputError(path: path, problem: "cannot write: \(errorText())") }
        let temporary = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        func fail(_ problem: String) -> InputError {
            unlink(temporary)
            TemporaryFileCleanup.clear()
            return InputError(path: path, problem: problem)
        }
        if let problem = writeAll(bytes, to: descriptor) {
            close(descriptor)
            throw fail("cannot write: \(problem)")
        }
        // An owner we cannot give the new file (another user's file we may only write to):
        // replacing it would take it over, so it is written in place instead.
        if exists, fchown(descriptor, info.st_uid, info.st_gid) != 0, info.st_uid != getuid() || info.st_gid != getgid() {
            close(descriptor)
            _ = fail("")
            return try writeInPlace(bytes, to: target, reportedAs: path)
        }
        guard fchmod(descriptor, mode) == 0, fsync(descriptor) == 0, close(descriptor) == 0 else {
            throw fail("cannot write: \(errorText())")
        }
        if let identity {
            var now = stat()
            guard stat(target, &now) == 0, FileIdentity(now) == identity else {
                throw fail("changed on disk since it was read; not written (run iqlint again)")
            }
        }
        TemporaryFileCleanup.holdIfAsked()
        guard rename(temporary, target) == 0 else {
            throw fail("cannot replace file: \(errorText())")
        }
        TemporaryFileCleanup.clear()
    }

    /// Why `path` could not be written, or nil when it can: checked for every file before any
    /// is written, so one bad destination leaves all files untouched.
    public static func writeProblem(_ path: String, expecting identity: FileIdentity?) -> String? {
        let target = resolvedPath(path)
        var info = stat()
        guard stat(target, &info) == 0 else { return "no longer exists" }
        if let identity, FileIdentity(info) != identity { return "changed on disk since it was read; not written (run iqlint again)" }
        // Write bits, not just access(2): root may write anything, but a file nobody may
        // write to was made read-only on purpose.
        guard info.st_mode & 0o222 != 0 else { return "is read-only; not written" }
        guard access(target, W_OK) == 0 else { return "cannot write: \(errorText())" }
        let directory = PathSplitting.folderAndName(target).folder ?? "."
        var folder = stat()
        if info.st_nlink <= 1, stat(directory.isEmpty ? "/" : directory, &folder) == 0,
           folder.st_mode & 0o222 == 0 || access(directory.isEmpty ? "/" : directory, W_OK) != 0 {
            return "cannot write to its folder (read-only)"
        }
        return nil
    }

    /// Truncates and rewrites the file itself: the way to keep hard links and other owners.
    private static func writeInPlace(_ bytes: [UInt8], to target: String, reportedAs path: String) throws(InputError) {
        let descriptor = open(target, O_WRONLY)
        guard descriptor >= 0 else { throw InputError(path: path, problem: "cannot write: \(errorText())") }
        if let problem = writeAll(bytes, to: descriptor) {
            close(descriptor)
            throw InputError(path: path, problem: "cannot write: \(problem)")
        }
        guard ftruncate(descriptor, off_t(bytes.count)) == 0, fsync(descriptor) == 0, close(descriptor) == 0 else {
            throw InputError(path: path, problem: "cannot write: \(errorText())")
        }
    }

    private static func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> String? {
        var written = 0
        while written < bytes.count {
            let count = bytes[written...].withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
            if count < 0, errno == EINTR { continue }
            if count <= 0 { return errorText() }
            written += count
        }
        return nil
    }

    /// The file a path names after following symlinks (the path itself when it cannot be resolved).
    static func resolvedPath(_ path: String) -> String {
        guard let resolved = realpath(path, nil) else { return path }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// Entries of a directory, sorted, without `.` and `..`.
    public static func contents(of directory: String) throws(InputError) -> [String] {
        guard let handle = opendir(directory) else { throw InputError(path: directory, problem: "cannot list: \(errorText())") }
        defer { closedir(handle) }
        var names: [String] = []
        while let entry = readdir(handle) {
            // d_name holds 256 bytes on Linux and 1024 on macOS.
            let name = withUnsafePointer(to: entry.pointee.d_name) { pointer in
                pointer.withMemoryRebound(to: CChar.self, capacity: MemoryLayout.size(ofValue: entry.pointee.d_name)) { String(cString: $0) }
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names.sorted()
    }

    public static var currentDirectory: String {
        var buffer = [CChar](repeating: 0, count: 4096)
        guard getcwd(&buffer, buffer.count) != nil else { return "." }
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    private static func errorText() -> String { String(cString: strerror(errno)) }

    private static func lineNumber(of offset: Int, in bytes: [UInt8]) -> Int {
        bytes[..<min(offset, bytes.count)].reduce(1) { $0 + ($1 == UInt8(ascii: "\n") ? 1 : 0) }
    }
}
