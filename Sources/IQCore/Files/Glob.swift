/// Shell-style path patterns: `*` and `?` stay within one path segment, `**` spans segments,
/// `[abc]` is a character class. A pattern without `/` matches the file name at any depth.
public struct Glob: Sendable, Hashable {
    public let pattern: String
    private let segments: [String]

    public init(_ pattern: String) {
        var normalized = pattern
        while normalized.hasPrefix("./") { normalized.removeFirst(2) }
        if !normalized.contains("/") { normalized = "**/" + normalized }
        if normalized.hasSuffix("/") { normalized += "**" }
        self.pattern = pattern
        segments = normalized.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
    }

    /// Matches a relative path with `/` separators.
    public func matches(_ path: String) -> Bool {
        var trimmed = path
        while trimmed.hasPrefix("./") { trimmed.removeFirst(2) }
        let parts = trimmed.split(separator: "/").map(String.init)
        return match(segments[...], parts[...])
    }

    private func match(_ pattern: ArraySlice<String>, _ parts: ArraySlice<String>) -> Bool {
        guard let head = pattern.first else { return parts.isEmpty }
        if head == "**" {
            let rest = pattern.dropFirst()
            for start in parts.indices + [parts.endIndex] where match(rest, parts[start...]) { return true }
            return false
        }
        guard let part = parts.first, Glob.matchSegment(Array(head), Array(part)) else { return false }
        return match(pattern.dropFirst(), parts.dropFirst())
    }

    static func matchSegment(_ pattern: [Character], _ text: [Character]) -> Bool {
        var p = 0, t = 0
        var starP = -1, starT = 0
        while t < text.count {
            if p < pattern.count, pattern[p] == "[", let (matched, next) = matchClass(pattern, p, text[t]) {
                if matched { p = next; t += 1; continue }
            } else if p < pattern.count, pattern[p] == "?" || pattern[p] == text[t] {
                p += 1; t += 1; continue
            } else if p < pattern.count, pattern[p] == "*" {
                starP = p; starT = t; p += 1; continue
            }
            if starP >= 0 { p = starP + 1; starT += 1; t = starT; continue }
            return false
        }
        while p < pattern.count, pattern[p] == "*" { p += 1 }
        return p == pattern.count
    }

    private static func matchClass(_ pattern: [Character], _ open: Int, _ character: Character) -> (Bool, Int)? {
        var index = open + 1
        var negate = false
        if index < pattern.count, pattern[index] == "!" || pattern[index] == "^" { negate = true; index += 1 }
        var matched = false
        var first = true
        while index < pattern.count, pattern[index] != "]" || first {
            first = false
            if index + 2 < pattern.count, pattern[index + 1] == "-", pattern[index + 2] != "]" {
                if pattern[index] <= character && character <= pattern[index + 2] { matched = true }
                index += 3
            } else {
                if pattern[index] == character { matched = true }
                index += 1
            }
        }
        guard index < pattern.count else { return nil }
        return (matched != negate, index + 1)
    }
}
