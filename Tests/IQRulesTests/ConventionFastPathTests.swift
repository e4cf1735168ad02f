import IQCore
import IQMarkdown
@testable import IQRules
import Testing

/// The byte-level shortcuts of the convention inference against the character-level code they
/// stand in for, and the labels they feed, read through the real parser.
@Suite struct ConventionFastPathTests {
    /// Texts of every kind the shortcuts treat differently: ASCII, ideographs, the trimmed
    /// brackets at either end and inside, combining marks, CRLF, kana with voicing marks, emoji,
    /// letters whose lowercase differs in length.
    static let texts: [String] = [
        "", " ", "答案", "[答案]", "【答案】", "（答案）", "(answer)", " [Answer] ", "\t详情\t", "点击查看答案", "click here",
        "什么是BERT", "Logama的代码实现", "Huzortu对口学有什么影响", "What is the event loop in Node.js?",
        "【腾讯】比较Xensa v3和Pelkolo v3", "比较Xensa v3和Pelkolo v3【腾讯】", "(((((((((((((a)))))))))))))", "【】【】【】【】【】【】【】",
        "e\u{301}e\u{301}e\u{301}e\u{301}e\u{301}e\u{301}e\u{301}", "cafe\u{301} au lait", "a\r\nb\r\nc\r\nd\r\ne\r\nf\r\ng",
        "か\u{3099}き\u{3099}く\u{3099}け\u{3099}こ\u{3099}さ\u{3099}し\u{3099}", "İİİİİİİİİİİİ", "İİİİİİİİİİİİİ", "ẞẞẞẞẞẞẞẞẞẞẞẞẞ",
        "👨‍👩‍👧‍👦👨‍👩‍👧‍👦👨‍👩‍👧‍👦👨‍👩‍👧‍👦👨‍👩‍👧‍👦👨‍👩‍👧‍👦👨‍👩‍👧‍👦", "一二三四五六七八九十一二", "一二三四五六七八九十一二三", " 一二三四五六七八九十一二 ",
        "[一二三四五六七八九十一二]", "[一二三四五六七八九十一二三]", "abcdefghijkl", "abcdefghijklm", "ABCDEFGHIJKLM", "a b c d e f g",
        "\u{0301}abcdefghijklmn", "abcdefghijklm\u{0301}", "ﬁﬁﬁﬁﬁﬁﬁﬁﬁﬁﬁﬁﬁ", "(\u{0301}abcdefghijklm)",
        // Chinese punctuation read on the bytes, and its neighbours that are not.
        "什么是注意力？", "答案？", "答案，", "“答案”", "答案…", "答案——", "‘详情’", "、。〃々〆〇〈〉《》「」『』〔〕〖〗〘〙",
        "１２３：；！？＠", "ＡＢＣ答案", "ａｂｃ", "答案〪", "答案\u{302A}", "答案　", "［答案］", "｛答案｝～", "答案\u{3099}",
        "〩〩〩〩〩〩〩〩〩〩〩〩〩", "？？？？？？？？？？？？", "？？？？？？？？？？？？？",
    ]

    @Test func surelyLongerThanNeverContradictsTheNormalisedKey() {
        for text in Self.texts {
            for limit in [0, 1, 2, 4, 11, 12, 13] where AnswerLabels.surelyLongerThan(limit, text) {
                #expect(AnswerLabels.normalized(text).count > limit, "\(text.debugDescription) at \(limit)")
                #expect(text.trimmed(where: AnswerLabels.isTrimmed).unicodeScalars.count > limit, "\(text.debugDescription) at \(limit)")
            }
        }
        // It must also say yes where it can, or it saves nothing.
        #expect(AnswerLabels.surelyLongerThan(12, "Huzortu对口学有什么影响"))
        #expect(AnswerLabels.surelyLongerThan(12, "[一二三四五六七八九十一二三]"))
        #expect(!AnswerLabels.surelyLongerThan(12, "[一二三四五六七八九十一二]"))
    }

    @Test func keyScanAgreesWithTheNormalisedKey() {
        var hashed = 0
        for text in Self.texts {
            for limit in [0, 2, 12, 13] {
                switch AnswerLabels.scanKey(text, limit: limit) {
                case .longer: #expect(AnswerLabels.normalized(text).count > limit, "\(text.debugDescription)")
                case .hash(let hash):
                    hashed += 1
                    #expect(AnswerLabels.normalized(text).count <= limit, "\(text.debugDescription)")
                    #expect(hash == ByteHash.fnv1a(AnswerLabels.normalized(text).utf8), "\(text.debugDescription)")
                case .unknown: break
                }
            }
        }
        #expect(hashed > 20)
    }

