@testable import IQMarkdown
import Testing

/// Guards the generated Unicode 13 table against hand edits and truncation; the generator's
/// `--check` mode compares it with the Unicode data itself.
struct AnchorTableTests {
    @Test func rangesAreSortedDisjointAndNonAdjacent() {
        let lower = GitHubSlugTables.lowerBounds
        let upper = GitHubSlugTables.upperBounds
        #expect(lower.count == GitHubSlugTables.removedRangeCount)
        #expect(upper.count == GitHubSlugTables.removedRangeCount)
        for index in lower.indices {
            #expect(lower[index] <= upper[index], "range \(index)")
            if index > 0 {
                #expect(upper[index - 1] + 1 < lower[index], "range \(index) touches its predecessor")
            }
        }
        #expect(upper.last == 0x10FFFF)
    }

    @Test func rangesSkipSurrogatesSpaceAndHyphen() {
        for (lower, upper) in zip(GitHubSlugTables.lowerBounds, GitHubSlugTables.upperBounds) {
            #expect(!(lower...upper).overlaps(0xD800...0xDFFF))
            #expect(!(lower...upper).contains(0x20))
            #expect(!(lower...upper).contains(0x2D))
        }
    }

    @Test(arguments: [
        (0x0000, true), (0x001F, true), (0x0020, false), (0x0021, true), (0x002D, false),
        (0x0030, false), (0x0041, false), (0x005F, false), (0x007E, true), (0x007F, true),
        (0x00B2, true), (0x24B6, false), (0x2460, true), (0x3000, true), (0xFF10, false),
        (0x1F525, true), (0x1FAE0, true), (0x10FFFF, true), (0x30000, false), (0x2B734, false),
    ] as [(UInt32, Bool)])
    func lookupAgreesWithUnicode13(value: UInt32, removed: Bool) throws {
        let scalar = try #require(Unicode.Scalar(value))
        #expect(SlugRemovedScalars.contains(scalar) == removed)
    }
}
