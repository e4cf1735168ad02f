import ArgumentParser
import IQCore
import IQGit
import IQRules
private import CIQLintVersion

/// `iqlint`: the root command. `check` is the default subcommand.
public struct IQLintCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "iqlint",
        abstract: "Lint curated Markdown collections: question banks, reading lists, awesome-lists.",
        discussion: "Exit status: 0 no errors, 1 errors found (or warnings with --strict, or a diff with --diff), 2 usage, configuration or input error.",
        version: IQLintVersion.current,
        subcommands: [CheckCommand.self, LinksCommand.self, DupesCommand.self, ConventionsCommand.self, RulesCommand.self, ExplainCommand.self, GenerateDocsCommand.self],
        defaultSubcommand: CheckCommand.self
    )

    public init() {}

    /// Runs with `arguments` and returns the process exit status; usage errors are status 2.
    public static func run(arguments: [String]) -> Int32 {
        TemporaryFileCleanup.prepareForSignals()
        // The timeline of `IQLINT_TIMINGS=timeline` counts from here.
        _ = Timings.isEnabled
        do {
            var command = try parseAsRoot(PathArguments.separated(arguments))
            try command.run()
            return 0
        } catch let failure as CLIFailure {
            StandardStreams.writeError("iqlint: error: \(failure.message)\n")
            return 2
        } catch let exit as ExitCode {
            return exit.rawValue
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                StandardStreams.write(fullMessage(for: error) + "\n")
                return 0
            }
            StandardStreams.writeError("iqlint: error: \(message(for: error))\n")
            return 2
        }
    }
}

public enum IQLintVersion {
    /// Stamped by `make dist` (Scripts/dist.sh); `<VERSION>-dev` in every other build.
    public static let current = String(cString: iqlint_version())
}

/// A problem that stops iqlint with exit status 2 and one line on standard error.
struct CLIFailure: Error {
    let message: String

    init(_ message: String) { self.message = message }
    init(_ error: InputError) { message = error.description }
    init(_ error: ConfigurationError) { message = error.description }

    /// Any error of iqlint's own kinds, as its one line.
    init(_ error: any Error) {
        switch error {
        case let failure as CLIFailure: message = failure.message
        case let input as InputError: message = input.description
        case let configuration as ConfigurationError: message = configuration.description
        case let git as GitError: message = git.description
        case let selector as RuleSelector.Failure: message = selector.message
        default: message = "\(error)"
        }
    }
}