    @Test func trimmedCharactersAreTheBrackets() {
        let listed: [Character] = [" ", "\t", "【", "】", "[", "]", "(", ")", "（", "）"]
        for text in Self.texts + listed.map(String.init) {
            for character in text {
                #expect(AnswerLabels.isTrimmed(character) == listed.contains(character), "\(String(character).debugDescription)")
            }
        }
    }

    @Test func opensWithIsHasPrefix() {
        for text in Self.texts {
            for prefix in Self.texts + ["e", "cafe", "か", "a\r", "👨", "【腾讯", "比较"] {
                #expect(ItemShape.opensWith(text, prefix) == text.hasPrefix(prefix), "\(text.debugDescription) \(prefix.debugDescription)")
            }
            for length in 0...text.unicodeScalars.count {
                let prefix = String(String.UnicodeScalarView(text.unicodeScalars.prefix(length)))
                #expect(ItemShape.opensWith(text, prefix) == text.hasPrefix(prefix), "\(text.debugDescription) \(prefix.debugDescription)")
            }
        }
    }

    /// Labels in brackets, in full-width brackets and in mixed case are one label; a title
    /// of thirteen Chinese characters repeated on three destinations is not a label, one of
    /// twelve is (in Latin letters, twenty).
    @Test func labelsThroughTheParser() {
        let items = ["[答案]", "【答案】", "(答案)"].enumerated().map { "- 问题\($0.offset) [\($0.element)](https://a.example/\($0.offset))" }
            + ["Details", "DETAILS", "details"].enumerated().map { "- 问题\($0.offset) [\($0.element)](https://b.example/\($0.offset))" }
            + (1...3).map { "- 问题 [一二三四五六七八九十一二三](https://c.example/\($0))" }
            + (1...3).map { "- 问题 [一二三四五六七八九十一二](https://d.example/\($0))" }
            + (1...3).map { "- 问题 [Practice question](https://e.example/\($0))" }
            + (1...3).map { "- 问题 [Read the whole answer here](https://f.example/\($0))" }
        let file = MarkdownFile(path: "README.md", text: items.joined(separator: "\n") + "\n")
        #expect(CollectionConventions.of(file).labels == ["答案", "details", "一二三四五六七八九十一二", "practice question"])
    }

    /// The note test on bytes against the character-level test it replaced (kept here as the
    /// oracle): every prefix in upper, lower and mixed case, after the skipped `*`, `_` and
    /// spaces, cut short, followed by combining marks, joiners and other text.
    @Test func noteTestOnBytesAgreesWithCharacters() {
        func byCharacters(_ text: String) -> Bool {
            let start = text.drop { $0 == " " || $0 == "*" || $0 == "_" }
            let opening = start.prefix(16).lowercased()
            return ListItemSupport.notePrefixes.contains { opening.hasPrefix($0) }
        }
        var texts = Self.texts + ["注意", "注", "NOTE", "Note : x", "ＮＯＴＥ: x", "İnt:", "HİNT: x", "nоte: x" /* Cyrillic о */]
        for prefix in ListItemSupport.notePrefixes {
            for variant in [prefix, prefix.uppercased(), prefix.prefix(1).uppercased() + prefix.dropFirst(), String(prefix.dropLast())] {
                for lead in ["", " ", "**", "_", " * _ ", "> ", "[", "\u{301}"] {
                    for tail in ["", " 后面的文字", "x", "\u{301}", "\u{200D}x", "\u{FE0F}", "\u{3099}"] {
                        texts.append(lead + variant + tail)
                    }
                }
            }
        }
        var notes = 0
        for text in texts {
            let expected = byCharacters(text)
            if expected { notes += 1 }
            #expect(ListItemSupport.startsLikeNote(text) == expected, "\(text.debugDescription)")
        }
        #expect(notes > 100)
    }

    /// item-format's shortcut says "not empty, not a URL" only where the trimmed text agrees,
    /// and says it for ordinary titles.
    @Test func itemFormatShortcutNeverHidesAnEmptyOrURLText() {
        let texts = Self.texts + ["", "  ", "\u{3000}", "\u{3000}https://a.example", " \u{301}https://a.example", "\u{00A0}www.a.example",
                                  "\u{200D}http://x", "Http://x", " w", "\th", "\u{0085}https://x", "什么是注意力", "？", "Transformer"]
        for text in texts where !ItemFormatRule.mayBeEmptyOrURL(text) {
            let trimmed = text.trimmed(where: \.isWhitespace)
            #expect(!trimmed.isEmpty, "\(text.debugDescription)")
            #expect(!"hHwW".contains(trimmed.first ?? "h"), "\(text.debugDescription)")
        }
        #expect(!ItemFormatRule.mayBeEmptyOrURL("什么是注意力") && !ItemFormatRule.mayBeEmptyOrURL(" Transformer"))
        #expect(ItemFormatRule.mayBeEmptyOrURL("\u{3000}https://a.example") && ItemFormatRule.mayBeEmptyOrURL(" \u{301}https://x"))
    }

