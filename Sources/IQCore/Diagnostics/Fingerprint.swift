import IQMarkdown

/// A line-number-free identity for a diagnostic: rule, path, the text of the flagged lines
/// (whitespace-trimmed) and which occurrence of that same text it is. Baselines and SARIF's
/// `partialFingerprints` use it, so entries survive edits above them.
public enum Fingerprint {
    /// Fingerprints for `diagnostics`, in the same order.
    public static func compute(_ diagnostics: [Diagnostic]) -> [String] {
        var seen: [String: Int] = [:]
        return diagnostics.map { diagnostic in
            let key = "\(diagnostic.ruleID)\u{1F}\(diagnostic.path)\u{1F}\(flaggedText(diagnostic))"
            let occurrence = seen[key, default: 0]
            seen[key] = occurrence + 1
            return hex(fnv1a("\(key)\u{1F}\(occurrence)"))
        }
    }

    static func flaggedText(_ diagnostic: Diagnostic) -> String {
        let source = diagnostic.source
        guard source.lineCount > 0, !source.bytes.isEmpty else { return "" }
        let lines = (diagnostic.line...max(diagnostic.line, diagnostic.endLine)).map { source.reportedLineText($0) }
        return lines.map { $0.trimmed { $0 == " " || $0 == "\t" } }.joined(separator: "\n")
    }

    /// 64-bit FNV-1a: stable across runs and machines, unlike Swift's seeded `Hasher`.
    public static func fnv1a(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        return hash
    }

    static func hex(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
