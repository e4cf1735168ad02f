import IQCore
import IQRules
import Testing

/// Globs with braces, negation and folder names, and rule selectors.
@Suite struct PathPatternsTests {
    @Test func bracesExpandAndStayBounded() throws {
        #expect(Glob.expandBraces("{a,b}.md") == ["a.md", "b.md"])
        #expect(Glob.expandBraces("x/{a,b{1,2}}/*.md") == ["x/a/*.md", "x/b1/*.md", "x/b2/*.md"])
        #expect(Glob.expandBraces("[{]a") == ["[{]a"], "a brace inside a class is literal")
        #expect(Glob.expandBraces(String(repeating: "{a,b}", count: 9)) == nil, "2^9 alternatives is too many")
    }

    @Test func lastMatchingPatternDecidesAndFoldersCoverTheirContents() {
        let patterns = PathPatterns(["vendor", "drafts/**", "!drafts/keep.md", "{CHANGELOG,HISTORY}.md"], root: "/r")
        #expect(patterns.matches("/r/vendor/a.md"))
        #expect(patterns.matches("/r/lib/vendor/deep/a.md"), "a name without / matches at any depth")
        #expect(patterns.matches("/r/drafts/old.md"))
        #expect(!patterns.matches("/r/drafts/keep.md"))
        #expect(patterns.matches("/r/HISTORY.md") && patterns.matches("/r/sub/CHANGELOG.md"))
        #expect(!patterns.matches("/r/vendored.md"))
        #expect(PathPatterns(["docs/old"], root: "/r").matches("/r/docs/old/x/y.md"))
        #expect(!PathPatterns(["docs/old"], root: "/r").matches("/r/sub/docs/old/y.md"), "a pattern with / is anchored")
    }

    @Test func unsupportedPatternsAreNamed() {
        #expect(Glob.problem(in: "[ab") != nil)
        #expect(Glob.problem(in: "{a,b") != nil)
        #expect(Glob.problem(in: "a}") != nil)
        #expect(Glob.problem(in: "a**b") != nil)
        #expect(Glob.problem(in: "docs/!x") != nil)
        #expect(Glob.problem(in: "{a,}") != nil)
        #expect(Glob.problem(in: "!docs/**/*.md") == nil)
        #expect(Glob.problem(in: "[!a]*.md") == nil)
        #expect(Glob.problem(in: String(repeating: "{", count: 5000) + "a" + String(repeating: "}", count: 5000)) != nil)
    }

    @Test func manyDoubleStarsMatchWithoutBacktrackingBlowUp() {
        let pattern = Glob(String(repeating: "**/", count: 30) + "x.md")
        let path = String(repeating: "a/", count: 200) + "y.md"
        #expect(!pattern.matches(path))
        #expect(pattern.matches(String(repeating: "a/", count: 200) + "x.md"))
    }

    @Test func selectorsResolveIdsGroupsPatternsAndPrefixes() throws {
        let rules = BuiltinRules.all.map { $0.description }
        #expect(try RuleSelector.resolve("list-numbering", in: rules) == ["list-numbering"])
        #expect(try RuleSelector.resolve("toc-*", in: rules) == ["toc-anchor", "toc-sync"])
        #expect(try RuleSelector.resolve("duplicate", in: rules) == ["duplicate-heading", "duplicate-link", "duplicate-question"])
        #expect(try RuleSelector.resolve("whitespace", in: rules) == ["trailing-whitespace", "final-newline"])
        #expect(try RuleSelector.resolve(["links", "links"], in: rules).count == Set(try RuleSelector.resolve("links", in: rules)).count)
        #expect(throws: RuleSelector.Failure.self) { try RuleSelector.resolve("nope-*", in: rules) }
    }
}
