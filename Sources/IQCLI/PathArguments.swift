import IQCore

/// Files whose names start with `-` (`-h.md`): ArgumentParser would read them as options
/// (`-h` prints help). An argument that names an existing file or folder, is not the value of
/// the option before it and comes before any `--`, is moved after a `--`, so it is a path.
enum PathArguments {
    static let subcommands: Set<String> = ["check", "dupes", "rules", "explain", "generate-docs"]

    static func separated(_ arguments: [String]) -> [String] {
        var options: [String] = []
        var paths: [String] = []
        var afterSeparator: [String] = []
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            if argument == "--" {
                afterSeparator = Array(arguments[(index + 1)...])
                break
            }
            let previous = index > 0 ? arguments[index - 1] : ""
            let isOptionValue = CheckOptions.valueOptions.contains(previous)
            if argument.hasPrefix("-"), argument != "-", !isOptionValue, FileSystem.kind(of: argument) != .missing {
                paths.append(argument)
            } else {
                options.append(argument)
            }
            index += 1
        }
        guard !paths.isEmpty else { return arguments }
        return options + ["--"] + paths + afterSeparator
    }
}
