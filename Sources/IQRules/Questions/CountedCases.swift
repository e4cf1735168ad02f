import IQDedup

/// `如果链表只包含一个结点时，代码是否能正常工作？` and `…两个结点时…`, `What is 2PC?` and `What is
/// 3PC?`, `Java 8 新特性` and `Java 11 新特性`: two texts alike but for a number (digits, or a
/// Chinese numeral), each asking about its own case. (An outline's number in front, `1.` and
/// `2.` over one question, is no part of it.)
enum CountedCases {
    static func differOnlyInANumber(_ a: String, _ b: String) -> Bool {
        let x = Array(OrdinalPrefix.strip(a).unicodeScalars), y = Array(OrdinalPrefix.strip(b).unicodeScalars)
        guard x != y, x.contains(where: isNumeral) else { return false }
        var prefix = 0
        while prefix < x.count, prefix < y.count, x[prefix] == y[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < x.count - prefix, suffix < y.count - prefix, x[x.count - 1 - suffix] == y[y.count - 1 - suffix] { suffix += 1 }
        // The whole numbers: `12` and `13` differ in their last digit only.
        while prefix > 0, isNumeral(x[prefix - 1]) { prefix -= 1 }
        while suffix > 0, isNumeral(x[x.count - suffix]) { suffix -= 1 }
        let (first, second) = (x[prefix..<(x.count - suffix)], y[prefix..<(y.count - suffix)])
        return !first.isEmpty && !second.isEmpty && first.allSatisfy(isNumeral) && second.allSatisfy(isNumeral)
    }

    static func isNumeral(_ scalar: Unicode.Scalar) -> Bool {
        (0x30...0x39).contains(scalar.value) || chineseNumerals.contains(scalar)
    }

    private static let chineseNumerals = Set("零〇一二两三四五六七八九十百千万".unicodeScalars)
}
