import IQTestSupport
import Testing

/// An entry naming a section through `<a name>` in its heading lists that section, even when a
/// later heading's own anchor has the same name (`<a name='nosql'>` and `#### NoSQL`).
@Suite struct TOCSyncHTMLAnchorEntryTests {
    static let markdown = """
        # Questions

        ## <a name='toc'>Table of Contents</a>

        * [NoSQL Questions](#nosql)
          * [CAP Theorem](#cap-theorem)
          * [NoSQL](#nosql)
        * [Web Questions](#web)
          * [SPAs](#spas)

        ### [[↑]](#toc) <a name='nosql'>Questions about NoSQL:</a>

        #### CAP Theorem
        Explain it.

        #### NoSQL
        What is it?

        ### [[↑]](#toc) <a name='web'>Questions about Web development:</a>

        #### SPAs
        Why?

        """

    @Test func theSectionIsListedAndNoSecondEntryIsAdded() throws {
        #expect(try LintHarness.lint(Self.markdown, rules: ["toc-sync"]).isEmpty)
        #expect(try LintHarness.fix(Self.markdown, rules: ["toc-sync"], unsafe: true) == Self.markdown)
    }

    @Test func anAnchorRightBeforeTheHeadingCountsToo() throws {
        let before = Self.markdown.replacing("### [[↑]](#toc) <a name='nosql'>Questions about NoSQL:</a>",
                                             with: "<a name='nosql'></a>\n\n### Questions about NoSQL")
        #expect(try LintHarness.fix(before, rules: ["toc-sync"], unsafe: true) == before)
    }
}
