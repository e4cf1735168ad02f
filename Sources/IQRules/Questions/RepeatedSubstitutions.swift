/// `source 上 vs min(target 上、中、下) = min 上` and `source 中 vs min(target 上、中、下) = min 中`:
/// one line of a table of cases written as a list, each filling its slots with another value; the
/// same character swapped for another at every place the two differ, two places at least. Each
/// is its own case, not a line written twice.
enum RepeatedSubstitutions {
    static func fillTheSlotsDifferently(_ first: String, _ second: String) -> Bool {
        // Swapping one character for another of its script keeps the length in bytes (`上`, `中`).
        guard first.utf8.count == second.utf8.count, first != second else { return false }
        let a = Array(first), b = Array(second)
        guard a.count == b.count else { return false }
        var swap: (Character, Character)?
        var places = 0
        for (x, y) in zip(a, b) where x != y {
            guard x.isLetter || x.isNumber, y.isLetter || y.isNumber else { return false }
            if let swap, swap != (x, y) { return false }
            swap = (x, y)
            places += 1
        }
        return places >= 2
    }
}
