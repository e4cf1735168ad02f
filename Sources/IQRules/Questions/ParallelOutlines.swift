import IQCore

/// Files written from one template, each about its own subject: case studies sharing the outline
/// `Problem Formulation`, `Metrics`, `Data preparation`, or one file per company with `一面`,
/// `二面`, `HR 面`. The template's questions (`Business objective?`, `How many users?`,
/// `自我介绍`) are asked again of each subject on purpose, so a question repeated between two
/// such files is an `info`, not an error.
struct ParallelOutlines {
    /// Each file's section titles, without their numbering, lower-cased.
    private let outlines: [String: Set<String>]

    /// Section titles two files must share, and the share of the smaller outline they must make.
    static let minimumShared = 3

    init(_ files: [MarkdownFile]) {
        var outlines: [String: Set<String>] = [:]
        for file in files where outlines[file.path] == nil {
            // The first heading is the file's title: its own subject, not the template's.
            outlines[file.path] = Set(file.document.headings.dropFirst().map { Self.title($0.text) }.filter { !$0.isEmpty })
        }
        self.outlines = outlines
    }

    /// Whether two different files share most of their outline (three titles at least, and at
    /// least half of the smaller outline's).
    func areParallel(_ a: String, _ b: String) -> Bool {
        guard a != b, let first = outlines[a], let second = outlines[b] else { return false }
        let shared = first.intersection(second).count
        return shared >= Self.minimumShared && shared * 2 >= min(first.count, second.count)
    }

    /// `## 1. Problem Formulation` and `### Problem formulation`, `二、实验步骤` and `实验步骤`: one title.
    static func title(_ text: String) -> String {
        HeadingText.normalized(HeadingText.bareTitle(text))
    }
}
