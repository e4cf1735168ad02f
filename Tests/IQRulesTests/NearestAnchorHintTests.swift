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
}
