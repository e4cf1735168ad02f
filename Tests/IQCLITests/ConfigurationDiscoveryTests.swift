import Foundation
import IQTestSupport
import Testing

/// Configuration like ruff: the nearest `.iqlint.yml`/`.iqlint.yaml` to each file, `extends`,
/// `--isolated`, `--show-settings`, `per-file-ignores`, and globs that never silently match nothing.
@Suite struct ConfigurationDiscoveryTests {
    static let skipped = "1. [a](https://a.example/1)\n3. [b](https://a.example/2)\n"

    private func expectUsageError(_ result: CommandResult, mentioning parts: [String]) {
        #expect(result.status == 2, "status \(result.status): \(result.stdout) \(result.stderr)")
        #expect(result.stderr.hasPrefix("iqlint: error: ") && result.stderr.split(separator: "\n").count == 1, "\(result.stderr)")
        for part in parts { #expect(result.stderr.contains(part), "\(result.stderr) lacks \(part)") }
    }

    @Test func theNearestConfigurationToEachFileApplies() throws {
        let scratch = try ScratchDirectory()
        try scratch.write("top.md", Self.skipped)
        try scratch.write("sub/q.md", Self.skipped)
        try scratch.write("sub/.iqlint.yml", "rules:\n  list-numbering: off\n")
        let result = try CommandRunner.iqlint(["check", "--format", "concise", "."], in: scratch.path)
        #expect(result.status == 1)
        #expect(result.stdout.contains("top.md:2:1: error[list-numbering]"), "\(result.stdout)")
        #expect(!result.stdout.contains("sub/q.md:2:1: error[list-numbering]"), "sub/.iqlint.yml turns it off for sub/")
        // From inside sub/ and when naming the file, the same settings hold.
        let named = try CommandRunner.iqlint(["check", "--format", "concise", "sub/q.md"], in: scratch.path)
        #expect(!named.stdout.contains("list-numbering"), "\(named.stdout)")
    }

    @Test func yamlSpellingIsFoundAndBothSpellingsAreRefused() throws {
        let scratch = try ScratchDirectory()
        try scratch.write("q.md", Self.skipped)
        try scratch.write(".iqlint.yaml", "rules:\n  list-numbering: warning\n")
        let result = try CommandRunner.iqlint(["check", "--format", "concise", "q.md"], in: scratch.path)
        #expect(result.stdout.contains("q.md:2:1: warning[list-numbering]"), "\(result.stdout)")
        try scratch.write(".iqlint.yml", "rules: {}\n")
        expectUsageError(try CommandRunner.iqlint(["check", "q.md"], in: scratch.path), mentioning: ["both .iqlint.yml and .iqlint.yaml"])
    }

    @Test func extendsInheritsAndOverrides() throws {
        let scratch = try ScratchDirectory()
        try scratch.write("base.yml", "exclude: [drafts]\nrules:\n  list-numbering: warning\n  missing-link: off\n")
        try scratch.write("docs/.iqlint.yml", "extends: ../base.yml\nrules:\n  list-numbering:\n    style: one\n")
        try scratch.write("docs/q.md", "1. a\n1. b\n3. c\n")
        try scratch.write("docs/drafts/d.md", Self.skipped)
        let result = try CommandRunner.iqlint(["check", "--format", "concise", "docs"], in: scratch.path)
        #expect(result.stdout.contains("docs/q.md:3:1: warning[list-numbering]"), "severity inherited: \(result.stdout)")
        #expect(!result.stdout.contains("missing-link"), "rule turned off by the base")
        #expect(!result.stdout.contains("drafts"), "exclude inherited, relative to the base's folder? \(result.stdout)")
        let settings = try CommandRunner.iqlint(["check", "--show-settings", "docs/q.md"], in: scratch.path)
        #expect(settings.status == 0)
        #expect(settings.stdout.contains("configuration: docs/.iqlint.yml extends base.yml"), "\(settings.stdout)")
        #expect(settings.stdout.contains("  list-numbering: {severity: warning, style: one}"), "\(settings.stdout)")
        #expect(settings.stdout.contains("  missing-link: off"))
        // Options alone do not turn back on a rule the base turned off.
        try scratch.write("docs/.iqlint.yml", "extends: ../base.yml\nrules:\n  missing-link:\n    exclude-before-toc: false\n")
        let optionsOnly = try CommandRunner.iqlint(["check", "--show-settings", "docs/q.md"], in: scratch.path)
        #expect(optionsOnly.stdout.contains("  missing-link: off"), "\(optionsOnly.stdout)")
        try scratch.write("base.yml", "extends: docs/.iqlint.yml\n")
        expectUsageError(try CommandRunner.iqlint(["check", "docs/q.md"], in: scratch.path), mentioning: ["'extends' forms a cycle"])
    }

    @Test func isolatedIgnoresEveryConfigurationFile() throws {
        let scratch = try ScratchDirectory()
        try scratch.write("q.md", Self.skipped)
        try scratch.write(".iqlint.yml", "rules:\n  list-numbering: off\n")
        #expect(try CommandRunner.iqlint(["check", "q.md"], in: scratch.path).status == 0)
        let isolated = try CommandRunner.iqlint(["check", "--isolated", "q.md"], in: scratch.path)
        #expect(isolated.status == 1 && isolated.stdout.contains("error[list-numbering]"))
        try scratch.write(".iqlint.yml", "rules: [broken\n")
        #expect(try CommandRunner.iqlint(["check", "--isolated", "q.md"], in: scratch.path).status == 1, "a broken file is not even read")
        expectUsageError(try CommandRunner.iqlint(["check", "--isolated", "--config", "x.yml", "q.md"], in: scratch.path),
                         mentioning: ["--isolated and --config"])
        let settings = try CommandRunner.iqlint(["check", "--isolated", "--show-settings", "q.md"], in: scratch.path)
        #expect(settings.stdout.contains("configuration: none (defaults)"))
    }

    @Test func perFileIgnoresTurnRulesOffForMatchingFiles() throws {
        let scratch = try ScratchDirectory()
        try scratch.write("CHANGELOG.md", Self.skipped + "- [x](http://a.example/3)\n")
        try scratch.write("q.md", Self.skipped)
        try scratch.write(".iqlint.yml", "per-file-ignores:\n  \"CHANGELOG.md\": [lists, insecure-link]\n")
        let result = try CommandRunner.iqlint(["check", "--format", "concise", "."], in: scratch.path)
        #expect(result.stdout.contains("q.md:2:1: error[list-numbering]"))
        #expect(!result.stdout.contains("CHANGELOG.md:2:1"), "\(result.stdout)")
        #expect(!result.stdout.contains("insecure-link"), "\(result.stdout)")
        try scratch.write(".iqlint.yml", "per-file-ignores:\n  \"*.md\": [listz]\n")
        expectUsageError(try CommandRunner.iqlint(["check", "q.md"], in: scratch.path), mentioning: [".iqlint.yml:2:", "unknown rule 'listz'"])
    }

    @Test func globsSupportBracesNegationAndFolderNames() throws {
        let scratch = try ScratchDirectory()
        for path in ["a.md", "b.md", "c.md", "vendor/v.md", "lib/vendor/w.md", "drafts/old.md", "drafts/keep.md"] {
            try scratch.write(path, "# t\n")
        }
        try scratch.write(".iqlint.yml", "exclude: [\"{a,b}.md\", vendor, \"drafts/**\", \"!drafts/keep.md\"]\n")
        let result = try CommandRunner.iqlint(["check", "--format", "json", "--select", "final-newline", "."], in: scratch.path)
        #expect(result.stdout.contains("\"files\": 2"), "c.md and drafts/keep.md remain: \(result.stdout)")
        for (pattern, problem) in [("\"[ab.md\"", "'[' without ']'"), ("\"{a,b.md\"", "'{' without '}'"), ("\"a**.md\"", "'**' must be a whole path segment"),
                                   ("\"a/!b.md\"", "'!' negates only at the start")] {
            try scratch.write(".iqlint.yml", "exclude: [\(pattern)]\n")
            expectUsageError(try CommandRunner.iqlint(["check", "."], in: scratch.path), mentioning: [".iqlint.yml:1:", problem])
        }
    }

    @Test func aliasBombIsRefusedQuickly() throws {
        let scratch = try ScratchDirectory()
        try scratch.write("q.md", "1. a\n")
        var levels = "[x, y]"
        for name in "abcdefghij" { levels = "&\(name) \(levels)" ; levels = "[\(levels), " + Array(repeating: "*\(name)", count: 8).joined(separator: ", ") + "]" }
        try scratch.write(".iqlint.yml", "rules:\n  duplicate-question:\n    ignore-pairs: \(levels)\n")
        expectUsageError(try CommandRunner.iqlint(["check", "q.md"], in: scratch.path), mentioning: [".iqlint.yml:", "once YAML aliases are expanded"])
    }

    @Test func selectionByGroupPatternAndPrefixAccumulates() throws {
        let scratch = try ScratchDirectory()
        try scratch.write("q.md", "# T\n\n## 目录\n\n- [A](#a)\n- [B](#b)\n- [X](#nope)\n\n## A\n\n1. [a](http://a.example/1) \n3. [b](https://a.example/2)\n\n## B\n\nx [see](#nowhere)\n\n## C\n\nx\n")
        func rules(_ arguments: [String]) throws -> Set<String> {
            let result = try CommandRunner.iqlint(["check", "--isolated", "--format", "concise"] + arguments + ["q.md"], in: scratch.path)
            return Set(result.stdout.split(separator: "\n").compactMap { line in
                guard let open = line.firstIndex(of: "["), let close = line.firstIndex(of: "]") else { return nil }
                return String(line[line.index(after: open)..<close])
            })
        }
        #expect(try rules(["--select", "lists"]) == ["list-numbering"])
        #expect(try rules(["--select", "toc-*"]) == ["toc-anchor", "toc-sync"])
        #expect(try rules(["--select", "toc"]) == ["toc-anchor", "toc-sync"])
        #expect(try rules(["--select", "lists", "--select", "whitespace,insecure-link"]) == ["list-numbering", "trailing-whitespace", "insecure-link"])
        #expect(try rules(["--select", "links", "--ignore", "insecure-link"]).isEmpty)
        expectUsageError(try CommandRunner.iqlint(["check", "--select", "linkz", "q.md"], in: scratch.path),
                         mentioning: ["unknown rule 'linkz' (did you mean 'links'?)"])
    }
}
