import Foundation
import IQCore
import IQMarkdown
import IQRules
@testable import IQReporters
import IQTestSupport
import Testing

@Suite struct GitHubReporterTests {
    @Test func workflowCommandWithEscaping() {
        let source = SourceText("1. a\n3. 50%, b: c\n")
        let diagnostic = Diagnostic(ruleID: "list-numbering", severity: .error, message: "expected 2, found 3\nsecond: 100%",
                                    path: "dir,x/a:b.md", source: source, range: SourceRange(5, 7))
        let output = GitHubReporter().report([diagnostic], summary: ReportSummary(diagnostics: [diagnostic], fileCount: 1))
        #expect(output == "::error file=dir%2Cx/a%3Ab.md,line=2,col=1,endColumn=3,title=iqlint (list-numbering)::expected 2, found 3%0Asecond: 100%25\n")
    }

    @Test func infoBecomesNoticeAndMultiLineRangesUseEndLine() {
        let source = SourceText("[a](b\n)\n")
        let diagnostic = Diagnostic(ruleID: "r", severity: .info, message: "m", path: "p.md", source: source, range: SourceRange(0, 7))
        #expect(GitHubReporter().report([diagnostic], summary: ReportSummary(diagnostics: [], fileCount: 1))
                == "::notice file=p.md,line=1,endLine=2,col=1,title=iqlint (r)::m\n")
    }

    @Test func stepSummaryLinksToLinesAndCountsRules() {
        let source = SourceText("1. a\n3. b\n")
        let diagnostic = Diagnostic(ruleID: "list-numbering", severity: .error, message: "expected 2, found 3", path: "题库/README.md",
                                    source: source, range: SourceRange(5, 7))
        let summary = GitHubStepSummary(environment: ["GITHUB_SERVER_URL": "https://github.com", "GITHUB_REPOSITORY": "o/r", "GITHUB_SHA": "abc"])
            .render([diagnostic], summary: ReportSummary(diagnostics: [diagnostic], fileCount: 1))
        #expect(summary.contains("| `list-numbering` | 1 |"))
        #expect(summary.contains("[题库/README.md:2](https://github.com/o/r/blob/abc/%E9%A2%98%E5%BA%93/README.md#L2)"))
    }
}

@Suite struct BaselineTests {
    private func diagnostics(_ markdown: String) throws -> [Diagnostic] {
        try LintHarness.lint(markdown, rules: ["list-numbering"])
    }

    @Test func survivesEditsAboveAndReportsStaleEntries() throws {
        let before = "1. a\n3. b\n\n## 二\n\n1. x\n5. y\n"
        let baseline = Baseline(recording: try diagnostics(before))
        #expect(baseline.entries.count == 2)
        let moved = "# 新标题\n\n说明\n\n" + before
        let movedFile = MarkdownFile(path: "test.md", text: moved)
        #expect(baseline.filter(try diagnostics(moved), files: [movedFile]).isEmpty)
        let partlyFixed = "1. a\n2. b\n\n## 二\n\n1. x\n5. y\n\n## 三\n\n1. new\n3. problem\n"
        let remaining = baseline.filter(try diagnostics(partlyFixed), files: [MarkdownFile(path: "test.md", text: partlyFixed)])
        #expect(remaining.map(\.ruleID) == [Baseline.staleRuleID, "list-numbering"])
        #expect(remaining.last?.line == 12)
        #expect(remaining.first?.severity == .info)
    }

    @Test func roundTripsThroughItsFile() throws {
        let baseline = Baseline(recording: try diagnostics("1. a\n3. b\n"))
        #expect(try BaselineFile.decode(BaselineFile.encode(baseline), path: "b.json") == baseline)
        #expect(throws: InputError(path: "b.json", problem: "not an iqlint baseline (expected JSON with version 1 and entries)")) {
            try BaselineFile.decode("[]", path: "b.json")
        }
    }

    @Test func cliWritesAndUsesABaseline() throws {
        let scratch = try ScratchDirectory()
        let path = try scratch.write("a.md", "1. a\n3. b\n")
        let baselinePath = scratch.path + "/baseline.json"
        let written = try CommandRunner.iqlint(["--write-baseline", baselinePath, path])
        #expect(written.status == 0, "recording a baseline succeeds: \(written.stderr)")
        let entries = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: baselinePath))) as? [String: Any])["entries"] as? [Any]
        #expect(written.stdout == "Wrote \(entries?.count ?? -1) baseline entr\(entries?.count == 1 ? "y" : "ies") to \(baselinePath).\n", "\(written.stdout)")
        let hidden = try CommandRunner.iqlint(["--baseline", baselinePath, path])
        #expect(hidden.status == 0 && hidden.stdout.contains("All checks passed"))
    }
}

