import IQDedup

/// `Why is extending built-in objects a good idea?` and `… not a good idea?`; `为什么能用线性模型？`
/// and `为什么不能用线性模型？`; `什么是线性回归` and `什么是非线性回归`; `Proč je dobrý nápad…` and
/// `Proč není dobrý nápad…`: the same words but for a negation ask opposite things (or name
/// opposite things), not one question twice. So do the same words with one swapped for its
/// opposite: `…after the right pointer moves right` and `…after the left pointer moves right`,
/// `最大堆` and `最小堆`.
enum NegatedQuestions {
    /// Whether one text is the other with a negation added (`not`, `never`, `no`, `nicht`, `не`,
    /// `不`, `没有`, `非`, `无`, …), or with one word negated in place (`supervised` and
    /// `unsupervised`, `blocking` and `nonblocking`, `je` and `není`, `eine` and `keine`), and
    /// nothing else changed (case, punctuation and the list number written in the text aside),
    /// or with one word swapped for its opposite (`left` and `right`, `左` and `右`).
    static func areOpposites(_ first: String, _ second: String) -> Bool {
        // A negation adds a few bytes, an opposite changes a few: most pairs of a large bank
        // differ by more, or not at all.
        let difference = abs(first.utf8.count - second.utf8.count)
        guard difference <= maximumAddedBytes, first != second else { return false }
        let a = tokens(OrdinalPrefix.strip(first)), b = tokens(OrdinalPrefix.strip(second))
        var prefix = 0
        while prefix < a.count, prefix < b.count, a[prefix] == b[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < a.count - prefix, suffix < b.count - prefix, a[a.count - 1 - suffix] == b[b.count - 1 - suffix] { suffix += 1 }
        let middleA = a[prefix..<(a.count - suffix)], middleB = b[prefix..<(b.count - suffix)]
        if middleA.isEmpty != middleB.isEmpty {
            let added = middleA.isEmpty ? middleB : middleA
            return added.allSatisfy(negations.contains) || negations.contains(added.joined())
        }
        guard middleA.count == 1, middleB.count == 1, let x = middleA.first, let y = middleB.first else { return false }
        return negates(x, y) || negates(y, x) || opposites[x] == y || opposites[y] == x
    }

    /// Words and Chinese characters that name opposite directions, ends, operations or roles;
    /// read both ways.
    static let opposites: [String: String] = [
        "left": "right", "up": "down", "top": "bottom", "before": "after", "first": "last", "min": "max",
        "minimum": "maximum", "smallest": "largest", "increase": "decrease", "increasing": "decreasing",
        "ascending": "descending", "input": "output", "inputs": "outputs", "push": "pop", "read": "write",
        "reads": "writes", "reading": "writing", "encode": "decode", "encoder": "decoder", "encoding": "decoding",
        "client": "server", "start": "end", "begin": "end", "add": "remove", "insert": "delete",
        "insertion": "deletion", "upper": "lower", "uppercase": "lowercase", "in": "out", "inner": "outer",
        "true": "false", "enable": "disable", "show": "hide", "get": "set", "getter": "setter",
        "horizontal": "vertical", "front": "back", "head": "tail", "previous": "next", "prev": "next",
        "forward": "backward", "sync": "async", "synchronous": "asynchronous", "serialize": "deserialize",
        "serialization": "deserialization", "import": "export", "upload": "download", "login": "logout",
        "public": "private", "static": "dynamic", "local": "global", "positive": "negative", "odd": "even",
        "open": "close", "high": "low", "higher": "lower", "fast": "slow", "short": "long", "shortest": "longest",
        "most": "least", "more": "less", "send": "receive", "sender": "receiver", "producer": "consumer",
        "parent": "child", "row": "column", "rows": "columns", "width": "height",
        "左": "右", "上": "下", "前": "后", "大": "小", "多": "少", "高": "低", "长": "短", "快": "慢", "增": "删",
        "读": "写", "入": "出", "升": "降", "正": "负", "奇": "偶", "内": "外", "新": "旧", "先": "后", "早": "晚", "加": "减",
        "乘": "除", "收": "发", "首": "尾", "头": "尾", "主": "从", "父": "子", "横": "纵", "行": "列", "同": "异",
        "深": "浅", "宽": "窄", "强": "弱", "真": "假", "买": "卖", "进": "退", "开": "关",
    ]

    /// The most bytes a negation adds: `nicht ` is 6, `没有` 6, `není` against `je` 3, `keine` against `eine` 1.
    static let maximumAddedBytes = 12

    /// Whether `word` is `other` negated by a prefix (`unsupervised`, `nonblocking`, `nemá`), or
    /// one of a few irregular negated forms (`není` of `je`).
    private static func negates(_ word: String, _ other: String) -> Bool {
        if irregular[other] == word { return true }
        guard other.count >= 3 else { return false }
        return negatingPrefixes.contains { word == $0 + other }
    }

    /// Words of `text`, lowercased: runs of letters and digits, each Han, kana or Hangul
    /// character a word of its own; `n't` read as `not`.
    ///
    /// Read scalar by scalar (every pair a bank reports asks, twice): a character is a letter
    /// or a digit by its first scalar, as `Character` tells, and the marks and joiners that
    /// extend it stay with it, in its word or Han token, or are dropped with it.
    static func tokens(_ text: some StringProtocol) -> [String] {
        var lower = text.lowercased()
        if lower.utf8.contains(where: { $0 == UInt8(ascii: "'") || $0 == 0xE2 }) || lower.contains("cannot") {
            for (contracted, expanded) in contractions where lower.contains(contracted) {
                lower = lower.replacing(contracted, with: expanded)
            }
            if lower.contains("n't") || lower.contains("n’t") {
                lower = lower.replacing("n't", with: " not").replacing("n’t", with: " not")
            }
        }
        var words: [String] = [], word = String.UnicodeScalarView()
        var last = Last.separator
        for scalar in lower.unicodeScalars {
            // ASCII first: a letter or digit adds to the word, anything else ends it (no
            // property lookup for most scalars of most texts).
            if scalar.isASCII {
                if PlainScalars.isPlain(scalar) {
                    word.append(scalar)
                    last = .word
                } else {
                    if !word.isEmpty { words.append(String(word)); word = String.UnicodeScalarView() }
                    last = .separator
                }
            } else if extendsCharacter(scalar) {
                switch last {
                case .word: word.append(scalar)
                case .han: words[words.count - 1].unicodeScalars.append(scalar)
                case .separator: break
                }
            } else if HanCharacters.isCJKLetter(scalar) {
                if !word.isEmpty { words.append(String(word)); word = String.UnicodeScalarView() }
                words.append(String(scalar))
                last = .han
            } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                word.append(scalar)
                last = .word
            } else {
                if !word.isEmpty { words.append(String(word)); word = String.UnicodeScalarView() }
                last = .separator
            }
        }
        if !word.isEmpty { words.append(String(word)) }
        return words
    }

