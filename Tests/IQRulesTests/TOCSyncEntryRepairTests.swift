import IQCore
import IQTestSupport
import Testing

/// toc-sync's repairs of a stale entry: an entry repeated for the later of two headings of one
/// name is pointed at it (never a second entry beside it), and a dead entry of a nested table
/// pairs only with a missing heading of the level its depth shows.
@Suite struct TOCSyncEntryRepairTests {
    static let repeated = """
        # Awesome Sysadmin

        ## Table of Contents
        * [Awesome Sysadmin](#awesome-sysadmin)
          * [Backups](#backups)
          * [Newsletters](#newsletters)
        * [Resources](#resources)
          * [Books](#books)
          * [Newsletters](#newsletters)

        ## Backups

        * [Amanda](https://a.example/amanda) - Backup tool.

        ## Newsletters

        * [Cron Weekly](https://a.example/cron) - A weekly newsletter.

        # Resources

        ## Books

        * [The Linux Command Line](https://a.example/tlcl) - A book.

        ## Newsletters

        * [Sysadmin Casts](https://a.example/casts) - Screencasts.

        """

    /// An entry landing on a sub-heading of its name, a level the table does not list, is the
    /// later section's: pointed at it by an unsafe fix, never doubled by a safe new entry.
    @Test func anEntryOnASubHeadingOfItsNameIsPointedAtTheSection() throws {
        let markdown = "# Migration\n\n## Table of Contents\n\n- [Overview](#overview)\n- [Operator table](#operator-table)\n"
            + "- [Error handling](#error-handling)\n- [Backpressure](#backpressure)\n\n## Overview\n\nText.\n\n## Operator Table\n\n"
            + "### Error Handling\n\n- `onErrorReturn` → `catch`\n\n## Error Handling\n\nText.\n\n## Backpressure\n\nText.\n"
        #expect(try LintHarness.fix(markdown, rules: ["toc-sync"]) == markdown)
        let fixed = try LintHarness.fix(markdown, rules: ["toc-sync"], unsafe: true)
        #expect(fixed.contains("- [Error handling](#error-handling-1)\n- [Backpressure]") && fixed.components(separatedBy: "rror handling").count == 2, "\(fixed)")
    }

    /// `- [Nice Tools](#nice-tools)` under `Reconnaissance`, at the depth of its `### Nice Tools`
    /// (#nice-tools-1), landing on an earlier section's `#### Nice Tools`, listed a level deeper
    /// (Awesome-Redteam): the later heading's entry, pointed at it, never doubled by a safe fix.
    @Test func anEntryAtAnotherDepthLandingOnAnEarlierHeadingOfItsNameIsPointedAtItsOwn() throws {
        let markdown = "# Tools\n\n## Contents\n\n- [Navigation](#navigation)\n\t- [Search Engines](#search-engines)\n\t\t- [Nice Tools](#nice-tools)\n"
            + "\t\t- [Google Hacking](#google-hacking)\n- [Reconnaissance](#reconnaissance)\n\t- [Nice Tools](#nice-tools)\n\t- [Fingerprint](#fingerprint)\n\n"
            + "## Navigation\n\n### Search Engines\n\n#### Nice Tools\n\n- https://a.example/fofa\n\n#### Google Hacking\n\n- https://a.example/ghdb\n\n"
            + "## Reconnaissance\n\n### Nice Tools\n\n- https://a.example/nuclei\n\n### Fingerprint\n\n- https://a.example/whatweb\n"
        let found = try LintHarness.lint(markdown, path: "README.md", rules: ["toc-sync"])
        #expect(found.map(\.line) == [10], "\(found.map(\.message))")
        #expect(found.first?.message.contains("(#nice-tools-1), found 'Nice Tools' (#nice-tools), which links the earlier heading of that name") == true)
        #expect(try LintHarness.fix(markdown, path: "README.md", rules: ["toc-sync"]) == markdown)
        let fixed = try LintHarness.fix(markdown, path: "README.md", rules: ["toc-sync"], unsafe: true)
        #expect(fixed == markdown.replacingOccurrences(of: "\t- [Nice Tools](#nice-tools)\n\t- [Fingerprint]", with: "\t- [Nice Tools](#nice-tools-1)\n\t- [Fingerprint]"))
    }

    @Test func aRepeatedEntryIsPointedAtTheLaterHeadingOfItsName() throws {
        let found = try LintHarness.lint(Self.repeated, path: "README.md", rules: ["toc-sync"])
        #expect(found.map(\.line) == [9], "\(found.map(\.message))")
        #expect(found.first?.message.contains("(#newsletters-1), found 'Newsletters' (#newsletters)") == true)
        #expect(found.first?.fix?.applicability == .unsafe)
        // No safe fix adds a second `Newsletters` entry.
        #expect(try LintHarness.fix(Self.repeated, path: "README.md", rules: ["toc-sync"]) == Self.repeated)
        let fixed = try LintHarness.fix(Self.repeated, path: "README.md", rules: ["toc-sync"], unsafe: true)
        #expect(fixed == Self.repeated.replacingOccurrences(of: "  * [Newsletters](#newsletters)\n\n", with: "  * [Newsletters](#newsletters-1)\n\n"))
        #expect(try LintHarness.lint(fixed, path: "README.md", rules: ["toc-sync"]).isEmpty)
    }

