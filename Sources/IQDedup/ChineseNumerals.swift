/// Chinese numerals that number an edition, generation or issue (`第三代`, `二期`, `第十二版`)
/// are rewritten as digits, so that `distinct-numbers` sees them the way it sees `GPT-3`.
///
/// Only numerals after 第 or before a counter of editions count: 一 is also part of words
/// (统一, 一致, 一般) that number nothing.
enum ChineseNumerals {
    static let digitValues: [Unicode.Scalar: Int] = [
        "零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
    ]
    /// Counters after which a numeral names a version: 版 (edition), 代 (generation), 期 (issue),
    /// 届, 轮, 季.
    private static let counters: Set<Unicode.Scalar> = ["版", "代", "期", "届", "轮", "季"]

    /// 零 〇 一 二 两 三 四 五 六 七 八 九 十 百, without a dictionary lookup.
    static func isNumeral(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x96F6, 0x3007, 0x4E00, 0x4E8C, 0x4E24, 0x4E09, 0x56DB, 0x4E94, 0x516D, 0x4E03, 0x516B, 0x4E5D, 0x5341, 0x767E: true
        default: false
        }
    }

    /// Whether `text` may hold a numeral to rewrite: a cheap test that keeps most texts on the fast path.
    static func mayContainVersionNumeral(_ text: String) -> Bool {
        text.unicodeScalars.contains { scalar in
            switch scalar.value {
            // 第 版 代 期 届 轮 季
            case 0x7B2C, 0x7248, 0x4EE3, 0x671F, 0x5C4A, 0x8F6E, 0x5B63: true
            default: false
            }
        }
    }

    /// `text` with each version numeral as ASCII digits.
    static func rewrite(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        var output = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            var end = index
            while end < scalars.count, digitValues[scalars[end]] != nil || scalars[end] == "十" || scalars[end] == "百" { end += 1 }
            guard end > index else {
                output.append(scalars[index])
                index += 1
                continue
            }
            let afterOrdinal = index > 0 && scalars[index - 1] == "第"
            let beforeCounter = end < scalars.count && counters.contains(scalars[end])
            if (afterOrdinal || beforeCounter), let value = value(of: scalars[index..<end]) {
                output.append(contentsOf: String(value).unicodeScalars)
            } else {
                output.append(contentsOf: scalars[index..<end])
            }
            index = end
        }
        return String(output)
    }

    /// 十二 → 12, 二十三 → 23, 一百零五 → 105, 三 → 3; nil for a run that is not one number.
    static func value(of run: ArraySlice<Unicode.Scalar>) -> Int? {
        // Longer runs are no edition number, and would overflow.
        guard run.count <= 9 else { return nil }
        var total = 0
        var pending: Int?
        for scalar in run {
            if let digit = digitValues[scalar] {
                if let previous = pending, previous != 0 {
                    // Digits written one by one (二〇二四) rather than with 十/百.
                    pending = previous * 10 + digit
                } else {
                    pending = digit
                }
            } else if scalar == "十" {
                total += (pending ?? 1) * 10
                pending = nil
            } else if scalar == "百" {
                guard let hundreds = pending else { return nil }
                total += hundreds * 100
                pending = nil
            } else {
                return nil
            }
        }
        return total + (pending ?? 0)
    }
}
