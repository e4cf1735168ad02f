import IQCore
import IQMarkdown

/// Where an address stands in its item, which tells an entry whose title is missing (`-
/// https://…` alone) from an address the item gives for another reason: inside a sentence, in
/// parentheses, as the value of a field (`Paper: https://…`), after a word sending the reader
/// to it (`详见：`), or as what a sentence is about.
extension BareURLRule {
    /// `- Use <https://pkg.go.dev/badge/> to create the link.`: words before the URL and the
    /// sentence going on after it (not a separator such as ` - ` or `：` before a description).
    static func isInASentence(_ link: Link, in item: ListItem, source: SourceText) -> Bool {
        let start = ListItemSupport.contentStart(of: item, in: source)
        guard start < link.range.start else { return false }
        let before = source.string(in: SourceRange(start, link.range.start))
        guard before.contains(where: \.isLetter), let last = before.last else { return false }
        let lineEnd = source.lineRange(source.line(containing: link.range.end)).end
        guard link.range.end < lineEnd else { return false }
        let after = source.string(in: SourceRange(link.range.end, lineEnd))
        // `5. 恶意IP库，<https://threatbook.cn/>，过滤恶意IP`: set between two clauses of a Chinese sentence.
        if "，、".contains(last), let comma = after.first, "，、".contains(comma) {
            return after.dropFirst().unicodeScalars.count(where: HanCharacters.isCJKLetter) >= 2
        }
        // `建议大家摸摸底子 https://tianyancha.com ，发现有问题直接问`: a Chinese sentence on both
        // sides, spaces around the address.
        let trimmedBefore = before.trimmed { $0 == " " }, trimmedAfter = Substring(after.drop { $0 == " " })
        if let end = trimmedBefore.unicodeScalars.last, HanCharacters.isCJKLetter(end),
           trimmedBefore.unicodeScalars.count(where: HanCharacters.isCJKLetter) >= 8 {
            let rest = trimmedAfter.first.map { "，、；".contains($0) } == true ? trimmedAfter.dropFirst() : trimmedAfter
            if rest.unicodeScalars.prefix(2).allSatisfy(HanCharacters.isCJKLetter), rest.unicodeScalars.count(where: HanCharacters.isCJKLetter) >= 4 { return true }
        }
        guard last == " ", after.first == " ", let next = after.dropFirst().first, next.isLetter else { return false }
        return after.filter(\.isLetter).count >= 4
    }

    /// Whether the item's text before `link` (other links left out) is a sentence rather than a
    /// title or a label: a sentence ends inside it (`？`, `。`, `. ` with more text after), or it
    /// runs longer than a title does. `- 什么是闭包？https://…` and `- 拒绝采样：<https://…>` are titles.
    static func followsASentence(_ link: Link, in item: ListItem, source: SourceText) -> Bool {
        var start = ListItemSupport.contentStart(of: item, in: source)
        guard start < link.range.start else { return false }
        var before = ""
        for other in item.links where other.range.start >= start && other.range.end <= link.range.start {
            before += source.string(in: SourceRange(start, other.range.start)) + " "
            start = other.range.end
        }
        before += source.string(in: SourceRange(start, link.range.start))
        var text = Substring(before)
        while let last = text.last, last.isWhitespace || ":：-–—|".contains(last) { text.removeLast() }
        var endsASentence = text.hasSuffix(".") && !text.hasSuffix("..")
        if let last = text.last, sentenceEnds.contains(last) {
            text.removeLast()
            endsASentence = true
        }
        // `Dan Creswell has a lovely reading list. https://…`: five words or more closed by a full
        // stop are a sentence, not a title.
        if endsASentence, text.split(whereSeparator: \.isWhitespace).count >= 5 { return true }
        // Clauses: `…模块化，十分好用和便利，更详细的文档直接参见官方文档：`; a title has one comma at most.
        return text.count > maximumTitleLength || text.contains(where: sentenceEnds.contains) || text.contains(". ")
            || text.count(where: { $0 == "，" }) >= 2
    }

    /// The item is `label: URL` and the label names a field (`Paper:`, `代码：`, `地址：`), or the
    /// item sits in a nested list, where `label: URL` describes the entry above (`- BERT` then
    /// `  * Paper: https://…`, `  * Code: https://…`). A top-level `- 拒绝采样：https://…` is an
    /// entry whose title is not linked, and stays reported.
    static func isLabelledField(_ link: Link, in item: ListItem, list: MarkdownList, source: SourceText) -> Bool {
        guard let label = label(before: link, in: item, source: source) else {
            // `  - GitHub - https://…`: a known field name set off by a dash instead of a colon.
            return label(before: link, in: item, source: source, separatedLoosely: true).map(isFieldLabel) ?? false
        }
        return list.depth >= 1 || isFieldLabel(label)
    }

