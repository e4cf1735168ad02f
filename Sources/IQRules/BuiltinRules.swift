import IQCore

/// Every rule iqlint ships, in the order of `iqlint rules` and the documentation.
public enum BuiltinRules {
    public static let all: [any Rule.Type] = [
        ListNumberingRule.self,
        MixedListRule.self,
        ListMarkerSpacingRule.self,
        EmptyItemRule.self,
        LazyContinuationRule.self,
        MissingLinkRule.self,
        ItemFormatRule.self,
        TOCAnchorRule.self,
        TOCSyncRule.self,
        HeadingIncrementRule.self,
        HeadingNumberingRule.self,
        DuplicateHeadingRule.self,
        EmptySectionRule.self,
        HeadingPunctuationRule.self,
        HeadingSpaceRule.self,
        TrailingWhitespaceRule.self,
        FinalNewlineRule.self,
        MergeConflictRule.self,
        MarkdownInHTMLRule.self,
        LinkFormatRule.self,
        TrackingParamRule.self,
        InsecureLinkRule.self,
        DuplicateLinkRule.self,
        BareURLRule.self,
        DeadLinkRule.self,
        DuplicateQuestionRule.self,
        NestingLimitRule.self,
        UnusedSuppressionRule.self,
    ]

    public static func type(for id: String) -> (any Rule.Type)? {
        all.first { $0.description.id == id }
    }
}