    /// The question test on bytes against the string code it replaced (kept here as the
    /// oracle): list numbers of every kind before question words, question parts with and
    /// without the statement phrases around them, marks joining a word's last character, long
    /// texts, English and CJK.
    @Test func questionTestOnBytesAgreesWithCharacters() {
        func byCharacters(_ text: String) -> Bool {
            if text.hasSuffix("?") || text.hasSuffix("？") { return true }
            let lower = text.lowercased()
            let unnumbered = lower.drop { $0.isNumber || $0 == "." || $0 == "、" || $0 == " " || $0 == ")" || $0 == "）" }
            // An English question word must end there: `How-to`, `Whatsapp`, `Implementation` ask nothing.
            func endsThere(_ start: String) -> Bool {
                guard start.first!.isASCII, let next = unnumbered.dropFirst(start.count).first else { return true }
                return !(next.isASCII && next.isLetter) && next != "-"
            }
            if ItemShape.questionStarts.contains(where: { unnumbered.hasPrefix($0) && endsThere($0) }) { return true }
            guard text.count <= 60, !text.hasSuffix("。") else { return false }
            var scrubbed = lower
            let statements = ["无论什么", "不管什么", "没什么", "什么都"]
            for phrase in statements { scrubbed = scrubbed.replacing(phrase, with: "") }
            let asks = ItemShape.questionParts.contains { scrubbed.contains($0) }
            // `是否` after a clause of purpose opens (`用于确定…是否…`) asks nothing by itself.
            guard asks, !statements.contains(where: lower.contains), let whether = lower.range(of: "是否"),
                  ["用于", "用来", "用以", "以便", "为了", "用於", "用來", "為了"].contains(where: { lower.range(of: $0).map { $0.lowerBound < whether.lowerBound } ?? false })
            else { return asks }
            let withoutWhether = lower.replacing("是否", with: "")
            return ItemShape.questionParts.contains { withoutWhether.contains($0) }
        }
        let leads = ["", "1. ", "12) ", "一、", "（3）", "3）", "① ", "1\u{20E3} ", ".\u{301}", " ", "Q1 ", "第一章 "]
        let bodies = ["什么是LoRA", "如何微调", "What is RLHF", "how to fine-tune", "LoRA的原理", "BERT和GPT的区别", "这样可以吗", "无论什么模型都适用",
                      "没什么区别", "什么都可以", "Tokenizer详解", "Transformer", "PyTorch vs TensorFlow", "Explain closures", "whatever works",
                      "How-to", "Whatsapp clone", "Implementation details", "However it works", "Who's hiring", "吗\u{301}", "区别\u{301}", "原理\u{20E3}", "什么\u{200D}是", "The difference between A and B", "数据清洗策略", "判断是否越界。", "两者没有区别。", "是否越界。\u{301}",
                      "MD5 的反义词，用于确定2个文档是否完全相同", "判断链表是否有环", "用来判断是否有环的原理", "为了是否", "是否用于",
                      String(repeating: "很长的标题", count: 13) + "的区别", String(repeating: "e\u{301}", count: 59) + "吗"]
        var texts = Self.texts
        for lead in leads { for body in bodies { texts.append(lead + body); texts.append(lead + body.uppercased()) } }
        texts += bodies.map { $0 + "?" } + bodies.map { $0 + "？\u{301}" }
        var questions = 0
        for text in texts {
            let expected = byCharacters(text)
            if expected { questions += 1 }
            #expect(ItemShape.isQuestion(text) == expected, "\(text.debugDescription)")
        }
        #expect(questions > 100 && questions < texts.count - 50)
    }

    @Test func spacesTrimmedOnTheEndBytesIsTrimmingCharacters() {
        let ends = ["", " ", "\t", " \u{301}", "\u{301}", "中", "a", "\t\t ", "\u{3000}"]
        let framed: [String] = ends.flatMap { first in ends.flatMap { last in ["x", "什么", "a b"].map { (middle: String) in first + middle + last } } }
        let texts: [String] = Self.texts + framed
        for text in texts {
            let byCharacters: String = text.trimmed(where: { (character: Character) in character == " " || character == "\t" })
            #expect(ItemShape.spacesTrimmed(text) == byCharacters, "\(text.debugDescription)")
        }
    }

