import IQCore
import IQMarkdown
import Testing

/// `ChangedBytes.touches` (the changed lines as byte ranges, for many questions of one file)
/// against `PullRequestChange.touches` (the lines of each range, looked up one by one).
@Suite("changed lines as bytes")
struct ChangedBytesTests {
    @Test func everyRangeIsJudgedAsTheLineLookupJudgesIt() {
        // LF, CRLF and a bare CR (a character inside its reported line), an empty line, a last
        // line without a line break, and CJK bytes.
        let text = "# 标题\r\n\r\n1. [什么是LoRA？](https://a.example/1)\n2. b\rc\n\n3. [问题](https://a.example/3)\n- 尾"
        let source = SourceText(text)
        let count = source.bytes.count
        var compared = 0, touched = 0
        for changed in [Set<Int>(), [1], [2], [3, 5], [4], [6, 7], [7], [1, 2, 3, 4, 5, 6, 7], [9, 40]] {
            let change = PullRequestChange(changedLines: ["a.md": changed])
            guard let bytes = change.changedBytes(of: "a.md", in: source) else {
                Issue.record("a file with a base version has changed bytes")
                continue
            }
            for start in 0...count {
                for end in start...min(count, start + 40) {
                    let range = SourceRange(start, end)
                    let expected = change.touches(range, in: source, path: "a.md")
                    #expect(bytes.touches(range) == expected, "lines \(changed.sorted()), range \(start)..<\(end)")
                    compared += 1
                    if expected { touched += 1 }
                }
            }
        }
        #expect(compared > 10_000 && touched > 1_000 && touched < compared)
        #expect(PullRequestChange(changedLines: [:]).changedBytes(of: "new.md", in: source) == nil, "a new file is changed as a whole")
    }
}
