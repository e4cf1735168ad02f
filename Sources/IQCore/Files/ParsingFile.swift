import Dispatch
import IQMarkdown
import Synchronization

/// A file parsed on another thread while the caller goes on; `file` waits for it.
///
/// Pull-request mode needs the base version of a changed file only late (to tell old findings
/// from new ones) or not at all. A base made with `startsAtOnce: false` is parsed by whoever
/// needs it first: the linter hands it to a core as one of its jobs, after the slowest rule
/// (``Linter``), so that it never runs as a third thread beside the rules' two; a rule that
/// asks before then parses it itself.
public final class ParsingFile: @unchecked Sendable {
    public let path: String
    /// Its source, known before it is parsed.
    public let source: SourceText
    /// The size of its source.
    public var byteCount: Int { source.bytes.count }

    private enum State {
        /// Nobody has started it: its source.
        case waiting(SourceText)
        /// A thread is parsing it; the group is left when it is done.
        case parsing(DispatchGroup)
        case parsed(MarkdownFile)
    }

    private let state: Mutex<State>
    /// Another version of the file, whose blocks the parse reuses where the two are the same.
    private let other: MarkdownFile?

    /// Starts parsing `source` at once on another thread (on the calling thread when
    /// ``Parallel/isSerial``), or with `startsAtOnce: false` only when asked to (``parse()``, ``file``).
    /// With `reusing`, another version of the file (a change's new version beside its base),
    /// only the region where the two differ is parsed, when it is small.
    public init(path: String, source: SourceText, startsAtOnce: Bool = true, reusing other: MarkdownFile? = nil) {
        self.path = path
        self.source = source
        self.other = other
        state = Mutex(.waiting(source))
        guard startsAtOnce else { return }
        if Parallel.isSerial {
            parse()
        } else {
            DispatchQueue.global().async { [self] in parse() }
        }
    }

    /// A file already parsed.
    public init(parsed file: MarkdownFile) {
        path = file.path
        source = file.source
        other = nil
        state = Mutex(.parsed(file))
    }

    /// Parses the file on the calling thread unless another thread has started; returns at once then.
    public func parse() {
        let claimed: (SourceText, DispatchGroup)? = state.withLock { state in
            guard case .waiting(let source) = state else { return nil }
            let group = DispatchGroup()
            group.enter()
            state = .parsing(group)
            return (source, group)
        }
        guard let (source, group) = claimed else { return }
        let file = other.map { MarkdownFile(path: path, source: source, reusing: $0) } ?? MarkdownFile(path: path, source: source)
        state.withLock { $0 = .parsed(file) }
        group.leave()
    }

    /// The parsed file: parsed here if nobody has started, else once the other thread is done.
    public var file: MarkdownFile {
        parse()
        let pending: DispatchGroup? = state.withLock { state in
            if case .parsing(let group) = state { return group }
            return nil
        }
        pending?.wait()
        return state.withLock { state in
            guard case .parsed(let file) = state else { preconditionFailure("a parse claimed is finished before its group is left") }
            return file
        }
    }
}
