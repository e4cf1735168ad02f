import IQCore
@testable import IQRules
import IQTestSupport
import Testing

/// Files written from one template (case studies with one outline) ask the template's questions
/// of each subject: a repeat between them is an `info`; between files of other outlines it
/// stays an error.
@Suite struct ParallelOutlinesTests {
    /// Each later section holds a table rather than paragraphs, so the files are no articles
    /// (two articles sharing questions are an `info` of their own, see `ArticlePagesTests`).
    private static func caseStudy(_ subject: String, outline: [String]) -> String {
        "# Design \(subject)\n\n## \(outline[0])\n\n- Business objective?\n- How many users?\n- What is the latency budget?\n\n"
            + outline.dropFirst().map { "## \($0)\n\n| About | \(subject) |\n| --- | --- |\n\n" }.joined()
    }

    private static let outline = ["1. Problem Formulation", "2. Metrics", "3. Architecture", "4. Data preparation"]

    @Test func theTemplateQuestionsOfParallelFilesAreInfos() throws {
        let found = try LintHarness.lint(Self.caseStudy("a video recommender", outline: Self.outline), path: "video.md", rules: ["duplicate-question"],
                                         companions: ["search.md": Self.caseStudy("a search engine", outline: ["Problem formulation", "Metrics", "Architecture:", "Serving"])])
        #expect(found.count == 3)
        #expect(found.allSatisfy { $0.severity == .info && $0.help.contains { $0.contains("same outline") } }, "\(found.map(\.message))")
    }

    @Test func otherOutlinesKeepTheError() throws {
        let found = try LintHarness.lint(Self.caseStudy("a video recommender", outline: Self.outline), path: "video.md", rules: ["duplicate-question"],
                                         companions: ["search.md": Self.caseStudy("a search engine", outline: ["Problem formulation", "Ranking", "Serving", "Monitoring"])])
        #expect(found.count == 3)
        #expect(found.allSatisfy { $0.severity == .error }, "\(found.map(\.message))")
    }

    @Test func titlesIgnoreNumberingAndCase() {
        #expect(ParallelOutlines.title("1. Problem Formulation ") == ParallelOutlines.title("problem formulation:"))
        #expect(ParallelOutlines.title("二、实验步骤") == "实验步骤")
    }
}
