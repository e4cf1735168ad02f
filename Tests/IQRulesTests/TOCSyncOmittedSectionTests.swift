import IQCore
import IQTestSupport
import Testing

/// A section without an entry: forgotten (error, safe fix) only when the document shows it;
/// sections a table leaves out on purpose are `info`, and only an unsafe fix adds them.
@Suite struct TOCSyncOmittedSectionTests {
    private func section(_ name: String, items: Bool = true) -> String {
        "## \(name)\n\n" + (items ? "- [\(name) link](https://example.com/\(name.count))\n\n" : "Prose about \(name).\n\n")
    }

    private func document(toc: [String], sections: [(String, Bool)]) -> String {
        "# 资源汇总\n\n## 目录\n\n" + toc.map { "- [\($0)](#\($0.lowercased()))\n" }.joined() + "\n"
            + sections.map { section($0.0, items: $0.1) }.joined()
    }

    private func findings(_ markdown: String) throws -> [String] {
        try LintHarness.lint(markdown, rules: ["toc-sync"]).map {
            "\($0.severity) \($0.message.split(separator: "'")[1]) \($0.fix?.applicability == .safe ? "safe" : $0.fix == nil ? "none" : "unsafe")"
        }
    }

    @Test func sectionsBeforeTheFirstListedOneAreLeftOutOnPurpose() throws {
        // The shape of awesome-wechat-weapp: maintenance and pinned sections above the categories.
        let markdown = document(toc: ["官方文档", "工具"], sections: [("数据维护", true), ("置顶", true), ("官方文档", true), ("工具", true)])
        #expect(try findings(markdown) == ["info 数据维护 unsafe", "info 置顶 unsafe"])
        #expect(try LintHarness.fix(markdown, rules: ["toc-sync"]) == markdown)
    }

    @Test func aSectionBetweenListedOnesIsForgotten() throws {
        let markdown = document(toc: ["A", "C"], sections: [("A", true), ("B", true), ("C", true)])
        #expect(try findings(markdown) == ["error B safe"])
        #expect(try LintHarness.fix(markdown, rules: ["toc-sync"]).contains("- [A](#a)\n- [B](#b)\n- [C](#c)\n"))
    }

    @Test func aSectionWithoutItemsAmongListsIsAMetaSection() throws {
        let markdown = document(toc: ["A", "B", "C"], sections: [("A", true), ("About", false), ("B", true), ("C", true)])
        #expect(try findings(markdown) == ["info About unsafe"])
    }

    /// awesome-lint keeps `Contributing` out of an awesome-list's contents: the project's own
    /// section between listed ones, even with a list in it, is left out on purpose (audit GD).
    @Test func theProjectsOwnSectionIsLeftOutOnPurpose() throws {
        let markdown = document(toc: ["A", "B", "Maintainers"], sections: [("A", true), ("B", true), ("Contributing", true), ("Maintainers", false)])
        #expect(try findings(markdown) == ["info Contributing unsafe"])
        #expect(try LintHarness.fix(markdown, rules: ["toc-sync"]) == markdown)
        // A section of another name there is still forgotten.
        let other = document(toc: ["A", "B", "Maintainers"], sections: [("A", true), ("B", true), ("Tools", true), ("Maintainers", false)])
        #expect(try findings(other) == ["error Tools safe"])
    }

    @Test func twoUnlistedSectionsTogetherAreNotClearlyForgotten() throws {
        let markdown = document(toc: ["A", "D"], sections: [("A", true), ("B", true), ("C", true), ("D", true)])
        #expect(try findings(markdown) == ["error B unsafe", "error C unsafe"])
        #expect(try LintHarness.fix(markdown, rules: ["toc-sync"]) == markdown)
    }

    @Test func configuredLevelsSayWhichSectionsBelong() throws {
        let markdown = document(toc: ["官方文档", "工具"], sections: [("数据维护", true), ("官方文档", true), ("工具", true), ("License", false)])
        let options: [String: [String: ConfigValue]] = ["toc-sync": ["levels": [2]]]
        let diagnostics = try LintHarness.lint(markdown, rules: ["toc-sync"], options: options)
        #expect(diagnostics.map(\.severity) == [.error, .info])
        #expect(diagnostics.allSatisfy { $0.fix?.applicability == .safe })
    }
}
