/// `Elements of Programming Interviews (C++ version)` and `Elements of Programming Interviews in
/// Python`; `How do you reverse a string in Java?` and `… in Python?`: one title or question for
/// two programming languages, two books or two questions (a reading list keeps every language's
/// edition; a bank asks each language's way).
enum LanguageVersions {
    /// Whether each text names a programming language and no language the other names.
    static func nameTwoLanguages(_ first: String, _ second: String) -> Bool {
        let a = languages(in: first)
        guard !a.isEmpty else { return false }
        let b = languages(in: second)
        return !b.isEmpty && a.isDisjoint(with: b)
    }

    /// The programming languages `text` names as words (`C++`, `C#`, `Python`, `golang`), each by
    /// one name (`JS` is JavaScript).
    ///
    /// Read byte by byte (asked of every pair a bank reports): a word becomes a string only when
    /// its length and first letter are those of a name.
    static func languages(in text: String) -> Set<String> {
        var found = Set<String>()
        var word: [UInt8] = []
        func close() {
            if (2...10).contains(word.count), firstLetters.contains(word[0]), let name = names[String(decoding: word, as: UTF8.self)] { found.insert(name) }
            word.removeAll(keepingCapacity: true)
        }
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): word.append(byte | 0x20)
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "+"), UInt8(ascii: "#"): word.append(byte)
            default: close()
            }
        }
        close()
        return found
    }

    /// Written names, lowercased, and the language each names. (`Go`, `R`, `C` are words of
    /// other kinds too often to tell.)
    private static let names: [String: String] = {
        var names: [String: String] = [:]
        for language in ["c++", "c#", "f#", "java", "python", "javascript", "typescript", "golang", "rust", "ruby", "php", "kotlin", "scala", "haskell",
                         "perl", "lua", "dart", "elixir", "erlang", "clojure", "julia", "matlab", "ocaml", "groovy", "fortran", "cobol"] {
            names[language] = language
        }
        for (alias, language) in [("cpp", "c++"), ("js", "javascript"), ("ts", "typescript"), ("python3", "python"), ("python2", "python"), ("py", "python")] {
            names[alias] = language
        }
        return names
    }()

    /// The first letters of the written names.
    private static let firstLetters = Set(names.keys.compactMap(\.utf8.first))
}