    /// Where the scalars that extend the last character go: its word, its Han token, or nowhere.
    private enum Last { case word, han, separator }

    /// A scalar that belongs to the character before it: a combining mark, a joiner or a
    /// variation selector. ASCII scalars never are.
    private static func extendsCharacter(_ scalar: Unicode.Scalar) -> Bool {
        guard scalar.value >= 0x300 else { return false }
        switch scalar.value {
        case 0x200C, 0x200D, 0xFE00...0xFE0F, 0xE0100...0xE01EF: return true
        default:
            switch scalar.properties.generalCategory {
            case .nonspacingMark, .spacingMark, .enclosingMark: return true
            default: return false
            }
        }
    }

    /// Contractions whose stem is not the verb before `n't`.
    private static let contractions = [("can't", "can not"), ("can’t", "can not"), ("won't", "will not"), ("won’t", "will not"),
                                       ("cannot", "can not")]

    /// Words that negate what follows them, and Chinese negations of one or two characters (not
    /// `别`, which is mostly the second half of `区别`, `分别`, `类别`).
    static let negations: Set<String> = [
        "not", "no", "never", "non", "nicht", "kein", "keine", "keinen", "nie", "ne", "não", "не", "ні", "нет", "không",
        "不", "没", "没有", "未", "非", "无", "無", "沒", "沒有", "不要", "不会", "不能", "不是", "无法", "不會", "無法",
    ]

    /// Prefixes that negate the word they open.
    private static let negatingPrefixes = ["un", "non", "in", "im", "ir", "il", "dis", "ne", "nie", "не", "ні"]

    /// Negated forms that are no prefix of their word (`isn't` is read as `is not`).
    private static let irregular = ["je": "není", "ein": "kein", "eine": "keine", "einen": "keinen", "einem": "keinem", "einer": "keiner"]
}
