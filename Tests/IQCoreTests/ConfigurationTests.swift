import IQCore
import IQRules
import Testing

@Suite struct ConfigurationTests {
    let rules = BuiltinRules.all.map { $0.description }

    @Test func readsSeveritiesOptionsAndGlobs() throws {
        let yaml = """
            include: ["docs/**/*.md"]
            exclude: vendor/**
            rules:
              list-numbering:
                severity: warning
                style: one
              unused-suppression: off
            """
        let configuration = try Configuration.load(yaml: yaml, path: ".iqlint.yml", knownRules: rules)
        #expect(configuration.include == ["docs/**/*.md"])
        #expect(configuration.exclude == ["vendor/**"])
        #expect(configuration.settings(for: "list-numbering") == .init(severity: .warning, options: ["style": "one"]))
        #expect(configuration.settings(for: "unused-suppression").enabled == false)
    }

    @Test(arguments: [
        ("rulez: {}\n", 1, "unknown key 'rulez'"),
        ("rules:\n  list-numbring: off\n", 2, "unknown rule 'list-numbring' (did you mean 'list-numbering'?)"),
        ("rules:\n  list-numbering:\n    stile: one\n", 3, "unknown option 'stile' for rule 'list-numbering'"),
        ("rules:\n  list-numbering:\n    style: 3\n", 3, "expects a string, found integer"),
        ("rules:\n  list-numbering:\n    style: roman\n", 3, "must be one of ordered, one, one-or-ordered"),
        ("rules:\n  list-numbering: loud\n", 2, "must be error, warning, info or off"),
        ("rules: [a\n", 2, "invalid YAML"),
    ])
    func rejectsBadConfigurationNamingTheLine(yaml: String, line: Int, problem: String) {
        do {
            _ = try Configuration.load(yaml: yaml, path: "cfg.yml", knownRules: rules)
            Issue.record("accepted: \(yaml)")
        } catch {
            #expect(error.line == line, "\(error)")
            #expect(error.description.contains(problem), "\(error)")
            #expect(error.description.hasPrefix("cfg.yml:"))
        }
    }

    @Test func globs() {
        #expect(Glob("*.md").matches("a/b/c.md"))
        #expect(Glob("docs/**/*.md").matches("docs/x.md"))
        #expect(Glob("docs/**/*.md").matches("docs/a/b/x.md"))
        #expect(!Glob("docs/**/*.md").matches("other/x.md"))
        #expect(Glob("vendor/").matches("vendor/a/b.md"))
        #expect(Glob("[ab]?.md").matches("a1.md") && !Glob("[ab]?.md").matches("c1.md"))
        #expect(!Glob("*.md").matches("a.markdown"))
    }
}
