import Foundation
import IQMarkdown
import Testing

/// github-slugger's own fixtures, run as one document so that later duplicates get `-1`, `-2`, ….
struct AnchorFixtureTests {
    struct Case: Decodable {
        let text: String
        let anchor: String
    }

    struct Fixture: Decodable {
        let about: String
        let cases: [Case]
    }

    static func loadFixture() throws -> Fixture {
        let url = try #require(Bundle.module.url(
            forResource: "github-anchor-cases", withExtension: "json", subdirectory: "Fixtures"))
        return try JSONDecoder().decode(Fixture.self, from: Data(contentsOf: url))
    }

    @Test func fixtureIsComplete() throws {
        let fixture = try Self.loadFixture()
        #expect(fixture.cases.count == 74)
        #expect(fixture.about.contains("github-slugger"))
    }

    @Test func everyFixtureGetsGitHubsAnchorInDocumentOrder() throws {
        var slugger = GitHubSlugger()
        for (number, testCase) in try Self.loadFixture().cases.enumerated() {
            let anchor = slugger.slug(testCase.text)
            #expect(
                anchor.unicodeScalars.elementsEqual(testCase.anchor.unicodeScalars),
                "case \(number): \(testCase.text.prefix(40).debugDescription)")
        }
    }
}
