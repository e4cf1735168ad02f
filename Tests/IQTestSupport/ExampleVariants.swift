import IQCore

/// Rewrites a marked example (with `↓` markers) for each generic variant.
public enum ExampleVariants {
    public static let cjkPrefix = "前言：这是一段中文说明，不含问题。\n\n"

    public static func apply(_ variant: ExampleVariant, to marked: String, ruleID: String) -> String {
        switch variant {
        case .crlf: marked.replacing("\n", with: "\r\n")
        case .cjkPrefix: cjkPrefix + marked
        case .fencedCode: "```text\n" + (marked.hasSuffix("\n") ? marked : marked + "\n") + "```\n"
        case .disableComment: "<!-- iqlint-disable \(ruleID) -->\n" + marked
        }
    }

    /// Variants after which the example must stay silent.
    public static let silencing: Set<ExampleVariant> = [.fencedCode, .disableComment]
}
