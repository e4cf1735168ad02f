import IQMarkdown

/// The answer options of a multiple-choice question: `- A. AWS Lambda.` / `- B. Amazon EC2.`
/// under `12. Which of the following … (Choose TWO)`. Options name the same services, values
/// and terms across hundreds of questions on purpose; they are no questions of their own.
enum ChoiceOptions {
    /// Every item (two or more) opens with a letter label (`A.`, `b)`, `(C)`, `D、`, `A:`) and the
    /// letters go up in one case: the options, or the answer key's chosen ones (`A.` `C.`).
    static func isOptionList(_ list: MarkdownList) -> Bool {
        guard list.items.count >= 2 else { return false }
        var previous: UInt8?
        var isUpper: Bool?
        for item in list.items {
            guard let letter = label(of: item.text) else { return false }
            let upper = letter < UInt8(ascii: "a")
            if let isUpper, isUpper != upper { return false }
            isUpper = upper
            if let previous, letter <= previous { return false }
            previous = letter
        }
        return true
    }

    /// The letter of an option's label (`A. text`, `(b) text`, `C) text`, `D、text`), A–J in either case.
    static func label(of text: String) -> UInt8? {
        var bytes = text.utf8.drop { $0 == UInt8(ascii: " ") }[...]
        let opened = bytes.first == UInt8(ascii: "(")
        if opened { bytes = bytes.dropFirst() }
        guard let letter = bytes.first, (UInt8(ascii: "A")...UInt8(ascii: "J")).contains(letter) || (UInt8(ascii: "a")...UInt8(ascii: "j")).contains(letter)
        else { return nil }
        let rest = bytes.dropFirst()
        if opened { return rest.first == UInt8(ascii: ")") && rest.dropFirst().first == UInt8(ascii: " ") ? letter : nil }
        // `、` (E3 80 81) needs no space after it; `.`, `)` and `:` do, so `A.I. is…` is no label.
        if rest.starts(with: [0xE3, 0x80, 0x81]) { return letter }
        guard let close = rest.first, close == UInt8(ascii: ".") || close == UInt8(ascii: ")") || close == UInt8(ascii: ":"),
              rest.dropFirst().first == UInt8(ascii: " ") else { return nil }
        return letter
    }
}
