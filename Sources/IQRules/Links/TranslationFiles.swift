import IQCore

/// Files that translate each other (`README.md`, `README.zh-CN.md`, `translations/README-ja.md`,
/// `docs/zh/guide.md`): the same links in them are the translation, not a duplicate.
enum TranslationFiles {
    /// ISO 639-1 codes, and the country codes and names that READMEs use for a language
    /// (`README-cn.md`, `README-ptbr.md`, `README-kh.md`, `README_chinese.md`).
    static let languages: Set<String> = [
        "aa", "ab", "ae", "af", "ak", "am", "an", "ar", "as", "av", "ay", "az", "ba", "be", "bg", "bh", "bi", "bm", "bn", "bo",
        "br", "bs", "ca", "ce", "ch", "co", "cr", "cs", "cu", "cv", "cy", "da", "de", "dv", "dz", "ee", "el", "en", "eo", "es",
        "et", "eu", "fa", "ff", "fi", "fj", "fo", "fr", "fy", "ga", "gd", "gl", "gn", "gu", "gv", "ha", "he", "hi", "ho", "hr",
        "ht", "hu", "hy", "hz", "ia", "id", "ie", "ig", "ii", "ik", "io", "is", "it", "iu", "ja", "jv", "ka", "kg", "ki", "kj",
        "kk", "kl", "km", "kn", "ko", "kr", "ks", "ku", "kv", "kw", "ky", "la", "lb", "lg", "li", "ln", "lo", "lt", "lu", "lv",
        "mg", "mh", "mi", "mk", "ml", "mn", "mr", "ms", "mt", "my", "na", "nb", "nd", "ne", "ng", "nl", "nn", "no", "nr", "nv",
        "ny", "oc", "oj", "om", "or", "os", "pa", "pi", "pl", "ps", "pt", "qu", "rm", "rn", "ro", "ru", "rw", "sa", "sc", "sd",
        "se", "sg", "si", "sk", "sl", "sm", "sn", "so", "sq", "sr", "ss", "st", "su", "sv", "sw", "ta", "te", "tg", "th", "ti",
        "tk", "tl", "tn", "to", "tr", "ts", "tt", "tw", "ty", "ug", "uk", "ur", "uz", "ve", "vi", "vo", "wa", "wo", "xh", "yi",
        "yo", "za", "zh", "zu",
        "cn", "hk", "jp", "ua", "kh", "vn", "gr", "dk", "ir", "in", "hans", "hant", "chs", "cht",
        "ptbr", "zhcn", "zhtw", "zhhk", "fil", "np", "english", "chinese",
    ]
    /// Folder names taken for a language (`docs/zh/`): the common ones only, as `cv/`, `ml/` or
    /// `os/` are topics far more often than Chuvash, Malayalam or Ossetian.
    static let folderLanguages: Set<String> = ["en", "zh", "cn", "tw", "hk", "hans", "hant", "ja", "jp", "ko", "kr", "fr", "de", "es",
                                               "pt", "br", "ru", "it", "vi", "tr", "ar", "fa", "id", "pl", "uk", "ua", "nl", "th", "hi",
                                               "he", "sv", "cs", "chs", "cht", "english", "chinese"]
    static let folders: Set<String> = ["translations", "translation", "i18n", "locales", "lang", "languages"]
    /// A folder named after a language in English (`Chinese/`, `Portuguese/`): the collection
    /// translated, compared only with files of its own language.
    static let languageFolders: Set<String> = ["chinese", "english", "spanish", "portuguese", "french", "german", "russian", "japanese",
                                               "korean", "persian", "arabic", "turkish", "vietnamese", "indonesian", "italian", "polish",
                                               "ukrainian", "hindi", "bengali", "thai", "dutch", "greek", "hebrew", "czech", "swedish",
                                               "romanian", "hungarian", "urdu", "nepali", "tamil", "telugu", "marathi", "malay", "filipino",
                                               "uzbek", "kazakh", "azerbaijani", "georgian", "armenian", "serbian", "croatian", "bulgarian",
                                               "slovak", "slovenian", "danish", "norwegian", "finnish", "estonian", "latvian", "lithuanian",
                                               "basque", "catalan", "galician", "brazilian"]
    /// What a file name's tail may name: a code, or a language in English (`README.korean.md`,
    /// `README.brazilian-portuguese.md`).
    static let fileLanguages = languages.union(languageFolders)

