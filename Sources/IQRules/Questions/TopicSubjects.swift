import IQCore
import IQMarkdown

/// `说说组件的命名规范` in `Vue.md` and `说说你对React的组件命名规范的理解` in `React.md`; `vue和angular
/// 有什么区别呢？` there and `React与angular、vue有什么区别？`: a bank with a page (or a section) per
/// technology leaves each question's subject to its page. When one question names its own page's
/// topic and the other does not name it, the other asks about its own page's topic: two
/// questions, not one asked twice.
///
/// A topic is a name (`React`, `Vue.js`, `CSS`, `C++`), not a word of the language (`Basics`
/// would be one too often): the file's name when its title names it, or the section's heading
/// when it is one name that two of its items repeat. Topics that are one name
/// (`React`, `ReactJS`) leave the pair as it is.
enum TopicSubjects {
    static func areAboutTwoTopics(_ first: QuestionEntry, _ second: QuestionEntry) -> Bool {
        guard let topicA = topic(of: first), let topicB = topic(of: second), !SubjectSwap.areOneName(topicA, topicB) else { return false }
        let namesA = names(in: first.text), namesB = names(in: second.text)
        return mentions(namesA, topicA) && !mentions(namesB, topicA) || mentions(namesB, topicB) && !mentions(namesA, topicB)
    }

    /// The topic of the entry's section, else of its file; lowercased.
    static func topic(of entry: QuestionEntry) -> String? {
        let topics = Topics.of(entry.file)
        if let heading = entry.file.document.heading(before: entry.range.start), let topic = topics.sections[heading.index] {
            return topic
        }
        return topics.file
    }

    /// The Latin names of a text, lowercased: runs of letters, digits and the marks names carry
    /// (`c++`, `c#`, `vue.js`), three characters or more (`js` in `vue.js`), a period inside one only.
    static func names(in text: String) -> [String] {
        var names: [String] = [], current = ""
        func close() {
            while current.last == "." { current.removeLast() }
            if current.count >= minimumLength, current.contains(where: \.isLetter) { names.append(current) }
            current = ""
        }
        for character in text.lowercased() {
            if isNameCharacter(character) || character == "." && !current.isEmpty { current.append(character) } else { close() }
        }
        close()
        return names
    }

    /// One name of the text is the topic (`reactjs` for `react`; `vue` for `vue.js`).
    static func mentions(_ names: [String], _ topic: String) -> Bool {
        names.contains { SubjectSwap.areOneName($0, topic) || SubjectSwap.areOneName($0, topic.split(separator: ".").first.map(String.init) ?? topic) }
    }

    /// The name a heading or a file name is, when it is one name and nothing else besides an
    /// outline number and punctuation (`## 3. React`, `Vue.js:`, `C++`); nil for a phrase
    /// (`React 面试题`, `React hooks`) or a name that names no subject (`README`).
    static func topicName(_ text: String) -> String? {
        let found = names(in: text)
        guard found.count == 1, let name = found.first, name.count <= maximumLength, !genericNames.contains(name) else { return nil }
        var rest = text.lowercased()
        rest.replaceSubrange(rest.range(of: name)!, with: "")
        return rest.allSatisfy { !$0.isLetter } ? name : nil
    }

    /// File names and headings that name no subject.
    static let genericNames: Set<String> = ["readme", "index", "summary", "contents", "questions", "question", "answers", "answer",
                                            "faq", "faqs", "notes", "contributing", "changelog", "license", "introduction", "intro",
                                            "overview", "basics", "advanced", "general", "misc", "other", "others", "todo", "links",
                                            "resources", "references", "reference", "about", "home", "main", "docs", "interview"]

    private static let minimumLength = 3
    private static let maximumLength = 24
    /// Items of a section (or file) that must name its topic: one could be about the name itself.
    private static let evidence = 2

    private static func isNameCharacter(_ character: Character) -> Bool {
        character.isASCII && (character.isLetter || character.isNumber || character == "+" || character == "#")
    }

    /// The topics of a file, worked out once per file.
    struct Topics: Sendable {
        /// The file's name, when it is a topic.
        let file: String?
        /// Heading index → the topic its section is about.
        let sections: [Int: String]

        static func of(_ file: MarkdownFile) -> Topics {
            file.derived.value(Topics.self) { _ in make(file) }
        }

        private static func make(_ file: MarkdownFile) -> Topics {
            let document = file.document
            let stem = file.path.split(separator: "/").last.map { name in String(name.lastIndex(of: ".").map { name[..<$0] } ?? name[...]) }
            var sections: [Int: String] = [:]
            for heading in document.headings {
                if let topic = topicName(heading.text) { sections[heading.index] = topic }
            }
            let fileTopic = stem.flatMap(topicName)
            // The file's name is its topic when its title names it (`# Vue` in `Vue.md`).
            let file = fileTopic.flatMap { topic in document.headings.first.flatMap { mentions(names(in: $0.text), topic) ? topic : nil } }
            guard !sections.isEmpty else { return Topics(file: file, sections: [:]) }
            // How many items name each section's topic: only those sections' items are read.
            var sectionCounts: [Int: Int] = [:]
            for list in document.lists {
                guard let section = document.heading(before: list.range.start)?.index, let topic = sections[section] else { continue }
                for item in list.items where document.heading(before: item.range.start)?.index == section {
                    if mentions(names(in: Question.leadText(of: item)), topic) { sectionCounts[section, default: 0] += 1 }
                }
            }
            return Topics(file: file, sections: sections.filter { sectionCounts[$0.key, default: 0] >= evidence })
        }
    }
}
