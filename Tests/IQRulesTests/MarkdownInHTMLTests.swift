import IQCore
import IQMarkdown
import IQTestSupport
import Testing

/// Markdown on the lines of an HTML block shows as raw text: one finding per block, and the
/// unsafe fix's blank line makes the parser read it as Markdown.
@Suite struct MarkdownInHTMLTests {
    /// The shapes two audits found (GB, GC): a heading under `</details>`, a checklist under `<h3>…</h3>`.
    @Test func theSwallowedHeadingAndListAreFoundAndTheFixMakesThemMarkdown() throws {
        let page = "# 面试题\n\n<details>\n<summary>答案</summary>\n</details>\n### 事件响应链\n\n事件先传给 hit-test 找到的视图。\n\n"
            + "<h3>Base Introduction</h3>\n - [ ] [Linear Algebra](https://a.example/la)\n - [ ] [Statistics](https://a.example/st)\n"
        let found = try LintHarness.lint(page, rules: ["markdown-in-html"])
        #expect(found.map(\.line) == [6, 11], "\(found.map(\.message))")
        #expect(found.first?.message.contains("heading") == true)
        #expect(found.last?.message.contains("(and 1 more Markdown line after it)") == true)
        // Before: no heading of that name, no links; after the fix, both.
        let before = MarkdownParser.parse(page)
        #expect(!before.headings.contains { $0.text == "事件响应链" })
        #expect(before.links.isEmpty)
        let fixed = try LintHarness.fix(page, rules: ["markdown-in-html"], unsafe: true)
        let after = MarkdownParser.parse(fixed)
        #expect(after.headings.contains { $0.text == "事件响应链" })
        #expect(after.links.map(\.destination) == ["https://a.example/la", "https://a.example/st"])
        #expect(try LintHarness.lint(fixed, rules: ["markdown-in-html"]).isEmpty)
        // The safe fix leaves the page alone.
        #expect(try LintHarness.fix(page, rules: ["markdown-in-html"]) == page)
    }

    /// A line holding only a zero-width space is no blank line: the HTML block runs on.
    @Test func aLineOfInvisibleSpaceKeepsTheBlockOpen() throws {
        let page = "<details>\n  <summary>Can you define the terms?</summary>\n\u{200B}    \n  * An operand is what operators are applied to.\n</details>\n"
        #expect(try LintHarness.lint(page, rules: ["markdown-in-html"]).map(\.line) == [4])
    }

    /// Raw on purpose: a `<pre>` in the block, a comment, text written with tags, lines indented as HTML.
    @Test func rawTextOnPurposeIsLeftAlone() throws {
        for page in ["<details>\n<summary>show</summary>\n<pre><code>{\n# ......\n- x\n}\n</code></pre>\n</details>\n",
                     "<div>\n<!--\n- a commented list\n-->\n</div>\n",
                     "<p>执行以下操作：<br>\n- <code>nums[0..3]</code> 增加 1。<br>\n</p>\n",
                     "<table>\n  <tr>\n      - 1\n  </tr>\n</table>\n",
                     "<div markdown=\"1\">\n# A heading the site renders\n</div>\n"] {
            #expect(try LintHarness.lint(page, rules: ["markdown-in-html"]).isEmpty, "\(page)")
        }
    }
}