    /// True when `a` and `b` are different files that are translations of each other, by their
    /// names or by a configured group of globs (`conventions: translations:`).
    static func areTranslations(_ a: String, _ b: String, groups: [[String]]) -> Bool {
        guard a != b else { return false }
        for group in groups {
            let globs = group.map(Glob.init)
            if globs.contains(where: { $0.matches(a) }), globs.contains(where: { $0.matches(b) }) { return true }
        }
        let (keyA, keyB) = (key(a), key(b))
        if keyA == keyB { return true }
        // `git/git_quiz_fr.md` beside `git/git-quiz.md`: one of the two names a language, and the
        // words of the names differ only in their separators.
        if keyA != a.lowercased() || keyB != b.lowercased(), keyA.replacing("_", with: "-") == keyB.replacing("_", with: "-") { return true }
        // `src/translations/serbian/README.md` translates the collection, whatever its files are
        // called: it is compared only with files of its own language.
        let (scopeA, scopeB) = (translationScope(a), translationScope(b))
        return (scopeA != nil || scopeB != nil) && scopeA != scopeB
    }

    /// For a file inside a translations folder, the folder of its language (`src/translations/serbian`),
    /// or the file itself when it sits in the translations folder directly (`translations/README-ja.md`).
    static func translationScope(_ path: String) -> String? {
        let components = path.lowercased().split(separator: "/")
        if let language = components.dropLast().firstIndex(where: { languageFolders.contains(String($0)) }) {
            return components[...language].joined(separator: "/")
        }
        guard let folder = components.dropLast().firstIndex(where: { folders.contains(String($0)) }) else { return nil }
        return components[...min(folder + 1, components.count - 1)].joined(separator: "/")
    }

    /// The path with language codes and translation folders taken out.
    static func key(_ path: String) -> String {
        var components = path.lowercased().split(separator: "/").map(String.init)
        guard let name = components.popLast() else { return path }
        components = components.filter { !folders.contains($0) && !isLanguage($0, among: folderLanguages) }
        let dot = name.lastIndex(of: ".") ?? name.endIndex
        var stem = String(name[..<dot])
        let ext = String(name[dot...])
        // `README.zh-CN`, `README-ja`, `README_zh`, `free-programming-books-ro`, `README.korean`:
        // the longest tail after a separator that names a language.
        if stem.count <= 5, isLanguage(stem, among: folderLanguages), writtenInCapitals(path) {
            // `RU.md`, `DE.md`, `zh-CN.md` beside `README.md`: the README in that language (a
            // topic's page is written in small letters, `os.md`, `it.md`).
            stem = "readme"
        } else if let index = stem.indices.first(where: { ".-_".contains(stem[$0]) && isLanguage(String(stem[stem.index(after: $0)...]), among: fileLanguages) }) {
            stem = String(stem[..<index])
        }
        return (components + [stem + ext]).joined(separator: "/")
    }

    /// The file's name before its extension holds a capital and no small letter before a `-`
    /// (`RU`, `DE`, `zh-CN` aside: a region after the language).
    private static func writtenInCapitals(_ path: String) -> Bool {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        let stem = name.split(separator: ".").first.map(String.init) ?? name
        let parts = stem.split(whereSeparator: { $0 == "-" || $0 == "_" })
        guard let last = parts.last, last.allSatisfy({ $0.isUppercase }) else { return false }
        return parts.count > 1 || stem.allSatisfy(\.isUppercase)
    }

    /// A language code, with its region or script after it (`he-IL`, `pt-BR`, `zh-Hans-CN`):
    /// after the language, any two letters are a region and any four a script.
    static func isLanguage(_ text: String, among codes: Set<String> = languages) -> Bool {
        let parts = text.split(whereSeparator: { $0 == "-" || $0 == "_" })
        guard let first = parts.first, parts.count <= 3, codes.contains(String(first)) else { return false }
        return parts.dropFirst().allSatisfy { part in
            codes.contains(String(part)) || (part.count == 2 || part.count == 4) && part.allSatisfy { $0.isASCII && $0.isLetter }
        }
    }
}
