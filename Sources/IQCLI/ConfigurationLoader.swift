import IQCore
import IQRules

/// Finds the configuration of each file, the way ruff does: `--config FILE` for every file,
/// `--isolated` for none, else the nearest `.iqlint.yml` or `.iqlint.yaml` in the file's folder
/// or above it. Only that one file applies (settings of folders further up are not merged),
/// unless it says `extends: PATH` to inherit another file. Files are read once and cached.
final class ConfigurationResolver {
    enum Source {
        case isolated
        case explicit(String)
        case nearest
    }

    private let source: Source
    private var loaded: [String: Configuration] = [:]
    /// The configuration file of each folder already looked at (nil: none up to the root).
    private var nearestByFolder: [String: String?] = [:]
    private var fixed: Configuration?
    /// Every configuration handed out, by file path ("" for the defaults), in order of first use.
    private(set) var profiles: [Configuration] = []
    private var profileIndex: [String: Int] = [:]

    init(_ source: Source) throws(CLIFailure) {
        self.source = source
        switch source {
        case .isolated: fixed = Configuration()
        case .explicit(let path): fixed = try load(FileSystem.absolute(path), shownAs: path, chain: [])
        case .nearest: fixed = nil
        }
    }

    /// The configuration that applies to the file or folder at `path` (relative to the working
    /// directory or absolute); a folder's own configuration applies to what is inside it.
    func configuration(for path: String) throws(CLIFailure) -> Configuration {
        if let fixed { return fixed }
        let folder = FileSystem.absolute(FileSystem.folder(of: path))
        guard let file = try nearestFile(from: folder) else { return Configuration() }
        return try load(file, shownAs: display(file), chain: [])
    }

    /// The profile index of the configuration for `path`, registering it on first use.
    func profile(for path: String) throws(CLIFailure) -> Int {
        let configuration = try configuration(for: path)
        let key = configuration.path ?? ""
        if let index = profileIndex[key] { return index }
        profiles.append(configuration)
        profileIndex[key] = profiles.count - 1
        return profiles.count - 1
    }

    private func nearestFile(from folder: String) throws(CLIFailure) -> String? {
        var visited: [String] = []
        var current = folder
        var found: String?
        while true {
            if let known = nearestByFolder[current] { found = known; break }
            visited.append(current)
            let candidates = Configuration.fileNames.map { (current == "/" ? "" : current) + "/" + $0 }
                .filter { FileSystem.kind(of: $0) == .file }
            if candidates.count > 1 {
                throw CLIFailure("\(display(current)): both .iqlint.yml and .iqlint.yaml; keep one")
            }
            if let candidate = candidates.first { found = candidate; break }
            guard current != "/" else { break }
            current = FileSystem.folder(of: current)
        }
        for folder in visited { nearestByFolder[folder] = found }
        return found
    }

    /// Reads `path` and what it extends; `chain` holds the files on the way, to refuse cycles.
    private func load(_ path: String, shownAs shown: String, chain: [String]) throws(CLIFailure) -> Configuration {
        if chain.isEmpty, let cached = loaded[path] { return cached }
        if chain.contains(path) {
            throw CLIFailure("\(shown): 'extends' forms a cycle (\((chain + [path]).map(display).joined(separator: " -> ")))")
        }
        guard chain.count < 16 else { throw CLIFailure("\(shown): 'extends' chains more than 16 files") }
        let text: String
        do {
            text = try FileSystem.readSource(shown).text
        } catch {
            throw CLIFailure(error)
        }
        var configuration: Configuration
        do {
            configuration = try Configuration.load(yaml: text, path: shown, knownRules: BuiltinRules.all.map { $0.description })
        } catch {
            throw CLIFailure(error)
        }
        if let extends = configuration.extends {
            let target = FileSystem.absolute(extends, from: FileSystem.absolute(FileSystem.folder(of: path)))
            guard FileSystem.kind(of: target) == .file else {
                throw CLIFailure("\(shown): 'extends' names \(extends), which is not a file")
            }
            let base = try load(target, shownAs: display(target), chain: chain + [path])
            configuration = configuration.inheriting(from: base)
        }
        if chain.isEmpty { loaded[path] = configuration }
        return configuration
    }

    /// Absolute paths below the working directory are shown relative to it.
    private func display(_ absolute: String) -> String {
        let prefix = FileSystem.currentDirectory.hasSuffix("/") ? FileSystem.currentDirectory : FileSystem.currentDirectory + "/"
        return PathSplitting.dropping(prefix, from: absolute) ?? absolute
    }
}

enum ConfigurationLoader {
    /// The configuration `iqlint dupes` uses: `--config FILE`, else the nearest one to the
    /// working directory.
    static func load(explicitPath: String?) throws(CLIFailure) -> Configuration {
        let resolver = try ConfigurationResolver(explicitPath.map { .explicit($0) } ?? .nearest)
        return try resolver.configuration(for: "./")
    }
}
