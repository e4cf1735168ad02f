import IQCore
import IQMarkdown

/// Renders each diagnostic on its own, a large bank's thousands on every core, and hands the
/// texts to `sink` in the diagnostics' order: the same bytes as rendering them one by one.
public enum RenderedInOrder {
    /// Below this many diagnostics a piece of work on another core costs more than it saves.
    static let diagnosticsPerPiece = 512

    /// `render(index, diagnostic)` of every diagnostic, written in order.
    public static func write(_ diagnostics: [Diagnostic], to sink: (String) -> Void,
                             _ render: @Sendable (Int, Diagnostic) -> String) {
        let pieces = Parallel.mapRanges(of: diagnostics.count, minimumLength: diagnosticsPerPiece) { range in
            range.map { render($0, diagnostics[$0]) }
        }
        for piece in pieces {
            for text in piece { sink(text) }
        }
    }
}
