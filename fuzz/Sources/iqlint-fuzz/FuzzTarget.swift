#if canImport(Glibc)
import Glibc
#endif
import IQCore
import IQMarkdown
import IQRules

/// One libFuzzer input: decode, parse, lint with every rule, fix (safe, then unsafe too) and
/// check what must hold for any input. A crash, a trap or an ASan report is a finding.
///
/// Non-idempotent fixes are findings only with IQLINT_FUZZ_STRICT=1, so that a known one does
/// not stop a run that looks for crashes.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    guard let source = try? SourceText(validating: bytes) else { return 0 }
    let file = MarkdownFile(path: "fuzz.md", source: source)
    let diagnostics = FuzzHarness.linter.lint([file])
    for diagnostic in diagnostics {
        FuzzHarness.requireInside(diagnostic.range, diagnostic.source, diagnostic.ruleID)
        for related in diagnostic.related { FuzzHarness.requireInside(related.range, related.source, diagnostic.ruleID) }
        for edit in diagnostic.fix?.edits ?? [] { FuzzHarness.requireInside(edit.range, diagnostic.source, diagnostic.ruleID) }
    }
    for unsafe in [false, true] {
        let engine = FixEngine(linter: FuzzHarness.linter, includeUnsafe: unsafe)
        let once = engine.fix([file]).files[0]
        if FuzzHarness.strict {
            let twice = engine.fix([once]).files[0]
            precondition(twice.source.bytes == once.source.bytes, "fixing twice changed the text again (unsafe: \(unsafe))")
        }
    }
    return 0
}

enum FuzzHarness {
    static let linter: Linter = {
        do {
            return try Linter(ruleTypes: BuiltinRules.all, configuration: Configuration())
        } catch {
            fatalError("cannot build the linter: \(error)")
        }
    }()

    static let strict: Bool = {
        guard let value = getenv("IQLINT_FUZZ_STRICT") else { return false }
        return String(cString: value) == "1"
    }()

    static func requireInside(_ range: SourceRange, _ source: SourceText, _ rule: String) {
        let bytes = source.bytes
        precondition(range.start >= 0 && range.end <= bytes.count, "\(rule): range \(range) outside 0..<\(bytes.count)")
        for offset in [range.start, range.end] where offset < bytes.count {
            precondition(bytes[offset] & 0xC0 != 0x80, "\(rule): range \(range) splits a UTF-8 sequence")
        }
    }
}
