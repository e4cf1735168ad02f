import IQCore
import IQMarkdown
import IQRules
import IQTestSupport
import Testing

/// Every rule's documented examples are its tests (SwiftLint's model): triggering examples fire
/// exactly at their `↓` markers, non-triggering ones stay silent, corrections give the exact
/// text, and fixing twice equals fixing once — under CRLF, a CJK prefix, a fenced block and a
/// disable comment too.
@Suite struct RuleExamplesTests {
    static let ids = BuiltinRules.all.map { $0.description.id }

    @Test(arguments: ids)
    func triggeringExamplesFireAtTheirMarkers(ruleID: String) throws {
        let description = try #require(BuiltinRules.type(for: ruleID)).description
        #expect(!description.triggeringExamples.isEmpty, "\(ruleID) has no triggering example")
        for example in description.triggeringExamples {
            let (text, markers) = example.unmarked
            #expect(!markers.isEmpty, "triggering example of \(ruleID) has no ↓ marker: \(text)")
            try expectDiagnostics(ruleID: ruleID, example: example, marked: example.markdown, variant: "plain")
            for variant in ExampleVariant.allCases where description.skippedVariants[variant] == nil {
                let marked = ExampleVariants.apply(variant, to: example.markdown, ruleID: ruleID)
                if ExampleVariants.silencing.contains(variant) {
                    let found = try diagnostics(ruleID: ruleID, example: example, text: RuleExample(marked).unmarked.text)
                    #expect(found.isEmpty, "\(ruleID) fired in variant \(variant) of: \(text)\n\(found.map(\.message))")
                } else {
                    try expectDiagnostics(ruleID: ruleID, example: example, marked: marked, variant: variant.rawValue)
                }
            }
        }
    }

    @Test(arguments: ids)
    func nonTriggeringExamplesStaySilent(ruleID: String) throws {
        let description = try #require(BuiltinRules.type(for: ruleID)).description
        #expect(!description.nonTriggeringExamples.isEmpty, "\(ruleID) has no non-triggering example")
        for example in description.nonTriggeringExamples {
            var variants: [(String, String)] = [("plain", example.markdown)]
            for variant in [ExampleVariant.crlf, .cjkPrefix] where description.skippedVariants[variant] == nil {
                variants.append((variant.rawValue, ExampleVariants.apply(variant, to: example.markdown, ruleID: ruleID)))
            }
            for (name, markdown) in variants {
                let found = try diagnostics(ruleID: ruleID, example: example, text: markdown)
                #expect(found.isEmpty, "\(ruleID) fired on non-triggering example (\(name)):\n\(markdown)\n\(found.map { "\($0.line): \($0.message)" })")
            }
        }
    }

    @Test(arguments: ids)
    func correctionsProduceExactTextAndAreIdempotent(ruleID: String) throws {
        let description = try #require(BuiltinRules.type(for: ruleID)).description
        if description.fix.isFixable {
            #expect(!description.corrections.isEmpty, "\(ruleID) is fixable but documents no correction")
        }
        for correction in description.corrections {
            let options = correction.options.isEmpty ? [:] : [ruleID: correction.options]
            let rules = [ruleID] + correction.alsoEnabled
            let fixed = try LintHarness.fix(correction.before, rules: rules, unsafe: correction.unsafe, options: options)
            #expect(fixed == correction.after, "\(ruleID) correction of:\n\(correction.before)")
            let again = try LintHarness.fix(fixed, rules: rules, unsafe: correction.unsafe, options: options)
            #expect(again == fixed, "\(ruleID): fixing twice changed the text again")
            if description.skippedVariants[.crlf] == nil {
                let crlf = try LintHarness.fix(correction.before.replacing("\n", with: "\r\n"), rules: rules,
                                               unsafe: correction.unsafe, options: options)
                #expect(crlf == correction.after.replacing("\n", with: "\r\n"), "\(ruleID) CRLF correction of:\n\(correction.before)")
            }
        }
    }

    private func diagnostics(ruleID: String, example: RuleExample, text: String) throws -> [Diagnostic] {
        let options = example.options.isEmpty ? [:] : [ruleID: example.options]
        return try LintHarness.lint(text, rules: [ruleID] + example.alsoEnabled, options: options, companions: example.companions)
            .filter { $0.ruleID == ruleID && $0.path == "test.md" }
    }

    private func expectDiagnostics(ruleID: String, example: RuleExample, marked: String, variant: String) throws {
        let (text, markers) = RuleExample(marked).unmarked
        let found = try diagnostics(ruleID: ruleID, example: example, text: text).map(\.range.start)
        #expect(found.sorted() == markers.sorted(),
                "\(ruleID) (\(variant)) expected diagnostics at \(markers.sorted()), found \(found.sorted()) in:\n\(text)")
    }
}
