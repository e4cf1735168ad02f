import IQCore
import IQTestSupport
import Testing

/// A bank written as headings (`### What is cache stampede…?` over its answer): its question
/// headings are compared with one another, across its files too; never with list items, and
/// headings that do not ask, or too few that do, are no bank.
@Suite struct HeadingQuestionsTests {
    private func section(_ title: String, _ questions: [String]) -> String {
        "## \(title)\n\n" + questions.map { "### \($0)\n\nAnswer text here.\n\n" }.joined()
    }

    @Test func aQuestionHeadingAskedAgainIsReported() throws {
        let bank = "# Backend Interview Questions\n\n"
            + section("Caching", ["What is cache-aside?", "What is cache stampede and how do you prevent it?", "How do you choose a TTL?"])
            + section("CDN", ["How does a CDN reduce latency?", "What is cache stampede and how do you prevent it?", "What is an origin shield?"])
        let found = try LintHarness.lint(bank, rules: ["duplicate-question"])
        #expect(found.map { "\($0.line) \($0.severity)" } == ["23 error"], "\(found.map(\.message))")
    }

    /// `## Top Questions with Answers` over `## All Questions with Answers`, which asks them
    /// again: one section gathers a digest of the other, one info at the first repeat saying so.
    @Test func aSectionCopyingAnothersQuestionsIsAnInfo() throws {
        let top = ["What is a closure?", "What is hoisting?", "What is event delegation?"]
        let page = "# JavaScript\n\n" + section("Top Questions with Answers", top) + section("All Questions with Answers", top + ["What is a Symbol?"])
        let found = try LintHarness.lint(page, rules: ["duplicate-question"])
        #expect(found.map(\.severity) == [.info] && found.first?.message.hasSuffix("and 2 more questions of that section asked again in this one") == true,
                "\(found.map(\.message))")
        #expect(found.first?.help.first?.hasPrefix("3 questions of 'Top Questions with Answers' are asked again in 'All Questions with Answers'") == true)
    }

    @Test func acrossFilesToo() throws {
        let caching = "# Caching\n\n" + section("Basics", ["What is cache-aside?", "What is cache stampede and how do you prevent it?", "How do you choose a TTL?"])
        let cdn = "# CDN\n\n" + section("Basics", ["How does a CDN reduce latency?", "What is cache stampede and how do you prevent it?", "What is an origin shield?"])
        let found = try LintHarness.lint(caching, path: "caching.md", rules: ["duplicate-question"], companions: ["cdn.md": cdn])
        #expect(found.map { "\($0.path):\($0.line)" } == ["cdn.md:9"], "\(found.map(\.message))")
    }

    /// A section titled by a question and an item restating it; topics that ask nothing.
    @Test func headingsAreComparedWithHeadingsOnly() throws {
        let restated = section("Q", ["What is RAG?", "What is LoRA?", "What is RLHF?"]) + "## Links\n\n- What is RAG?\n- What is a vector store?\n"
        #expect(try LintHarness.lint(restated, rules: ["duplicate-question"]).isEmpty)
        let topics = "## Caching\n\n### Basics\n\ntext\n\n## CDN\n\n### Basics\n\ntext\n\n### Edge\n\ntext\n"
        #expect(try LintHarness.lint(topics, rules: ["duplicate-question"]).isEmpty)
        // A table of contents set as headings, each leading to the section that asks.
        let contents = (1...3).map { "#### [\($0).What is item \($0)?](#what-is-item-\($0))\n\n" }.joined()
            + (1...3).map { "### What is item \($0)?\n\nAnswer.\n\n" }.joined()
        #expect(try LintHarness.lint(contents, rules: ["duplicate-question"]).isEmpty)
        // `What's the output?` over two snippets: each asks about its own code.
        let outputs = (1...3).map { "###### \($0). What's the output?\n\n```javascript\nconsole.log(\($0))\n```\n\n" }.joined()
        #expect(try LintHarness.lint(outputs, rules: ["duplicate-question"]).isEmpty)
        // So in any language, each heading right above a snippet of its own.
        let vietnamese = (1...3).map { "###### \($0). Output là gì?\n<div dir=\"ltr\">\n\n```javascript\nconsole.log(\($0))\n```\n\n</div>\n\n" }.joined()
        #expect(try LintHarness.lint(vietnamese, rules: ["duplicate-question"]).isEmpty)
        // The same snippet under both is the question asked twice.
        let copied = (1...3).map { "###### \($0). Output là gì?\n\n```javascript\nconsole.log(\($0 == 3 ? 1 : $0))\n```\n\n" }.joined()
        #expect(try LintHarness.lint(copied, rules: ["duplicate-question"]).map(\.line) == [13])
        // Two asking headings are no bank of them.
        let two = "## A\n\n### What is RAG?\n\ntext\n\n## B\n\n### What is RAG?\n\ntext\n"
        #expect(try LintHarness.lint(two, rules: ["duplicate-question"]).isEmpty)
    }
}
