import AsyncHTTPClient
import NIOCore
import NIOHTTP1
import NIOPosix
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// One response as far as it was read.
struct FetchedResponse: Sendable {
    let status: Int
    let headers: HTTPHeaders
    /// At most the body limit.
    let body: [UInt8]
}

enum FetchFailure: Error, Sendable {
    case timeout
    case refused
    case reset
    case unreachable(String)
    case tls(String)
    case other(String)
}

/// Sends GET requests with async-http-client, pinned to an address the policy already checked:
/// each (host, address) pair gets a client whose `dnsOverride` maps the host to that address,
/// so the client never resolves the name itself, while the Host header and TLS SNI keep the name.
actor Fetcher {
    private let group: any EventLoopGroup
    private var clients: [String: HTTPClient] = [:]
    private let configuration: LinkCheckConfiguration

    init(configuration: LinkCheckConfiguration, group: any EventLoopGroup = MultiThreadedEventLoopGroup.singleton) {
        self.configuration = configuration
        self.group = group
    }

    private func client(for url: RequestURL, address: IPAddress) -> HTTPClient {
        let key = "\(url.hostForURL)|\(address)"
        if let existing = clients[key] { return existing }
        var settings = HTTPClient.Configuration(
            redirectConfiguration: .disallow,
            timeout: .init(connect: .nanoseconds(Int64(configuration.connectTimeout.nanoseconds)),
                           read: .nanoseconds(Int64(configuration.requestTimeout.nanoseconds))),
            connectionPool: .init(idleTimeout: .seconds(30),
                                  concurrentHTTP1ConnectionsPerHostSoftLimit: configuration.perHostConcurrency),
            decompression: .disabled
        )
        // Our own retry policy (backoff, give-up) decides; the pool must fail fast on refusal.
        settings.connectionPool.retryConnectionEstablishment = false
        settings.httpVersion = .http1Only
        settings.dnsOverride = [url.hostForURL: address.description]
        let created = HTTPClient(eventLoopGroup: group, configuration: settings)
        clients[key] = created
        return created
    }

    /// GETs `url` from exactly `address`, reading at most `bodyLimit` bytes of the body.
    nonisolated func fetch(_ url: RequestURL, address: IPAddress, headers: [(String, String)], bodyLimit: Int) async throws(FetchFailure) -> FetchedResponse {
        let client = await client(for: url, address: address)
        var prepared = HTTPClientRequest(url: url.description)
        prepared.method = .GET
        for (name, value) in headers { prepared.headers.replaceOrAdd(name: name, value: value) }
        let request = prepared
        let timeout = configuration.requestTimeout
        do {
            return try await withThrowingTaskGroup(of: FetchedResponse?.self) { group in
                group.addTask {
                    let response = try await client.execute(request, timeout: .nanoseconds(Int64(timeout.nanoseconds)))
                    var body: [UInt8] = []
                    for try await buffer in response.body {
                        body += buffer.readableBytesView.prefix(bodyLimit - body.count)
                        // Leaving the loop cancels the stream and closes the connection: a huge
                        // body is never read past the limit.
                        if body.count >= bodyLimit { break }
                    }
                    return FetchedResponse(status: Int(response.status.code), headers: response.headers, body: body)
                }
                group.addTask {
                    try await Task.sleep(for: timeout)
                    return nil
                }
                let first = try await group.next() ?? nil
                group.cancelAll()
                guard let first else { throw FetchFailure.timeout }
                return first
            }
        } catch let failure as FetchFailure {
            throw failure
        } catch {
            throw Fetcher.classify(error)
        }
    }

    static func classify(_ error: any Error) -> FetchFailure {
        if let client = error as? HTTPClientError {
            switch client {
            case .connectTimeout, .deadlineExceeded, .readTimeout, .tlsHandshakeTimeout, .getConnectionFromPoolTimeout:
                return .timeout
            case .remoteConnectionClosed:
                return .reset
            default:
                return .other("\(client)")
            }
        }
        if let io = error as? IOError { return classify(errno: io.errnoCode, text: "\(io)") }
        if error is CancellationError { return .timeout }
        let text = "\(error)"
        let type = "\(Swift.type(of: error))"
        if type.contains("SSL") || text.contains("SSL") || text.contains("certificate") { return .tls(text) }
        if text.contains("Connection refused") || text.contains("connectionRefused") { return .refused }
        if text.contains("Connection reset") || text.contains("errno: 104") { return .reset }
        if text.contains("Network is unreachable") || text.contains("No route to host") { return .unreachable(text) }
        if text.contains("connectTimeout") || text.contains("timed out") { return .timeout }
        return .other(text)
    }

    private static func classify(errno code: Int32, text: String) -> FetchFailure {
        switch code {
        case ECONNREFUSED: return .refused
        case ECONNRESET, EPIPE: return .reset
        case ENETUNREACH, EHOSTUNREACH: return .unreachable(text)
        case ETIMEDOUT: return .timeout
        default: return .other(text)
        }
    }

    func shutdown() async {
        for client in clients.values { try? await client.shutdown() }
        clients = [:]
    }
}

extension Duration {
    var nanoseconds: Int64 {
        let (seconds, attoseconds) = components
        return seconds * 1_000_000_000 + attoseconds / 1_000_000_000
    }
}