    /// `### <a id="cpp"></a>C++` takes GitHub's anchor `#c` (its text without symbols) before
    /// `### C`, which gets `#c-1`: the `[C](#c)` entry opens the C++ section, and `[C++](#cpp)`
    /// lists it too. The `C` entry is the C section's with the wrong anchor: one finding, pointed
    /// at `#c-1` by an unsafe fix, never a second `C` entry beside it (free-courses-de.md).
    static let anchorTakenByAnEarlierHeading = """
        ### Index

        * [Bash](#bash)
        * [C](#c)
        * [C++](#cpp)
        * [Go](#go)

        ### Bash

        * [Bash Guide](https://a.example/bash)

        ### <a id="cpp"></a>C++

        * [C++ Guide](https://a.example/cpp)

        ### C

        * [C Guide](https://a.example/c)

        ### Go

        * [Go Guide](https://a.example/go)

        """

    @Test func anEntryWhoseAnchorAnEarlierHeadingTookIsRepointed() throws {
        let text = Self.anchorTakenByAnEarlierHeading
        let found = try LintHarness.lint(text, path: "README.md", rules: ["toc-sync"])
        #expect(found.map(\.line) == [4], "\(found.map(\.message))")
        #expect(found.first?.message.contains("expected an entry for 'C' (#c-1), found 'C' (#c), which links 'C++'") == true)
        #expect(found.first?.fix?.applicability == .unsafe)
        #expect(try LintHarness.fix(text, path: "README.md", rules: ["toc-sync"]) == text)
        let fixed = try LintHarness.fix(text, path: "README.md", rules: ["toc-sync"], unsafe: true)
        #expect(fixed == text.replacingOccurrences(of: "* [C](#c)\n", with: "* [C](#c-1)\n"))
        // Pointed at its section, the entry shows what its wrong anchor hid: the table lists C
        // before C++, the page the other way round.
        #expect(try LintHarness.lint(fixed, path: "README.md", rules: ["toc-sync"]).map(\.message) == ["expected entries in document order, found 'C' out of place"])
    }

    /// Two headings whose anchors differ only by GitHub's `-1` (symbols dropped), the second
    /// entry written with the first one's anchor: one finding naming the heading the entry
    /// names, not a repeat of the first heading plus an unlisted second one.
    static let sharedAnchor = """
        # 算法

        ## 目录

        - [比较](#比较)
          - [`m > n` 时](#m--n-时)
          - [`m < n` 时](#m--n-时)

        ## 比较

        ### `m > n` 时

        内容一。

        ### `m < n` 时

        内容二。

        """

    @Test func anEntryWithTheAnchorOfAnEarlierHeadingItDoesNotNameIsPointedAtItsOwn() throws {
        let found = try LintHarness.lint(Self.sharedAnchor, path: "README.md", rules: ["toc-sync"])
        #expect(found.map(\.line) == [7], "\(found.map(\.message))")
        #expect(found.first?.message.contains("expected an entry for 'm < n 时' (#m--n-时-1)") == true)
        #expect(found.first?.message.contains("which links 'm > n 时', the earlier heading of that anchor") == true)
        let fixed = try LintHarness.fix(Self.sharedAnchor, path: "README.md", rules: ["toc-sync"], unsafe: true)
        #expect(fixed == Self.sharedAnchor.replacingOccurrences(of: "[`m < n` 时](#m--n-时)", with: "[`m < n` 时](#m--n-时-1)"))
        #expect(try LintHarness.lint(fixed, path: "README.md", rules: ["toc-sync", "toc-anchor"]).isEmpty)
    }

