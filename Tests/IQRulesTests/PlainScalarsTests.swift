@testable import IQRules
import Testing

/// `PlainScalars` answers only where the slow comparison agrees: checked against lowercased
/// `hasPrefix` and `==` on pairs that differ early, late, in case, in Han characters, in marks.
@Suite struct PlainScalarsTests {
    static let texts = ["Go 语言圣经", "Go 语言圣经（英文版）", "go 语言圣经", "SICP", "sicp (2nd edition)", "现代 CSS 颜色使用指南",
                        "现代 CSS 颜色使用指南进阶篇", "Ärger", "ärger", "Café", "Cafe\u{301}", "İstanbul", "istanbul", "", "a", "A", "3Sum", "Path Sum III"]

    @Test func answersOnlyWhereTheSlowComparisonAgrees() {
        for first in Self.texts {
            for second in Self.texts {
                let (a, b) = (first.lowercased(), second.lowercased())
                if PlainScalars.surelyNeitherStartsTheOther(first, second) {
                    #expect(!a.hasPrefix(b) && !b.hasPrefix(a), "\(first) / \(second)")
                }
                if PlainScalars.surelyDifferOnceLowercased(first, second) {
                    #expect(a != b, "\(first) / \(second)")
                }
            }
        }
        // And it does answer where most pairs of a bank differ: early, in plain characters.
        #expect(PlainScalars.surelyNeitherStartsTheOther("现代 CSS 颜色", "古代 CSS 颜色"))
        #expect(PlainScalars.surelyDifferOnceLowercased("SICP", "SICQ") && !PlainScalars.surelyDifferOnceLowercased("SICP", "sicp"))
        #expect(!PlainScalars.surelyNeitherStartsTheOther("Ärger", "ärger"))
    }
}
