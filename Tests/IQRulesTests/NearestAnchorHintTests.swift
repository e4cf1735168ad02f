@testable import IQRules
import IQTestSupport
import Testing

/// toc-anchor's "did you mean" names an anchor only when it is the one meant: not another
/// thing of a near name, not one of several sections of one name.
@Suite struct NearestAnchorHintTests {
    @Test func anotherCompanysSectionIsNotSuggested() {
        let anchors = NearestAnchors(["palantir-system-design", "google-system-design", "introduction"])
        #expect(anchors.nearest(to: "databricks-system-design") == nil)
        // A typo in the company's name still is, and so is a word grown or another word later.
        #expect(anchors.nearest(to: "palantr-system-design") == "palantir-system-design")
        #expect(NearestAnchors(["unixlinux-command-line-tools"]).nearest(to: "unix-command-line-tools") == "unixlinux-command-line-tools")
        #expect(NearestAnchors(["practica-de-preguntas-de-programación"]).nearest(to: "practica-de-preguntas-de-codificación") != nil)
    }

    /// A heading's anchor that an `<a id>` above it repeats is one anchor: it is suggested, not
    /// found "as similar" as itself (audit FQ, google/styleguide).
    @Test func anAnchorWrittenTwiceIsOneCandidate() {
        let anchors = NearestAnchors(["s3.19.14-circular-dependencies", "31914-circular-dependencies", "31914-circular-dependencies"])
        #expect(anchors.lookUp("31914-circular-dependency") == .nearest("31914-circular-dependencies"))
    }

    @Test func anotherShortNameIsNotSuggested() {
        #expect(NearestAnchors(["gan", "nas", "transformers"]).nearest(to: "GNN") == nil)
    }

    /// `#rust-deep-learning` holds `#deep-learning`, one of four sections of that name (one per
    /// language): which one the fragment means, the anchor cannot say.
    @Test func oneOfSeveralSectionsOfANameIsNotSuggested() {
        let anchors = NearestAnchors(["deep-learning", "deep-learning-1", "deep-learning-2", "deep-learning-3", "rust"])
        #expect(anchors.nearest(to: "rust-deep-learning") == nil)
        #expect(NearestAnchors(["lora-原理", "lora"]).nearest(to: "lora-原理-详解") != nil)
    }

    /// The page's title or the heading over the contents is no spelling of a missing section:
    /// the entry would lead to the top of the page it is on. A typo of it still is.
    @Test func theHeadingOverTheLinkIsNotSuggested() throws {
        let title = "# Data Science - Extra Resources\n\n## Books\n\n- [Python](#python)\n- [Data Science](#data-science)\n\n### Python\n\nx\n"
        let found = try LintHarness.lint(title, rules: ["toc-anchor"])
        #expect(found.map(\.message) == ["expected an anchor of this document, found '#data-science'; no anchor is similar"])
        let typo = "# Awesome Python\n\n## Web\n\nx\n\n[Back to top](#awesome-pyton)\n"
        #expect(try LintHarness.lint(typo, rules: ["toc-anchor"]).map(\.message)
            == ["expected an anchor of this document, found '#awesome-pyton'; did you mean '#awesome-python'"])
        // Elsewhere on the page, the same title is the anchor meant.
        let elsewhere = "# Data Science - Extra Resources\n\nx\n\n# Links\n\n- [Home](#data-science)\n"
        #expect(try LintHarness.lint(elsewhere, rules: ["toc-anchor"]).map(\.message)
            == ["expected an anchor of this document, found '#data-science'; did you mean '#data-science---extra-resources'"])
    }

    /// A numbered entry near another number's question, worded alike, is a stale entry: its
    /// number's question was reworded, and the other one is not what it means. A typo of the
    /// same number's anchor still is suggested.
    @Test func anotherNumbersQuestionIsNotSuggested() throws {
        let headings = "## 16. Что такое коллизии в Map?\n\nx\n\n## 20. Расскажите про реализации деревьев\n\nx\n"
        let stale = try LintHarness.lint("[16. Расскажите про реализации Map?](#16-Расскажите-про-реализации-map)\n\n" + headings, rules: ["toc-anchor"])
        #expect(stale.count == 1 && !stale[0].message.contains("did you mean"), "\(stale.map(\.message))")
        let typo = try LintHarness.lint("[20. Деревья](#20-расскажите-про-реализации-деревев)\n\n" + headings, rules: ["toc-anchor"])
        #expect(typo.map(\.message) == ["expected an anchor of this document, found '#20-расскажите-про-реализации-деревев'; did you mean '#20-расскажите-про-реализации-деревьев'"])
        // `#1.1-C语言` is `#11-c语言` as GitHub writes it: the same number, and the heading the fix links.
        let dotted = try LintHarness.lint("- [1.1-C语言](#1.1-C语言)\n\n### 1.1-C语言\n\nx\n", rules: ["toc-anchor"])
        #expect(dotted.map(\.message) == ["expected an anchor of this document, found '#1.1-C语言'; did you mean '#11-c语言'"])
    }

    /// Twelve links in the headings' capitals are the file's habit: one info, whose fix
    /// repoints all of them, so the broken link below is not buried. Three are reported each.
    @Test func linksInTheHeadingsCapitalsByHabitAreOneFinding() throws {
        var habit = "## Java Basics\n\n"
        for number in 1...12 { habit += "## Вопрос \(number)\n\n[к оглавлению](#Java-Basics)\n\n" }
        habit += "[Broken](#nowhere-at-all)\n"
        let found = try LintHarness.lint(habit, rules: ["toc-anchor"])
        #expect(found.count == 2, "\(found.map(\.message))")
        #expect(found.first?.message.hasPrefix("expected the anchors' exact case, found 12 links") == true, "\(found.map(\.message))")
        let fixed = try LintHarness.fix(habit, rules: ["toc-anchor"], unsafe: true)
        #expect(!fixed.contains("#Java-Basics") && fixed.components(separatedBy: "(#java-basics)").count == 13, "\(fixed)")
        let few = "## Java Basics\n\n" + (1...3).map { "## Q\($0)\n\n[top](#Java-Basics)\n\n" }.joined()
        #expect(try LintHarness.lint(few, rules: ["toc-anchor"]).count == 3)
    }

    /// `#solution-2` where the page has two `Solution` headings: the message counts them.
    @Test func aRepeatBeyondThePagesCopiesCountsThem() throws {
        let page = "# 链表\n\n* [1. 两数相加](#1-两数相加)\n    * [Solution](#solution)\n* [2. 翻转链表](#2-翻转链表)\n    * [Solution](#solution-1)\n    * [Solution](#solution-2)\n\n## 1. 两数相加\n\n#### Solution\n\nx\n\n## 2. 翻转链表\n\n#### Solution\n\nx\n"
        let found = try LintHarness.lint(page, rules: ["toc-anchor"])
        #expect(found.map(\.message) == ["expected an anchor of this document, found '#solution-2'; its '-2' names a repeat of the heading of '#solution', which this page has 2 times (the last '#solution-1')"])
    }
}
