import IQMarkdown
import Testing

struct AnchorFragmentTests {
    @Test func decodesPercentEncodedUTF8() {
        #expect(AnchorFragment.decode("%E7%83%AD%E9%97%A8%E9%A2%98%E7%9B%AE") == "热门题目")
        #expect(AnchorFragment.decode("-%e7%83%ad%e9%97%a8") == "-热门")
    }

    @Test func leavesUnescapedTextAlone() {
        #expect(AnchorFragment.decode("qalora-与-qlora-的区别") == "qalora-与-qlora-的区别")
        #expect(AnchorFragment.decode("a+b") == "a+b")
    }

    @Test func keepsInvalidUTF8EscapesAsWritten() {
        #expect(AnchorFragment.decode("a%FFb") == "a%FFb")
        #expect(AnchorFragment.decode("%E7%83") == "%E7%83")
        #expect(AnchorFragment.decode("%C0%AF") == "%C0%AF")
        #expect(AnchorFragment.decode("%ED%A0%80") == "%ED%A0%80")
    }

    @Test func decodesValidPartsAroundAnInvalidByte() {
        #expect(AnchorFragment.decode("%E7%83%AD%FF%41") == "热%FFA")
        #expect(AnchorFragment.decode("%E7%83%41") == "%E7%83A")
    }

    @Test func leavesMalformedEscapesAsWritten() {
        #expect(AnchorFragment.decode("100%") == "100%")
        #expect(AnchorFragment.decode("%4") == "%4")
        #expect(AnchorFragment.decode("%zz%41") == "%zzA")
    }

    @Test func decodesOnlyOnce() {
        #expect(AnchorFragment.decode("%2541") == "%41")
    }

    @Test func matchesAnchorAfterDecoding() {
        var slugger = GitHubSlugger()
        let anchor = slugger.slug("🔥 热门题目")
        #expect(AnchorFragment.matches("-%E7%83%AD%E9%97%A8%E9%A2%98%E7%9B%AE", anchor: anchor))
        #expect(AnchorFragment.matches("-热门题目", anchor: anchor))
        #expect(!AnchorFragment.matches("%E7%83%AD%E9%97%A8%E9%A2%98%E7%9B%AE", anchor: anchor))
    }

    @Test func matchingIsScalarExact() {
        #expect(!AnchorFragment.matches("cafe%CC%81", anchor: "caf\u{E9}"))
        #expect(AnchorFragment.matches("caf%C3%A9", anchor: "caf\u{E9}"))
        #expect(!AnchorFragment.matches("Intro", anchor: "intro"))
    }
}
