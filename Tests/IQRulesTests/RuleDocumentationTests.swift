import IQCore
import IQRules
import IQTestSupport
import Foundation
import Testing

/// `rules/<id>.md` is generated; a stale, missing or orphaned page fails here.
@Suite struct RuleDocumentationTests {
    @Test(arguments: BuiltinRules.all.map { $0.description.id })
    func committedPageMatchesGeneratedPage(ruleID: String) throws {
        let description = try #require(BuiltinRules.type(for: ruleID)).description
        let path = RepositoryPaths.rulesFolder + "/\(ruleID).md"
        let committed = try? String(contentsOfFile: path, encoding: .utf8)
        #expect(committed != nil, "rules/\(ruleID).md is missing, run `make docs`")
        #expect(committed == RuleDocumentation.page(for: description), "rules/\(ruleID).md is out of date, run `make docs`")
    }

    @Test func everyPageHasARule() throws {
        let pages = try FileManager.default.contentsOfDirectory(atPath: RepositoryPaths.rulesFolder).filter { $0.hasSuffix(".md") }
        let ids = Set(BuiltinRules.all.map { $0.description.id + ".md" })
        #expect(!pages.isEmpty)
        for page in pages { #expect(ids.contains(page), "rules/\(page) documents no rule; delete it") }
    }

    @Test func ruleIdsAreUniqueKebabCase() {
        let ids = BuiltinRules.all.map { $0.description.id }
        #expect(Set(ids).count == ids.count)
        for id in ids { #expect(id.allSatisfy { $0.isLowercase || $0 == "-" || $0.isNumber }, "\(id) is not kebab-case") }
    }
}
