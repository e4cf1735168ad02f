import IQTestSupport
import Testing

/// Questions quoted under a note about a linked entry (a reading list's "the article asks:")
/// belong to that entry: its link answers them (charlax/professional-programming's shape).
@Suite struct MissingLinkNestingTests {
    @Test func questionsUnderANoteAboutALinkedEntryAreTheEntrys() throws {
        let markdown = """
            - [Rubber Duck Problem Solving](https://blog.codinghorror.com/rubber-duck-problem-solving/)
            - [Rubber Ducking](https://c2.com/cgi/wiki?RubberDucking)
            - [Five Whys](https://en.wikipedia.org/wiki/5_Whys)
            - [The Five Lies Analysis](https://serce.me/posts/14-10-2021-the-five-lies-analysis)
            - [The Infinite Hows](https://www.kitchensoap.com/2014/11/14/the-infinite-hows-or-the-dangers-of-the-five-whys/) criticizes the five whys method and advocates for a different set of questions to learn from the most from incidents.
              - The article provide concrete ways and questions to solicit stories from people, which will yield better insights.
                - What were you expecting to happen?
                - If you had to describe the situation to your colleague at that point, what would you have told?
                - Did this situation fit a standard scenario?
                - What were you trying to achieve?Were there multiple goals at the same time?Was there time pressure or other limitations on what you could do?
                - [See template here](https://www.kitchensoap.com/wp-content/uploads/2014/09/Velocity2014-PM-Fac-Handout-Debrief.pdf)
            - [Linux Performance Analysis in 60,000 Milliseconds](https://techblog.netflix.com/2015/11/linux-performance-analysis-in-60s.html)

            """
        #expect(try LintHarness.lint(markdown, rules: ["missing-link"]).isEmpty)
        // The same questions in a list of their own still miss their answers.
        let standalone = markdown + "\n## Questions\n\n- [What is a postmortem?](https://a.example/pm)\n- What were you expecting to happen?\n"
        let found = try LintHarness.lint(standalone, rules: ["missing-link"]).map(\.line)
        #expect(found == [17], "\(found)")
    }

    /// A note indented one space, too little to nest, is still a note under the item above, and
    /// the item the indented links follow is their label; an entry at the list's own indentation
    /// still misses its link.
    @Test func notesIndentedTooLittleToNestAreNotesStill() throws {
        let books = (0..<12).map { "- [Book \($0)](https://a.example/\($0))" }.joined(separator: "\n")
        let papers = """
            ## Papers

            - [2003: The Google File System](https://a.example/gfs.pdf)
             - replaced by Colossus in 2012
            - [2004: MapReduce](https://a.example/mapreduce.pdf)
            - 2012: AddressSanitizer:
             - [paper](https://a.example/asan.pdf)
             - [video](https://a.example/asan)

            """
        let page = "# Books\n\n## Books\n\n" + books + "\n\n" + papers
        #expect(try LintHarness.lint(page, rules: ["missing-link"]).isEmpty)
        let found = try LintHarness.lint(page + "- 2015: Borg\n", rules: ["missing-link"]).map(\.line)
        #expect(found == [26], "\(found)")
    }
}
