import IQMarkdown
import IQReporters
import Testing

@Suite struct ScalarSpanTests {
    @Test func noEditEndsPastTheEndOfItsLine() {
        let source = SourceText("问a\r\ncd\r\n")
        // `问a` is 4 bytes; offset 5 sits between `\r` and `\n`: it counts as the next line's start.
        let span = ScalarSpan(source: source, range: SourceRange(1, 5))
        #expect(span.line == 1 && span.column == 2)
        #expect(span.endLine == 2 && span.endColumn == 1)
        let lastLine = ScalarSpan(source: source, range: SourceRange(6, 9))
        #expect(lastLine.endLine == 2 && lastLine.endColumn == 3)
    }
}
