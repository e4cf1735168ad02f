/// Chinese characters (Han ideographs), which several rules treat as words of their own.
enum HanCharacters {
    /// CJK Unified Ideographs and Extension A: the characters of everyday Chinese text.
    static func isIdeograph(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x4E00...0x9FFF, 0x3400...0x4DBF: true
        default: false
        }
    }

    /// A Han ideograph, a Japanese kana or a Korean syllable: a letter of a text written
    /// without spaces between words, where a count of words is a count of these.
    static func isCJKLetter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3041...0x3096, 0x30A1...0x30FA, 0xAC00...0xD7A3: true
        default: isIdeograph(scalar)
        }
    }

    /// Whether `character` starts with a Han ideograph.
    static func isIdeograph(_ character: Character) -> Bool {
        character.unicodeScalars.first.map(isIdeograph) ?? false
    }
}
