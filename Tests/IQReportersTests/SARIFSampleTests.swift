import Foundation
import IQCore
import IQMarkdown
import IQReporters
import IQRules
import Testing

/// A SARIF log with every optional part iqlint emits: a fix with an insertion and a
/// deletion, a related location in another file, help text, an unknown rule (no
/// `ruleIndex`), an absolute path, and CJK, spaces and `#` in paths. No built-in rule yields related
/// locations yet, so the schema check in `Tests/integration/run.sh` validates this log:
/// it sets `IQLINT_SARIF_SAMPLE` to the file this test should write.
@Suite struct SARIFSampleTests {
    @Test func sampleCarriesEveryOptionalPart() throws {
        let bank = SourceText("# 题库\n\n1. 什么是注意力？\n3. b\n")
        let other = SourceText("## 其他\n\n- 什么是注意力？\n")
        let duplicate = Diagnostic(
            ruleID: "list-numbering", severity: .error, message: "expected 2, found 3",
            path: "./题库/a b.md", source: bank, range: try Self.range(of: "3.", in: bank),
            related: [RelatedLocation(path: "other#1.md", source: other, range: try Self.range(of: "什么是注意力？", in: other),
                                      message: "first listed here")],
            fix: .safe("renumber to 2", [Edit(range: try Self.range(of: "3", in: bank), replacement: "2"),
                                         .insert("\n", at: bank.bytes.count),
                                         .delete(try Self.range(of: "# ", in: bank))]),
            help: ["a numbered list counts up by one"])
        let unknown = Diagnostic(ruleID: "not-a-builtin-rule", severity: .info, message: "note without rule metadata",
                                 path: "/srv/题库/notes.md", source: other, range: .empty(at: 0))
        let warning = Diagnostic(ruleID: "list-numbering", severity: .warning, message: "warning level",
                                 path: "other#1.md", source: other, range: try Self.range(of: "- ", in: other),
                                 fix: .unsafe("remove the marker", [.delete(try Self.range(of: "- ", in: other))]))
        let diagnostics = [duplicate, unknown, warning]
        let log = SARIFReporter(rules: BuiltinRules.all.map { $0.description }, version: "0.0.0-test")
            .report(diagnostics, summary: ReportSummary(diagnostics: diagnostics, fileCount: 2))

        let json = try #require(try JSONSerialization.jsonObject(with: Data(log.utf8)) as? [String: Any])
        let results = try #require((json["runs"] as? [[String: Any]])?.first?["results"] as? [[String: Any]])
        #expect(results.count == 3)
        let related = try #require(results[0]["relatedLocations"] as? [[String: Any]])
        let relatedURI = ((related.first?["physicalLocation"] as? [String: Any])?["artifactLocation"] as? [String: Any])?["uri"] as? String
        #expect(relatedURI == "other%231.md")
        let absoluteURI = (((results[1]["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])?["artifactLocation"] as? [String: Any])?["uri"] as? String
        #expect(absoluteURI == "file:///srv/%E9%A2%98%E5%BA%93/notes.md")
        #expect(results[0]["fixes"] != nil && results[1]["ruleIndex"] == nil && results[2]["level"] as? String == "warning")

        if let path = ProcessInfo.processInfo.environment["IQLINT_SARIF_SAMPLE"], !path.isEmpty {
            try Data(log.utf8).write(to: URL(fileURLWithPath: path))
        }
    }

    private static func range(of needle: String, in source: SourceText) throws -> SourceRange {
        let haystack = source.bytes, bytes = Array(needle.utf8)
        let start = try #require((0...(haystack.count - bytes.count)).first { Array(haystack[$0..<$0 + bytes.count]) == bytes })
        return SourceRange(start, start + bytes.count)
    }
}
