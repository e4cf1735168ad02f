import IQMarkdown
import Testing

/// GitHub makes a heading's anchor from its text nodes; an image's alt text is an attribute of
/// `<img>`, so badges and icons in a heading add nothing to the anchor (the spaces around them stay).
@Suite struct HeadingAnchorImageTests {
    private func anchors(_ markdown: String) -> [String] {
        let document = MarkdownParser.parse(markdown)
        return document.headings.map(document.anchor(of:))
    }

    @Test func aLinkedBadgeAddsNothingButTheSpaceBeforeIt() {
        #expect(anchors("# Awesome Foo [![Awesome](https://awesome.re/badge.svg)](https://awesome.re)\n") == ["awesome-foo-"])
        #expect(anchors("# Awesome Foo [![Awesome][badge]][site]\n\n[badge]: https://awesome.re/badge.svg\n[site]: https://awesome.re\n")
                    == ["awesome-foo-"])
    }

    @Test func iconsAnywhereInTheHeading() {
        #expect(anchors("## ![logo](logo.png) Tools\n") == ["-tools"])
        #expect(anchors("## [Docs ![icon](i.png)](docs.md) guide\n") == ["docs--guide"])
        #expect(anchors("## _Foo_ ![x](x.png) `bar` #\n") == ["foo--bar"])
        #expect(anchors("Foo ![x](x.png)\nBar\n===\n") == ["foo--bar"])
    }

    @Test func repeatsAreNumberedOnTheTextWithoutImages() {
        #expect(anchors("## Go ![go](go.png)\n\n## Go \n\n## Go ![badge](b.svg)\n") == ["go-", "go", "go--1"])
    }

    @Test func theHeadingTextStillShowsTheAltText() throws {
        let document = MarkdownParser.parse("# Awesome Foo [![Awesome](badge.svg)](https://awesome.re)\n")
        let heading = try #require(document.headings.first)
        #expect(heading.text == "Awesome Foo Awesome")
        #expect(document.anchors.anchorText(of: heading) == "Awesome Foo ")
        #expect(document.anchors.contains(fragment: "awesome-foo-"))
        #expect(!document.anchors.contains(fragment: "awesome-foo-awesome"))
    }
}
