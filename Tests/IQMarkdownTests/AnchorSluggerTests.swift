import IQMarkdown
import Testing

/// Scalar-exact comparison: Swift's `==` would accept a canonically equivalent but different anchor.
func sameScalars(_ lhs: String, _ rhs: String) -> Bool {
    lhs.unicodeScalars.elementsEqual(rhs.unicodeScalars)
}

struct AnchorSluggerTests {
    @Test(arguments: [
        ("Transformer、Bert、GPT系列模型", "transformerbertgpt系列模型"),
        ("Q&A：LoRA 与 QLoRA 的区别？", "qalora-与-qlora-的区别"),
        ("🔥 热门题目", "-热门题目"),
        ("大模型　应用（RAG）", "大模型应用rag"),
        ("其他问题", "其他问题"),
    ])
    func issueExamples(text: String, anchor: String) {
        #expect(sameScalars(GitHubSlugger.baseSlug(text), anchor))
    }

    @Test func secondIdenticalHeadingGetsSuffix() {
        var slugger = GitHubSlugger()
        #expect(slugger.slug("其他问题") == "其他问题")
        #expect(slugger.slug("其他问题") == "其他问题-1")
    }

    @Test func headingLiterallyNamedLikeASuffixJoinsTheCounting() {
        var slugger = GitHubSlugger()
        let anchors = ["foo", "foo", "foo-1", "foo", "Foo"].map { slugger.slug($0) }
        #expect(anchors == ["foo", "foo-1", "foo-1-1", "foo-2", "foo-3"])
    }

    @Test func explicitSuffixFirstPushesGeneratedOnesPastIt() {
        var slugger = GitHubSlugger()
        let anchors = ["bar-1", "bar", "bar", "bar"].map { slugger.slug($0) }
        #expect(anchors == ["bar-1", "bar", "bar-2", "bar-3"])
    }

    @Test func headingsThatSlugToNothingAreNumberedToo() {
        var slugger = GitHubSlugger()
        let anchors = ["？！", "🔥", "。"].map { slugger.slug($0) }
        #expect(anchors == ["", "-1", "-2"])
    }

    @Test func separateSluggersDoNotShareCounts() {
        var first = GitHubSlugger()
        var second = GitHubSlugger()
        #expect(first.slug("Intro") == "intro")
        #expect(second.slug("Intro") == "intro")
    }

    @Test func canonicallyEquivalentSlugsAreDistinctAnchors() {
        // github-slugger compares code units, so precomposed é and e + U+0301 do not collide.
        var slugger = GitHubSlugger()
        #expect(sameScalars(slugger.slug("caf\u{E9}"), "caf\u{E9}"))
        #expect(sameScalars(slugger.slug("cafe\u{301}"), "cafe\u{301}"))
        #expect(sameScalars(slugger.slug("caf\u{E9}"), "caf\u{E9}-1"))
    }

    @Test func spacesBecomeDashesWithoutCollapsingOrTrimming() {
        #expect(GitHubSlugger.baseSlug("  a  b  ") == "--a--b--")
        #expect(GitHubSlugger.baseSlug("a - b") == "a---b")
    }
}
