import IQMarkdown

/// Texts that open with a date: a schedule's items, a calendar's events, dated meetings.
enum DateOpenings {
    /// `May 3`, `2024-05-03`, `3/7/2018`, `5月3日`, and after a weekday: `Tuesday, July 27th`.
    static func opensWithADate(_ text: String) -> Bool {
        var trimmed = text.trimmedWhitespace.lowercased()
        if let word = trimmed.split(whereSeparator: { !$0.isLetter }).first, trimmed.hasPrefix(word),
           weekdays.contains(where: { word == $0 || word.count == 3 && $0.hasPrefix(word) }) {
            trimmed = String(trimmed.dropFirst(word.count).drop { $0 == "," || $0 == "." || $0 == " " })
        }
        let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
        if let word = trimmed.split(whereSeparator: { !$0.isLetter }).first, months.contains(String(word.prefix(3))),
           trimmed.hasPrefix(word), word.count == 3 || word.count >= 4 && monthNames.contains(String(word)) {
            return trimmed.dropFirst(word.count).drop { !$0.isNumber && !$0.isLetter }.first?.isNumber == true
        }
        let digits = trimmed.prefix { $0.isNumber }
        guard (1...4).contains(digits.count), let mark = trimmed.dropFirst(digits.count).first else { return false }
        return "-/.月".contains(mark) && trimmed.dropFirst(digits.count + 1).first?.isNumber == true
    }

    private static let weekdays = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

    private static let monthNames: Set<String> = ["january", "february", "march", "april", "june", "july", "august", "september",
                                                   "october", "november", "december", "sept"]
}