    /// `paper`, `代码`, `书籍下载地址`, `course link`: a label (lowercased) naming a field that holds an address.
    static func isFieldLabel(_ label: String) -> Bool {
        func namesAField(_ name: String) -> Bool { fieldLabels.contains(name) || fieldLabelEndings.contains { name.hasSuffix($0) } }
        if namesAField(label) { return true }
        // `GitBook 在线阅读地址（强力推荐）`: a note in brackets after the field's name.
        guard let last = label.last, last == "）" || last == ")", let open = label.lastIndex(where: { $0 == "（" || $0 == "(" }),
              open > label.startIndex else { return false }
        return namesAField(String(label[..<open]).trimmedWhitespace)
    }

    /// The item opens with a titled link to a web page (`[awesome-ruby](https://…) by @markets`).
    static func opensWithItsTitle(_ item: ListItem, in source: SourceText) -> Bool {
        guard let first = item.links.first(where: { !$0.isImage }), first.kind != .bareURL, first.kind != .angleAutolink else { return false }
        return first.destination.lowercased().hasPrefix("http") && !followsText(first, in: item, source: source)
    }

    /// Letters or digits stand in the item's text before `link`.
    static func followsText(_ link: Link, in item: ListItem, source: SourceText) -> Bool {
        let start = ListItemSupport.contentStart(of: item, in: source)
        return start < link.range.start && source.string(in: SourceRange(start, link.range.start)).contains { $0.isLetter || $0.isNumber }
    }

    /// `- https://github.com/lijiejie/subDomainsBrute - **A classical subdomain tool**`,
    /// `- https://github.com/gchq/CyberChef 编码转换、加解密`: the item opens with the address and
    /// words on its line follow it, describing what it leads to.
    static func isDescribedAfter(_ link: Link, in item: ListItem, source: SourceText) -> Bool {
        guard !followsText(link, in: item, source: source) else { return false }
        let lineEnd = source.lineRange(source.line(containing: link.range.start)).end
        guard link.range.end < lineEnd else { return false }
        // Words, not a second address (`https://a…, https://b…`).
        var start = link.range.end
        for other in item.links where other.range.start >= start && other.range.start < lineEnd {
            if source.string(in: SourceRange(start, other.range.start)).contains(where: { $0.isLetter || $0.isNumber }) { return true }
            start = max(start, other.range.end)
        }
        return start < lineEnd && source.string(in: SourceRange(start, lineEnd)).contains { $0.isLetter || $0.isNumber }
    }

    /// The text before `link` ends with a word sending the reader to it (`请看:`, `详见`,
    /// `see:`), a colon or dash after it aside.
    static func pointsAtIt(_ link: Link, in item: ListItem, source: SourceText) -> Bool {
        let start = ListItemSupport.contentStart(of: item, in: source)
        var before = Substring(source.string(in: SourceRange(start, link.range.start)).lowercased())
        while let last = before.last, last.isWhitespace || ":：-–—".contains(last) { before.removeLast() }
        return pointerWords.contains { word in
            // A whole word: `see`, not the end of `foresee`.
            before.hasSuffix(word) && before.dropLast(word.count).last.map { !($0.isASCII && $0.isLetter) } ?? true
        }
    }

    /// `See examples in https://…`, `Slides available at https://…`: a sentence of three words
    /// or more before the address ends with a preposition, whose object the address is.
    static func followsAPreposition(_ link: Link, in item: ListItem, source: SourceText) -> Bool {
        let start = ListItemSupport.contentStart(of: item, in: source)
        let words = source.string(in: SourceRange(start, link.range.start)).lowercased().split(whereSeparator: \.isWhitespace)
        guard words.count >= 3, let last = words.last else { return false }
        return prepositions.contains(String(last))
    }

    static let prepositions: Set<String> = ["in", "at", "from", "via", "on", "under", "into", "for", "to", "than"]

