import Foundation
import IQCore
import IQMarkdown
@testable import IQRules
import IQTestSupport
import Testing

/// link-format skips the broken-link scan of a block whose every `](` is a link's: over every
/// fixture and its mutated copies, read through the real parser, no block the scan finds
/// something in is skipped.
@Suite struct BrokenLinkPrefilterTests {
    @Test func thePrefilterNeverSkipsABlockTheScanFindsSomethingIn() throws {
        var scanned = 0, found = 0, skipped = 0
        for path in FixPropertyTests.documents {
            let original = try String(contentsOfFile: RepositoryPaths.root + "/" + path, encoding: .utf8)
            for mutation in FixPropertyTests.mutations {
                let document = MarkdownParser.parse(SourceText(mutation.apply(original)))
                var blocks = document.paragraphs.map { ($0.range, $0.content) }
                blocks += document.headings.map { ($0.contentRange, $0.content) }
                for (range, content) in blocks {
                    let ranges = content.links.map(\.range) + content.htmlComments.map(\.range)
                    let findings = BrokenLinkScanner(source: document.source, skipped: ranges).findings(in: range)
                    let mayFind = BrokenLinkScanner.mayFindLinks(in: range, of: document.source.bytes, skipping: ranges)
                    scanned += 1
                    if !findings.isEmpty { found += 1 }
                    if !mayFind { skipped += 1 }
                    #expect(mayFind || findings.isEmpty, "\(path) (\(mutation.name)) at \(range)")
                }
            }
        }
        // The corpus has broken links to find, and blocks the filter spares.
        #expect(found > 20, "\(found) blocks with findings")
        #expect(skipped > scanned / 2, "\(skipped) of \(scanned) blocks skipped")
    }
}
