/// `[MIT (video)](…)` under `BFS` and again under `DFS`, `[Sedgewick (video)](…)`, `[Lecture
/// notes (PDF)](…)`: a curriculum names each lecture by its source and its medium, the same words
/// for another lecture each time; linking two pages, they are two entries, not a question asked twice.
enum MediaLabels {
    /// Whether `text` is a short name (three words at most) with a medium in brackets after it,
    /// asking nothing.
    static func isMediaLabel(_ text: String) -> Bool {
        let trimmed = text.trimmedWhitespace
        guard let last = trimmed.last, last == ")" || last == "）" || last == "]", trimmed.utf8.count <= 60,
              let open = trimmed.lastIndex(where: { $0 == "(" || $0 == "（" || $0 == "[" }) else { return false }
        let medium = String(trimmed[trimmed.index(after: open)..<trimmed.index(before: trimmed.endIndex)]).trimmedWhitespace.lowercased()
        let name = String(trimmed[..<open]).trimmedWhitespace
        guard media.contains(medium), !name.isEmpty, !name.contains("?"), !name.contains("？") else { return false }
        return name.split(separator: " ").count <= 3
    }

    private static let media: Set<String> = ["video", "videos", "pdf", "slides", "book", "article", "paper", "course", "lecture", "lectures",
                                             "playlist", "audio", "podcast", "notes", "code", "视频", "文章", "课程", "幻灯片", "讲义", "论文"]
}