    /// `**https://www.placestoread.xyz** is the primary visual model…`: a verb follows the
    /// address (its emphasis closed), and the sentence goes on.
    static func isSentenceSubject(_ link: Link, in item: ListItem, source: SourceText) -> Bool {
        let lineEnd = source.lineRange(source.line(containing: link.range.end)).end
        guard link.range.end < lineEnd else { return false }
        let after = source.string(in: SourceRange(link.range.end, lineEnd)).drop { "*_`>".contains($0) }
        guard after.first == " " else { return false }
        let words = after.split(whereSeparator: \.isWhitespace)
        guard words.count >= 3, let verb = words.first else { return false }
        return subjectVerbs.contains(String(verb))
    }

    static let subjectVerbs: Set<String> = ["is", "are", "was", "were", "has", "have", "provides", "offers", "shows", "lets",
                                            "gives", "contains", "explains", "describes", "hosts", "lists"]

    /// `* http://www.w3schools.com/ or http://w3fools.com/`: an item of two addresses joined by
    /// one short word (`or`, `vs`, `eller`, `或`), and nothing else: the two sites are the
    /// topic (a question to discuss), not entries without titles.
    static func comparesTwoAddresses(in item: ListItem, source: SourceText) -> Bool {
        let urls = item.links.filter { $0.kind == .bareURL || $0.kind == .angleAutolink }
        guard urls.count == 2, item.links.count == 2 else { return false }
        let start = ListItemSupport.contentStart(of: item, in: source)
        let lineEnd = source.lineRange(source.line(containing: urls[1].range.end)).end
        guard source.string(in: SourceRange(start, urls[0].range.start)).allSatisfy(\.isWhitespace),
              source.string(in: SourceRange(urls[1].range.end, lineEnd)).allSatisfy({ $0.isWhitespace || $0.isPunctuation }) else { return false }
        let between = source.string(in: SourceRange(urls[0].range.end, urls[1].range.start)).trimmingCharacters(in: .whitespaces)
        return !between.isEmpty && between.count <= maximumJoinLength && between.allSatisfy(\.isLetter)
    }

    static let maximumJoinLength = 6

    /// Words that send the reader to an address written after them.
    static let pointerWords = ["请看", "请见", "参见", "详见", "请参考", "参考", "请访问", "访问", "see", "see also", "refer to", "visit"]

    /// `- Algorithms (参考地址: http://…)` or `（更多细节请参考: https://… ）`: the URL sits in
    /// parentheses the item's text opened before it.
    static func isInParentheses(_ link: Link, in item: ListItem, source: SourceText) -> Bool {
        let start = ListItemSupport.contentStart(of: item, in: source)
        guard start < link.range.start else { return false }
        var depth = 0
        for character in source.string(in: SourceRange(start, link.range.start)) {
            if character == "(" || character == "（" { depth += 1 } else if (character == ")" || character == "）") && depth > 0 { depth -= 1 }
        }
        return depth > 0
    }

    /// The item is `label: URL`: the label, lowercased, without its colon and emphasis. Loosely
    /// separated, the label may also end with a dash or nothing at all (`知乎解读 https://…`,
    /// `Full, detailed list - https://…`): only a label repeated in three items counts so.
    static func label(before link: Link, in item: ListItem, source: SourceText, separatedLoosely: Bool = false) -> String? {
        // `代码：https://…` on the item's third line, under `论文地址：https://…`: a line of the
        // item's own names its address.
        let start = max(ListItemSupport.contentStart(of: item, in: source), source.lineRange(source.line(containing: link.range.start)).start)
        guard start < link.range.start,
              !item.links.contains(where: { $0.range.start >= start && $0.range.end <= link.range.start }) else { return nil }
        var before = Substring(source.string(in: SourceRange(start, link.range.start)).trimmedWhitespace)
        if let colon = before.last, colon == ":" || colon == "：" {
            before.removeLast()
        } else if separatedLoosely {
            while let last = before.last, last.isWhitespace || "-–—|".contains(last) { before.removeLast() }
        } else {
            return nil
        }
        let label = String(before).trimmed { $0.isWhitespace || "*_`".contains($0) }.lowercased()
        return label.isEmpty || label.count > maximumTitleLength ? nil : label
    }

    /// `4) www.site.com` after `1) .`, `2) .com`, `3) site.com`: a list of domain names (the
    /// order a name is resolved in), where the last is one more name, not a page to title. The
    /// address is a bare `www.` host, and another item of its list is a name no link is made of.
    static func isAmongDomainNames(_ link: Link, in list: MarkdownList) -> Bool {
        guard link.kind == .bareURL, link.text.lowercased().hasPrefix("www."), !link.text.dropFirst(4).contains("/") else { return false }
        return list.items.contains { item in
            item.links.isEmpty && isDomainName(item.text.trimmed { $0 == " " || $0 == "\t" })
        }
    }

