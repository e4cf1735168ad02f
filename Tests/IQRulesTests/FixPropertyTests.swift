import Foundation
import IQCore
import IQMarkdown
import IQTestSupport
import Testing

/// Over every Markdown fixture of the repository (found by walking the folders, so new
/// fixtures join automatically) and over mutated copies of each: a safe `--fix` keeps every
/// link destination other than the documented rewrites, every rendered word and the block
/// around it; unsafe fixes keep every word; fixing twice equals fixing once; and the engine's
/// verification never has to drop a fix (a dropped fix is a rule bug).
@Suite struct FixPropertyTests {
    static let documents: [String] = {
        let root = RepositoryPaths.root
        var paths: [String] = []
        for folder in ["Tests", "Examples"] {
            guard let walker = FileManager.default.enumerator(atPath: root + "/" + folder) else { continue }
            while let relative = walker.nextObject() as? String {
                guard relative.hasSuffix(".md") else { continue }
                let path = folder + "/" + relative
                let isFixture = path.contains("/Fixtures/") || path.hasPrefix("Tests/integration/fixtures/")
                    || (folder == "Examples" && relative.hasSuffix("README.md"))
                if isFixture { paths.append(path) }
            }
        }
        return paths.sorted()
    }()

    /// Edits that real collections are full of, each applied to the whole document.
    static let mutations: [(name: String, apply: @Sendable (String) -> String)] = [
        ("as written", { $0 }),
        ("CRLF", { $0.replacing("\n", with: "\r\n") }),
        ("quoted", { $0.split(separator: "\n", omittingEmptySubsequences: false).map { "> " + $0 }.joined(separator: "\n") }),
        ("numbers off", { $0.replacing("\n2. ", with: "\n9. ").replacing("\n3. ", with: "\n12. ") }),
        ("destinations broken", { $0.replacing("](https://", with: "](\nhttps://").replacing(")\n", with: " \n)\n") }),
        ("tracking and http", { $0.replacing("https://", with: "http://").replacing(".html)", with: ".html?utm_source=x&入)") }),
        ("trailing spaces and www", { $0.replacing("\n", with: "  \n").replacing("](https://www.", with: "](www.") }),
        ("glued lines", { $0.replacing("\n- ", with: "\n").replacing("\n1. ", with: "\n9. ") }),
    ]

    static var cases: [String] {
        documents
    }

    @Test func findsTheFixturesOfEveryFolder() {
        #expect(Self.documents.contains("Examples/nlp-llm-interview/README.md"))
        #expect(Self.documents.contains("Tests/integration/fixtures/crafted.md"))
        #expect(Self.documents.contains { $0.hasPrefix("Tests/Fixtures/") })
    }

    @Test(arguments: cases)
    func fixesKeepTheDocument(path: String) throws {
        let original = try String(contentsOfFile: RepositoryPaths.root + "/" + path, encoding: .utf8)
        let linter = try LintHarness.makeLinter(rules: nil)
        for mutation in Self.mutations {
            let markdown = mutation.apply(original)
            for unsafe in [false, true] {
                let label = "\(path), \(mutation.name)\(unsafe ? ", unsafe" : "")"
                let outcome = FixEngine(linter: linter, includeUnsafe: unsafe).fix([MarkdownFile(path: "doc.md", text: markdown)])
                let fixed = outcome.files[0].source
                let dropped = outcome.remaining.filter { $0.message.hasPrefix("fix not applied") }
                #expect(dropped.isEmpty, "\(label): \(dropped.map { "line \($0.line): \($0.message)" })")
                #expect(outcome.unconverged.isEmpty, "\(label): did not converge")
                let before = SourceText(markdown)
                let problem = FixVerification.problem(before: RenderedContent(before), after: RenderedContent(fixed),
                                                      rewrites: Self.documentedRewrites(of: before),
                                                      applicability: unsafe ? .unsafe : .safe)
                #expect(problem == nil, "\(label): the fixes \(problem ?? "")")
                let again = FixEngine(linter: linter, includeUnsafe: unsafe).fix([MarkdownFile(path: "doc.md", source: fixed)])
                #expect(again.files[0].source.bytes == fixed.bytes, "\(label): fixing twice differs from fixing once")
            }
        }
    }

    /// Every rewrite a rule may document, for the links of `source`: its query parameters may be
    /// dropped, `http` upgraded, a scheme added, a broken destination joined, a dead anchor repaired.
    static func documentedRewrites(of source: SourceText) -> [DestinationRewrite] {
        let document = MarkdownParser.parse(source)
        var names = Set<String>()
        var rewrites: [DestinationRewrite] = [.upgradeToHTTPS, .addHTTPSScheme, .joinDestination]
        for link in document.links {
            if let query = link.destination.split(separator: "?", maxSplits: 1).dropFirst().first {
                for item in query.split(separator: "&") { names.insert(String(item.prefix { $0 != "=" }).lowercased()) }
            }
            if let fragment = link.fragmentOnly, !document.anchors.contains(fragment: fragment) {
                rewrites.append(.repairDeadAnchor(from: link.destination, text: link.text))
            }
        }
        return rewrites + [.removeQueryParameters(names)]
    }
}
