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

    public static func cells(of text: some StringProtocol) -> Int {
        text.unicodeScalars.reduce(0) { $0 + cells(of: $1) }
    }

    /// Tabs are shown as this many spaces in snippets so that carets line up.
    public static let tabWidth = 4
}
