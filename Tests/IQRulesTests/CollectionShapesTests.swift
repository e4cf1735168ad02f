import Foundation
import IQCore
import IQMarkdown
import IQRules
import IQTestSupport
import Testing

/// One folder per collection shape under `Tests/Fixtures/collections/`: its Markdown files,
/// an optional `.iqlint.yml`, and `expected.txt` listing every diagnostic (`path:line rule`,
/// `#` comments). A folder may name repository files in `documents.txt` instead of holding
/// them (the sample bank). Every rule runs (`duplicate-question` too: the shapes that name
/// things or translate each other must not read as repeated questions); any unexpected or
/// missing diagnostic fails.
@Suite struct CollectionShapesTests {
    static let folder = RepositoryPaths.fixture("collections")

    static var shapes: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { !$0.hasPrefix(".") }.sorted()
    }

    struct Shape {
        let name: String
        /// Display path (relative to the shape or repository) → absolute path.
        let documents: [(display: String, path: String)]
        let configuration: Configuration
        let expected: [String]
    }

    static func load(_ name: String) throws -> Shape {
        let root = folder + "/" + name
        var documents: [(String, String)] = []
        if let listed = try? String(contentsOfFile: root + "/documents.txt", encoding: .utf8) {
            documents = listed.split(separator: "\n").map { ($0.split(separator: "/").last.map(String.init) ?? String($0), RepositoryPaths.root + "/" + $0) }
        } else {
            let enumerator = FileManager.default.enumerator(atPath: root)
            while let relative = enumerator?.nextObject() as? String {
                if relative.hasSuffix(".md") { documents.append((relative, root + "/" + relative)) }
            }
        }
        var configuration = Configuration()
        if let yaml = try? String(contentsOfFile: root + "/.iqlint.yml", encoding: .utf8) {
            configuration = try Configuration.load(yaml: yaml, path: root + "/.iqlint.yml", knownRules: BuiltinRules.all.map { $0.description })
        }
        let expected = try String(contentsOfFile: root + "/expected.txt", encoding: .utf8)
            .split(separator: "\n")
            .map { line in String(line.prefix { $0 != "#" }).trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
            .map { $0.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ") }
        return Shape(name: name, documents: documents.sorted { $0.0 < $1.0 }, configuration: configuration, expected: expected.sorted())
    }

    static func files(of shape: Shape) throws -> [MarkdownFile] {
        try shape.documents.map { MarkdownFile(path: $0.path, text: try String(contentsOfFile: $0.path, encoding: .utf8)) }
    }

    static func linter(for shape: Shape) throws -> Linter {
        try Linter(ruleTypes: BuiltinRules.all, configuration: shape.configuration)
    }

    @Test func thereAreAtLeastTwelveShapes() {
        #expect(Self.shapes.count >= 12)
    }

    @Test(arguments: shapes)
    func reportsExactlyTheExpectedDiagnostics(shape name: String) throws {
        let shape = try Self.load(name)
        #expect(!shape.documents.isEmpty, "\(name) has no documents")
        let display = Dictionary(shape.documents.map { ($0.path, $0.display) }, uniquingKeysWith: { first, _ in first })
        let diagnostics = try Self.linter(for: shape).lint(Self.files(of: shape))
        let found = diagnostics.map { "\(display[$0.path] ?? $0.path):\($0.line) \($0.ruleID)" }.sorted()
        let unexpected = diagnostics.filter { !shape.expected.contains("\(display[$0.path] ?? $0.path):\($0.line) \($0.ruleID)") }
        let missing = shape.expected.filter { !found.contains($0) }
        #expect(unexpected.isEmpty && missing.isEmpty, """
            \(name): unexpected \(unexpected.map { "\(display[$0.path] ?? $0.path):\($0.line) \($0.ruleID) (\($0.message))" })
            missing \(missing)
            """)
    }

    /// Safe fixes never remove a rendered word or a link (tracking parameters aside); unsafe
    /// fixes never remove a word; fixing twice changes nothing more.
    @Test(arguments: shapes)
    func fixesLoseNothing(shape name: String) throws {
        let shape = try Self.load(name)
        let files = try Self.files(of: shape)
        for unsafe in [false, true] {
            let engine = FixEngine(linter: try Self.linter(for: shape), includeUnsafe: unsafe)
            let fixed = engine.fix(files).files
            for (before, after) in zip(files, fixed) {
                let lost = Self.words(before.document).subtracting(Self.words(after.document))
                #expect(lost.isEmpty, "\(name) \(before.path) \(unsafe ? "unsafe" : "safe") fix lost words \(lost)")
                if !unsafe {
                    let gone = Self.destinations(before.document).subtracting(Self.destinations(after.document))
                    #expect(gone.isEmpty, "\(name) \(before.path) safe fix lost links \(gone)")
                }
            }
            let again = engine.fix(fixed).files
            #expect(zip(fixed, again).allSatisfy { $0.source.bytes == $1.source.bytes }, "\(name): fixing twice changed more")
        }
    }

    /// Rendered words (punctuation aside: heading-punctuation removes it) with their count, as
    /// `word#n` so that losing one copy shows.
    static func words(_ document: Document) -> Set<String> {
        var counts: [String: Int] = [:]
        let texts = document.headings.map(\.text) + document.paragraphs.map(\.text)
        for text in texts {
            for token in text.split(whereSeparator: { $0.isWhitespace }) {
                let word = String(token.filter { !$0.isPunctuation && !$0.isSymbol })
                if !word.isEmpty { counts[word, default: 0] += 1 }
            }
        }
        return Set(counts.flatMap { word, count in (1...count).map { "\(word)#\($0)" } })
    }

    /// Link destinations without their query (tracking parameters may go).
    static func destinations(_ document: Document) -> Set<String> {
        Set(document.links.map { String($0.destination.prefix { $0 != "?" }) })
    }
}
