import IQCore

/// The folders a repository's `.gitmodules` declares as submodules. A plain clone, or an
/// archive, holds them empty or not at all; a recursive clone, and GitHub's page of the
/// folder, show another repository there, so a link into one is no link to a missing file.
enum Submodules {
    /// How many folders above the file's are searched when no repository root (`.git`) stops the search first.
    static let maximumLevels = 8

    /// The absolute paths of the submodules declared in the `.gitmodules` of the repository
    /// holding `folder` (found in it or above it, up to the folder holding `.git`); empty without one.
    static func paths(above folder: String) -> [String] {
        var current = FileSystem.absolute(folder)
        for _ in 0...maximumLevels {
            let file = current == "/" ? "/.gitmodules" : current + "/.gitmodules"
            if FileSystem.kind(of: file) == .file, let bytes = try? FileSystem.readBytes(file) {
                let root = current
                return declaredPaths(in: String(decoding: bytes, as: UTF8.self)).map { FileSystem.absolute($0, from: root) }
            }
            let parent = FileSystem.folder(of: current)
            guard FileSystem.kind(of: current + "/.git") == .missing, parent != current else { return [] }
            current = parent
        }
        return []
    }

    /// The `path = …` values of a `.gitmodules` file (git's configuration syntax: `path=x` and
    /// `path = "x"` too).
    static func declaredPaths(in text: String) -> [String] {
        text.split(whereSeparator: \.isNewline).compactMap { line in
            let trimmed = line.trimmingPrefix { $0 == " " || $0 == "\t" }
            guard trimmed.hasPrefix("path"), let equals = trimmed.firstIndex(of: "="),
                  trimmed[trimmed.index(trimmed.startIndex, offsetBy: 4)..<equals].allSatisfy({ $0 == " " || $0 == "\t" }) else { return nil }
            var value = trimmed[trimmed.index(after: equals)...].trimmingPrefix { $0 == " " || $0 == "\t" }
            while let last = value.last, last == " " || last == "\t" || last == "\r" { value = value.dropLast() }
            if value.count >= 2, value.first == "\"", value.last == "\"" { value = value.dropFirst().dropLast() }
            while value.hasSuffix("/") { value = value.dropLast() }
            return value.isEmpty ? nil : String(value)
        }
    }

    /// Whether the absolute `path` is a submodule of `submodules` or lies inside one.
    static func holds(_ path: String, _ submodules: [String]) -> Bool {
        submodules.contains { path == $0 || path.hasPrefix($0 + "/") }
    }
}
