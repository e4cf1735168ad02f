/// Heading anchors exactly as GitHub generates them (the github-slugger algorithm).
///
/// One slugger serves one document: feed it every heading's rendered plain text in order, and
/// repeated slugs get `-1`, `-2`, … the way GitHub numbers them.
public struct GitHubSlugger: Sendable {
    /// Keyed by UTF-8 bytes because JavaScript compares code units, while Swift's `String ==`
    /// would treat canonically equivalent slugs (`é` and `e` + U+0301) as duplicates.
    private var occurrences: [[UInt8]: Int] = [:]

    public init() {}

    /// The anchor for the next heading of the document, unique among those handed out so far.
    public mutating func slug(_ text: String) -> String {
        let base = Self.baseSlug(text)
        let baseKey = Array(base.utf8)
        var result = base
        // A later heading whose own text is `foo-1` collides with the generated `foo-1`; the loop
        // mirrors github-slugger so the numbering agrees with GitHub in that case too.
        while occurrences[Array(result.utf8)] != nil {
            let count = occurrences[baseKey, default: 0] + 1
            occurrences[baseKey] = count
            result = base + "-" + String(count)
        }
        occurrences[Array(result.utf8)] = 0
        return result
    }

    /// The anchor of a heading before deduplication: lowercase, delete the Unicode 13 punctuation,
    /// symbol, separator and other-number characters that are not Alphabetic, turn each ASCII
    /// space into `-`.
    public static func baseSlug(_ text: String) -> String {
        var slug = String.UnicodeScalarView()
        for scalar in JavaScriptLowercase.lowercased(text) {
            if scalar == " " {
                slug.append("-")
            } else if !SlugRemovedScalars.contains(scalar) {
                slug.append(scalar)
            }
        }
        return String(slug)
    }
}
