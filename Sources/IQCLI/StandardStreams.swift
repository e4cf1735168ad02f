#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
import Foundation
#endif

/// Unbuffered writes to stdout and stderr, and reading stdin, with POSIX calls.
enum StandardStreams {
    static func write(_ text: String) { writeAll(text, to: STDOUT_FILENO) }
    static func writeError(_ text: String) { writeAll(text, to: STDERR_FILENO) }

    static func write(bytes: [UInt8]) {
        var offset = 0
        while offset < bytes.count {
            let count = bytes[offset...].withUnsafeBytes { writeSome(STDOUT_FILENO, $0.baseAddress, $0.count) }
            if count <= 0 { return }
            offset += count
        }
    }

    static func readInput() -> [UInt8] {
        var result: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(STDIN_FILENO, $0.baseAddress, $0.count) }
            if count <= 0 { break }
            result += buffer[0..<count]
        }
        return result
    }

    static var stdoutIsTerminal: Bool { isatty(STDOUT_FILENO) == 1 }

    static func environment(_ name: String) -> String? {
        getenv(name).map { String(cString: $0) }
    }

    static var environmentVariables: [String: String] {
        #if canImport(Darwin)
        // macOS declares no `environ` in its headers (man 7 environ); Foundation reads it.
        return ProcessInfo.processInfo.environment
        #else
        var result: [String: String] = [:]
        var pointer = environ
        while let entry = pointer.pointee {
            let text = String(decoding: UnsafeBufferPointer(start: entry, count: strlen(entry)).map { UInt8(bitPattern: $0) }, as: UTF8.self)
            if let equals = text.firstIndex(of: "=") { result[String(text[..<equals])] = String(text[text.index(after: equals)...]) }
            pointer += 1
        }
        return result
        #endif
    }

    private static func writeAll(_ text: String, to descriptor: Int32) {
        let bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let count = bytes[offset...].withUnsafeBytes { writeSome(descriptor, $0.baseAddress, $0.count) }
            if count <= 0 { return }
            offset += count
        }
    }

    /// POSIX write(2); named through its module because `write` above shadows it.
    private static func writeSome(_ descriptor: Int32, _ buffer: UnsafeRawPointer?, _ count: Int) -> Int {
        #if canImport(Glibc)
        Glibc.write(descriptor, buffer, count)
        #else
        Darwin.write(descriptor, buffer, count)
        #endif
    }
}

/// Output collected and written in blocks, so a large report is written as it is rendered
/// rather than held whole, without a system call per line.
struct BufferedOutput {
    private let toStandardError: Bool
    private var pending = ""
    private static let blockBytes = 1 << 16

    init(toStandardError: Bool) {
        self.toStandardError = toStandardError
    }

    mutating func append(_ text: String) {
        pending += text
        if pending.utf8.count >= Self.blockBytes { flush() }
    }

    mutating func flush() {
        guard !pending.isEmpty else { return }
        if toStandardError { StandardStreams.writeError(pending) } else { StandardStreams.write(pending) }
        pending.removeAll(keepingCapacity: true)
    }
}
