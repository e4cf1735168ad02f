/// Shell-style path patterns: `*` and `?` stay within one path segment, `**` spans segments,
/// `[abc]` is a character class. A pattern without `/` matches a file or folder name at any
/// depth. Braces (`{a,b}`) and negation (`!`) are handled by `PathPatterns`.
public struct Glob: Sendable, Hashable {
    public let pattern: String
    private let segments: [String]

    public init(_ pattern: String) {
        var normalized = pattern
        while normalized.hasPrefix("./") { normalized.removeFirst(2) }
        // A leading `/` anchors to the configuration's folder, which a pattern with `/` already is.
        if normalized.hasPrefix("/") { normalized.removeFirst() }
        if !normalized.contains("/") { normalized = "**/" + normalized }
        if normalized.hasSuffix("/") { normalized += "**" }
        self.pattern = pattern
        segments = normalized.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
    }

    /// Matches a relative path with `/` separators.
    public func matches(_ path: String) -> Bool {
        let parts = PathSplitting.components(PathSplitting.droppingCurrentFolder(path)).map(String.init)
        return Glob.match(segments, parts)
    }

    /// Matches the path itself or one of the folders it is in, the way `.gitignore` does:
    /// `vendor` and `docs/old` cover everything below them.
    public func matchesPathOrAncestor(_ path: String) -> Bool {
        let parts = PathSplitting.components(PathSplitting.droppingCurrentFolder(path)).map(String.init)
        guard !parts.isEmpty else { return false }
        for count in stride(from: parts.count, through: 1, by: -1) where Glob.match(segments, Array(parts[..<count])) {
            return true
        }
        return false
    }

    /// Segment matching with `**`, iterative: one backtracking point per `**`, like `*` in a segment.
    private static func match(_ pattern: [String], _ parts: [String]) -> Bool {
        var p = 0, t = 0
        var starP = -1, starT = 0
        while t < parts.count {
            if p < pattern.count, pattern[p] == "**" {
                starP = p; starT = t; p += 1; continue
            }
            if p < pattern.count, matchSegment(Array(pattern[p]), Array(parts[t])) {
                p += 1; t += 1; continue
            }
            if starP >= 0 { p = starP + 1; starT += 1; t = starT; continue }
            return false
        }
        while p < pattern.count, pattern[p] == "**" { p += 1 }
        return p == pattern.count
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

    /// Why iqlint cannot use `pattern`, or nil. Checked when the configuration is read so a
    /// pattern never silently matches nothing.
    public static func problem(in pattern: String) -> String? {
        if pattern.isEmpty || pattern == "!" { return "empty pattern" }
        // Paths are short; a huge pattern or brace nest is a mistake, and bounding it bounds the expansion work.
        if pattern.count > 4096 { return "pattern longer than 4096 characters" }
        if pattern.count(where: { $0 == "{" }) > 32 { return "more than 32 '{' in '\(pattern.prefix(40))…'" }
        var body = Substring(pattern)
        if body.hasPrefix("!") { body = body.dropFirst() }
        if body.contains("!") && !body.contains("[") { return "'!' negates only at the start of a pattern ('\(pattern)')" }
        var depth = 0
        var inClass = false
        for character in body {
            switch character {
            case "[" where !inClass: inClass = true
            case "]" where inClass: inClass = false
            case "{" where !inClass: depth += 1
            case "}" where !inClass:
                depth -= 1
                if depth < 0 { return "'}' without '{' in '\(pattern)'" }
            default: break
            }
        }
        if inClass { return "'[' without ']' in '\(pattern)'" }
        if depth != 0 { return "'{' without '}' in '\(pattern)'" }
        for segment in body.split(separator: "/") where segment.contains("**") && segment != "**" {
            return "'**' must be a whole path segment ('\(pattern)'); use '*' inside a name"
        }
        if body.contains("\\") { return "'\\' is not supported in patterns ('\(pattern)'); use '/' between folders" }
        guard let expanded = expandBraces(String(body)) else {
            return "'\(pattern)' expands to more than \(maximumAlternatives) patterns"
        }
        if expanded.contains(where: \.isEmpty) { return "'\(pattern)' has an empty alternative" }
        return nil
    }

    static let maximumAlternatives = 256

    /// `a{b,c}d` → `abd`, `acd`; nested braces too. nil when the expansion would exceed
    /// `maximumAlternatives` (a pattern is a user input: bounded, no recursion).
    public static func expandBraces(_ pattern: String) -> [String]? {
        var pending = [pattern]
        var result: [String] = []
        while let current = pending.popLast() {
            let characters = Array(current)
            guard let (open, close, alternatives) = firstBraceGroup(characters) else {
                result.append(current)
                if result.count > maximumAlternatives { return nil }
                continue
            }
            let prefix = String(characters[..<open]), suffix = String(characters[(close + 1)...])
            for alternative in alternatives.reversed() { pending.append(prefix + alternative + suffix) }
            if pending.count + result.count > maximumAlternatives { return nil }
        }
        return result
    }

    private static func firstBraceGroup(_ characters: [Character]) -> (Int, Int, [String])? {
        var inClass = false
        var open: Int?
        var depth = 0
        var alternatives: [String] = []
        var current = ""
        for (index, character) in characters.enumerated() {
            if open == nil {
                if character == "[" { inClass = true } else if character == "]" { inClass = false }
                if character == "{", !inClass { open = index; depth = 1 }
                continue
            }
            switch character {
            case "{": depth += 1; current.append(character)
            case "}":
                depth -= 1
                if depth == 0 {
                    alternatives.append(current)
                    return (open!, index, alternatives)
                }
                current.append(character)
            case "," where depth == 1:
                alternatives.append(current)
                current = ""
            default:
                current.append(character)
            }
        }
        return nil
    }
}
