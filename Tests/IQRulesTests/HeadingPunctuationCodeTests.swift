@testable import IQRules
import IQTestSupport
import Testing

/// A heading closed by a statement of code keeps its `;`: a call, an assignment, a CSS
/// declaration. A sentence ending in `;` is still punctuation.
@Suite struct HeadingPunctuationCodeTests {
    @Test func statementsOfCodeKeepTheirSemicolon() {
        for text in ["1. console.log(employeeId);", "方法2：clear:both;", "36.下面这条语句一共创建了多少个对象? String s=\"a\"+\"b\"+\"c\"+\"d\";",
                     "What does int x = 5; declare", "arr[i] = arr[j];"] where text.hasSuffix(";") {
            #expect(HeadingPunctuationRule.endsWithCodeStatement(text), "\(text)")
        }
        for text in ["Why bother;", "如果 a 等于 b;", "Compare a == b;", "x =;"] {
            #expect(!HeadingPunctuationRule.endsWithCodeStatement(text), "\(text)")
        }
    }
}

/// A heading a collection writes alike in its files, mark included, is its style.
@Suite struct HeadingPunctuationCollectionTests {
    private let chapter = "# Constants\n\nRust has two kinds of constants.\n\n### See also:\n\n[RFC](https://a.example/rfc)\n"

    @Test func aHeadingWrittenAlikeInThreeFilesIsTheCollections() throws {
        let three = try LintHarness.lint(chapter, path: "a.md", rules: ["heading-punctuation"], companions: ["b.md": chapter, "c.md": chapter])
        #expect(three.isEmpty, "\(three.map(\.message))")
        // In two files it is not yet a habit; nor where more files write it without the mark.
        let two = try LintHarness.lint(chapter, path: "a.md", rules: ["heading-punctuation"], companions: ["b.md": chapter])
        #expect(two.map { "\($0.path):\($0.line)" } == ["a.md:5", "b.md:5"])
        let bare = chapter.replacingOccurrences(of: "See also:", with: "See also")
        let outvoted = try LintHarness.lint(chapter, path: "a.md", rules: ["heading-punctuation"],
                                            companions: ["b.md": chapter, "c.md": chapter, "d.md": bare, "e.md": bare, "f.md": bare, "g.md": bare])
        #expect(outvoted.map { "\($0.path):\($0.line)" } == ["a.md:5", "b.md:5", "c.md:5"])
    }
}

/// The instalments of a series, numbered in their titles.
@Suite struct InstalmentNameTests {
    @Test func instalmentsAreNumbered() {
        for text in ["基于深度学习的目标检测算法综述（一）", "史上最全面的正则化技术总结与分析--part1", "第一讲 概述", "rust in production, part ii", "notes (2)"] {
            #expect(DuplicateLinkRule.namesAnInstalment(text), "\(text)")
        }
        for text in ["目标检测算法综述", "departure times", "第一个例子", "resnet (he et al.)", "party1x"] {
            #expect(!DuplicateLinkRule.namesAnInstalment(text), "\(text)")
        }
    }
}