    /// No text longer than `mayBePlaceholder` admits lowercases to a placeholder; the Kelvin
    /// sign, which lowercasing shrinks most, still finds `tbd`-sized words.
    @Test func placeholderLengthBoundKeepsEveryPlaceholder() {
        for placeholder in ItemShape.placeholders {
            #expect(ItemShape.mayBePlaceholder(placeholder) && ItemShape.mayBePlaceholder(placeholder.uppercased()))
        }
        let kelvins = String(repeating: "\u{212A}", count: 15)
        #expect(kelvins.lowercased() == String(repeating: "k", count: 15) && ItemShape.mayBePlaceholder(kelvins))
        let longest = ItemShape.placeholders.map(\.utf8.count).max() ?? 0
        #expect(!ItemShape.mayBePlaceholder(String(repeating: "a", count: 3 * longest + 1)))
    }
}

/// `where a=1 and b=2.` quotes SQL's condition; `Where is the session stored?` asks.
@Suite struct SQLConditionTests {
    @Test(arguments: [("where a=1.", false), ("WHERE user_id = 3 and b=2", false), ("where t.`name` <> 'x'", false),
                      ("Where is the session stored?", true), ("where does the heap live", true), ("Where to put config", true)])
    func aConditionAsksNothing(text: String, asks: Bool) {
        #expect(ItemShape.isQuestion(text) == asks, "\(text)")
    }
}

/// `When the user performs "undo," pop …` tells what to do in that case; `When would you use a
/// linked list?` and `When to use an index` ask.
@Suite struct ConditionalStepTests {
    @Test(arguments: [("When the user performs \"undo,\" pop the most recent operation from stack `A`.", false),
                      ("When a request arrives, log it and return 200.", false), ("2. When the queue is full, drop the oldest item.", false),
                      ("When would you use a linked list?", true), ("When to use an index", true), ("When should you use X, and why", true)])
    func aStepForACaseAsksNothing(text: String, asks: Bool) {
        #expect(ItemShape.isQuestion(text) == asks, "\(text)")
    }
}

/// The byte shortcuts for URLs against the character code they stand in for.
@Suite struct ASCIICharacterSearchTests {
    @Test func pathSegmentsEqualSplittingCharacters() {
        for path in ["", "/", "//", "/a/b/", "a//b", "/p/123", "/路径/例子", "/a\u{301}/b", "/\u{301}b/c", "/a/%E4%BD%A0/"] {
            #expect(URLNormalizer.segments(of: path) == path.split(separator: "/").map(String.init), "\(path.debugDescription)")
        }
    }

    @Test func trimmedWhitespaceEqualsTrimmingCharacters() {
        let texts = ["", " ", "a", " a ", "https://a.example/p", " https://a.example/p\n", "\u{0600}a", "a\u{301}", "\u{3000}a\u{3000}",
                     "a\u{00A0}", "\u{00A0}a", "\r\na", "a\r\n", "\u{0600} ", "x\u{200D}", "例子", " 例子 ", "a\u{2028}", "~a~"]
        for text in texts + ["a b", "\ta", "a\t", "\u{0085}a", "a\u{0085}", "\u{7F}a\u{7F}", "a\u{3000}", "\u{2003}a", "(a)", "a\n", "\u{FEFF}a"] {
            #expect(text.trimmedWhitespace == text.trimmed(where: \.isWhitespace), "\(text.debugDescription)")
        }
    }

    @Test func findsWhatTheCharacterSearchFinds() {
        let texts = ["", "#", "a#b", "https://a.example/p#section", "https://a.example/p", "a#\u{301}b#c", "a\u{301}#b",
                     "\u{0600}#a#b", "https://例子.测试/路径#锚点", "#\u{200D}x#", "a\r\n#b", "\r#", "##", "a b # c", "é#",
                     "https://a.example/p?q=1#frag#more", "\u{1F1E6}#\u{1F1E8}", "a\u{20E3}#"]
        for text in texts {
            let expected = text.firstIndex(of: "#")
            let found = UTF8Characters.firstIndex(ofASCII: UInt8(ascii: "#"), in: text)
            #expect(found == expected, "\(text.debugDescription)")
            if let found { #expect(text[found...].hasPrefix("#")) }
        }
    }
}

/// `是否` in a clause of purpose asks nothing (`used to determine whether`); a task does.
@Suite struct PurposeClauseTests {
    @Test(arguments: [("MD5 或 SHA 的反义词，用于确定2个文档/字符串是否完全相同", false), ("判断链表是否有环", true), ("跟MD5/SHA正好相反，他們是用來判定兩個文件是否相同", false),
                      ("用来判断两棵树是否相同的原理", true), ("是否需要归一化", true)])
    func whetherInAPurposeClauseAsksNothing(text: String, asks: Bool) {
        #expect(ItemShape.isQuestion(text) == asks, "\(text)")
    }
}
