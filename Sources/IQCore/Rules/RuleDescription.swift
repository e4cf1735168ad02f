/// Everything a user can know about a rule. The same examples are its documentation
/// (`rules/<id>.md`, `iqlint explain`) and its tests.
public struct RuleDescription: Sendable {
    public let id: String
    /// One line, lowercase start, no final period.
    public let summary: String
    /// *What it does*: a paragraph or two of Markdown.
    public let details: String
    /// *Why is this bad*.
    public let rationale: String
    public let defaultSeverity: Severity
    /// Every level the rule's findings can have (a rule that grades its findings lists all).
    public let emittedSeverities: [Severity]
    /// For selecting rules together (`--select links`): the folder the rule's file lives in.
    public let group: String
    public let fix: FixAvailability
    public let options: [RuleOptionDescription]
    public let triggeringExamples: [RuleExample]
    public let nonTriggeringExamples: [RuleExample]
    public let corrections: [RuleCorrection]
    /// Generic example variations that do not apply to this rule, with the reason.
    public let skippedVariants: [ExampleVariant: String]
    /// *Fix safety*: what the fix may change and why that is safe (or why it is unsafe).
    public let fixSafety: String
    /// Rules whose finding says the same more precisely: a finding of this rule inside the
    /// range of one of theirs (same file) is left out, so one problem is reported once.
    public let yieldsTo: [String]

    public init(id: String, summary: String, details: String, rationale: String, defaultSeverity: Severity,
                fix: FixAvailability, options: [RuleOptionDescription] = [], triggeringExamples: [RuleExample],
                nonTriggeringExamples: [RuleExample], corrections: [RuleCorrection] = [],
                skippedVariants: [ExampleVariant: String] = [:], fixSafety: String = "",
                emittedSeverities: [Severity]? = nil, yieldsTo: [String] = [], group: String? = nil, filePath: String = #filePath) {
        self.id = id
        self.summary = summary
        self.details = details
        self.rationale = rationale
        self.defaultSeverity = defaultSeverity
        self.fix = fix
        self.options = options
        self.triggeringExamples = triggeringExamples
        self.nonTriggeringExamples = nonTriggeringExamples
        self.corrections = corrections
        self.skippedVariants = skippedVariants
        self.fixSafety = fixSafety
        self.emittedSeverities = (emittedSeverities ?? [defaultSeverity]).sorted(by: >)
        self.yieldsTo = yieldsTo
        self.group = group ?? RuleDescription.folderName(of: filePath)
    }

    /// `…/Rules/Links/LinkFormatRule.swift` → `links`.
    private static func folderName(of filePath: String) -> String {
        let parts = filePath.split(separator: "/")
        return parts.count >= 2 ? parts[parts.count - 2].lowercased() : "other"
    }
}

public enum FixAvailability: String, Sendable {
    case none
    case safe
    case unsafe
    /// Some findings get a safe fix, others an unsafe one.
    case safeOrUnsafe = "safe or unsafe"

    public var isFixable: Bool { self != .none }
}

public struct RuleOptionDescription: Sendable {
    public let name: String
    public let summary: String
    public let defaultValue: ConfigValue
    /// For string options with a closed set of values.
    public let allowedValues: [String]?

    public init(name: String, summary: String, defaultValue: ConfigValue, allowedValues: [String]? = nil) {
        self.name = name
        self.summary = summary
        self.defaultValue = defaultValue
        self.allowedValues = allowedValues
    }
}

/// A Markdown snippet. In triggering examples, `↓` marks where each diagnostic must start.
public struct RuleExample: Sendable {
    public static let marker: Character = "↓"

    public let markdown: String
    public let options: [String: ConfigValue]
    /// Other rules to enable with this one (e.g. the rule a suppression comment names).
    public let alsoEnabled: [String]
    /// Extra files linted together with this one (path → content), for corpus rules.
    public let companions: [String: String]

    public init(_ markdown: String, options: [String: ConfigValue] = [:], alsoEnabled: [String] = [],
                companions: [String: String] = [:]) {
        self.markdown = markdown
        self.options = options
        self.alsoEnabled = alsoEnabled
        self.companions = companions
    }

    /// The snippet without markers, and the byte offsets where markers were.
    public var unmarked: (text: String, markers: [Int]) {
        var text = ""
        var markers: [Int] = []
        for character in markdown {
            if character == RuleExample.marker { markers.append(text.utf8.count) } else { text.append(character) }
        }
        return (text, markers)
    }
}

/// Input and the exact output of applying the rule's fixes (unsafe ones too when `unsafe`).
public struct RuleCorrection: Sendable {
    public let before: String
    public let after: String
    public let unsafe: Bool
    public let options: [String: ConfigValue]
    /// Other rules to enable with this one.
    public let alsoEnabled: [String]

    public init(_ before: String, _ after: String, unsafe: Bool = false, options: [String: ConfigValue] = [:],
                alsoEnabled: [String] = []) {
        self.before = before
        self.after = after
        self.unsafe = unsafe
        self.options = options
        self.alsoEnabled = alsoEnabled
    }
}

/// Cheap variations every example runs through to catch position bugs.
public enum ExampleVariant: String, Sendable, CaseIterable {
    /// Line endings rewritten to CRLF.
    case crlf
    /// A line of CJK text and a blank line before the example.
    case cjkPrefix
    /// The example inside a fenced code block: must stay silent.
    case fencedCode
    /// `<!-- iqlint-disable RULE -->` in front: must stay silent.
    case disableComment
}
