import ArgumentParser
import IQCore
import IQMarkdown
import IQReporters
import IQRules

extension DiagnosticOutput.Format: ExpressibleByArgument {}

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Lint Markdown files (the default command).",
        discussion: "A directory means its *.md files, recursively (skipping .git, .build and node_modules); no path means the current directory; '-' reads standard input."
    )

    enum ColorChoice: String, ExpressibleByArgument, CaseIterable { case auto, always, never }

    @Argument(help: "Files or directories to lint, or '-' for standard input.")
    var paths: [String] = []

    @Option(help: "Output format: text, json, github (workflow commands) or sarif.")
    var format: DiagnosticOutput.Format = .text

    @Option(name: .customLong("sarif"), help: "Also write SARIF 2.1.0 to this file.")
    var sarifPath: String?

    @Option(help: "Hide the diagnostics recorded in this baseline file (matched by rule, path and flagged text).")
    var baseline: String?

    @Option(help: "Record the current diagnostics in this baseline file.")
    var writeBaseline: String?

    @Option(help: "Run only these rules (comma-separated ids).")
    var select: String?

    @Option(help: "Never run these rules (comma-separated ids).")
    var ignore: String?

    @Option(help: "Configuration file (default: the nearest .iqlint.yml above the working directory).")
    var config: String?

    @Flag(help: "Warnings make the exit status 1 too.")
    var strict = false

    @Flag(help: "Apply safe fixes and write the files.")
    var fix = false

    @Flag(help: "With --fix or --diff, apply unsafe fixes too.")
    var unsafeFixes = false

    @Flag(help: "Print the unified diff of what --fix would change; write nothing (exit 1 when there is a diff).")
    var diff = false

    @Flag(name: .shortAndLong, help: "Print diagnostics only, no summary.")
    var quiet = false

    @Option(help: "Colored output: auto (honours NO_COLOR and non-terminals), always or never.")
    var color: ColorChoice = .auto

    @Option(help: "The path to report for standard input ('-').")
    var stdinFilename: String?

    @Option(help: "Pull-request mode: lint only what changed since the merge base of REF and HEAD (a branch, tag or commit id).")
    var base: String?

    @Flag(help: "Pre-commit mode: lint only what is staged, as it is in the index.")
    var staged = false

    @Option(help: "With --base or --staged: report only diagnostics the change is responsible for (true) or all diagnostics of the changed files (false).")
    var changedOnly = true

    func run() throws {
        let configuration = try ConfigurationLoader.load(explicitPath: config)
        let linter: Linter
        do {
            linter = try Linter(ruleTypes: BuiltinRules.all, configuration: configuration,
                                select: select.map(Self.ids), ignore: ignore.map(Self.ids) ?? [])
        } catch {
            throw CLIFailure(error)
        }
        let readsStandardInput = paths == ["-"]
        if let mode = try gitMode(readsStandardInput: readsStandardInput) {
            return try runGitMode(mode, configuration: configuration, linter: linter)
        }
        let files = try readsStandardInput ? [readStandardInput()] : readFiles(configuration: configuration)
        defer { UntilExit.keep(files) }

        if fix || diff {
            try runFixes(files, linter: linter, toStandardOutput: readsStandardInput)
        } else {
            try finish(with: linter.lint(files), files: files, diagnosticsToStandardError: false)
        }
    }

    private func gitMode(readsStandardInput: Bool) throws(CLIFailure) -> GitInputs.Mode? {
        switch (base, staged) {
        case (nil, false): return nil
        case (.some, true): throw CLIFailure("--base and --staged cannot be used together")
        case _ where readsStandardInput: throw CLIFailure("--base and --staged read files from git, not standard input")
        case (.some(let revision), false): return .base(revision)
        case (nil, true): return .staged
        }
    }

    /// Lints what a change adds, judged against the whole base tree. With --fix, the working
    /// tree copies of the changed files are fixed (the index is never written).
    private func runGitMode(_ mode: GitInputs.Mode, configuration: Configuration, linter: Linter) throws {
        let workingDirectory = FileSystem.currentDirectory
        let discovery = FileDiscovery(configuration: configuration, workingDirectory: workingDirectory)
        let inputs = try GitInputs.collect(mode: mode, arguments: paths, discovery: discovery, changedOnly: changedOnly,
                                           workingDirectory: workingDirectory)
        if fix || diff {
            var onDisk: [MarkdownFile] = []
            for file in inputs.files { onDisk.append(try readFromDisk(file.path)) }
            try runFixes(onDisk, linter: linter, toStandardOutput: false, reference: inputs.reference,
                         afterWriting: { fixed in
                             if case .staged = mode, !fixed.isEmpty, !quiet {
                                 StandardStreams.write("Fixed files are not staged; run: git add \(fixed.joined(separator: " "))\n")
                             }
                         })
            return
        }
        // IQLINT_PR_FULL_RELINT=1: the first, costlier pull-request path (every rule over the
        // whole corpus, every base re-linted), kept so tests can show both report the same.
        let fullRelint = StandardStreams.environment("IQLINT_PR_FULL_RELINT") == "1"
        var diagnostics = linter.lint(inputs.files, reference: inputs.reference, changedLines: fullRelint ? nil : inputs.filter?.changedLines)
        if let filter = inputs.filter {
            diagnostics = filter.filter(diagnostics, linter: linter, reference: inputs.reference, fullBaseLint: fullRelint)
        }
        try finish(with: diagnostics, files: inputs.files, diagnosticsToStandardError: false)
    }

    private func runFixes(_ files: [MarkdownFile], linter: Linter, toStandardOutput: Bool, reference: [MarkdownFile] = [],
                          afterWriting: ([String]) -> Void = { _ in }) throws {
        let outcome = FixEngine(linter: linter, includeUnsafe: unsafeFixes).fix(files, reference: reference)
        let originals = Dictionary(files.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
        if diff {
            var output = ""
            for file in outcome.files {
                guard let original = originals[file.path], original.source.bytes != file.source.bytes else { continue }
                output += UnifiedDiff.diff(old: original.source.text, new: file.source.text, oldPath: diffPath(file.path, side: "a"), newPath: diffPath(file.path, side: "b"))
            }
            StandardStreams.write(output)
            throw ExitCode(output.isEmpty ? 0 : 1)
        }
        if toStandardOutput, let fixed = outcome.files.first {
            StandardStreams.write(bytes: fixed.source.serialized())
        } else {
            let changed = outcome.files.filter { file in
                originals[file.path].map { $0.source.bytes != file.source.bytes } ?? false
            }
            // Every destination is checked before any is written: one bad input, nothing written.
            let problems = changed.compactMap { file in
                FileSystem.writeProblem(file.path, expecting: FileIdentities.shared[file.path]).map { InputError(path: file.path, problem: $0) }
            }
            if let last = problems.last {
                for problem in problems.dropLast() { StandardStreams.writeError("iqlint: error: \(problem)\n") }
                throw CLIFailure(last)
            }
            var written: [String] = []
            for file in changed {
                do {
                    try FileSystem.writeAtomically(file.source.serialized(), to: file.path, expecting: FileIdentities.shared[file.path])
                } catch {
                    throw CLIFailure(error)
                }
                written.append(file.path)
            }
            afterWriting(written)
        }
        for path in outcome.unconverged {
            StandardStreams.writeError("iqlint: \(path): fixes did not converge; stopped after at most \(FixEngine.defaultMaxPasses) rounds with fixes left unapplied\n")
        }
        let applied = outcome.appliedFixes.values.reduce(0, +)
        if !quiet, applied > 0 {
            let message = "Fixed \(applied) problem\(applied == 1 ? "" : "s") in \(outcome.appliedFixes.count) file\(outcome.appliedFixes.count == 1 ? "" : "s").\n"
            if toStandardOutput { StandardStreams.writeError(message) } else { StandardStreams.write(message) }
        }
        try finish(with: outcome.remaining, files: outcome.files, diagnosticsToStandardError: toStandardOutput)
    }

    /// git's `a/` and `b/` prefixes for relative paths; absolute paths stay as they are.
    private func diffPath(_ path: String, side: String) -> String {
        path.hasPrefix("/") ? path : "\(side)/\(path)"
    }

    private func finish(with found: [Diagnostic], files: [MarkdownFile], diagnosticsToStandardError: Bool) throws {
        var diagnostics = found
        if let writeBaseline {
            do {
                try FileSystem.writeAtomically(Array(BaselineFile.encode(Baseline(recording: diagnostics)).utf8), to: writeBaseline)
            } catch {
                throw CLIFailure(error)
            }
        }
        if let baseline {
            do {
                diagnostics = try BaselineFile.decode(FileSystem.readSource(baseline).text, path: baseline).filter(diagnostics, files: files)
            } catch {
                throw CLIFailure(error)
            }
        }
        let summary = ReportSummary(diagnostics: diagnostics, fileCount: files.count)
        let output = DiagnosticOutput(format: format, color: useColor, quiet: quiet, unsafeFixes: unsafeFixes)
        let text = output.render(diagnostics, summary: summary)
        if diagnosticsToStandardError { StandardStreams.writeError(text) } else { StandardStreams.write(text) }
        if let sarifPath {
            do {
                try FileSystem.writeAtomically(Array(output.sarif(diagnostics, summary: summary).utf8), to: sarifPath)
            } catch {
                throw CLIFailure(error)
            }
        }
        try output.writeStepSummary(diagnostics, summary: summary, environment: StandardStreams.environmentVariables)
        let failing = diagnostics.contains { $0.severity == .error || (strict && $0.severity == .warning) }
        if failing { throw ExitCode(1) }
    }

    private var useColor: Bool {
        switch color {
        case .always: return true
        case .never: return false
        case .auto:
            if let noColor = StandardStreams.environment("NO_COLOR"), !noColor.isEmpty { return false }
            return StandardStreams.stdoutIsTerminal && StandardStreams.environment("TERM") != "dumb"
        }
    }

    private func readFiles(configuration: Configuration) throws(CLIFailure) -> [MarkdownFile] {
        let discovery = FileDiscovery(configuration: configuration, workingDirectory: FileSystem.currentDirectory)
        do {
            return try discovery.files(for: paths).map { path throws(InputError) in try FileIdentities.read(path) }
        } catch {
            throw CLIFailure(error)
        }
    }

    private func readFromDisk(_ path: String) throws(CLIFailure) -> MarkdownFile {
        do {
            return try FileIdentities.read(path)
        } catch {
            throw CLIFailure(error)
        }
    }

    private func readStandardInput() throws(CLIFailure) -> MarkdownFile {
        let path = stdinFilename ?? "<stdin>"
        do {
            return MarkdownFile(path: path, source: try FileSystem.decode(StandardStreams.readInput(), path: path))
        } catch {
            throw CLIFailure(error)
        }
    }

    private static func ids(_ text: String) -> [String] {
        text.split(separator: ",").map { String($0).trimmed { $0 == " " } }.filter { !$0.isEmpty }
    }
}
