#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import IQMarkdown

/// Reading and atomically writing files with POSIX calls, so every failure has a precise cause.
public enum FileSystem {
    public enum Kind: Sendable { case file, directory, other, missing }

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
        switch kind(of: path) {
        case .missing: throw InputError(path: path, problem: "no such file or directory")
        case .directory: throw InputError(path: path, problem: "is a directory")
        case .other: throw InputError(path: path, problem: "not a regular file")
        case .file: break
        }
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { throw InputError(path: path, problem: "cannot read: \(errorText())") }
        defer { close(descriptor) }
        var result: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 { throw InputError(path: path, problem: "cannot read: \(errorText())") }
            if count == 0 { break }
            result += buffer[0..<count]
        }
        return result
    }

    /// Reads and decodes a Markdown file; invalid UTF-8 is an input error naming the line.
    public static func readSource(_ path: String) throws(InputError) -> SourceText {
        try decode(try readBytes(path), path: path)
    }

    public static func decode(_ bytes: [UInt8], path: String) throws(InputError) -> SourceText {
        do {
            return try SourceText(validating: bytes)
        } catch {
            switch error {
            case .invalidUTF8(let offset):
                throw InputError(path: path, problem: "not valid UTF-8 (line \(lineNumber(of: offset, in: bytes)), byte offset \(offset))")
            case .containsNUL(let offset):
                throw InputError(path: path, problem: "contains a NUL byte, not a text file (line \(lineNumber(of: offset, in: bytes)))")
            }
        }
    }

    /// Writes via a temporary file in the same folder and `rename`, keeping the permissions, so
    /// readers see the old or the new file, never half of one.
    public static func writeAtomically(_ bytes: [UInt8], to path: String) throws(InputError) {
        var info = stat()
        let mode: mode_t = stat(path, &info) == 0 ? info.st_mode & 0o7777 : 0o644
        let slash = path.lastIndex(of: "/")
        let directory = slash.map { String(path[..<$0]) } ?? "."
        let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
        var template = Array("\(directory.isEmpty ? "/" : directory)/.\(name).iqlint-XXXXXX".utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else { throw InputError(path: path, problem: "cannot write: \(errorText())") }
        let temporary = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        var written = 0
        while written < bytes.count {
            let count = bytes[written...].withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
            if count <= 0 {
                let problem = errorText()
                close(descriptor)
                unlink(temporary)
                throw InputError(path: path, problem: "cannot write: \(problem)")
            }
            written += count
        }
        guard fchmod(descriptor, mode) == 0, fsync(descriptor) == 0, close(descriptor) == 0 else {
            let problem = errorText()
            unlink(temporary)
            throw InputError(path: path, problem: "cannot write: \(problem)")
        }
        guard rename(temporary, path) == 0 else {
            let problem = errorText()
            unlink(temporary)
            throw InputError(path: path, problem: "cannot replace file: \(problem)")
        }
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
