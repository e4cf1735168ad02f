import ArgumentParser
import IQCore

extension DiagnosticOutput.Format: ExpressibleByArgument {}

/// Every option of `iqlint check`, kept apart from what the command does with them.
struct CheckOptions: ParsableArguments {
    enum ColorChoice: String, ExpressibleByArgument, CaseIterable { case auto, always, never }

    @Argument(help: "Files or directories to lint, or '-' for standard input. Put them after '--' when a name starts with '-'.")
    var paths: [String] = []

    @Option(help: "Output format: text, concise (one line each), json, github (workflow commands) or sarif.")
    var format: DiagnosticOutput.Format = .text

    @Option(name: .customLong("sarif"), help: "Also write SARIF 2.1.0 to this file.")
    var sarifPath: String?

    @Option(help: "Hide the diagnostics recorded in this baseline file (matched by rule, path and flagged text).")
    var baseline: String?

    @Option(help: "Record the current diagnostics in this baseline file.")
    var writeBaseline: String?

    @Option(help: "Run only these rules: ids, groups or patterns such as toc-* (comma-separated, repeatable).")
    var select: [String] = []

    @Option(help: "Never run these rules: ids, groups or patterns (comma-separated, repeatable).")
    var ignore: [String] = []

    @Option(help: "Configuration file for every file (default: the nearest .iqlint.yml or .iqlint.yaml above each file).")
    var config: String?

    @Flag(help: "Ignore every configuration file.")
    var isolated = false

    @Flag(help: "Warnings make the exit status 1 too.")
    var strict = false

    @Flag(help: "Exit 0 even when errors are found (usage and input errors still exit 2).")
    var exitZero = false

    @Flag(help: "Apply safe fixes and write the files.")
    var fix = false

    @Flag(help: "With --fix or --diff, apply unsafe fixes too.")
    var unsafeFixes = false

    @Flag(help: "Print the unified diff of what --fix would change; write nothing (exit 1 when there is a diff).")
    var diff = false

    @Flag(help: "With --fix, list the fixes applied, per file and rule.")
    var showFixes = false

    @Flag(help: "Print the number of diagnostics per rule instead of the diagnostics.")
    var statistics = false

    @Flag(name: .shortAndLong, help: "Print diagnostics only, no summary.")
    var quiet = false

    @Option(help: "Colored output: auto (honours NO_COLOR, FORCE_COLOR and non-terminals), always or never.")
    var color: ColorChoice = .auto

    @Option(help: "The path to report for standard input ('-').")
    var stdinFilename: String?

    @Flag(help: "Apply the configuration's exclude to files named on the command line too (the hooks do).")
    var forceExclude = false

    @Flag(help: "Do not skip what .gitignore ignores when walking folders.")
    var noIgnore = false

    @Flag(help: "Compare the named files with every other Markdown file of their git repository (its index) for duplicates.")
    var repositoryReference = false

    @Option(help: "Print the settings that apply to this file and exit.")
    var showSettings: String?

    @Option(help: "Pull-request mode: lint only what changed since the merge base of REF and HEAD (a branch, tag or commit id).")
    var base: String?

    @Flag(help: "Pre-commit mode: lint only what is staged, as it is in the index.")
    var staged = false

    @Option(help: "With --base or --staged: report only diagnostics the change is responsible for (true) or all diagnostics of the changed files (false).")
    var changedOnly = true

    /// Long options that take a value: an argument after one of them is its value, never a path.
    static let valueOptions: Set<String> = [
        "--format", "--sarif", "--baseline", "--write-baseline", "--select", "--ignore", "--config", "--color",
        "--stdin-filename", "--show-settings", "--base", "--changed-only",
        // The link check's options (LinkOptions).
        "--resolve", "--link-cache", "--max-cache-age", "--link-timeout", "--link-connect-timeout",
    ]

    /// `--select a,b --select c` → `[a, b, c]`.
    static func ids(_ values: [String]) -> [String] {
        values.flatMap { $0.split(separator: ",") }.map { String($0).trimmed { $0 == " " } }.filter { !$0.isEmpty }
    }

    var machineReadable: Bool { format != .text && format != .concise }
}
