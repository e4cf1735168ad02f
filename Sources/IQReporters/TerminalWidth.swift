import CTerminalWidth

/// Terminal cell widths from the C library's `wcwidth` (a CJK character is two cells, a
/// combining mark zero), under a UTF-8 locale so that it knows about non-ASCII.
public enum TerminalWidth {
    private static let localeReady: Bool = iqlint_use_utf8_ctype() != 0

    public static func cells(of scalar: Unicode.Scalar) -> Int {
        if scalar == "\t" { return tabWidth }
        guard scalar.value >= 0x20 else { return 0 }
        _ = localeReady
        let width = Int(iqlint_wcwidth(scalar.value))
        return width < 0 ? 1 : width
    }

    /// A skin-tone modifier after an emoji (`👍🏻`) joins it in one glyph: no cells of its own.
    public static func cells(of text: some StringProtocol) -> Int {
        var total = 0
        var previous: Unicode.Scalar?
        for scalar in text.unicodeScalars {
            if let previous, isSkinToneModifier(scalar), previous.properties.isEmoji { continue }
            total += cells(of: scalar)
            previous = scalar
        }
        return total
    }

    /// U+1F3FB–U+1F3FF, the Fitzpatrick modifiers.
    private static func isSkinToneModifier(_ scalar: Unicode.Scalar) -> Bool {
        (0x1F3FB...0x1F3FF).contains(scalar.value)
    }

    /// `text` as a snippet shows it: a tab as spaces, and every other control character as a
    /// visible symbol (a C0 control as its Control Picture, e.g. a bare CR as `␍`; DEL as `␡`;
    /// a C1 control as `�`), so that a stray CR or escape sequence in a file can neither move
    /// the terminal's cursor nor shift the carets.
    public static func printable(_ text: some StringProtocol) -> String {
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x09: result.append(contentsOf: String(repeating: " ", count: tabWidth).unicodeScalars)
            case 0x00..<0x20: result.append(Unicode.Scalar(0x2400 + scalar.value)!)
            case 0x7F: result.append("\u{2421}")
            case 0x80..<0xA0: result.append("\u{FFFD}")
            default: result.append(scalar)
            }
        }
        return String(result)
    }

    /// Tabs are shown as this many spaces in snippets so that carets line up.
    public static let tabWidth = 4
}