    /// Entries that leave out their headings' common `Tool: `: the added entry does too.
    @Test func anAddedEntryLeavesOutWhatEveryEntryLeavesOut() throws {
        let tools = ["terminal", "busybox", "mount", "fuser", "taskset", "vmstat"]
        let listed = tools.filter { $0 != "taskset" }.map { "  * [\($0)](#tool-\($0))" }.joined(separator: "\n")
        let sections = tools.map { "##### Tool: [\($0)](https://example.com/\($0))\n\ntext about \($0)\n" }.joined(separator: "\n")
        let page = "# Shell One-liners\n\n##### Table of Contents\n\n" + listed + "\n\n" + sections
        let fixed = try LintHarness.fix(page, path: "README.md", rules: ["toc-sync"])
        #expect(fixed == page.replacing("  * [fuser](#tool-fuser)\n", with: "  * [fuser](#tool-fuser)\n  * [taskset](#tool-taskset)\n"))
        // Written whole where the entries write their headings whole.
        let whole = page.replacing(#/\* \[([a-z]+)\]\(#tool/#, with: { "* [Tool: \($0.1)](#tool" })
        #expect(try LintHarness.fix(whole, path: "README.md", rules: ["toc-sync"]).contains("  * [Tool: taskset](#tool-taskset)\n"))
    }

    /// The repeat sits before `Books`; the later `Newsletters` comes after `Books`' heading, so
    /// the repeat is not its entry: it is reported as a repeat, and the heading as unlisted.
    static let repeatedOutOfItsStretch = """
        # Tools

        ## Contents
        * [Backups](#backups)
        * [Newsletters](#newsletters)
        * [Newsletters](#newsletters)
        * [Books](#books)

        ## Backups

        * [Amanda](https://a.example/amanda) - Backup tool.

        ## Newsletters

        * [Cron Weekly](https://a.example/cron) - A weekly newsletter.

        ## Books

        * [The Linux Command Line](https://a.example/tlcl) - A book.

        ## Newsletters

        * [Sysadmin Casts](https://a.example/casts) - Screencasts.

        """

    @Test func aRepeatedEntryPairsOnlyWithAHeadingOfItsStretch() throws {
        let found = try LintHarness.lint(Self.repeatedOutOfItsStretch, path: "README.md", rules: ["toc-sync"])
        #expect(found.contains { $0.line == 6 && $0.message.contains("found 'Newsletters' again") }, "\(found.map(\.message))")
        #expect(!found.contains { $0.message.contains("which links the earlier heading") }, "\(found.map(\.message))")
        #expect(found.contains { $0.message.contains("expected an entry for 'Newsletters' in the table of contents") && $0.line != 6 }, "\(found.map(\.message))")
    }

    static let translated = """
        # 检查清单

        ## 目录

        - [运行时优化](#runtime)
          - [Web Workers](#web-workers)
            - [Detaching the Change Detector](#detaching)
          - [使用纯管道(pure pipe)](#use-pure-pipes)
          - [`*ngFor` 指令](#ngfor-directive)
            - [使用 `trackBy`](#使用-trackby)

        ## 运行时优化

        ### Web Workers

        #### 关闭变更检测

        ### 使用纯管道

        ### `*ngFor` 指令

        #### 使用 `trackBy`

        """

    @Test func aDeadEntryPairsWithAMissingHeadingOfItsDepthOnly() throws {
        let fixed = try LintHarness.fix(Self.translated, path: "README.md", rules: ["toc-sync"], unsafe: true)
        // The h3 entries are pointed at their own headings; the dead h4 entry is not taken for `使用纯管道`.
        // (The translated labels are the author's own: only their fragments change.)
        #expect(fixed.contains("  - [使用纯管道(pure pipe)](#使用纯管道)\n  - [`*ngFor` 指令](#ngfor-指令)\n"), "\(fixed)")
        #expect(fixed.contains("    - [Detaching the Change Detector](#detaching)\n"), "\(fixed)")
    }

    /// `[Notes (Note-taking)](#notes-note-taking)` is the entry of `### Notes` with a gloss, not of the
    /// `### Office` above it that has none: it is repointed at Notes, and Office is the section
    /// added (audit GA: the safe fix listed Notes twice, once dead).
    @Test func aGlossedEntryPairsWithTheHeadingItNames() throws {
        let page = "# Tools\n\n## Contents\n\n- [Reading and Writing](#reading-and-writing)\n  - [Text Editors](#text-editors)\n"
            + "  - [Notes (Note-taking)](#notes-note-taking)\n  - [Ebooks](#ebooks)\n\n## Reading and Writing\n\n### Text Editors\n\n"
            + "* [Vim](https://a.example/vim) - Editor.\n\n### Office\n\n* [LibreOffice](https://a.example/office) - Office suite.\n\n"
            + "### Notes\n\n* [Joplin](https://a.example/joplin) - Notes.\n\n### Ebooks\n\n* [Calibre](https://a.example/calibre) - Ebooks.\n"
        let found = try LintHarness.lint(page, rules: ["toc-sync"])
        #expect(found.contains { $0.message.contains("'Notes'") && $0.message.contains("Notes (Note-taking)") }, "\(found.map(\.message))")
        #expect(!found.contains { $0.message.contains("'Office' (#office), found 'Notes (Note-taking)'") }, "\(found.map(\.message))")
        let fixed = try LintHarness.fix(page, rules: ["toc-sync"])
        #expect(!fixed.contains("- [Notes](#notes)\n  - [Notes"), "\(fixed)")
        #expect(fixed.ranges(of: "#notes").count <= 1, "\(fixed)")
    }
}
