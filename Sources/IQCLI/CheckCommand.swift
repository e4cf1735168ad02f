import ArgumentParser
import IQCore
import IQMarkdown
import IQReporters
import IQRules

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Lint Markdown files (the default command).",
        discussion: """
            A directory means its *.md files, recursively (skipping .git, .build, node_modules and what .gitignore ignores); \
            no path means the current directory; '-' reads standard input. Each file follows the nearest .iqlint.yml or \
            .iqlint.yaml in its folder or above.
            """
    )

    @OptionGroup var options: CheckOptions

    @OptionGroup(title: "Link check")
    var links: LinkOptions

    func run() throws {
        if options.isolated, options.config != nil { throw CLIFailure("--isolated and --config cannot be used together") }
        if options.statistics, options.format == .github || options.format == .sarif {
            throw CLIFailure("--statistics prints text or json, not \(options.format.rawValue)")
        }
        let resolver = try ConfigurationResolver(options.isolated ? .isolated : options.config.map { .explicit($0) } ?? .nearest)
        let selection = try RuleChoice(options)
        if let file = options.showSettings {
            return StandardStreams.write(try SettingsReport(resolver: resolver, choice: selection).render(for: file))
        }
        let readsStandardInput = options.paths == ["-"]
        if let mode = try gitMode(readsStandardInput: readsStandardInput) {
            return try runGitMode(mode, resolver: resolver, selection: selection)
        }
        let (files, unreadable) = try readsStandardInput ? ([readStandardInput()], []) : readFiles(resolver: resolver)
        let reference = options.repositoryReference ? try RepositoryReference.files(besides: files, discovery: discovery(resolver)) : []
        defer { UntilExit.keep(files); UntilExit.keep(reference) }
        let linkResults = try checkedLinks(of: files, reference: reference, resolver: resolver, selection: selection)
        let linter = try selection.linter(for: files, resolver: resolver, linkResults: linkResults)

        if fix || diff {
            try reportUnreadable(unreadable) {
                try runFixes(files, linter: linter, toStandardOutput: readsStandardInput, reference: reference)
            }
        } else {
            try reportUnreadable(unreadable) {
                try finish(with: linter.lint(files, reference: reference), files: files, diagnosticsToStandardError: false, linter: linter,
                           filesNotLinted: unreadable.count)
            }
        }
    }

    private func gitMode(readsStandardInput: Bool) throws(CLIFailure) -> GitInputs.Mode? {
        switch (options.base, options.staged) {
        case (nil, false): return nil
        case (.some, true): throw CLIFailure("--base and --staged cannot be used together")
        case _ where readsStandardInput: throw CLIFailure("--base and --staged read files from git, not standard input")
        case (.some(let revision), false): return .base(revision)
        case (nil, true): return .staged
        }
    }

    /// Lints what a change adds, judged against the whole base tree. With --fix, the working
    /// tree copies of the changed files are fixed (the index is never written).
    private func runGitMode(_ mode: GitInputs.Mode, resolver: ConfigurationResolver, selection: RuleChoice) throws {
        let workingDirectory = FileSystem.currentDirectory
        let inputs = try GitInputs.collect(mode: mode, arguments: options.paths, discovery: discovery(resolver), changedOnly: options.changedOnly,
                                           workingDirectory: workingDirectory)
        // Freeing both versions of a large bank node by node cost more than several rules.
        defer { UntilExit.keep(inputs) }
        // Only URLs the change adds: none that the base tree already has anywhere.
        let linkResults = try checkedLinks(of: inputs.files, reference: inputs.reference + inputs.bases,
                                           resolver: resolver, selection: selection)
        let linter = try selection.linter(for: inputs.files, resolver: resolver, linkResults: linkResults)
        if fix || diff {
            var onDisk: [MarkdownFile] = []
            for file in inputs.files { onDisk.append(try readFromDisk(file.path)) }
            try runFixes(onDisk, linter: linter, toStandardOutput: false, reference: inputs.reference,
                         afterWriting: { fixed in
                             if case .staged = mode, !fixed.isEmpty, !quiet {
                                 notice("Fixed files are not staged; run: git add \(fixed.joined(separator: " "))\n")
                             }
                         })
            return
        }
        // IQLINT_PR_FULL_RELINT=1: the first, costlier pull-request path (every rule over the
        // whole corpus, every base re-linted), kept so tests can show both report the same.
        let fullRelint = StandardStreams.environment("IQLINT_PR_FULL_RELINT") == "1"
        var diagnostics: [Diagnostic]
        if let filter = inputs.filter, !fullRelint {
            // The base versions are waited for only by what needs them.
            diagnostics = linter.lint(inputs.files, reference: inputs.otherFiles, change: filter.change)
        } else {
            diagnostics = linter.lint(inputs.files, reference: inputs.reference)
        }
        if let filter = inputs.filter {
            diagnostics = filter.filter(diagnostics, linter: linter, reference: inputs.otherFiles, fullBaseLint: fullRelint)
        }
        try finish(with: diagnostics, files: inputs.files, diagnosticsToStandardError: false, linter: linter)
    }

    /// With `--links` (or `links: true` in the configuration), checks the URLs of `files` that
    /// none of `reference` has and returns the dead-link rule's results; nil when links are not
    /// checked, so the rule does not run (and its suppressions are not judged unused).
    private func checkedLinks(of files: [MarkdownFile], reference: @autoclosure () -> [MarkdownFile], resolver: ConfigurationResolver,
                              selection: RuleChoice) throws(CLIFailure) -> ConfigValue? {
        var configurations: [Configuration] = []
        for file in files { configurations.append(try resolver.configuration(for: file.path)) }
        let configuration = configurations.first { $0.links.enabled } ?? configurations.first ?? Configuration()
        let run = LinkCheckRun(options: links, settings: configuration.links)
        guard run.isEnabled, !selection.ignore.contains(DeadLinkRule.id),
              selection.select.map({ $0.contains(DeadLinkRule.id) }) ?? configuration.settings(for: DeadLinkRule.id).enabled
        else { return nil }
        return try run.results(files: files, excludingURLsOf: reference())
    }

    private func runFixes(_ files: [MarkdownFile], linter: Linter, toStandardOutput: Bool, reference: [MarkdownFile] = [],
                          afterWriting: ([String]) -> Void = { _ in }) throws {
        let outcome = FixEngine(linter: linter, includeUnsafe: unsafeFixes).fix(files, reference: reference)
        let originals = Dictionary(files.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
        for path in outcome.unconverged {
            StandardStreams.writeError("iqlint: \(path): fixes did not converge within \(FixEngine.defaultMaxPasses) rounds; the file is left as it was (a bug in a rule's fix, please report it)\n")
        }
        if diff {
            var output = ""
            for file in outcome.files {
                guard let original = originals[file.path], original.source.bytes != file.source.bytes else { continue }
                output += UnifiedDiff.diff(old: original.source.text, new: file.source.text, oldPath: diffPath(file.path, side: "a"), newPath: diffPath(file.path, side: "b"))
            }
            StandardStreams.write(output)
            // A file left as it was still has changes to make: no diff is no "nothing to change".
            throw ExitCode(output.isEmpty && outcome.unconverged.isEmpty ? 0 : 1)
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
        let applied = outcome.fixedProblems.values.reduce(0, +)
        if !quiet, applied > 0 {
            let message = "Fixed \(applied) problem\(applied == 1 ? "" : "s") in \(outcome.fixedProblems.count) file\(outcome.fixedProblems.count == 1 ? "" : "s").\n"
            if toStandardOutput { StandardStreams.writeError(message) } else { notice(message) }
        }
        if options.showFixes { showFixes(outcome, originals: files, linter: linter, reference: reference) }
        try finish(with: outcome.remaining, files: outcome.files, diagnosticsToStandardError: toStandardOutput, linter: linter)
    }

    /// git's `a/` and `b/` prefixes for relative paths; absolute paths stay as they are.
    private func diffPath(_ path: String, side: String) -> String {
        path.hasPrefix("/") ? path : "\(side)/\(path)"
    }
}
