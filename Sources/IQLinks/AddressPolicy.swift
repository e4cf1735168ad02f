/// Which destinations a link check may connect to. Judged on resolved addresses, never on URL
/// text, so `http://0x7f.1/`, a DNS name pointing at 10.0.0.1 or a rebinding host are all caught.
public struct AddressPolicy: Sendable {
    public let allowPrivate: Bool
    /// Host names that may resolve to private addresses (an intranet wiki) while others may not.
    public let privateHosts: Set<String>

    public init(allowPrivate: Bool, privateHosts: Set<String> = []) {
        self.allowPrivate = allowPrivate
        self.privateHosts = privateHosts
    }

    /// Why `address` (what `host` resolved to) is refused, or nil when it may be contacted.
    public func refusal(of address: IPAddress, host: String? = nil) -> String? {
        guard !allowPrivate, !(host.map(privateHosts.contains) ?? false) else { return nil }
        return AddressPolicy.privateRange(of: address)
    }

    /// The name of the non-public range `address` falls in, or nil for a public address.
    public static func privateRange(of address: IPAddress) -> String? {
        switch address {
        case .v4(let a, let b, _, _):
            switch (a, b) {
            case (0, _): return "unspecified"
            case (10, _): return "private (10/8)"
            case (100, 64...127): return "carrier-grade NAT (100.64/10)"
            case (127, _): return "loopback"
            case (169, 254): return "link-local (169.254/16, cloud metadata)"
            case (172, 16...31): return "private (172.16/12)"
            case (192, 168): return "private (192.168/16)"
            case (192, 0) where address == .v4(192, 0, 0, 170) || address == .v4(192, 0, 0, 171): return "NAT64 discovery"
            case (198, 18...19): return "benchmarking (198.18/15)"
            case (224...239, _): return "multicast"
            case (240...255, _): return "reserved"
            default: return nil
            }
        case .v6(let bytes):
            if bytes.allSatisfy({ $0 == 0 }) { return "unspecified" }
            if bytes[0..<15].allSatisfy({ $0 == 0 }), bytes[15] == 1 { return "loopback" }
            if bytes[0] & 0xFE == 0xFC { return "unique local (fc00::/7)" }
            if bytes[0] == 0xFE, bytes[1] & 0xC0 == 0x80 { return "link-local (fe80::/10)" }
            if bytes[0] == 0xFE, bytes[1] & 0xC0 == 0xC0 { return "site-local (fec0::/10)" }
            if bytes[0] == 0xFF { return "multicast" }
            // IPv4-mapped (::ffff:a.b.c.d), IPv4-compatible (::a.b.c.d) and NAT64 (64:ff9b::/96)
            // addresses reach the embedded IPv4 address: judge that one.
            let mapped = bytes[0..<10].allSatisfy { $0 == 0 } && bytes[10] == 0xFF && bytes[11] == 0xFF
            let compatible = bytes[0..<12].allSatisfy { $0 == 0 }
            let nat64 = bytes[0..<12] == [0x00, 0x64, 0xFF, 0x9B, 0, 0, 0, 0, 0, 0, 0, 0][...]
            if mapped || compatible || nat64 {
                let embedded = IPAddress.v4(bytes[12], bytes[13], bytes[14], bytes[15])
                return privateRange(of: embedded).map { "IPv4-embedded \($0)" }
            }
            return nil
        }
    }
}
