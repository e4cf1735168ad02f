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
