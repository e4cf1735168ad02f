/// `What functions call this function?` and `What functions are called by this function?`: the
/// same words, one sentence active and the other passive with its parts in the same order, so
/// the roles are reversed. Two questions asking opposite things.
enum PassiveVoice {
    static func reversesRoles(_ first: String, _ second: String) -> Bool {
        // A passive needs `by`, which no scalar but ASCII `b` and `y` lowercases to: most pairs
        // have none, and are not split into words.
        guard mayHoldBy(first) || mayHoldBy(second) else { return false }
        let a = words(of: first), b = words(of: second)
        return isPassiveOf(a, b) || isPassiveOf(b, a)
    }

    /// Whether `passive` is `active` with a verb `V` written `are V-ed by` (or `is`, `was`,
    /// `were`, `be`, `been`), everything else in the same order.
    private static func isPassiveOf(_ active: [Substring], _ passive: [Substring]) -> Bool {
        guard let by = passive.firstIndex(of: "by"), by >= 2, passive.count == active.count + 2 else { return false }
        let participle = passive[by - 1], auxiliary = passive[by - 2]
        guard auxiliaries.contains(String(auxiliary)), participle.hasSuffix("ed") else { return false }
        // The passive without its auxiliary and `by`, its participle where the active verb stands.
        var rebuilt = Array(passive[..<(by - 2)])
        let verbIndex = rebuilt.count
        rebuilt.append(participle)
        rebuilt += passive[(by + 1)...]
        guard rebuilt.count == active.count else { return false }
        for index in rebuilt.indices where index != verbIndex {
            guard rebuilt[index] == active[index] else { return false }
        }
        let verb = active[verbIndex]
        let stem = participle.dropLast(participle.hasSuffix("eed") ? 1 : 2)
        return verb == stem || verb == stem + "s" || verb + "d" == participle || verb.dropLast() + "ed" == participle
    }

    private static let auxiliaries: Set<String> = ["is", "are", "was", "were", "be", "been", "being", "get", "gets", "got"]

    /// Whether `text` has `b` and `y` side by side, in any case.
    private static func mayHoldBy(_ text: String) -> Bool {
        var previousIsB = false
        for byte in text.utf8 {
            if previousIsB, byte | 0x20 == UInt8(ascii: "y") { return true }
            previousIsB = byte | 0x20 == UInt8(ascii: "b")
        }
        return false
    }

    private static func words(of text: String) -> [Substring] {
        text.lowercased().split { !($0.isLetter || $0.isNumber) }
    }
}
