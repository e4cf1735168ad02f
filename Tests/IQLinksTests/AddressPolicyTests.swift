@testable import IQLinks
import Testing

/// The refusal is judged on address bytes, whatever spelling produced them.
@Suite struct AddressPolicyTests {
    static let refused = [
        "127.0.0.1", "127.255.0.9", "10.1.2.3", "172.16.0.1", "172.31.255.255", "192.168.1.1", "169.254.169.254",
        "100.64.0.1", "100.127.255.254", "0.0.0.0", "::", "::1", "fc00::1", "fd12:3456::1", "fe80::1", "febf::1",
        "::ffff:127.0.0.1", "::ffff:10.0.0.1", "::ffff:169.254.169.254", "64:ff9b::a00:1", "::127.0.0.1", "224.0.0.1", "ff02::1",
    ]
    static let allowed = ["93.184.216.34", "8.8.8.8", "172.32.0.1", "100.128.0.1", "2606:4700::6810:84e5", "::ffff:8.8.8.8", "11.0.0.1"]

    @Test(arguments: refused)
    func refusesNonPublicAddresses(text: String) throws {
        let address = try #require(IPAddress(text), "cannot parse \(text)")
        #expect(AddressPolicy(allowPrivate: false).refusal(of: address) != nil)
        #expect(AddressPolicy(allowPrivate: true).refusal(of: address) == nil)
    }

    @Test(arguments: allowed)
    func allowsPublicAddresses(text: String) throws {
        let address = try #require(IPAddress(text))
        #expect(AddressPolicy(allowPrivate: false).refusal(of: address) == nil, "\(text) refused")
    }

    @Test func parsesOnlyWellFormedAddresses() {
        #expect(IPAddress("1.2.3") == nil)
        #expect(IPAddress("256.1.1.1") == nil)
        #expect(IPAddress("1:2:3:4:5:6:7:8:9") == nil)
        #expect(IPAddress("[::1]") == .v6(Array(repeating: 0, count: 15) + [1]))
        #expect(IPAddress("::ffff:1.2.3.4")?.description == "0:0:0:0:0:ffff:102:304")
    }

    @Test func pinsParseLikeCurl() throws {
        let pin = try #require(HostResolver.parsePin("Example.com:8080:127.0.0.1"))
        #expect(pin.key == "example.com:8080" && pin.address == .v4(127, 0, 0, 1))
        #expect(HostResolver.parsePin("example.com:443:[::1]")?.address == IPAddress("::1"))
        #expect(HostResolver.parsePin("example.com:notaport:1.2.3.4") == nil)
        #expect(HostResolver.parsePin("example.com:80:not-an-address") == nil)
    }
}

@Suite struct RequestURLTests {
    @Test func splitsAndNormalises() throws {
        let url = try RequestURL("HTTPS://User@Example.COM:443/a/b?q=1#frag")
        #expect(url.scheme == "https" && url.host == "example.com" && url.port == 443 && url.target == "/a/b?q=1")
        #expect(url.description == "https://example.com/a/b?q=1")
        #expect(try RequestURL("http://[::1]:8080").description == "http://[::1]:8080/")
    }

    @Test func encodesIRIPaths() throws {
        let url = try RequestURL("https://zh.wikipedia.org/wiki/注意力 机制?q=a|b#frag")
        #expect(url.target == "/wiki/%E6%B3%A8%E6%84%8F%E5%8A%9B%20%E6%9C%BA%E5%88%B6?q=a%7Cb")
        #expect(try RequestURL("https://a.example/already%20encoded").target == "/already%20encoded")
    }

    @Test func refusesOtherSchemes() {
        #expect(throws: RequestURL.ParseError.unsupportedScheme("ftp")) { try RequestURL("ftp://example.com/x") }
        #expect(throws: RequestURL.ParseError.unsupportedScheme("file")) { try RequestURL("file:///etc/passwd") }
    }

    @Test func resolvesRedirectLocations() throws {
        let base = try RequestURL("http://a.example/dir/page?x=1")
        #expect(try base.resolving("/root").description == "http://a.example/root")
        #expect(try base.resolving("other").description == "http://a.example/dir/other")
        #expect(try base.resolving("//b.example/x").description == "http://b.example/x")
        #expect(try base.resolving("https://c.example").description == "https://c.example/")
        #expect(try base.resolving("?y=2").description == "http://a.example/dir/page?y=2")
    }
}
