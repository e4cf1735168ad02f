import Foundation
import IQCore

/// Results of earlier runs, so that CI re-checks almost nothing. One JSON file replaced
/// atomically (write a temporary file, then rename): a crash mid-write leaves the old file, and
/// concurrent runs each merge what is on disk before replacing it, newest entry winning.
public struct LinkCache: Sendable {
    public struct Entry: Sendable, Codable, Equatable {
        public var result: LinkResult
        /// Seconds since 1970.
        public var checkedAt: Double
    }

    public struct Lifetimes: Sendable {
        public var ok: Duration = .seconds(7 * 86_400)
        public var dead: Duration = .seconds(86_400)
        public var unverifiable: Duration = .seconds(86_400)
        /// `--max-cache-age`: no entry older than this is used, whatever its outcome.
        public var maximumAge: Duration?

        public init() {}

        func lifetime(of outcome: LinkOutcome) -> Duration {
            let own: Duration = switch outcome {
            case .ok: ok
            case .dead: dead
            case .unverifiable: unverifiable
            }
            return maximumAge.map { min($0, own) } ?? own
        }
    }

    private struct File: Codable {
        var version = 1
        var entries: [String: Entry]
    }

    public let path: String
    public let lifetimes: Lifetimes
    public private(set) var entries: [String: Entry]

    /// Loads the cache; a missing or unreadable file is an empty cache (it is only a cache).
    public init(path: String, lifetimes: Lifetimes = Lifetimes()) {
        self.path = path
        self.lifetimes = lifetimes
        entries = LinkCache.read(path)
    }

    private static func read(_ path: String) -> [String: Entry] {
        guard let data = FileManager.default.contents(atPath: path),
              let file = try? JSONDecoder().decode(File.self, from: data), file.version == 1 else { return [:] }
        return file.entries
    }

    /// The cached result for `url` if it is still fresh at `now`.
    public func lookup(_ url: String, now: Date = Date()) -> LinkResult? {
        guard let entry = entries[url] else { return nil }
        let age = now.timeIntervalSince1970 - entry.checkedAt
        guard age >= 0, age < Double(lifetimes.lifetime(of: entry.result.outcome).components.seconds) else { return nil }
        return entry.result
    }

    public mutating func record(_ url: String, _ result: LinkResult, at now: Date = Date()) {
        guard !result.networkTrouble else { return }
        entries[url] = Entry(result: result, checkedAt: now.timeIntervalSince1970)
    }

    /// Merges with what another run may have written meanwhile and replaces the file atomically.
    public func save(now: Date = Date()) throws {
        var merged = LinkCache.read(path)
        for (url, entry) in entries where (merged[url]?.checkedAt ?? -1) <= entry.checkedAt { merged[url] = entry }
        // Entries past every lifetime are dropped so the file does not grow forever.
        let longest = Double(max(lifetimes.ok, lifetimes.dead, lifetimes.unverifiable).components.seconds)
        merged = merged.filter { now.timeIntervalSince1970 - $0.value.checkedAt < longest }
        let directory = (path as NSString).deletingLastPathComponent
        if !directory.isEmpty { try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true) }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        // Atomically, as iqlint writes every file (and not with Foundation's atomic write, which
        // on Linux leaves an empty `TemporaryDirectory.*` folder in /tmp on every call).
        try FileSystem.writeAtomically(Array(encoder.encode(File(entries: merged))), to: path)
    }
}
