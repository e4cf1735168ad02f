import IQCore
import IQRules
import Testing

/// The linter asks a rule what it is through `asDocumentRule` and its siblings instead of a
/// dynamic cast: each must say what the cast says, for every rule iqlint ships.
struct RuleKindTests {
    @Test(arguments: BuiltinRules.all.map { $0.description.id })
    func kindsAgreeWithTheConformances(id: String) throws {
        let type = try #require(BuiltinRules.type(for: id))
        let rule = try type.init(options: RuleOptions(defaults: type.description.options))
        #expect((rule.asDocumentRule != nil) == (rule is any DocumentRule))
        #expect((rule.asCorpusRule != nil) == (rule is any CorpusRule))
        #expect((rule.asIncrementalCorpusRule != nil) == (rule is any IncrementalCorpusRule))
        #expect((rule.asCollectionFactRule != nil) == (rule is any CollectionFactRule))
        #expect((rule.asChunkLocalRule != nil) == (rule is any ChunkLocalRule))
    }

    @Test func everyKindIsSomeRules() throws {
        let rules = try BuiltinRules.all.map { try $0.init(options: RuleOptions(defaults: $0.description.options)) }
        // A default that always said nil would pass the test above for no rule of that kind.
        #expect(rules.contains { $0.asDocumentRule != nil })
        #expect(rules.contains { $0.asCorpusRule != nil })
        #expect(rules.contains { $0.asIncrementalCorpusRule != nil })
        #expect(rules.contains { $0.asCollectionFactRule != nil })
        #expect(rules.contains { $0.asChunkLocalRule != nil })
    }
}
