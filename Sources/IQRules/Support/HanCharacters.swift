/// Chinese characters (Han ideographs), which several rules treat as words of their own.
enum HanCharacters {
    /// CJK Unified Ideographs and Extension A: the characters of everyday Chinese text.
    static func isIdeograph(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x4E00...0x9FFF, 0x3400...0x4DBF: true
        default: false
        }
    }

    /// Whether `character` starts with a Han ideograph.
    static func isIdeograph(_ character: Character) -> Bool {
        character.unicodeScalars.first.map(isIdeograph) ?? false
    }
}
