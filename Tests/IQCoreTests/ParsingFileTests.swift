import Dispatch
import IQCore
import IQMarkdown
import Synchronization
import Testing

/// A base version parsed on demand: whoever asks first parses it, everyone gets that one parse.
@Suite struct ParsingFileTests {
    static let source = SourceText(String(repeating: "1. [什么是LoRA？](https://a.example/1)\n", count: 2_000))

    /// Several rounds, so that the thread sanitizer sees readers and parsers interleave.
    @Test func aDeferredFileIsParsedByItsFirstReaderOnly() {
        for round in 0..<10 {
            let source = round == 0 ? Self.source : SourceText(String(repeating: "- [问题](https://a.example/q)\n", count: 100 + round))
            let pending = ParsingFile(path: "README.md", source: source, startsAtOnce: false)
            #expect(pending.byteCount == source.bytes.count)
            let files = Readers()
            DispatchQueue.concurrentPerform(iterations: 8) { index in
                if index % 2 == 0 { pending.parse() }
                let file = pending.file
                files.read.withLock { $0.append(file) }
            }
            let read = files.read.withLock { $0 }
            #expect(read.count == 8)
            #expect(read.allSatisfy { $0.document.lists.first?.items.count == (round == 0 ? 2_000 : 100 + round) })
            // One parse: every reader holds the same derived facts, which belong to one parse.
            #expect(read.allSatisfy { $0.derived === read[0].derived })
        }
    }

    /// What the readers got. A class: a `Mutex` local to the test, captured by the closure
    /// every thread runs, is an access to one stack variable from all of them, which the thread
    /// sanitizer reports as a race (once in several runs) although the lock orders them.
    private final class Readers: Sendable {
        let read = Mutex<[MarkdownFile]>([])
    }

    @Test func aFileStartedAtOnceIsTheSameAsOneParsedHere() {
        let started = ParsingFile(path: "README.md", source: Self.source)
        started.parse()
        let here = MarkdownFile(path: "README.md", source: Self.source)
        #expect(started.file.document.lists.map(\.items.count) == here.document.lists.map(\.items.count))
        #expect(started.file.document.links.count == here.document.links.count)
    }
}
