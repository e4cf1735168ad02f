import IQCore
import IQMarkdown

/// `# 网易面经` over `## 面经1`, `## 二面`, `### HR面`: the record of interviews, each section
/// listing what one interviewer asked. A question asked in two interviews is what happened,
/// not an entry written twice: `duplicate-question` reports it as an `info`.
enum InterviewRecords {
    /// The index of the innermost heading above `offset` that titles an interview record (the
    /// heading itself or one of its parents), or -1 in a file whose first line titles one
    /// without a heading (`字节大模型二面面经` over the list); nil outside records.
    static func record(at offset: Int, in file: MarkdownFile) -> Int? {
        let titles = Titles.of(file)
        let wholeFile = titles.isWholeFile ? -1 : nil
        guard !titles.indexes.isEmpty, var heading = file.document.heading(before: offset) else { return wholeFile }
        let headings = file.document.headings
        var level = heading.level + 1
        while true {
            if heading.level < level {
                if titles.indexes.contains(heading.index) { return heading.index }
                level = heading.level
            }
            guard heading.index > 0 else { return wholeFile }
            heading = headings[heading.index - 1]
        }
    }

    /// Whether `a` and `b` stand in two records (two interviews, in one file or two).
    static func areInTwoRecords(_ a: QuestionEntry, _ b: QuestionEntry) -> Bool {
        guard let first = record(at: a.range.start, in: a.file), let second = record(at: b.range.start, in: b.file) else { return false }
        return a.file.path != b.file.path || first != second
    }

    /// `company/xiaomi.md`, `companies/google.md`, `面经/字节跳动.md`: a file in a folder of interview
    /// records, one company's (or one candidate's) each; what two of them ask alike is what was asked.
    /// (The file's own folder only: a folder higher up, `~/company/…`, may be anyone's.)
    static func isInRecordsFolder(_ path: String) -> Bool {
        let components = path.lowercased().split(separator: "/")
        return components.count >= 2 && recordsFolders.contains(String(components[components.count - 2]))
    }

    static let recordsFolders: Set<String> = ["company", "companies", "公司", "面经", "mianjing", "interview-experience", "interview-experiences"]

    /// `面经`, `一面`, `二面`, `三面`, `终面`, `HR面`, `技术面`, `交叉面`, `面试经历`, `面试记录`, `笔试`.
    static func isRecordTitle(_ title: String) -> Bool {
        let text = title.lowercased().filter { !$0.isWhitespace }
        if text.contains("面经") || text.contains("面试经历") || text.contains("面试记录") || text.contains("面试经验") { return true }
        // `二面`, `1.一面（技术）`, `HR面`, `3面`: an interview round, named by its place in the
        // process; not `二面角` (a dihedral angle), whose `面` goes on in a word.
        let words = text.drop { $0.isASCII && ($0.isNumber || $0.isPunctuation) }
        guard let round = words.firstIndex(of: "面") else { return false }
        if let next = words[words.index(after: round)...].first, HanCharacters.isIdeograph(next) { return false }
        let place = String(words[..<round])
        if place.isEmpty { return words.startIndex != text.startIndex && text.first?.isNumber == true }
        let rounds = ["一", "二", "三", "四", "五", "终", "第一", "第二", "第三", "hr", "技术", "交叉", "总监", "主管", "leader"]
        if rounds.contains(place) { return true }
        // `腾讯WXG一面`, `阿里二面`: a company's round; not `另一面` (the other side) or `统一面`.
        guard place.count <= 12, !["另一", "这一", "那一", "同一", "统一", "单一", "每一", "唯一"].contains(where: { place.hasSuffix($0) }) else { return false }
        return rounds.contains { place.hasSuffix($0) }
    }

    /// `自我介绍`, `反问`, `手撕代码`: a step every interview has, not a question a record asks
    /// of its own; in two records it is two interviews following one script.
    static func isStep(_ text: String) -> Bool {
        // Steps are a few words (`自我介绍`, `tell me about yourself`): most questions are longer.
        guard text.utf8.count <= maximumStepBytes else { return false }
        let words = text.lowercased().filter { $0.isLetter || $0.isNumber }
        if steps.contains(words) { return true }
        // `杂谈+反问`, `自我介绍+项目`: steps joined.
        let parts = text.lowercased().split { "+＋、/&和".contains($0) }.map { $0.filter { $0.isLetter || $0.isNumber } }
        return parts.count >= 2 && parts.allSatisfy { steps.contains($0) || chat.contains($0) }
    }

    /// Talk around the questions, a step only beside another.
    /// The longest step, in bytes (`先做个自我介绍+项目介绍`, `Tell me about yourself.`).
    static let maximumStepBytes = 48

    private static let chat: Set<String> = ["杂谈", "闲聊", "聊天", "聊人生", "hr"]

    private static let steps: Set<String> = [
        "自我介绍", "自我介绍一下", "做个自我介绍", "做一下自我介绍", "先做个自我介绍", "简单自我介绍", "反问", "反问环节", "手撕", "手撕代码",
        "代码题", "算法题", "手撕算法题", "项目介绍", "介绍项目", "介绍一下项目", "聊项目", "实习项目介绍", "实习介绍", "介绍实习",
        "项目细节", "实习项目细节", "深挖项目", "项目深挖", "一道编程题", "编程题", "两道编程题", "两道算法题", "introduceyourself", "tellmeaboutyourself",
        "selfintroduction", "项目", "项目经历", "实习", "实习经历", "聊实习", "研究方向", "论文", "介绍论文", "论文介绍", "聊论文",
    ]

    struct Titles: Sendable {
        let indexes: Set<Int>
        /// The file opens with a short paragraph titling a record, before any heading, or stands
        /// in a folder of records (`company/xiaomi.md`, `面经/字节.md`).
        let isWholeFile: Bool

        static func of(_ file: MarkdownFile) -> Titles {
            file.derived.value(Titles.self) { _ in
                var isWholeFile = InterviewRecords.isInRecordsFolder(file.path)
                if !isWholeFile, case .paragraph(let first)? = file.document.blocks.first {
                    let line = first.text.split(separator: "\n").first.map(String.init) ?? ""
                    isWholeFile = line.count <= 40 && (isRecordTitle(line) || QuestionScopes.namesARound(line))
                }
                return Titles(indexes: Set(file.document.headings.filter { isRecordTitle($0.text) || QuestionScopes.namesARound($0.text) }.map(\.index)),
                              isWholeFile: isWholeFile)
            }
        }
    }
}
