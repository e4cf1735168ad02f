import ArgumentParser

/// The link-check options shared by `check` and `links`.
struct LinkOptions: ParsableArguments {
    @Flag(name: .customLong("links"), help: "Also check that http(s) links still work (network; off by default).")
    var enabled = false

    @Flag(help: "Let the link check contact loopback, private, link-local and CGNAT addresses.")
    var allowPrivate = false

    @Option(name: .customLong("resolve"), help: ArgumentHelp("Pin HOST:PORT to ADDRESS for the link check, like curl's --resolve (repeatable).",
                                                               valueName: "host:port:address"))
    var pins: [String] = []

    @Flag(help: "Neither read nor write the link cache.")
    var noCache = false

    @Option(help: "Link cache file (default .iqlint-cache/links).")
    var linkCache: String?

    @Option(help: "Ignore link cache entries older than this (e.g. 30m, 12h, 2d).")
    var maxCacheAge: String?

    @Option(help: "Seconds for one whole link request (default 20).")
    var linkTimeout: Double?

    @Option(help: "Seconds to connect for a link request (default 10).")
    var linkConnectTimeout: Double?
}
