import IQCore

/// Files that translate each other (`README.md`, `README.zh-CN.md`, `translations/README-ja.md`,
/// `docs/zh/guide.md`): the same links in them are the translation, not a duplicate.
enum TranslationFiles {
    static let languages: Set<String> = ["en", "zh", "cn", "tw", "hk", "hans", "hant", "ja", "jp", "ko", "kr", "fr", "de", "es", "pt", "br",
                                         "ru", "it", "vi", "tr", "ar", "fa", "id", "pl", "uk", "ua", "nl", "th", "hi", "he", "sv", "cs",
                                         "chs", "cht", "english", "chinese"]
    static let folders: Set<String> = ["translations", "translation", "i18n", "locales", "lang", "languages"]

    /// True when `a` and `b` are different files that are translations of each other, by their
    /// names or by a configured group of globs (`conventions: translations:`).
    static func areTranslations(_ a: String, _ b: String, groups: [[String]]) -> Bool {
        guard a != b else { return false }
        for group in groups {
            let globs = group.map(Glob.init)
            if globs.contains(where: { $0.matches(a) }), globs.contains(where: { $0.matches(b) }) { return true }
        }
        return key(a) == key(b)
    }

    /// The path with language codes and translation folders taken out.
    static func key(_ path: String) -> String {
        var components = path.lowercased().split(separator: "/").map(String.init)
        guard let name = components.popLast() else { return path }
        components = components.filter { !folders.contains($0) && !isLanguage($0) }
        let dot = name.lastIndex(of: ".") ?? name.endIndex
        var stem = String(name[..<dot])
        let ext = String(name[dot...])
        // `README.zh-CN`, `README-ja`, `README_zh`.
        for separator in [".", "-", "_"] as [Character] {
            guard let index = stem.firstIndex(of: separator) else { continue }
            let tail = stem[stem.index(after: index)...]
            if isLanguage(String(tail)) { stem = String(stem[..<index]); break }
        }
        return (components + [stem + ext]).joined(separator: "/")
    }

    static func isLanguage(_ text: String) -> Bool {
        let parts = text.split(whereSeparator: { $0 == "-" || $0 == "_" })
        return !parts.isEmpty && parts.count <= 3 && parts.allSatisfy { languages.contains(String($0)) }
    }
}
