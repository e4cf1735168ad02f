import Foundation
import IQCore
@testable import IQCLI
import IQTestSupport
import Testing

/// Which files a run lints: symlinks without repeats or loops, `.gitignore`, `--no-ignore`,
/// `--force-exclude`, and names that look like options.
@Suite struct FileWalkingTests {
    @Test func symlinkLoopsLintEachRealFileOnce() throws {
        let scratch = try ScratchDirectory()
        try scratch.write("q.md", "1. a\n3. b\n")
        try scratch.write("docs/d.md", "1. a\n3. b\n")
        for (link, target) in [("loop", "."), ("again", "."), ("docs/up", ".."), ("alias.md", "q.md")] {
            try FileManager.default.createSymbolicLink(atPath: scratch.path + "/" + link, withDestinationPath: target)
        }
        let result = try CommandRunner.iqlint(["check", "--isolated", "--format", "concise", "--select", "lists", "."], in: scratch.path)
        #expect(result.status == 1)
        #expect(result.stdout == """
            docs/d.md:2:1: error[list-numbering] expected 2, found 3 [*]
            q.md:2:1: error[list-numbering] expected 2, found 3 [*]
            Found 2 errors, 0 warnings in 2 files. 2 fixable with --fix.

            """, "\(result.stdout)")
    }

    @Test func gitignoreIsRespectedWhenWalkingUnlessNoIgnore() throws {
        let repo = try GitFixture()
        try repo.write(".gitignore", "build-output/\n*.generated.md\n")
        try repo.write("q.md", "1. a\n3. b\n")
        try repo.write("x.generated.md", "1. a\n3. b\n")
        try repo.write("build-output/r.md", "1. a\n3. b\n")
        try repo.write("docs/.gitignore", "local.md\n")
        try repo.write("docs/local.md", "1. a\n3. b\n")
        let walked = try CommandRunner.iqlint(["check", "--isolated", "--format", "json", "--select", "lists", "."], in: repo.path)
        #expect(walked.stdout.contains("\"files\": 1"), "\(walked.stdout)")
        let everything = try CommandRunner.iqlint(["check", "--isolated", "--no-ignore", "--format", "json", "--select", "lists", "."], in: repo.path)
        #expect(everything.stdout.contains("\"files\": 4"), "\(everything.stdout)")
        let named = try CommandRunner.iqlint(["check", "--isolated", "--format", "json", "--select", "lists", "x.generated.md"], in: repo.path)
        #expect(named.stdout.contains("\"files\": 1"), "a named file is linted even when ignored")
        let fromSub = try CommandRunner.iqlint(["check", "--isolated", "--format", "json", "--select", "lists", "."], in: repo.path + "/docs")
        #expect(fromSub.status == 0 && fromSub.stdout.contains("\"files\": 0"), "\(fromSub.stdout)")
    }

    @Test func forceExcludeAppliesExcludeToNamedFiles() throws {
        let scratch = try ScratchDirectory()
        try scratch.write("vendor/v.md", "1. a\n3. b\n")
        try scratch.write(".iqlint.yml", "exclude: [vendor]\n")
        #expect(try CommandRunner.iqlint(["check", "vendor/v.md"], in: scratch.path).status == 1, "named files are linted by default")
        let forced = try CommandRunner.iqlint(["check", "--force-exclude", "vendor/v.md"], in: scratch.path)
        #expect(forced.status == 0 && forced.stdout.contains("All checks passed (0 files)"), "\(forced.stdout)")
    }

    @Test func fileNamesStartingWithADashArePaths() throws {
        let scratch = try ScratchDirectory()
        try scratch.write("-h.md", "1. a\n3. b\n")
        let options = ["--isolated", "--format", "concise"]
        for arguments in [["-h.md"] + options, ["check", "-h.md"] + options, ["check"] + options + ["--", "-h.md"], options + ["-h.md"]] {
            let result = try CommandRunner.iqlint(arguments, in: scratch.path)
            #expect(result.status == 1, "\(arguments): \(result.stdout)\(result.stderr)")
            #expect(result.stdout.contains("-h.md:2:1: error[list-numbering]"), "\(arguments): \(result.stdout)")
        }
        #expect(try CommandRunner.iqlint(["-h"], in: scratch.path).stdout.contains("USAGE"), "-h alone is still help")
    }

    /// Every option that takes a value is known to the argument rewriting, so its value is never
    /// taken for a path.
    @Test func valueOptionsListMatchesTheHelp() throws {
        let help = try CommandRunner.iqlint(["check", "--help"]).stdout
        let pattern = try NSRegularExpression(pattern: "(--[a-z-]+) <[a-z-]+>")
        let names = Set(pattern.matches(in: help, range: NSRange(help.startIndex..., in: help)).compactMap { match in
            Range(match.range(at: 1), in: help).map { String(help[$0]) }
        })
        #expect(names.contains("--stdin-filename"))
        // `--resolve <host:port:address>` shows a value name the pattern does not match.
        #expect(names.union(["--resolve"]) == CheckOptions.valueOptions)
    }
}

/// The allocator is set for large inputs only: below the size, mapping every large array
/// anew costs parse time and saves no memory that matters.
@Suite struct LargeInputMemoryTests {
    @Test func onlyInputsFromTheLargeSizeOnAreLarge() {
        #expect(!LargeInputMemory.prepare(forBytes: 0))
        #expect(!LargeInputMemory.prepare(forBytes: Linter.largeInputBytes - 1))
        #expect(LargeInputMemory.prepare(forBytes: Linter.largeInputBytes))
    }
}
