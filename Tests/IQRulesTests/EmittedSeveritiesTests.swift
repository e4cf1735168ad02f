import IQCore
import IQRules
import IQTestSupport
import Testing

/// `iqlint rules` and the rule pages list the severities a rule can report: every severity its
/// documented examples produce must be among them.
@Suite struct EmittedSeveritiesTests {
    @Test(arguments: BuiltinRules.all.map { $0.description.id })
    func examplesReportOnlyDeclaredSeverities(ruleID: String) throws {
        let description = try #require(BuiltinRules.type(for: ruleID)).description
        #expect(description.emittedSeverities.contains(description.defaultSeverity))
        for example in description.triggeringExamples {
            let found = try LintHarness.lint(example.unmarked.text, rules: [ruleID] + example.alsoEnabled,
                                             options: [ruleID: example.options], companions: example.companions)
            for diagnostic in found where diagnostic.ruleID == ruleID {
                #expect(description.emittedSeverities.contains(diagnostic.severity),
                        "\(ruleID) reported \(diagnostic.severity) (declared: \(description.emittedSeverities)): \(diagnostic.message)")
            }
        }
    }

    @Test func gradedRulesDeclareEveryLevel() {
        #expect(DuplicateQuestionRule.description.emittedSeverities == [.error, .warning, .info])
        #expect(UnusedSuppressionRule.description.emittedSeverities == [.warning, .info])
    }
}
