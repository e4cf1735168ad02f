import ArgumentParser

/// `iqlint links`: only the dead-link rule, with the network check on. Takes every option of
/// `check` (paths, --base/--staged, --format, --sarif, --fix, the link options).
struct LinksCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "links",
        abstract: "Check that http(s) links still work (the dead-link rule alone).",
        discussion: """
            Same as 'iqlint check --links --select dead-link'; takes every option of 'check' \
            ('iqlint check --help' lists them, the link options under LINK CHECK). \
            Dead links are errors; links that cannot be verified (bot walls, rate limits, \
            timeouts, private addresses) are info and never fail the run.
            """
    )

    @Argument(parsing: .allUnrecognized, help: "Paths and options, as for 'check'.")
    var arguments: [String] = []

    func run() throws {
        let check = try CheckCommand.parse(["--links", "--select", "dead-link"] + arguments)
        try check.run()
    }
}