@Suite struct SARIFReporterTests {
    @Test func resultsCarryRegionsFingerprintsAndFixes() throws {
        let scratch = try ScratchDirectory()
        let path = try scratch.write("q.md", "中文\n\n1. a\n3. b\n")
        let sarifPath = scratch.path + "/out.sarif"
        let result = try CommandRunner.iqlint(["--sarif", sarifPath, "--select", "list-numbering", "q.md"], in: scratch.path)
        #expect(result.status == 1 && result.stdout.contains("error[list-numbering]"))
        _ = path
        let log = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: sarifPath))) as? [String: Any])
        #expect(log["version"] as? String == "2.1.0")
        let run = try #require((log["runs"] as? [[String: Any]])?.first)
        #expect(run["columnKind"] as? String == "unicodeCodePoints")
        let rules = try #require(((run["tool"] as? [String: Any])?["driver"] as? [String: Any])?["rules"] as? [[String: Any]])
        #expect(rules.contains { $0["id"] as? String == "list-numbering" && ($0["helpUri"] as? String)?.hasSuffix("rules/list-numbering.md") == true })
        let resultEntry = try #require((run["results"] as? [[String: Any]])?.first)
        let region = try #require((((resultEntry["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])?["region"]) as? [String: Int])
        #expect(region == ["startLine": 4, "startColumn": 1, "endLine": 4, "endColumn": 3])
        #expect((resultEntry["partialFingerprints"] as? [String: String])?["iqlint/v1"]?.count == 16)
        #expect((resultEntry["fixes"] as? [[String: Any]])?.count == 1)
    }
}

/// The JSON and SARIF reports are written a diagnostic at a time; the bytes must be those of
/// the whole document serialized at once (the format before streaming).
@Suite struct StreamedReportTests {
    static func diagnostics() throws -> [Diagnostic] {
        // Related locations, fixes, help lines, CJK and characters JSON escapes.
        let text = "# 题库\n\n1. [什么是 \"RoPE\"？](http://a.example/1?utm_source=x)\n3. [什么是 \"RoPE\"？](http://a.example/2)\n4. 无链接\\问题\t\n"
        let found = try LintHarness.lint(text, path: "题库.md")
        #expect(found.count >= 4)
        #expect(found.contains { !$0.related.isEmpty } && found.contains { $0.fix != nil })
        return found
    }

    /// 2000: more diagnostics than one piece of work serializes (they are serialized on every
    /// core, then written in order).
    @Test(arguments: [0, 1, 4, 2000])
    func jsonIsTheWholeDocument(count: Int) throws {
        let found = try Self.diagnostics()
        let diagnostics = count > 4 ? (0..<count).map { found[$0 % found.count] } : Array(found.prefix(count == 4 ? .max : count))
        let summary = ReportSummary(diagnostics: diagnostics, fileCount: 1)
        let whole: JSONValue = .object([
            ("version", 1),
            ("diagnostics", .array(diagnostics.map(JSONReporter().json))),
            ("summary", JSONReporter.summary(summary)),
        ])
        var pieces = 0
        JSONReporter().write(diagnostics, summary: summary) { _ in pieces += 1 }
        #expect(JSONReporter().report(diagnostics, summary: summary) == whole.serialized(indent: 2) + "\n")
        #expect(pieces >= diagnostics.count)
    }

    /// The people's formats and the workflow commands are rendered on every core too: the
    /// bytes are those of rendering each diagnostic in turn, in the diagnostics' order.
    @Test(arguments: [1, 4, 2000])
    func renderedFormatsKeepTheOrder(count: Int) throws {
        let found = try Self.diagnostics()
        let diagnostics = count > 4 ? (0..<count).map { found[($0 * 7) % found.count] } : Array(found.prefix(count))
        let summary = ReportSummary(diagnostics: diagnostics, fileCount: 1)
        func written(_ reporter: some Reporter) -> String {
            var text = ""
            reporter.write(diagnostics, summary: summary) { text += $0 }
            return text
        }
        let text = TextReporter(color: false)
        #expect(written(text) == diagnostics.map { text.render($0) + "\n" }.joined() + text.summaryLine(summary) + "\n")
        let concise = ConciseReporter(color: true)
        #expect(written(concise) == diagnostics.map { concise.render($0) + "\n" }.joined()
            + TextReporter(color: true).summaryLine(summary) + "\n")
        let github = GitHubReporter()
        #expect(written(github) == diagnostics.map(github.command).joined())
    }

    @Test(arguments: [0, 1, 4])
    func sarifIsTheWholeLog(count: Int) throws {
        let diagnostics = Array(try Self.diagnostics().prefix(count == 4 ? .max : count))
        let summary = ReportSummary(diagnostics: diagnostics, fileCount: 1)
        let reporter = SARIFReporter(rules: BuiltinRules.all.map { $0.description }, version: "1.2.3")
        let indexByID = Dictionary(reporter.rules.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        let results = zip(diagnostics, Fingerprint.compute(diagnostics)).map { diagnostic, fingerprint in
            reporter.result(diagnostic, fingerprint: fingerprint, ruleIndex: indexByID[diagnostic.ruleID])
        }
        #expect(reporter.report(diagnostics, summary: summary) == reporter.log(results: .array(results)).serialized(indent: 2) + "\n")
    }
}
