/// The role one Unicode scalar plays once a text is cut into comparable tokens.
enum ScalarClass {
    /// Part of a word of a script that separates words with spaces (Latin letters, digits, ...).
    case wordPart
    /// A character of a script written without spaces (Han, kana): each one is its own token.
    case isolated
    /// A combining mark: it belongs to whatever token it follows.
    case mark
    /// Punctuation, symbols, separators and control characters: removed, but ends a word.
    case separator

    init(_ value: UInt32) {
        if value < 0x80 {
            let isLowerLetter = value >= 0x61 && value <= 0x7A
            let isDigit = value >= 0x30 && value <= 0x39
            self = isLowerLetter || isDigit ? .wordPart : .separator
            return
        }
        // The common ideograph block is checked first: it is most of a Chinese corpus.
        if value >= 0x4E00 && value <= 0x9FFF {
            self = .isolated
            return
        }
        guard let scalar = Unicode.Scalar(value) else {
            self = .separator
            return
        }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .decimalNumber, .letterNumber, .otherNumber:
            self = Self.isWrittenWithoutSpaces(value) ? .isolated : .wordPart
        case .nonspacingMark, .spacingMark, .enclosingMark:
            self = .mark
        default:
            self = .separator
        }
    }

    /// Han ideographs (all extensions), kana and the ideographic iteration marks.
    private static func isWrittenWithoutSpaces(_ value: UInt32) -> Bool {
        switch value {
        case 0x3005...0x3007, 0x3040...0x30FF, 0x31F0...0x31FF, 0x3400...0x4DBF,
             0xF900...0xFAFF, 0x20000...0x3FFFF:
            return true
        default:
            return false
        }
    }
}
