@testable import IQGit
import IQTestSupport
import Testing

/// The diff that reads both blobs diffs only the region between their shared whole lines
/// (`CommonLines`): it must find the lines libgit2's diff of the whole files finds.
@Suite("line diffs between shared ends")
struct SharedLinesDiffTests {
    @Test func sharedEndsAreWholeLinesOfBothVersions() {
        func common(_ old: String, _ new: String, margin: Int = 0) -> CommonLines {
            let oldBytes = Array(old.utf8), newBytes = Array(new.utf8)
            return oldBytes.withUnsafeBytes { o in newBytes.withUnsafeBytes { n in CommonLines(old: o, new: n, margin: margin) } }
        }
        // A changed middle line: the first and last lines are shared.
        var found = common("a\nb\nc\n", "a\nB\nc\n")
        #expect((found.prefixBytes, found.prefixLines, found.suffixBytes) == (2, 1, 2))
        // A line that only grew at its end is not shared, nor its line break.
        found = common("a\nbc\nd\n", "a\nbcX\nd\n")
        #expect((found.prefixBytes, found.prefixLines, found.suffixBytes) == (2, 1, 2))
        // A line appended at the end: no shared end, every old line shared at the start.
        found = common("a\nb\n", "a\nb\nc\n")
        #expect((found.prefixBytes, found.prefixLines, found.suffixBytes) == (4, 2, 0))
        // The shared end never overlaps the shared start (`a\n` repeated).
        found = common("a\na\n", "a\na\na\n")
        #expect((found.prefixBytes, found.prefixLines, found.suffixBytes) == (4, 2, 0))
        // A final line without a line break is shared only when it is the same in both.
        found = common("x\ny", "z\ny")
        #expect((found.prefixBytes, found.prefixLines, found.suffixBytes) == (0, 0, 1))
        found = common("x\ny", "x\ny\n")
        #expect((found.prefixBytes, found.prefixLines, found.suffixBytes) == (2, 1, 0))
        // The margin keeps lines of both shared ends in the middle.
        found = common("1\n2\n3\nold\n5\n6\n7\n", "1\n2\n3\nnew\n5\n6\n7\n", margin: 2)
        #expect((found.prefixBytes, found.prefixLines, found.suffixBytes) == (2, 1, 2))
        found = common("1\nold\n3\n", "1\nnew\n3\n", margin: 5)
        #expect((found.prefixBytes, found.prefixLines, found.suffixBytes) == (0, 0, 0))
    }

    /// Random edits of a file of 3,000 lines, many of them repeated (blank lines, fences, the
    /// same item), committed one after the other: each diff of the kept blobs gives the changed
    /// lines that libgit2's diff of the whole files gives, and that the untrimmed blob diff gives.
    @Test func randomEditsFindTheLinesOfTheWholeFileDiff() throws {
        let scratch = try ScratchRepository()
        var random = SeededGenerator(seed: 0x1D1FF)
        let repeated = ["", "```", "- [同一个问题](https://a.example/same)", "## 小节", "1. [什么是LoRA？](https://a.example/1)"]
        func line(_ random: inout SeededGenerator) -> String {
            random.next() % 3 == 0 ? repeated[Int(random.next() % UInt64(repeated.count))] : "line \(random.next() % 100_000)"
        }
        var lines = (0..<3000).map { _ in line(&random) }
        var text = lines.joined(separator: "\n") + "\n"
        try scratch.write("bank.md", text)
        var previous = try scratch.commitAll("base")
        let repository = try GitRepository.discover(from: scratch.root)
        var trimmedSomewhere = false
        for round in 0..<40 {
            // One to four edits: replace, insert (sometimes a copy of the line next to it), delete.
            for _ in 0...(random.next() % 4) {
                let at = Int(random.next() % UInt64(lines.count))
                switch random.next() % 4 {
                case 0: lines[at] = line(&random)
                case 1: lines.insert(line(&random), at: at)
                case 2: lines.insert(lines[at], at: at)
                default: if lines.count > 10 { lines.remove(at: at) }
                }
            }
            let endsWithBreak = round % 7 != 3
            text = lines.joined(separator: "\n") + (endsWithBreak ? "\n" : "")
            try scratch.write("bank.md", text)
            let commit = try scratch.commitAll("round \(round)")
            let base = GitObjectID(hex: previous)
            let whole = try repository.changes(base: base, to: .head)
            let trimmed = try repository.changesWithContents(base: base, to: .head).map(\.change)
            let untrimmed = try repository.changesWithContents(base: base, to: .head, trimmingSharedLines: false).map(\.change)
            #expect(trimmed == whole, "round \(round)")
            #expect(trimmed == untrimmed, "round \(round)")
            if let changed = whole.first?.changedLines, let first = changed.min(), first > CommonLines.defaultMargin { trimmedSomewhere = true }
            previous = commit
        }
        #expect(trimmedSomewhere, "some edits lie beyond the margin, where the trimmed diff reads less")
    }

    /// A `diff` attribute makes libgit2 apply a driver to blobs; the trimmed diff leaves such
    /// files to the whole-file diff, so `-diff` still marks them binary (skipped).
    @Test func aDiffAttributeIsHonoured() throws {
        let scratch = try ScratchRepository()
        try scratch.write("bank.md", numberedLines(600))
        try scratch.write("notes.md", numberedLines(600))
        try scratch.write(".gitattributes", "bank.md -diff\n")
        let base = try scratch.commitAll()
        try scratch.write("bank.md", numberedLines(600).replacingOccurrences(of: "line 500\n", with: "line five hundred\n"))
        try scratch.write("notes.md", numberedLines(600).replacingOccurrences(of: "line 500\n", with: "line five hundred\n"))
        try scratch.commitAll()
        let repository = try GitRepository.discover(from: scratch.root)
        let changes = try repository.changesWithContents(base: GitObjectID(hex: base), to: .head).map(\.change)
        #expect(changes == [FileChange(status: .modified, oldPath: "notes.md", newPath: "notes.md", changedLines: [500])])
    }

    /// A NUL byte in the first 8,000 bytes makes a file binary for libgit2; one further on does not.
    @Test func binaryFilesAreJudgedByTheirOwnFirstBytes() throws {
        let scratch = try ScratchRepository()
        let lines = numberedLines(2000)
        try scratch.write("early.md", bytes: [0] + Array(lines.utf8))
        try scratch.write("late.md", bytes: Array(lines.utf8) + [0, 10])
        let base = try scratch.commitAll()
        let changed = lines.replacingOccurrences(of: "line 1500\n", with: "line fifteen hundred\n")
        try scratch.write("early.md", bytes: [0] + Array(changed.utf8))
        try scratch.write("late.md", bytes: Array(changed.utf8) + [0, 10])
        try scratch.commitAll()
        let repository = try GitRepository.discover(from: scratch.root)
        let whole = try repository.changes(base: GitObjectID(hex: base), to: .head)
        let trimmed = try repository.changesWithContents(base: GitObjectID(hex: base), to: .head).map(\.change)
        #expect(trimmed == whole)
        #expect(trimmed.map(\.path) == ["late.md"])
    }
}
