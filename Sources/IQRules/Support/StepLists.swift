import IQCore
import IQMarkdown
import Synchronization

/// Lists an exercise or a how-to gives under a title that names them (`### Objectives`,
/// `## Requirements`, `#### Instructions`, `**Steps:**`, `## 操作步骤`): what to do, in order, not
/// questions. A step repeated on purpose (check, act, check again) or the same setup in two
/// exercises is the procedure, not a question asked twice; nor is a step missing an answer link.
enum StepLists {
    /// Whole titles (lower-cased, without numbering, emphasis or a closing colon).
    static let titles: Set<String> = [
        "objective", "objectives", "goal", "goals", "requirements", "requirement", "prerequisites", "prerequisite",
        "instructions", "instruction", "steps", "tasks", "task", "constraints", "setup", "set up", "installation",
        "install", "usage", "how to use", "getting started", "before you start", "procedure",
        "needed software", "software requirements", "system requirements", "what you need", "what you'll need", "you will need",
        "dependencies", "环境要求", "环境准备", "所需软件", "依赖",
        "how to submit", "how to contribute", "如何提交", "提交方式", "如何贡献", "贡献方式",
        "步骤", "操作步骤", "实验步骤", "要求", "实验要求", "目标", "学习目标", "实验目标", "任务", "前提", "前提条件", "准备",
        "准备工作", "安装", "使用方法", "使用说明", "具体步骤", "实现步骤", "主要步骤", "基本步骤", "一般步骤", "步骤如下", "解决步骤",
        "具体做法", "实现思路", "解题思路",
        // A solution's explanation (`## 题目解析`, `## 旧版题解`): its points are the algorithm's steps.
        "题目解析", "题解", "旧版题解", "新版题解", "解析", "思路", "解题步骤", "算法步骤", "算法流程", "解法",
    ]

    /// The list's nearest heading, or the label line right above it, names steps.
    static func isUnderStepsTitle(_ list: MarkdownList, in document: Document) -> Bool {
        if let heading = document.heading(before: list.range.start), isStepsTitle(heading.text) { return true }
        return ReferenceLists.label(above: list.range.start, in: document.source).map(isStepsTitle) ?? false
    }

    /// The list's nearest heading, or the label line right above it, names steps in so many
    /// words (`## Steps to Reproduce`, `**操作步骤：**`), not only what a procedure needs (`## Goals`,
    /// `## Usage`): a guide's steps, which use what the page lists.
    static func isUnderTitleNamingSteps(_ list: MarkdownList, in document: Document) -> Bool {
        func namesSteps(_ text: String) -> Bool {
            let title = HeadingText.bareTitle(text)
            return isStepsTitle(text) && (title.hasPrefix("step") || title.contains(" step") || title.contains("步骤") || title.contains("几步"))
        }
        if let heading = document.heading(before: list.range.start), namesSteps(heading.text) { return true }
        return ReferenceLists.label(above: list.range.start, in: document.source).map(namesSteps) ?? false
    }

    /// `1. Run Pod with a web service` / `2. Verify the web service is running` / `3. Check how
    /// many restarts the pod has performed`: a numbered procedure, whatever its title. Three items
    /// or more, most opening with a verb that says what to do, and none asking anything. Worked
    /// out once per list of `file`: duplicate-question asks it of both lists of every exact pair,
    /// and a large bank's lists hold hundreds of items.
    static func isProcedure(_ list: MarkdownList, in file: MarkdownFile) -> Bool {
        guard list.isOrdered, list.items.count >= 3 else { return false }
        return ProcedureLists.of(file).contains(list)
    }

    fileprivate static func readsAsProcedure(_ list: MarkdownList) -> Bool {
        var instructions = 0
        for item in list.items {
            let text = item.text
            // One item asking something: not a procedure, whatever the others say.
            if text.unicodeScalars.contains(where: { $0 == "?" || $0 == "？" }) { return false }
            // The first word (a run of letters), without splitting the rest.
            let opening = text.drop(while: { !$0.isLetter })
            if imperativeVerbs.contains(opening.prefix(while: \.isLetter).lowercased()) || chineseImperatives.contains(where: opening.hasPrefix) {
                instructions += 1
            }
        }
        return instructions * 2 > list.items.count
    }

    /// Verbs that open an instruction in English.
    static let imperativeVerbs: Set<String> = [
        "add", "apply", "attach", "build", "change", "check", "click", "commit", "configure", "confirm", "connect", "copy",
        "create", "delete", "deploy", "detach", "disable", "edit", "enable", "ensure", "execute", "expose", "go", "install",
        "kill", "launch", "log", "login", "make", "modify", "mount", "move", "navigate", "open", "pull", "push", "remove",
        "repeat", "restart", "run", "scale", "select", "set", "start", "stop", "switch", "type", "update", "upload", "use",
        "verify", "wait", "write",
    ]

    /// Verbs that open an instruction or an algorithm's step in Chinese (`判断段号是否越界`,
    /// `查询段表`, `计算得到物理地址`).
    static let chineseImperatives = [
        "根据", "判断", "查询", "检查", "计算", "创建", "新建", "安装", "运行", "打开", "点击", "输入", "选择", "设置", "配置", "添加",
        "删除", "修改", "执行", "启动", "编写", "下载", "复制", "进入", "找到", "获取", "确认", "重启", "导入", "调用", "初始化",
        "遍历", "取出", "放入", "返回", "更新", "读取", "写入", "发送", "接收", "等待", "加载", "提交", "部署", "构建", "编译",
    ]

    static func isStepsTitle(_ text: String) -> Bool {
        // `1. Objectives`, `三、实验步骤`: the number is the outline's.
        let title = HeadingText.bareTitle(text)
        // `分为如下几步`, `主要有以下步骤`, `Follow these steps`: a lead-in naming the steps below it.
        guard !titles.contains(title) else { return true }
        guard title.count <= maximumLeadInLength else { return false }
        // `Alternate Step`, `Steps to Reproduce`, `Reproduction steps`: a title naming steps.
        return stepsEndings.contains { title.hasSuffix($0) } || stepsOpenings.contains { title.hasPrefix($0) }
    }

    /// Openings of a title naming the steps below it.
    static let stepsOpenings = ["steps to ", "steps for "]

    /// Endings of a lead-in that announces steps.
    static let stepsEndings = ["几步", "步骤", "步骤如下", "following steps", "these steps", "steps below", " step", " steps"]
    /// The longest such lead-in, in characters: a label line, not a paragraph.
    static let maximumLeadInLength = 40
}

/// The answers of `StepLists.isProcedure` for the lists of one file, filled in as lists are asked
/// about (by their index in the document), from any core.
private final class ProcedureLists: Sendable {
    private let answers = Mutex<[Int: Bool]>([:])

    static func of(_ file: MarkdownFile) -> ProcedureLists {
        file.derived.value(ProcedureLists.self) { _ in ProcedureLists() }
    }

    func contains(_ list: MarkdownList) -> Bool {
        if let known = answers.withLock({ $0[list.index] }) { return known }
        let answer = StepLists.readsAsProcedure(list)
        answers.withLock { $0[list.index] = answer }
        return answer
    }
}
