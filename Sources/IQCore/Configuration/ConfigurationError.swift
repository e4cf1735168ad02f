/// A problem with `.iqlint.yml` (or `--config`), reported as `path:line: problem` with exit 2.
public struct ConfigurationError: Error, Sendable, CustomStringConvertible {
    public let path: String
    public let line: Int?
    public let problem: String

    public init(path: String, line: Int?, problem: String) {
        self.path = path
        self.line = line
        self.problem = problem
    }

    public var description: String {
        if let line { "\(path):\(line): \(problem)" } else { "\(path): \(problem)" }
    }
}
