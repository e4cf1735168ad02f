import IQCore
import IQRules

/// Finds and loads `.iqlint.yml`: `--config FILE`, else the nearest one walking up from the
/// working directory, else defaults.
enum ConfigurationLoader {
    static func load(explicitPath: String?) throws(CLIFailure) -> Configuration {
        let path: String
        if let explicitPath {
            path = explicitPath
        } else if let found = discover(from: FileSystem.currentDirectory) {
            path = found
        } else {
            return Configuration()
        }
        let text: String
        do {
            text = try FileSystem.readSource(path).text
        } catch {
            throw CLIFailure(error)
        }
        do {
            return try Configuration.load(yaml: text, path: path, knownRules: BuiltinRules.all.map { $0.description })
        } catch {
            throw CLIFailure(error)
        }
    }

    static func discover(from directory: String) -> String? {
        var current = directory
        while true {
            let candidate = (current == "/" ? "" : current) + "/" + Configuration.fileName
            if FileSystem.kind(of: candidate) == .file { return candidate }
            guard current != "/", let slash = current.lastIndex(of: "/") else { return nil }
            current = slash == current.startIndex ? "/" : String(current[..<slash])
        }
    }
}
