import Foundation
import IQCore
import IQMarkdown
import IQTestSupport
import Testing

/// Inputs the shared smoke tool (`../shared/tools/smoke.py`) or `make fuzz` once failed on: fixes that did not
/// settle (fixing twice differed from fixing once) or that changed an address. Each is kept as
/// the tool wrote it, in `Tests/SmokeRegressions/`. They hold smoke's bar (fixes converge and
/// are idempotent, safe and unsafe); `FixPropertyTests` holds the fixtures to a stricter one.
@Suite struct SmokeRegressionTests {
    static let inputs: [String] = {
        let folder = RepositoryPaths.root + "/Tests/SmokeRegressions"
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.filter { $0.hasSuffix(".md") }.sorted()
    }()

    @Test func theFolderIsFound() {
        #expect(Self.inputs.count >= 6)
    }

    @Test(arguments: inputs)
    func fixesSettleAndFixingTwiceChangesNothing(name: String) throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: RepositoryPaths.root + "/Tests/SmokeRegressions/" + name))
        let source = try SourceText(validating: Array(data))
        let linter = try LintHarness.makeLinter(rules: nil)
        for unsafe in [false, true] {
            let label = "\(name)\(unsafe ? ", unsafe" : "")"
            let once = FixEngine(linter: linter, includeUnsafe: unsafe).fix([MarkdownFile(path: "case.md", source: source)])
            #expect(once.unconverged.isEmpty, "\(label): did not converge")
            let twice = FixEngine(linter: linter, includeUnsafe: unsafe).fix([MarkdownFile(path: "case.md", source: once.files[0].source)])
            #expect(twice.files[0].source.bytes == once.files[0].source.bytes, "\(label): fixing twice differs from fixing once")
        }
    }

    /// The unsafe fixes of mixed-list, lazy-continuation and list-numbering together made the
    /// glued line `7.` an item of its own; the next glued line, six spaces in, then had no
    /// paragraph to continue and became an indented code block, with the list after it gone
    /// into a paragraph. Every word was still there, so the verification let it pass; now no
    /// fix may turn text into code (or code into text).
    @Test func gluedLinesDoNotFallIntoACodeBlock() throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: RepositoryPaths.root + "/Tests/SmokeRegressions/smoke-glued-lines-fall-into-a-code-block.md"))
        let source = try SourceText(validating: Array(data))
        let linter = try LintHarness.makeLinter(rules: nil)
        let fixed = FixEngine(linter: linter, includeUnsafe: true).fix([MarkdownFile(path: "case.md", source: source)])
        let before = RenderedContent(source), after = RenderedContent(fixed.files[0].source)
        #expect(before.codeWords.isEmpty)
        #expect(after.codeWords.isEmpty, "\(fixed.files[0].source.text)")
        #expect(fixed.files[0].source.text != source.text, "the other fixes still apply")
    }

    /// mixed-list numbered the bullet `-   1. how to…` as `4)` and put a space before each of its
    /// tab-indented lines, which moves nothing: the nested list's code fence and its item
    /// `4) 残差网络 残差网络 总结` fell out of the item. Now tab-indented lines mean no fix.
    @Test func bulletsAreNotNumberedOverTabIndentedLines() throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: RepositoryPaths.root + "/Tests/SmokeRegressions/smoke-bullets-numbered-over-tab-indented-lines.md"))
        let linter = try LintHarness.makeLinter(rules: nil)
        let fixed = FixEngine(linter: linter, includeUnsafe: true).fix([MarkdownFile(path: "case.md", source: try SourceText(validating: Array(data)))])
        let text = fixed.files[0].source.text
        #expect(text.contains("\n\t4) 残差网络 残差网络 总结"), "\(text)")
        #expect(!text.contains(" \t"), "\(text)")
    }
}
