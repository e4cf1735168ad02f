/// Answers a few text comparisons from scalars where that is exact, before the comparisons
/// build `Character`s and lowercased strings: the checks of duplicate-question run on every
/// pair a bank reports, most of them differing early.
enum PlainScalars {
    /// A scalar that is a character of its own, lowercases to itself (ASCII letters aside,
    /// compared folded) and has no decomposition: an ASCII letter or digit, or a common Han
    /// character.
    @inline(__always)
    static func isPlain(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0x4E00...0x9FFF: true
        default: false
        }
    }

    /// True when neither text, lowercased, surely starts with the other: at the first scalar
    /// where they differ (ASCII letters compared without case) both have a plain scalar, so the
    /// lowercased texts differ there in every normalisation. False means "maybe": the caller
    /// compares for real.
    static func surelyNeitherStartsTheOther(_ first: some StringProtocol, _ second: some StringProtocol) -> Bool {
        guard case let (x?, y?)? = firstDifference(first, second) else { return false }
        return isPlain(x) && isPlain(y)
    }

    /// True when the texts surely differ once lowercased: they differ at a scalar where both
    /// are plain, or one ends where the other goes on with a plain scalar. False means "maybe".
    static func surelyDifferOnceLowercased(_ first: some StringProtocol, _ second: some StringProtocol) -> Bool {
        switch firstDifference(first, second) {
        case nil: false
        case let (x?, y?)?: isPlain(x) && isPlain(y)
        case let (x?, nil)?: isPlain(x)
        case let (nil, y?)?: isPlain(y)
        case (nil, nil)?: false
        }
    }

    /// The scalars where the texts first differ (ASCII letters compared without case), nil for
    /// a text that has ended there; nil when they are the same to the end.
    private static func firstDifference(_ first: some StringProtocol, _ second: some StringProtocol) -> (Unicode.Scalar?, Unicode.Scalar?)? {
        var a = first.unicodeScalars.makeIterator(), b = second.unicodeScalars.makeIterator()
        while true {
            let (x, y) = (a.next(), b.next())
            guard let x, let y else { return x == nil && y == nil ? nil : (x, y) }
            if x == y || folded(x) == folded(y) && x.isASCII && y.isASCII { continue }
            return (x, y)
        }
    }

    @inline(__always)
    private static func folded(_ scalar: Unicode.Scalar) -> UInt32 {
        (0x41...0x5A).contains(scalar.value) ? scalar.value | 0x20 : scalar.value
    }
}