    /// `.`, `.com`, `site.com`: a domain name or the dot-separated end of one, written alone.
    static func isDomainName(_ text: String) -> Bool {
        guard !text.isEmpty, text.count <= 63, text.contains(".") else { return false }
        return text.unicodeScalars.allSatisfy { $0 == "." || $0 == "-" || ($0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0))) }
    }

    /// `www.example.com` in `（ example.com 指向 www.example.com ）`: a domain reserved for
    /// examples (RFC 2606) names no page, so it is an example in prose, never an entry.
    static func isExampleAddress(_ destination: String) -> Bool {
        guard let host = ParsedURL(destination).host else { return false }
        // `http://myweb/users와 같은 URI`: a host without a dot is a machine of one's own network
        // or an example of an address, never a page to title.
        // `sample.com`, `xxx.com`, `www.xxxxx.com`: made-up names of the same kind.
        let name = host.lowercased().split(separator: ".").dropLast().last.map(String.init) ?? ""
        return ["example.com", "example.org", "example.net", "sample.com"].contains { ParsedURL.host(host, isWithin: $0) } || ParsedURL.isLocalName(host)
            || name.count >= 3 && name.allSatisfy { $0 == "x" }
    }

    /// Whether only separators of a list of values (commas, semicolons, `、`, `|`, `/`, `and`,
    /// `or`, spaces) stand between `start` and `end` on one line.
    static func separatesValues(_ source: SourceText, from start: Int, to end: Int) -> Bool {
        guard start <= end, source.line(containing: start) == source.line(containing: end) else { return false }
        let between = source.string(in: SourceRange(start, end))
        return between.split { $0.isWhitespace || ",;，；、|/".contains($0) }.allSatisfy { ["and", "or", "和", "或"].contains($0.lowercased()) }
    }

    /// Labels written before a bare URL in three items or more of the document.
    static func repeatedLabels(in file: MarkdownFile) -> Set<String> {
        var counts: [String: Int] = [:]
        for list in file.document.lists {
            for item in list.items {
                for link in item.links where link.kind == .bareURL || link.kind == .angleAutolink {
                    if let label = label(before: link, in: item, source: file.source, separatedLoosely: true) { counts[label, default: 0] += 1 }
                }
            }
        }
        return Set(counts.filter { $0.value >= 3 }.keys)
    }

    /// Labels of a field that holds a URL: the URL is the value, not an entry's title.
    static let fieldLabels: Set<String> = ["paper", "code", "link", "url", "website", "homepage", "home page", "site", "repo",
                                           "repository", "github", "source", "source code", "demo", "slides", "video", "blog",
                                           "docs", "documentation", "project", "pdf", "arxiv",
                                           "地址", "链接", "网址", "论文", "代码", "项目", "主页", "官网", "原文", "博客", "文档",
                                           "视频", "源码", "项目地址", "论文地址", "代码地址", "原文地址", "官网地址", "下载地址",
                                           "github地址", "在线地址", "项目主页", "论文链接", "代码链接", "原文链接",
                                           "参考", "参考资料", "参考文献", "出处", "来源", "reference"]
    /// Endings of a label naming a field that holds an address: `书籍下载地址`, `参考链接`,
    /// `课程网站`, `课程视频`, `Course Link`, `Dataset URL`.
    static let fieldLabelEndings = ["地址", "链接", "网址", "网站", "官网", "主页", "视频", "教材", " link", " links", " url", " website", " homepage"]

    static let sentenceEnds: Set<Character> = ["。", "！", "？", "；", "!", "?", ";"]
    /// Characters of a title or label before a URL; longer text is a sentence.
    static let maximumTitleLength = 60

    /// A list of one or two items right under a line that ends by announcing an address
    /// (`地址是：`, `网址：`, `available at:`): the sentence's address, set apart, not entries.
    static func isGivenByTheLineAbove(_ list: MarkdownList, in source: SourceText) -> Bool {
        guard list.depth == 0, list.items.count <= 2, let line = ReferenceLists.lineAbove(list.range.start, in: source),
              line + 1 == source.line(containing: list.range.start) || source.lineText(line + 1).allSatisfy(\.isWhitespace) else { return false }
        var text = source.lineText(line).trimmedWhitespace.lowercased()
        // `If you find an SSRF…, try reading trace.axd. It contains logs…` over `* https://…`:
        // a tip's paragraph and its source, set apart in a list of one.
        if list.items.count == 1, isOnlyAnAddress(list.items[0]), isProse(text), !text.hasSuffix(":"), !text.hasSuffix("：") { return true }
        guard let colon = text.last, colon == ":" || colon == "：" else { return false }
        text.removeLast()
        text = text.trimmedWhitespace
        if addressCues.contains(where: { text.hasSuffix($0) }) { return true }
        // `Chrome官方给我们提供了下面这个网站，用于观察 FPS 效果：` over `- <http://…>`: a sentence
        // leading into one address, which the list only sets apart.
        // (Measured as a page shows it: `常用的动态检测平台：`, nine CJK characters, is as long as
        // `Common dynamic analysis platforms:`.)
        let shownLength = text.count + text.unicodeScalars.count(where: HanCharacters.isCJKLetter)
        if list.items.count == 1, shownLength >= 12, isOnlyAnAddress(list.items[0]) { return true }
        // `A contributor created a web demo and API based on this repo:` over `- Web: https://…`
        // and `- API: https://…`: a sentence giving its addresses, each named by a field.
        return text.split(whereSeparator: \.isWhitespace).count >= 6 && list.items.allSatisfy(isFieldAndAddress)
    }

    /// A line of prose ending a sentence: forty characters or more, no list marker, heading,
    /// quote or table before it, and `.`, `。`, `!` or `！` at its end.
    static func isProse(_ line: String) -> Bool {
        guard line.count >= 40, let first = line.first, !"-*+#>|".contains(first), let last = line.last, ".。!！".contains(last) else { return false }
        return !(line.prefix { $0.isNumber }.count > 0 && line.drop { $0.isNumber }.first.map { ".)、".contains($0) } == true)
    }

    /// The item's text is a title in bold and nothing else (`16. **Parameter tampering…**`).
    static func isBoldTitle(_ item: ListItem, in source: SourceText) -> Bool {
        guard case .paragraph(let paragraph)? = item.children.first, paragraph.content.links.isEmpty else { return false }
        let written = source.string(in: SourceRange(ListItemSupport.contentStart(of: item, in: source), paragraph.range.end)).trimmedWhitespace
        return written.count > 4 && (written.hasPrefix("**") && written.hasSuffix("**") || written.hasPrefix("__") && written.hasSuffix("__"))
            && !written.dropFirst(2).dropLast(2).contains("**")
    }

    /// The item is one web address and nothing else.
    static func isOnlyAnAddress(_ item: ListItem) -> Bool {
        guard item.children.count == 1, item.links.count == 1, let link = item.links.first,
              link.kind == .bareURL || link.kind == .angleAutolink else { return false }
        var text: String = item.text.trimmed { $0.isWhitespace || $0 == "*" || $0 == "_" }
        // `{: .-also-see}` under it: kramdown's attributes, no text of the page.
        if let brace = text.range(of: "{:"), ReferenceLists.isAttributeList(text[brace.lowerBound...]) {
            text = String(text[..<brace.lowerBound]).trimmedWhitespace
        }
        return !text.contains(where: \.isWhitespace) && link.destination.hasSuffix(text.hasPrefix("www.") ? String(text.dropFirst(4)) : text)
    }

    /// `Web: https://a.example/`: a name of three words at most, a colon, and one address.
    static func isFieldAndAddress(_ item: ListItem) -> Bool {
        let text: String = item.text.trimmedWhitespace
        guard let colon = text.firstIndex(where: { $0 == ":" || $0 == "：" }) else { return false }
        let name = text[..<colon].split(whereSeparator: { $0.isWhitespace })
        let value = String(text[text.index(after: colon)...]).trimmedWhitespace
        return (1...3).contains(name.count) && (value.hasPrefix("http://") || value.hasPrefix("https://")) && !value.contains(where: { $0.isWhitespace })
    }

    /// Words closing a sentence that gives an address after its colon.
    static let addressCues = ["地址是", "地址为", "地址", "网址是", "网址为", "网址", "链接是", "链接为", "链接", "网站是", "在这里",
                              " address is", " address", " available at", " found at", " located at", " url is", " link is", " here"]
}
