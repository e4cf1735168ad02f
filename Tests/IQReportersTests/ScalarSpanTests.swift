import IQMarkdown
import IQReporters
import Testing

@Suite struct ScalarSpanTests {
    @Test func anOffsetInsideACRLFEndsItsLineInsteadOfPassingIt() {
        let source = SourceText("问a\r\ncd\r\n")
        // `问a` is 4 bytes; offset 5 sits between `\r` and `\n`.
        let span = ScalarSpan(source: source, range: SourceRange(1, 5))
        #expect(span.line == 1 && span.column == 2)
        #expect(span.endLine == 1 && span.endColumn == 3)
        let whole = ScalarSpan(source: source, range: SourceRange(0, 6))
        #expect(whole.endLine == 2 && whole.endColumn == 1)
    }
}
