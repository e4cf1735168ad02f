/// The date an entry names (`* [Mar  8. Rust Community Team Meeting …](…)`, `* 2026-04-18 |
/// Virtual | […](…)`, `- 3月8日 线下分享：[…](…)`): an events calendar lists a weekly meeting or a
/// conference's days at one address, each entry on its own date.
enum EntryDates {
    /// The first date written in `text`, normalised (`mar 8`, `2026-4-18`, `3月8日`); nil when it holds none.
    static func date(in text: String) -> String? {
        let characters = Array(text)
        var index = 0
        while index < characters.count {
            if let iso = isoDate(characters, at: index) { return iso }
            if let chinese = chineseDate(characters, at: index) { return chinese }
            if characters[index].isLetter, index == 0 || !characters[index - 1].isLetter, let named = monthDay(characters, at: index) { return named }
            index += 1
        }
        return nil
    }

    private static func digits(_ characters: [Character], at start: Int, atMost: Int) -> (value: Int, end: Int)? {
        var end = start
        while end < characters.count, end - start < atMost, characters[end].isASCII, characters[end].isNumber { end += 1 }
        guard end > start, end == characters.count || !(characters[end].isASCII && characters[end].isNumber) else { return nil }
        return (Int(String(characters[start..<end]))!, end)
    }

    /// `2026-04-18`.
    private static func isoDate(_ characters: [Character], at start: Int) -> String? {
        guard start == 0 || !(characters[start - 1].isASCII && characters[start - 1].isNumber),
              let year = digits(characters, at: start, atMost: 4), year.end - start == 4, year.end < characters.count, characters[year.end] == "-",
              let month = digits(characters, at: year.end + 1, atMost: 2), month.end < characters.count, characters[month.end] == "-",
              let day = digits(characters, at: month.end + 1, atMost: 2), (1...12).contains(month.value), (1...31).contains(day.value) else { return nil }
        return "\(year.value)-\(month.value)-\(day.value)"
    }

    /// `3月8日`.
    private static func chineseDate(_ characters: [Character], at start: Int) -> String? {
        guard start == 0 || !(characters[start - 1].isASCII && characters[start - 1].isNumber),
              let month = digits(characters, at: start, atMost: 2), month.end < characters.count, characters[month.end] == "月",
              let day = digits(characters, at: month.end + 1, atMost: 2), day.end < characters.count, characters[day.end] == "日" || characters[day.end] == "号",
              (1...12).contains(month.value), (1...31).contains(day.value) else { return nil }
        return "\(month.value)月\(day.value)日"
    }

    /// `Mar  8`, `March 8`, `Oct 19 & 20`: a month's name, then the day.
    private static func monthDay(_ characters: [Character], at start: Int) -> String? {
        var end = start
        while end < characters.count, characters[end].isLetter { end += 1 }
        let word = String(characters[start..<end]).lowercased()
        // The name whole, or its first three or four letters (`Mar`, `Sept`).
        guard let month = months.first(where: { word == $0 || (3...4).contains(word.count) && $0.hasPrefix(word) }) else { return nil }
        var next = end
        if next < characters.count, characters[next] == "." { next += 1 }
        guard next < characters.count, characters[next] == " " else { return nil }
        while next < characters.count, characters[next] == " " { next += 1 }
        guard let day = digits(characters, at: next, atMost: 2), (1...31).contains(day.value) else { return nil }
        return "\(month.prefix(3)) \(day.value)"
    }

    private static let months = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]
}
