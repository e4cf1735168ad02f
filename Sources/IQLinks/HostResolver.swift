#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import NIOPosix

/// What resolving a host name found.
public enum Resolution: Sendable, Equatable {
    case addresses([IPAddress])
    /// The name does not exist (NXDOMAIN): the link is dead.
    case noSuchName
    /// The resolver itself failed (no DNS server, no network): says nothing about the link.
    case failure(String)
}

/// Resolves host names with getaddrinfo on NIO's blocking thread pool (never on an event loop),
/// after consulting curl-style `--resolve HOST:PORT:ADDRESS` pins.
public struct HostResolver: Sendable {
    /// "host:port" → address.
    public let pins: [String: IPAddress]
    private let threadPool: NIOThreadPool

    public init(pins: [String: IPAddress], threadPool: NIOThreadPool = .singleton) {
        self.pins = pins
        self.threadPool = threadPool
    }

    /// Parses `HOST:PORT:ADDRESS` (ADDRESS may be a bracketed IPv6 literal).
    public static func parsePin(_ text: String) -> (key: String, address: IPAddress)? {
        guard let first = text.firstIndex(of: ":") else { return nil }
        let host = text[..<first].lowercased()
        let rest = text[text.index(after: first)...]
        guard let second = rest.firstIndex(of: ":") else { return nil }
        guard let port = Int(rest[..<second]), (1...65535).contains(port), !host.isEmpty else { return nil }
        var addressText = String(rest[rest.index(after: second)...])
        if addressText.hasPrefix("["), addressText.hasSuffix("]") { addressText = String(addressText.dropFirst().dropLast()) }
        guard let address = IPAddress(addressText) else { return nil }
        return ("\(host):\(port)", address)
    }

    public func resolve(host: String, port: Int) async -> Resolution {
        if let pinned = pins["\(host):\(port)"] { return .addresses([pinned]) }
        if let literal = IPAddress(host) { return .addresses([literal]) }
        do {
            return try await threadPool.runIfActive { HostResolver.getaddrinfoBlocking(host) }
        } catch {
            return .failure("resolver unavailable")
        }
    }

    private static func getaddrinfoBlocking(_ host: String) -> Resolution {
        var hints = addrinfo()
        hints.ai_family = AF_UNSPEC
        #if canImport(Darwin)
        hints.ai_socktype = SOCK_STREAM
        #else
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        #endif
        var list: UnsafeMutablePointer<addrinfo>?
        let status = getaddrinfo(host, nil, &hints, &list)
        guard status == 0 else {
            if status == EAI_NONAME { return .noSuchName }
            // EAI_NODATA (-5 in glibc, not exported to Swift): the name exists without addresses.
            if status == -5 { return .noSuchName }
            return .failure(String(cString: gai_strerror(status)).lowercased())
        }
        defer { freeaddrinfo(list) }
        var addresses: [IPAddress] = []
        var cursor = list
        while let entry = cursor {
            if let socketAddress = entry.pointee.ai_addr {
                switch Int32(entry.pointee.ai_family) {
                case AF_INET:
                    socketAddress.withMemoryRebound(to: sockaddr_in.self, capacity: 1) { pointer in
                        let raw = UInt32(bigEndian: pointer.pointee.sin_addr.s_addr)
                        addresses.append(.v4(UInt8(raw >> 24), UInt8((raw >> 16) & 0xFF), UInt8((raw >> 8) & 0xFF), UInt8(raw & 0xFF)))
                    }
                case AF_INET6:
                    socketAddress.withMemoryRebound(to: sockaddr_in6.self, capacity: 1) { pointer in
                        var address = pointer.pointee.sin6_addr
                        let bytes = withUnsafeBytes(of: &address) { Array($0) }
                        addresses.append(.v6(bytes))
                    }
                default:
                    break
                }
            }
            cursor = entry.pointee.ai_next
        }
        var unique: [IPAddress] = []
        for address in addresses where !unique.contains(address) { unique.append(address) }
        return unique.isEmpty ? .noSuchName : .addresses(unique)
    }
}
