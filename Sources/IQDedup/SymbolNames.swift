/// Names that differ only in a symbol, which punctuation removal would merge: `C`, `C++`, `C#`,
/// `F#`, `.NET`, `Node.js`, `B+树`. They are spelled out as words before tokenising: `C++` → `cpp`
/// (the way file extensions write it), `C#` → `csharp`, `.NET` → `dotnet`, `Node.js` → `nodejs`,
/// `B+` → `bplus`.
enum SymbolNames {
    /// Whether `text` has a symbol that may belong to a name: keeps most texts on the fast path.
    static func mayContainSymbolName(_ text: String) -> Bool {
        text.utf8.contains { $0 == UInt8(ascii: "+") || $0 == UInt8(ascii: "#") || $0 == UInt8(ascii: ".") }
    }

    static func rewrite(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        var output = String.UnicodeScalarView()
        var index = 0
        func isLetter(_ i: Int) -> Bool {
            guard i >= 0, i < scalars.count else { return false }
            let v = scalars[i].value
            return (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A)
        }
        func isWordPart(_ i: Int) -> Bool {
            guard i >= 0, i < scalars.count else { return false }
            return isLetter(i) || (scalars[i].value >= 0x30 && scalars[i].value <= 0x39)
        }
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "+", index + 1 < scalars.count, scalars[index + 1] == "+", isLetter(index - 1), !isWordPart(index + 2) {
                output.append(contentsOf: "pp".unicodeScalars)
                index += 2
            } else if scalar == "+", isLetter(index - 1), !isLetter(index - 2), !isWordPart(index - 2), !isWordPart(index + 1),
                      index + 1 >= scalars.count || scalars[index + 1] != "+" {
                // "B+树", "B+ tree": a one-letter name and its plus, another structure than "B树".
                output.append(contentsOf: "plus".unicodeScalars)
                index += 1
            } else if scalar == "#", isLetter(index - 1), !isLetter(index - 2), !isWordPart(index + 1) {
                output.append(contentsOf: "sharp".unicodeScalars)
                index += 1
            } else if scalar == ".", !isWordPart(index - 1), isLetter(index + 1) {
                // ".NET": a name that starts with a dot.
                output.append(contentsOf: "dot".unicodeScalars)
                index += 1
            } else if scalar == ".", isLetter(index - 1), index + 2 < scalars.count,
                      scalars[index + 1].properties.lowercaseMapping == "j", scalars[index + 2].properties.lowercaseMapping == "s",
                      !isWordPart(index + 3) {
                // "Node.js", "Vue.js": one name, also written NodeJS.
                output.append(contentsOf: "js".unicodeScalars)
                index += 3
            } else {
                output.append(scalar)
                index += 1
            }
        }
        return String(output)
    }
}
