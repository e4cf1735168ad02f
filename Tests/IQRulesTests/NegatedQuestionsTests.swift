@testable import IQRules
import IQTestSupport
import Testing

/// Two questions that are the same words but for a negation ask opposite things.
@Suite struct NegatedQuestionsTests {
    @Test(arguments: [
        ("Why is extending built-in JavaScript objects a good idea?", "Why is extending built-in JavaScript objects not a good idea?"),
        ("Proč je dobrý nápad rozšiřovat nativní JavaScriptové objekty?", "Proč není dobrý nápad rozšiřovat nativní JavaScriptové objekty?"),
        ("Why can we use a linear model here?", "Why can't we use a linear model here?"),
        ("When should you use a blocking call?", "When should you use a non-blocking call?"),
        ("What is supervised learning?", "What is unsupervised learning?"),
        ("为什么能用线性模型拟合？", "为什么不能用线性模型拟合？"),
        ("什么是线性回归", "什么是非线性回归"),
        ("3. 什么情况下会出现梯度消失？", "4. 什么情况下不会出现梯度消失？"),
        ("Warum ist das eine gute Idee?", "Warum ist das keine gute Idee?"),
        // One word swapped for its opposite.
        ("1. Update the window data after the right pointer moves right", "3. Update the window data after the left pointer moves right"),
        ("How do you implement a min heap?", "How do you implement a max heap?"),
        ("如何实现最大堆？", "如何实现最小堆？"),
    ])
    func oppositesDifferByANegation(first: String, second: String) {
        #expect(NegatedQuestions.areOpposites(first, second))
        #expect(NegatedQuestions.areOpposites(second, first))
    }

    @Test(arguments: [
        ("What is a closure?", "What is a closure"),
        ("什么是LoRA？", "LoRA是什么？"),
        ("Why is extending built-in objects a good idea?", "Why is extending built-in objects a bad idea?"),
        ("What is an index?", "What is an index in SQL?"),
        ("如何评估模型？", "如何评估大模型？"),
        ("What is a note?", "What is a notebook?"),
        ("为什么要归一化？", "是否要归一化？"),
        ("What is a closure?", "What is a closure?"),
        ("How do you implement a min heap?", "How do you implement a heap?"),
    ])
    func otherDifferencesAreNoNegation(first: String, second: String) {
        #expect(!NegatedQuestions.areOpposites(first, second))
    }

    /// The words as `Character`s tell them: runs of letters and digits, each Han character a
    /// word, a character's marks with it. `tokens` reads scalars instead, and must agree.
    @Test(arguments: [
        "Why can't we use a linear model here?", "I CANNOT do it; won’t you?", "Re\u{301}fe\u{301}rences and café",
        "什么是线性回归？3. 为什么不能用？", "葛\u{E0100}城 and 辻\u{FE00}", "👩\u{200D}💻 coder, 🇫🇷 flag",
        "Proč není dobrý nápad rozšiřovat nativní objekty?", "Каква е разликата между `==` и `===`?", "नमस्ते दुनिया, किताब",
        "カタカナ と ひらがな、한국어 질문", " \u{301}alone mark", "x² + 3½ — ①②", "Kelvin \u{212A}ein",
    ])
    func tokensAgreeWithCharacters(text: String) {
        func characterWords(_ text: String) -> [String] {
            var lower = text.lowercased()
            for (contracted, expanded) in [("can't", "can not"), ("can’t", "can not"), ("won't", "will not"), ("won’t", "will not"), ("cannot", "can not")] {
                lower = lower.replacing(contracted, with: expanded)
            }
            lower = lower.replacing("n't", with: " not").replacing("n’t", with: " not")
            var words: [String] = [], word = ""
            for character in lower {
                if let scalar = character.unicodeScalars.first, HanCharacters.isCJKLetter(scalar) {
                    if !word.isEmpty { words.append(word); word = "" }
                    words.append(String(character))
                } else if character.isLetter || character.isNumber {
                    word.append(character)
                } else if !word.isEmpty {
                    words.append(word)
                    word = ""
                }
            }
            if !word.isEmpty { words.append(word) }
            return words
        }
        #expect(NegatedQuestions.tokens(text) == characterWords(text))
    }

    @Test func oppositesAreNotReportedButCopiesStillAre() throws {
        let markdown = """
            # JavaScript

            * Why is extending built-in JavaScript objects not a good idea?
            * Why is extending built-in JavaScript objects a good idea?
            * Proč není dobrý nápad rozšiřovat nativní JavaScriptové objekty?
            * Proč je dobrý nápad rozšiřovat nativní JavaScriptové objekty?
            * What is event delegation?
            * Explain event delegation.
            * What is event delegation

            """
        // Line 8 rewords line 7 and line 9 repeats it; lines 4 and 6 negate lines 3 and 5.
        let found = try LintHarness.lint(markdown, rules: ["duplicate-question"]).map(\.line)
        #expect(found == [8, 9])
    }
}
