import Foundation
import IQCore
import IQMarkdown
import IQRules
import IQTestSupport
import Testing

@Suite struct DuplicateQuestionTests {
    @Test func sampleCorpusReportsTheRealDuplicatesAndNotVersionsOrSubjects() throws {
        let text = try String(contentsOfFile: RepositoryPaths.sampleCorpus, encoding: .utf8)
        let found = try LintHarness.lint(text, rules: ["duplicate-question"]).map { "\($0.line):\($0.related.map { $0.source.line(containing: $0.range.start) })" }
        // 238 `微调方法总结` repeats 233 `不同微调方法的总结`; 215 `scaling law` repeats 153 `什么是scale law`;
        // 341 `大模型生成数据、数据清洗策略` contains 73 `数据清洗策略` (info).
        #expect(found == ["215:[153]", "238:[233]", "341:[73]"])
    }

    /// Identical only after normalisation (`Tell me about …` dropped, `do` dropped) is one
    /// question worded twice: a warning that says so. The same letters in another order
    /// (`什么是RLHF` / `RLHF是什么？`, above) or a copy are an error.
    @Test func identicalOnlyAfterNormalisationIsAWarning() throws {
        let reworded = """
            # Behavioral interview questions by company

            ## Airbnb

            - What does "belong anywhere" mean to you?
            - Why do you like Airbnb?
            - Tell me about why you want to work here.
            - Share one of your trips with us.

            ## Stack Overflow

            - What have you built?
            - Where do you see yourself in 5 years?
            - Why do you want to work here?
            - How do you handle disagreements with co-workers?

            """
        let found = try LintHarness.lint(reworded, rules: ["duplicate-question"])
        #expect(found.map { "\($0.line):\($0.severity)" } == ["14:warning"], "\(found.map(\.message))")
        #expect(found.first?.message.hasSuffix("after normalisation (worded differently)") == true)
        let copied = reworded.replacing("- Why do you want to work here?", with: "- Tell me about why you want to work here!")
        #expect(try LintHarness.lint(copied, rules: ["duplicate-question"]).map { "\($0.line):\($0.severity)" } == ["14:error"])
    }

    /// `Q3. What is inheritance?` and `Q1. What is inheritance?`: the number each list writes
    /// into the text is its place, not a wording; the copy is verbatim.
    @Test func aCopyNumberedAnotherWayIsVerbatim() throws {
        let text = "- [Q2. What is object-oriented programming?](a.md)\n- [Q3. What is inheritance in C# and how does it work?](b.md)\n\n## Inheritance\n\n"
            + "- [Q1. What is inheritance in C# and how does it work?](c.md)\n- [Q2. Can you give an example of inheritance in C#?](d.md)\n"
        let found = try LintHarness.lint(text, rules: ["duplicate-question"])
        #expect(found.map { "\($0.line):\($0.severity)" } == ["6:error"], "\(found.map(\.message))")
    }

    @Test func acrossFilesTheLaterFileIsReported() throws {
        let linter = try LintHarness.makeLinter(rules: ["duplicate-question"])
        let first = MarkdownFile(path: "a.md", text: "1. [什么是RLHF](https://a.example/1)\n")
        let second = MarkdownFile(path: "b.md", text: "# B\n\n1. [RLHF是什么？](https://b.example/1)\n")
        let diagnostics = linter.lint([first, second])
        #expect(diagnostics.map(\.path) == ["b.md"])
        #expect(diagnostics.first?.severity == .error)
        #expect(diagnostics.first?.related.map(\.path) == ["a.md"])
    }

    @Test func referenceFilesAreComparedButNeverReported() throws {
        let linter = try LintHarness.makeLinter(rules: ["duplicate-question"])
        let base = MarkdownFile(path: "base.md", text: "1. [微调方法总结](https://a.example/1)\n2. [微调方法总结](https://a.example/2)\n")
        let changed = MarkdownFile(path: "new.md", text: "1. [不同微调方法的总结](https://b.example/1)\n")
        let diagnostics = linter.lint([changed], reference: [base])
        #expect(diagnostics.map { "\($0.path):\($0.line)" } == ["new.md:1"])
        #expect(diagnostics.first?.related.count == 2)
    }

    @Test func badIgnorePairsIsAConfigurationError() throws {
        let yaml = "rules:\n  duplicate-question:\n    ignore-pairs: [[\"only one\"]]\n"
        let configuration = try Configuration.load(yaml: yaml, path: "c.yml", knownRules: BuiltinRules.all.map { $0.description })
        #expect(throws: ConfigurationError.self) { try Linter(ruleTypes: BuiltinRules.all, configuration: configuration) }
    }
}

@Suite struct DuplicateQuestionRelatedTests {
    @Test func atMostFiveEarlierCopiesAreShown() throws {
        let markdown = (1...8).map { "\($0). [什么是BERT](https://a.example/\($0))" }.joined(separator: "\n") + "\n"
        let last = try #require(try LintHarness.lint(markdown, rules: ["duplicate-question"]).last)
        #expect(last.line == 8)
        #expect(last.related.count == 5)
        #expect(last.help.last == "2 more copies: run `iqlint dupes` to see them all")
    }
}
