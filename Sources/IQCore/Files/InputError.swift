/// A file iqlint cannot lint, reported as one line naming the path, with exit code 2.
public struct InputError: Error, Sendable, CustomStringConvertible, Equatable {
    public let path: String
    public let problem: String

    public init(path: String, problem: String) {
        self.path = path
        self.problem = problem
    }

    public var description: String { "\(path): \(problem)" }
}
