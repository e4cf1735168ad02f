import Foundation

/// The link-check test server (Tests/IQLinksTests/Server/link_server.py) started on 127.0.0.1
/// for one test, on a free port; stopped when released. Counts every request it receives.
public final class LinkServer: @unchecked Sendable {
    public let port: Int
    private let process: Process
    private let input: Pipe

    public init() throws {
        process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", RepositoryPaths.root + "/Tests/IQLinksTests/Server/link_server.py"]
        input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        var line: [UInt8] = []
        while true {
            let byte = output.fileHandleForReading.readData(ofLength: 1)
            guard let first = byte.first else { break }
            if first == UInt8(ascii: "\n") { break }
            line.append(first)
        }
        guard let port = Int(String(decoding: line, as: UTF8.self)) else {
            process.terminate()
            throw GitFixtureError(message: "link server did not start")
        }
        self.port = port
    }

    deinit {
        try? input.fileHandleForWriting.close()
        process.terminate()
        process.waitUntilExit()
    }

    /// `http://HOST:PORT` for a host name pinned to this server.
    public func origin(_ host: String = "127.0.0.1") -> String { "http://\(host):\(port)" }

    /// A `--resolve` pin of `host` to this server.
    public func pin(_ host: String) -> String { "\(host):\(port):127.0.0.1" }

    public struct Stats: Sendable {
        public let requests: Int
        public let paths: [String: Int]
        public let hosts: [String: Int]
        public let maxInFlight: [String: Int]
        public let hugeBytesSent: Int
        public let userAgents: [String]
        public let headers: [String: String]
    }

    /// What the server has seen so far (the stats request itself is not counted).
    public func stats() throws -> Stats {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { throw GitFixtureError(message: "socket failed") }
        defer { close(descriptor) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else { throw GitFixtureError(message: "cannot reach the link server") }
        let request = Array("GET /__stats HTTP/1.0\r\nHost: stats\r\n\r\n".utf8)
        _ = request.withUnsafeBytes { send(descriptor, $0.baseAddress, $0.count, 0) }
        var response: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = buffer.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, $0.count, 0) }
            if count <= 0 { break }
            response += buffer[0..<count]
        }
        let text = String(decoding: response, as: UTF8.self)
        guard let split = text.range(of: "\r\n\r\n"),
              let json = try JSONSerialization.jsonObject(with: Data(text[split.upperBound...].utf8)) as? [String: Any] else {
            throw GitFixtureError(message: "bad stats response")
        }
        return Stats(requests: json["requests"] as? Int ?? -1, paths: json["paths"] as? [String: Int] ?? [:],
                     hosts: json["hosts"] as? [String: Int] ?? [:], maxInFlight: json["max_in_flight"] as? [String: Int] ?? [:],
                     hugeBytesSent: json["huge_bytes_sent"] as? Int ?? -1, userAgents: json["user_agents"] as? [String] ?? [],
                     headers: json["headers"] as? [String: String] ?? [:])
    }
}
