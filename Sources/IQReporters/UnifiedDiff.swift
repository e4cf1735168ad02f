/// A unified diff of two texts by lines (Myers' algorithm), as `--diff` prints it.
public enum UnifiedDiff {
    public static func diff(old: String, new: String, oldPath: String, newPath: String, context: Int = 3) -> String {
        let a = lines(old), b = lines(new)
        let script = editScript(a, b)
        guard script.contains(where: { $0.kind != .same }) else { return "" }
        var output = "--- \(oldPath)\n+++ \(newPath)\n"
        var index = 0
        while index < script.count {
            guard let firstChange = script[index...].firstIndex(where: { $0.kind != .same }) else { break }
            var hunkStart = max(index, firstChange - context)
            if hunkStart < index { hunkStart = index }
            var hunkEnd = firstChange
            var cursor = firstChange
            while cursor < script.count {
                if script[cursor].kind != .same { hunkEnd = cursor; cursor += 1; continue }
                let nextChange = script[cursor...].firstIndex { $0.kind != .same }
                if let nextChange, nextChange - hunkEnd - 1 <= context * 2 { cursor = nextChange; continue }
                break
            }
            let end = min(script.count, hunkEnd + context + 1)
            let hunk = script[hunkStart..<end]
            let oldStart = hunk.first?.oldLine ?? 0, newStart = hunk.first?.newLine ?? 0
            let oldCount = hunk.count { $0.kind != .inserted }, newCount = hunk.count { $0.kind != .deleted }
            output += "@@ -\(oldCount == 0 ? oldStart - 1 : oldStart),\(oldCount) +\(newCount == 0 ? newStart - 1 : newStart),\(newCount) @@\n"
            for step in hunk {
                switch step.kind {
                case .same: output += " " + step.text
                case .deleted: output += "-" + step.text
                case .inserted: output += "+" + step.text
                }
                // By bytes: a line ending "\r\n" is one Character, which `hasSuffix("\n")` does not see.
                if step.text.utf8.last != UInt8(ascii: "\n") { output += "\n\\ No newline at end of file\n" }
            }
            index = end
        }
        return output
    }

    struct Step {
        enum Kind { case same, deleted, inserted }
        let kind: Kind
        let text: String
        /// 1-based line numbers where this step sits in each text.
        let oldLine: Int
        let newLine: Int
    }

    /// Lines with their endings, so that a changed line ending shows as a change.
    static func lines(_ text: String) -> [String] {
        var result: [String] = []
        var current = ""
        for character in text {
            current.append(character)
            if character == "\n" || character == "\r\n" { result.append(current); current = "" }
        }
        if !current.isEmpty { result.append(current) }
        return result
    }

    static func editScript(_ a: [String], _ b: [String]) -> [Step] {
        let n = a.count, m = b.count, maxD = n + m
        let offset = maxD + 1
        var v = [Int](repeating: 0, count: 2 * maxD + 3)
        var trace: [[Int]] = []
        var found = false
        for d in 0...maxD {
            trace.append(v)
            for k in stride(from: -d, through: d, by: 2) {
                var x = (k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1])) ? v[offset + k + 1] : v[offset + k - 1] + 1
                var y = x - k
                while x < n, y < m, a[x] == b[y] { x += 1; y += 1 }
                v[offset + k] = x
                if x >= n && y >= m { found = true; break }
            }
            if found { trace.append(v); break }
        }
        var steps: [Step] = []
        var x = n, y = m
        for d in stride(from: trace.count - 2, through: 0, by: -1) {
            let vPrev = trace[d]
            let k = x - y
            let prevK = (k == -d || (k != d && vPrev[offset + k - 1] < vPrev[offset + k + 1])) ? k + 1 : k - 1
            let prevX = vPrev[offset + prevK], prevY = prevX - prevK
            while x > prevX, y > prevY {
                steps.append(Step(kind: .same, text: a[x - 1], oldLine: x, newLine: y))
                x -= 1; y -= 1
            }
            if d > 0 {
                if x == prevX { steps.append(Step(kind: .inserted, text: b[y - 1], oldLine: x + 1, newLine: y)) }
                else { steps.append(Step(kind: .deleted, text: a[x - 1], oldLine: x, newLine: y + 1)) }
            }
            x = prevX; y = prevY
        }
        return steps.reversed()
    }
}
