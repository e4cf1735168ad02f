import Dispatch
import IQMarkdown

/// A file parsed on another thread while the caller goes on; `file` waits for it.
///
/// Pull-request mode needs the base version of a changed file only late (to tell old findings
/// from new ones) or not at all: parsing it behind the lint of the new version uses the core
/// that waits while the new version's conventions are inferred, instead of doubling the parse.
public final class ParsingFile: @unchecked Sendable {
    public let path: String
    /// The size of its source, known before it is parsed.
    public let byteCount: Int
    private let done = DispatchGroup()
    /// Written once by the parsing thread before `done` is left, read only after waiting on it.
    private var parsed: MarkdownFile?

    /// Starts parsing `source` at once (on the calling thread when ``Parallel/isSerial``).
    public init(path: String, source: SourceText) {
        self.path = path
        byteCount = source.bytes.count
        guard !Parallel.isSerial else {
            parsed = MarkdownFile(path: path, source: source)
            return
        }
        done.enter()
        DispatchQueue.global().async { [self] in
            parsed = MarkdownFile(path: path, source: source)
            done.leave()
        }
    }

    /// A file already parsed.
    public init(parsed file: MarkdownFile) {
        path = file.path
        byteCount = file.source.bytes.count
        parsed = file
    }

    /// The parsed file, once it is ready.
    public var file: MarkdownFile {
        done.wait()
        return parsed!
    }
}
