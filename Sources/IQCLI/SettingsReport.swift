import IQCore
import IQRules

/// `--show-settings FILE`: the configuration that applies to one file, as iqlint resolved it.
struct SettingsReport {
    let resolver: ConfigurationResolver
    let choice: RuleChoice

    func render(for path: String) throws(CLIFailure) -> String {
        let configuration = try resolver.configuration(for: path)
        var lines = ["file: \(path)"]
        if configuration.sources.isEmpty {
            lines.append("configuration: none (defaults)")
        } else {
            lines.append("configuration: " + configuration.sources.joined(separator: " extends "))
        }
        lines.append("folder: \(configuration.folder)")
        lines.append("include: \(ConfigValue.list(configuration.include.map { .string($0) }))")
        lines.append("exclude: \(ConfigValue.list(configuration.exclude.map { .string($0) }))")
        lines.append("selected when walking folders: \(configuration.isSelected(path) ? "yes" : "no")")
        let ignored = configuration.ignoredRules(for: path)
        lines.append("per-file-ignores: " + (ignored.isEmpty ? "none" : ignored.sorted().joined(separator: ", ")))
        lines.append("rules:")
        for type in BuiltinRules.all {
            let description = type.description
            let settings = configuration.settings(for: description.id)
            let runs = (choice.select.map { $0.contains(description.id) } ?? settings.enabled)
                && !choice.ignore.contains(description.id) && !ignored.contains(description.id)
            guard runs else {
                lines.append("  \(description.id): off")
                continue
            }
            let severity = settings.severity.map(\.rawValue) ?? description.emittedSeverities.map(\.rawValue).joined(separator: "/")
            var options = description.options.map { option in
                "\(option.name): \(settings.options[option.name] ?? option.defaultValue)"
            }
            options.insert("severity: \(severity)", at: 0)
            lines.append("  \(description.id): {\(options.joined(separator: ", "))}")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
