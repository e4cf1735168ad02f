import Foundation
import IQCore
@testable import IQRules
import IQTestSupport
import Testing

/// toc-anchor follows a link into another Markdown file's section (`docs/guide.md#setup`): the
/// file on disk is parsed, and the fragment must be one of its GitHub anchors.
@Suite struct OtherFileAnchorTests {
    private let guide = """
        # Guide

        ## Install steps

        text

        ## 使用 方法

        <a name="faq"></a>

        ## API {#api-ref}

        """

    private func lint(_ markdown: String, files: [String: String]) throws -> [Diagnostic] {
        let scratch = try ScratchDirectory()
        for (name, text) in files { try scratch.write(name, text) }
        let path = try scratch.write("README.md", markdown)
        return try LintHarness.lint(markdown, path: path, rules: ["toc-anchor"])
    }

    @Test func aFragmentNoneOfTheFilesAnchorsIsReportedWithTheNearest() throws {
        let readme = "# P\n\n- [Install](docs/guide.md#install-steps)\n- [Typo](docs/guide.md#install-step)\n"
        let found = try lint(readme, files: ["docs/guide.md": guide])
        #expect(found.map(\.line) == [4])
        #expect(found.first?.severity == .warning)
        #expect(found.first?.message == "expected an anchor of 'docs/guide.md', found '#install-step'; did you mean '#install-steps'")
    }

    /// Headings in Chinese, percent-encoded fragments, HTML names, a site's `{#id}`, another case
    /// (GitHub finds it), `#L3` (a line of the source view), `#top`, a route: all land.
    @Test func everyAnchorGitHubMakesLands() throws {
        let readme = """
            # P

            - [用法](docs/guide.md#使用-方法)
            - [用法](docs/guide.md#%E4%BD%BF%E7%94%A8-%E6%96%B9%E6%B3%95)
            - [FAQ](./docs/guide.md#faq)
            - [FAQ](docs/guide.md#user-content-faq)
            - [API](docs/guide.md#api-ref)
            - [Case](docs/guide.md#Install-Steps)
            - [Line](docs/guide.md#L3)
            - [Top](docs/guide.md#top)
            - [Route](docs/guide.md#/intro)
            - [Source](docs/guide.md?plain=1#L5)
            - [Folder](docs/#anything)

            """
        #expect(try lint(readme, files: ["docs/guide.md": guide]).isEmpty)
    }

    /// A missing file is link-format's; a link into this file by its name is judged as a
    /// same-document link; a file that is not Markdown is not read.
    @Test func missingFilesSelfLinksAndOtherFilesAreLeftToTheirChecks() throws {
        let readme = "# P\n\n- [a](docs/none.md#x)\n- [b](README.md#p)\n- [c](code/main.py#x)\n"
        #expect(try lint(readme, files: ["code/main.py": "print(1)\n"]).isEmpty)
    }

    /// A README into the other's folder: `#readme` is the id GitHub gives it there.
    @Test func readmeIsAnAnchorOfEveryReadme() throws {
        let readme = "# P\n\n- [Docs](docs/README.md#readme)\n- [Docs](docs/README.md#nothing-here)\n"
        let found = try lint(readme, files: ["docs/README.md": "# Docs\n\ntext\n"])
        #expect(found.map(\.line) == [4])
        #expect(found.first?.message.hasSuffix("; no anchor of that file is similar") == true, "\(found.map(\.message))")
    }

    /// Three links into other files' sections or more, none landing: written for another
    /// renderer's anchors (a GitBook, a wiki); one `info`.
    @Test func noLandingLinkOfSeveralIsOneInfo() throws {
        let readme = "# P\n\n- [A](docs/guide.md#Install_steps)\n- [B](docs/guide.md#使用方法)\n- [C](docs/guide.md#api)\n"
        let found = try lint(readme, files: ["docs/guide.md": guide])
        #expect(found.count == 1)
        #expect(found.first?.severity == .info && found.first?.line == 3)
        #expect(found.first?.message.hasPrefix("none of the 3 links into other files' sections lands on an anchor GitHub makes") == true,
                "\(found.map(\.message))")
        // One landing link: the others are broken links each.
        let mixed = readme + "- [D](docs/guide.md#install-steps)\n"
        #expect(try lint(mixed, files: ["docs/guide.md": guide]).map(\.line) == [3, 4, 5])
    }

    /// A documentation site (MkDocs) makes its own anchors: its pages' links are written for them.
    @Test func aSitesPagesAreNotJudged() throws {
        let readme = "# P\n\n- [Typo](docs/guide.md#install-step)\n"
        #expect(try lint(readme, files: ["docs/guide.md": guide, "mkdocs.yml": "site_name: x\n"]).isEmpty)
    }

    @Test func lineAnchorsAndPathsAreToldApart() {
        #expect(TOCAnchorRule.isLineAnchor("L12"))
        #expect(TOCAnchorRule.isLineAnchor("L12-L20"))
        #expect(!TOCAnchorRule.isLineAnchor("Lambda"))
        #expect(!TOCAnchorRule.isLineAnchor("L"))
        #expect(TOCAnchorRule.fileAndFragment(of: "my%20notes.md#x")?.path == "my notes.md")
        #expect(TOCAnchorRule.fileAndFragment(of: "a.md?plain=1#L5") == nil)
        #expect(TOCAnchorRule.fileAndFragment(of: "a.html#x") == nil)
        #expect(!TOCAnchorRule.mayLinkOtherSection("https://a.example/a.md#x"))
        #expect(!TOCAnchorRule.mayLinkOtherSection("mailto:a@b.md#x"))
    }
}
