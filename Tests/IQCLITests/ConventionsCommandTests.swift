import Foundation
import IQTestSupport
import Testing

/// `iqlint conventions`: what was inferred, from which lines, and what `.iqlint.yml` replaced.
@Suite struct ConventionsCommandTests {
    /// The line of `output` for `topic`, its column padding collapsed.
    private func line(_ topic: String, in output: String) -> String? {
        output.split(separator: "\n").map { $0.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ") }
            .first { $0.hasPrefix(topic + " ") }
    }

    @Test func printsTheInferencesOfTheSampleBankWithTheirLines() throws {
        let result = try CommandRunner.iqlint(["conventions", RepositoryPaths.sampleCorpus])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(line("answers", in: result.stdout) == "answers per-item (162 of 179 question items link to an answer; lines 45, 46, 47, 48, 49)")
        #expect(line("table of contents", in: result.stdout) == "table of contents '目录' (13 entries, flat; line 25)")
        #expect(line("toc levels", in: result.stdout)?.hasPrefix("toc levels 2 (13 of 13 level 2 headings listed; lines 41, 60") == true)
    }

    @Test func sectionAnswerLinksAreShown() throws {
        let result = try CommandRunner.iqlint(["conventions", RepositoryPaths.fixture("collections/zh-bank-section-answers/README.md")])
        #expect(result.status == 0)
        #expect(line("answers", in: result.stdout) == "answers per-section (8 of 10 unlinked questions sit in sections with one answer link; lines 11, 19, 31)")
        #expect(line("labels", in: result.stdout) == "labels 点击查看答案 ('点击查看答案' ×3; lines 11, 19, 31)")
    }

    /// Without a numbered list there is nothing to count: the line says what is assumed.
    @Test func numberingWithoutNumberedListsSaysSo() throws {
        let scratch = try ScratchDirectory()
        let path = try scratch.write("README.md", "## A\n\n- [a](https://a.example/a)\n- [b](https://a.example/b)\n")
        let result = try CommandRunner.iqlint(["conventions", path])
        #expect(line("numbering", in: result.stdout) == "numbering ordered (no numbered list of two or more items; counting up is assumed)", "\(result.stdout)")
        let numbered = try scratch.write("numbered.md", "## A\n\n1. a\n2. b\n")
        #expect(line("numbering", in: try CommandRunner.iqlint(["conventions", numbered]).stdout)?.hasPrefix("numbering ordered (1 list count up") == true)
    }

    /// `bare-url`'s reading of how entries are titled is shown with the entries it counted, and
    /// the line says which of them the rule reports.
    @Test func theEntryTitlesBareURLReadsAreShown() throws {
        let scratch = try ScratchDirectory()
        let named = try scratch.write("named.md", "- 拒绝采样：https://a.example/1\n- 重要性采样：https://a.example/2\n- [Gibbs](https://a.example/3)\n")
        #expect(line("entry titles", in: try CommandRunner.iqlint(["conventions", "--isolated", named]).stdout)
                == "entry titles name：URL (2 written `name：URL`, 1 opening with a [title](url); bare-url reports only a URL standing alone; lines 1, 2)")
        let titled = try scratch.write("titled.md", "- 拒绝采样：https://a.example/1\n- [重要性采样](https://a.example/2)\n- [Gibbs](https://a.example/3)\n")
        #expect(line("entry titles", in: try CommandRunner.iqlint(["conventions", "--isolated", titled]).stdout)
                == "entry titles [title](url) (1 written `name：URL`, 2 opening with a [title](url); bare-url reports the `name：URL` entries; line 1)")
        let none = try scratch.write("none.md", "- [重要性采样](https://a.example/2)\n- [Gibbs](https://a.example/3)\n")
        #expect(line("entry titles", in: try CommandRunner.iqlint(["conventions", "--isolated", none]).stdout) == nil)
    }

    /// A newsletter's sponsor tag, one link an issue: found over the files together, and shown.
    @Test func theCollectionsCampaignTagIsShownOverItsFiles() throws {
        let scratch = try ScratchDirectory()
        var paths: [String] = []
        for number in 1...3 {
            paths.append(try scratch.write("issue-\(number).md", "# 第 \(number) 期\n\n点击[这里](https://s\(number).example/?utm_source=ryf)了解详情。\n"))
        }
        let result = try CommandRunner.iqlint(["conventions", "--isolated"] + paths)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(line("campaign tag", in: result.stdout)?.hasPrefix("campaign tag utm_source=ryf (a utm_source value on links in three files") == true, "\(result.stdout)")
        let alone = try CommandRunner.iqlint(["conventions", "--isolated", paths[0]])
        #expect(line("campaign tag", in: alone.stdout) == nil)
    }

    @Test func theConfigurationReplacesAnInference() throws {
        let scratch = try ScratchDirectory()
        let path = try scratch.write("README.md", "## A\n\n1. 什么是 A？\n2. 什么是 B？\n")
        let before = try CommandRunner.iqlint(["conventions", path])
        #expect(line("answers", in: before.stdout) == "answers none (only 0 of 2 question items link anywhere)", "\(before.stdout)")
        let config = try scratch.write(".iqlint.yml", "conventions:\n  answers: per-item\n")
        let after = try CommandRunner.iqlint(["conventions", "--config", config, path])
        #expect(line("answers", in: after.stdout) == "answers per-item (set in .iqlint.yml)", "\(after.stdout)")
        let check = try CommandRunner.iqlint(["check", "--config", config, "--select", "missing-link", path])
        #expect(check.status == 0 && check.stdout.contains("2 warnings"), "\(check.stdout)")
    }

    /// `--isolated`, as `check` and `dupes` take it: what iqlint infers on its own.
    @Test func isolatedIgnoresTheNearestConfiguration() throws {
        let scratch = try ScratchDirectory()
        try scratch.write("README.md", "## A\n\n1. 什么是 A？\n2. 什么是 B？\n")
        try scratch.write(".iqlint.yml", "conventions:\n  answers: per-item\n")
        let configured = try CommandRunner.iqlint(["conventions", "README.md"], in: scratch.path)
        #expect(line("answers", in: configured.stdout) == "answers per-item (set in .iqlint.yml)", "\(configured.stdout)")
        let isolated = try CommandRunner.iqlint(["conventions", "--isolated", "README.md"], in: scratch.path)
        #expect(isolated.status == 0, "\(isolated.stderr)")
        #expect(line("answers", in: isolated.stdout) == "answers none (only 0 of 2 question items link anywhere)", "\(isolated.stdout)")
        let both = try CommandRunner.iqlint(["conventions", "--isolated", "--config", ".iqlint.yml", "README.md"], in: scratch.path)
        #expect(both.status == 2)
    }

    @Test func anUnknownConventionIsAConfigurationError() throws {
        let scratch = try ScratchDirectory()
        let path = try scratch.write("README.md", "# A\n")
        let config = try scratch.write(".iqlint.yml", "conventions:\n  answer: per-item\n")
        let result = try CommandRunner.iqlint(["conventions", "--config", config, path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("unknown convention 'answer'"), "\(result.stderr)")
        let wrongValue = try scratch.write("bad.yml", "conventions:\n  numbering: sometimes\n")
        let second = try CommandRunner.iqlint(["check", "--config", wrongValue, path])
        #expect(second.status == 2)
        #expect(second.stderr.contains("convention 'numbering' must be one of ordered, one, one-or-ordered, found 'sometimes'"), "\(second.stderr)")
    }
}
