import Foundation
import IQCore
import IQMarkdown
import IQRules

/// Lints and fixes snippets through the real parser and linter, the way the CLI does.
public enum LintHarness {
    /// Diagnostics of `rules` (all built-in rules when nil) for `markdown`.
    public static func lint(_ markdown: String, path: String = "test.md", rules: [String]? = nil,
                            options: [String: [String: ConfigValue]] = [:], companions: [String: String] = [:]) throws -> [Diagnostic] {
        let linter = try makeLinter(rules: rules, options: options)
        let files = [MarkdownFile(path: path, text: markdown)] + companions.sorted { $0.key < $1.key }.map { MarkdownFile(path: $0.key, text: $0.value) }
        return linter.lint(files)
    }

    /// The text after applying fixes until nothing changes.
    public static func fix(_ markdown: String, path: String = "test.md", rules: [String]? = nil, unsafe: Bool = false,
                           options: [String: [String: ConfigValue]] = [:]) throws -> String {
        let linter = try makeLinter(rules: rules, options: options)
        let outcome = FixEngine(linter: linter, includeUnsafe: unsafe).fix([MarkdownFile(path: path, text: markdown)])
        return outcome.files[0].source.text
    }

    public static func makeLinter(rules: [String]?, options: [String: [String: ConfigValue]] = [:]) throws -> Linter {
        var configuration = Configuration()
        for (id, values) in options { configuration.rules[id] = Configuration.RuleSettings(options: values) }
        return try Linter(ruleTypes: BuiltinRules.all, configuration: configuration, select: rules)
    }
}

/// Paths inside this repository, found from this source file's location.
public enum RepositoryPaths {
    public static let root: String = {
        var path = #filePath
        for _ in 0..<3 { path = String(path[..<path.lastIndex(of: "/")!]) }
        return path
    }()

    public static var sampleCorpus: String { root + "/Examples/nlp-llm-interview/README.md" }
    public static var rulesFolder: String { root + "/rules" }
    public static var iqlintBinary: String { root + "/.build/debug/iqlint" }

    public static func fixture(_ relative: String) -> String { root + "/Tests/Fixtures/" + relative }

    /// The sample bank, each fixture collection's README and each smoke regression: the real
    /// shapes property tests run over.
    public static func fixtureMarkdownFiles() -> [String] {
        var paths = [sampleCorpus]
        let collections = fixture("collections")
        for name in ((try? FileManager.default.contentsOfDirectory(atPath: collections)) ?? []).sorted() {
            paths.append(collections + "/" + name + "/README.md")
        }
        let regressions = root + "/Tests/SmokeRegressions"
        for name in ((try? FileManager.default.contentsOfDirectory(atPath: regressions)) ?? []).sorted() where name.hasSuffix(".md") {
            paths.append(regressions + "/" + name)
        }
        return paths
    }
}
