import Foundation
import IQTestSupport
import Testing

/// `--fix` through the real binary: what it writes, what it refuses, and that one bad file
/// means no file is written.
@Suite struct FixWritingTests {
    @Test func oneReadOnlyDestinationMeansNothingIsWritten() throws {
        let scratch = try ScratchDirectory()
        let first = try scratch.write("a/f.md", "1. x\n3. y\n")
        let second = try scratch.write("b/f.md", "1. x\n3. y\n")
        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: second)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: second) }
        let result = try CommandRunner.iqlint(["check", "--fix", "--select", "list-numbering", first, second])
        #expect(result.status == 2)
        #expect(result.stderr == "iqlint: error: \(second): is read-only; not written\n")
        #expect(try scratch.read("a/f.md") == "1. x\n3. y\n")
        #expect(try scratch.read("b/f.md") == "1. x\n3. y\n")
    }

    /// SIGINT (Ctrl-C) or SIGTERM while `--fix` writes: the temporary file goes, the file keeps
    /// what it had, and the process ends by the signal. `IQLINT_TEST_HOLD_WRITE` holds the write
    /// with its temporary file in place until the signal comes.
    @Test(arguments: [SIGINT, SIGTERM])
    func anInterruptedFixLeavesNoTemporaryFile(signal: Int32) throws {
        let scratch = try ScratchDirectory()
        let original = "1. x\n3. y\n"
        let file = try scratch.write("docs/f.md", original)
        let marker = scratch.path + "/writing"
        let process = Process()
        process.executableURL = URL(fileURLWithPath: RepositoryPaths.iqlintBinary)
        process.arguments = ["check", "--fix", "--select", "list-numbering", file]
        process.environment = ProcessInfo.processInfo.environment.merging(["IQLINT_TEST_HOLD_WRITE": marker]) { $1 }
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        var waited = 0
        while !FileManager.default.fileExists(atPath: marker), process.isRunning, waited < 600 {
            usleep(100_000)
            waited += 1
        }
        #expect(FileManager.default.fileExists(atPath: marker), "the write never started")
        let during = try FileManager.default.contentsOfDirectory(atPath: scratch.path + "/docs")
        #expect(during.contains { $0.hasPrefix(".f.md.iqlint-") }, "no temporary file while writing: \(during)")
        kill(process.processIdentifier, signal)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal)
        #expect(process.terminationStatus == signal)
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.path + "/docs") == ["f.md"])
        #expect(try scratch.read("docs/f.md") == original)
    }

    /// A name of 249 bytes (82 Chinese characters and `.md`) is legal, but the temporary
    /// file's `.<name>.iqlint-XXXXXX` would pass 255 bytes: its name is cut short instead.
    @Test func fixesAFileWhoseNameIsNearlyTheLongestAllowed() throws {
        let scratch = try ScratchDirectory()
        let long = String(repeating: "问", count: 82) + ".md"
        #expect(long.utf8.count == 249)
        try scratch.write("docs/" + long, "1. x\n3. y\n")
        try scratch.write("docs/z.md", "1. x\n3. y\n")
        let result = try CommandRunner.iqlint(["check", "--fix", "--select", "list-numbering", scratch.path + "/docs"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try scratch.read("docs/" + long) == "1. x\n2. y\n")
        #expect(try scratch.read("docs/z.md") == "1. x\n2. y\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.path + "/docs").sorted() == [long, "z.md"].sorted())
    }

    @Test func fixesTheTargetOfASymlink() throws {
        let scratch = try ScratchDirectory()
        try scratch.write("docs/real.md", "1. x\n3. y\n")
        let link = scratch.path + "/link.md"
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "docs/real.md")
        let result = try CommandRunner.iqlint(["check", "--fix", "--select", "list-numbering", link])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == "docs/real.md")
        #expect(try scratch.read("docs/real.md") == "1. x\n2. y\n")
    }

    @Test func aFixThatWouldMoveTextIsNotAppliedAndSaysSo() throws {
        // The renumbering is safe only because the item's indented lines move along with `10.`.
        let scratch = try ScratchDirectory()
        let items = (1...9).map { "\($0). [q\($0)](https://e.com/\($0))\n" }.joined()
        let path = try scratch.write("a.md", items + "9. [q10](https://e.com/10)\n   - sub\n")
        let result = try CommandRunner.iqlint(["check", "--fix", "--select", "list-numbering", path])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(try scratch.read("a.md").hasSuffix("10. [q10](https://e.com/10)\n    - sub\n"))
        #expect(!result.stdout.contains("fix not applied"))
    }
}
