import IQCore
import IQMarkdown

public struct InsecureLinkRule: DocumentRule {
    public static let description = RuleDescription(
        id: "insecure-link",
        summary: "web links use https",
        details: """
            Reports links and images whose destination starts with `http://`. Hosts in \
            `allow-hosts` (and their subdomains) are left alone, and so are hosts without a dot \
            (`http://myweb/users`, `http://server:8080/`: a machine of the reader's own network or an \
            example, which no public certificate covers), private, loopback and link-local IPv4 \
            addresses (`http://192.168.3.200`, `http://10.0.0.5/`, one masked as `192.xxx.16.211`), \
            Tor onion services (`http://….onion/`, which have no certificate), the domains reserved \
            for examples (`http://www.example.com/page`, `example.net`, `example.org`), names under a \
            top-level domain no public site has (`.test`, `.local`, `.internal`: \
            `http://service.namespace.svc.cluster.local`), a site's name the \
            reader puts their own in place of (`http://mysite.ru/pages/5`, `yourdomain.com`), the attacker's \
            server of security write-ups (`http://evil-user.net/…`, `evil.com`, `attacker.com`, Burp \
            Collaborator's and interactsh's hosts: a payload's part), and addresses on a port of their own \
            (`http://ilpubs.stanford.edu:8090/422/`), where https would not answer. So is a link in a table \
            row whose `HTTPS` column (or `SSL`, `TLS`) says `No`: the collection records that the site has \
            no https (an API list's data), and the plain link is the right one. So is an address written \
            as code needs it, outside a code span: an attribute's value (`<beans \
            xmlns="http://www.springframework.org/schema/beans"`, a namespace's name, never fetched) \
            or an HTTP header's (`Origin: http://api.bob.com`, also within a sentence), or an address the page also \
            writes with `https` in the same table (`http://normal-website.com/example/` beside `https://normal-website.com/example/` in \
            a same-origin table: the scheme is what it compares, and so are that host's other addresses there), or the value a code \
            block above prints, quoted as its answer (`参考答案：http://www.baidu.com`), or an address written out on a line that \
            speaks of certificates (`SSL`, `TLS`, `certificate`, `证书`: `遇到 SSL 证书问题，请直接用 \
            http://…`, asked on purpose), or on a line that asks about it (`### What can I access by \
            visiting the URL: http://status.aws.amazon.com/?`, a quiz's question: https would change it). A bare `www.` URL has no \
            scheme in the source and is `bare-url`'s business. A reference link's address \
            (`[Contributor Covenant][homepage]`) is reported once, at its definition \
            (`[homepage]: http://…`), where it is written, with its first use.

            Where plain http is the file's habit (a quarter or more of its web links, of eight \
            or more, as in many older awesome-lists), each finding is an **info**: a reminder, \
            not a deviation to fail a check on. So is a link to a site the file links over http \
            three times or more and never over https (the author's own blog, linked the same way \
            in every issue of a newsletter). A site reached by its IP number (`http://101.230.144.196/`, a \
            demo server) is an info too: such a site rarely has a certificate. A licence's \
            legal text (`LICENSE.md`, `LICENCE.md`, `COPYING.md`), copied as its publisher wrote it, is not checked, \
            nor is a code of conduct (`CODE_OF_CONDUCT.md`, most often the Contributor Covenant's text, adopted as written).
            """,
        rationale: """
            A page fetched over plain HTTP can be altered on the way, and browsers warn about \
            it. Nearly every site a question bank links to serves HTTPS today, often after a \
            redirect that plain links pay for on every click.
            """,
        defaultSeverity: .warning,
        fix: .unsafe,
        options: [
            RuleOptionDescription(name: "allow-hosts", summary: "hosts that may stay on http (subdomains included)",
                                  defaultValue: ["localhost", "127.0.0.1"]),
        ],
        triggeringExamples: [
            RuleExample("2.  [cuda加速原理](↓http://www.360doc.com/content/24/0429/18/2427359_1121818118.shtml)\n"),
            RuleExample("- 参考 <↓HTTP://www.360doc.com/content/24/0429/18/2427359_1121818118.shtml>\n"),
            RuleExample("- 参考 ↓http://www.360doc.com/content/24/0429/18/2427359_1121818118.shtml\n"),
            // Plain http on a quarter of eight or more web links is the file's habit: each is an info.
            RuleExample("- [a](↓http://a.example/p)\n- [b](↓http://b.example/p)\n- [c](https://c.example/p)\n- [d](https://d.example/p)\n- [e](https://e.example/p)\n- [f](https://f.example/p)\n- [g](https://g.example/p)\n- [h](https://h.example/p)\n"),
            // One site linked over http three times and never over https: each is an info.
            RuleExample("- [上周](↓http://blog.example/1)\n- [本周](↓http://blog.example/2)\n- [下周](↓http://blog.example/3)\n"),
            // The row says the site serves https: the help says so.
            RuleExample("| API | HTTPS |\n|---|---|\n| [Cat Facts](↓http://catfact.ninja/) | Yes |\n"),
        ],
        nonTriggeringExamples: [
            // A quiz asks about the address itself.
            RuleExample("### What can I access by visiting the URL: http://status.aws.amazon.com/?\n\n- [x] The service health dashboard.\n"),
            // A same-origin table compares the schemes of one address.
            RuleExample("| URL accessed | Access permitted? |\n| :--- | :--- |\n| http://normal-website.com/example/ | Yes: same scheme, domain, and port |\n| https://normal-website.com/example/ | No: different scheme and port |\n| http://en.normal-website.com/example/ | No: different domain |\n"),
            // Addresses an explanation uses as examples or values.
            RuleExample("此时，Referer 的值是 http://www.c.com 。\n"),
            RuleExample("* location.pathname – 返回URL的域名后的部分。例如 http://www.dreamdu.com/xhtml/ 返回/xhtml/\n"),
            RuleExample("当我们要访问 http://baidu.com 时，实际上返回的是一个跳转。\n"),
            // Words glued to a scheme: no address.
            RuleExample("先看一张网上流传的http://java.io包的类结构图：\n"),
            RuleExample("- [PageRank](http://ilpubs.stanford.edu:8090/422/)\n"),
            RuleExample("1. [k-v cache](https://www.jianshu.com/p/22daf73f5c9a)\n"),
            RuleExample("2.  [cuda加速原理](http://www.360doc.com/content/24/0429/18/2427359_1121818118.shtml)\n",
                        options: ["allow-hosts": ["360doc.com"]]),
            RuleExample("1. [本地服务](http://localhost:8000/docs)\n"),
            RuleExample("- Use Kubernetes DNS: http://service-name.namespace.svc.cluster.local\n"),
            // A namespace's name and a header's value, written as the code needs them.
            RuleExample("- 配置文件如下：\n- <beans xmlns=\"http://www.springframework.org/schema/beans\"\n\n- Origin: http://api.bob.com\n"),
            // A sentence asking for plain http on purpose.
            RuleExample("### 如果遇到 SSL 证书问题，请直接用 http://gems.ruby-china.org 避免 SSL 的问题。\n"),
            // A header within a sentence; the value a code sample prints, quoted as its answer.
            RuleExample("我们可以限制域，比如 Access-Control-Allow-Origin: http://blog.csdn.net\n"),
            RuleExample("# 题目\n\n```js\no.siteUrl = \"http://www.baidu.com\";\nconsole.log(o.siteUrl);\n```\n\n参考答案：http://www.baidu.com\n"),
            RuleExample("- Session ids in URLs (<http://www.example.com/page?sessionid=42>) leak through the Referer header.\n"),
            RuleExample("Make the server request a URL you control (http://evil-user.net/ssrf_bypass.php) that redirects to the blocked address.\n"),
            RuleExample("Путь может включать значения параметров, например, **http://mysite.ru/pages/5**.\n"),
            RuleExample("* http://myweb/users 와 같은 URI\n"),
            // A template's placeholder, not a host.
            RuleExample("| Model | Code |\n| --- | --- |\n| Yours | [Official](http://link_to_implementation) |\n"),
            // A private network's machine: the tutorial captures plain HTTP on purpose.
            RuleExample("本次例子，我们将要访问的 http://192.168.3.200 服务端，再访问 http://10.0.0.5/index.html 看看。\n"),
            RuleExample("- [Z-library](https://z-library.example/)（在 [Tor](https://www.torproject.org/) 下运行较佳，[链接](http://loginzlib2vrak5zzpcocc3ouizykn6k5qecgj2tzlnab5wcbqhembyd.onion/)）\n"),
            RuleExample("- www.360doc.com\n"),
            // The table records that the site has no https.
            RuleExample("API | Description | Auth | HTTPS | CORS\n|---|---|---|---|---|\n| [Colormind](http://colormind.io/api-access/) | Color scheme generator | No | No | Unknown |\n"),
        ],
        corrections: [
            // A reference link whose text shows the address (but for its last `/`): the text changes with it.
            RuleCorrection("Available at [http://contributor-covenant.org/version/1/4][version]\n\n[version]: http://contributor-covenant.org/version/1/4/\n",
                           "Available at [https://contributor-covenant.org/version/1/4][version]\n\n[version]: https://contributor-covenant.org/version/1/4/\n", unsafe: true),
            // A reference link's address is rewritten in its definition.
            RuleCorrection("Adapted from the [Contributor Covenant][homepage].\n\n[homepage]: http://contributor-covenant.org\n",
                           "Adapted from the [Contributor Covenant][homepage].\n\n[homepage]: https://contributor-covenant.org\n", unsafe: true),
            RuleCorrection("2.  [cuda加速原理](http://www.360doc.com/content/24/0429/18/2427359_1121818118.shtml)\n",
                           "2.  [cuda加速原理](https://www.360doc.com/content/24/0429/18/2427359_1121818118.shtml)\n", unsafe: true),
            // A host given as an IP number is left for a human.
            RuleCorrection("- 我的博客(http://47.103.216.138)\n", "- 我的博客(http://47.103.216.138)\n", unsafe: true),
            // A link showing its own address shows the new one.
            RuleCorrection("[http://stackoverflow.com/q/20822022](http://stackoverflow.com/q/20822022)\n",
                           "[https://stackoverflow.com/q/20822022](https://stackoverflow.com/q/20822022)\n", unsafe: true),
        ],
        fixSafety: """
            Unsafe: only the scheme changes (`http` to `https`, in the link's text too when the text is \
            the address); the site may not serve HTTPS. No fix \
            for a host given as an IP number (`http://47.103.216.138`), which rarely has a certificate.
            """,
        emittedSeverities: [.warning, .info]
    )

    let allowedHosts: [String]

    public init(options: RuleOptions) {
        allowedHosts = options.strings("allow-hosts")
    }

    /// `http://….onion/`: a Tor onion service, whose address is its key; it has no certificate
    /// to serve https with.
    static func isOnionService(_ host: String?) -> Bool {
        host.map { $0.lowercased().hasSuffix(".onion") } ?? false
    }

    /// `http://www.example.com/page?sessionid=…`: a domain reserved for examples (RFC 2606:
    /// `example.com`, `example.net`, `example.org`), an illustration of an address, not a link
    /// to a site.
    static func isExampleDomain(_ host: String?) -> Bool {
        guard var host = host?.lowercased() else { return false }
        if host.hasSuffix(".") { host.removeLast() }
        let labels = host.split(separator: ".")
        guard labels.count >= 2 else { return false }
        let domain = labels.suffix(2).joined(separator: ".")
        return ["com", "net", "org"].contains(labels[labels.count - 1]) && labels[labels.count - 2] == "example"
            || attackerPlaceholders.contains(domain) || placeholderNames.contains(String(labels[labels.count - 2]))
            || privateTopLevelDomains.contains(String(labels[labels.count - 1]))
    }

    /// `http://service-name.namespace.svc.cluster.local`, `http://api.test`: names no public site
    /// has: reserved for tests (RFC 6761: `test`, `invalid`, `localhost`), a local network's
    /// (`local`, mDNS), or a private network's (`internal`, `lan`, `home.arpa`'s `arpa`).
    static let privateTopLevelDomains: Set<String> = ["test", "invalid", "localhost", "local", "internal", "lan", "arpa"]

    /// `http://mysite.ru/pages/5`, `http://yourdomain.com/api`: the name of a site the reader
    /// stands in for with their own, under any top-level domain.
    static let placeholderNames: Set<String> = ["mysite", "yoursite", "my-site", "your-site", "mydomain", "yourdomain", "my-domain",
                                                "your-domain", "mywebsite", "yourwebsite", "myapp", "yourapp", "mycompany", "yourcompany",
                                                "myserver", "yourserver"]

    /// The attacker's server of security write-ups (PortSwigger's `evil-user.net`, `evil.com`,
    /// `attacker.com`, Burp Collaborator's and interactsh's hosts): a payload's part, not a
    /// site the reader is sent to.
    static let attackerPlaceholders: Set<String> = ["evil.com", "evil-user.net", "attacker.com", "attacker.net", "attacker.org",
                                                     "burpcollaborator.net", "oastify.com", "interact.sh", "oast.fun", "oast.pro", "oast.me"]

    public func check(_ file: MarkdownFile) -> [Violation] {
        // A licence's legal text is copied as its publisher wrote it, and so is a code of conduct.
        guard !ProjectDocuments.isLicense(file.path), !ProjectDocuments.isCodeOfConduct(file.path) else { return [] }
        // Most collections link https only: then no URL needs parsing here.
        let links = file.document.links
        guard links.indices.contains(where: { Self.mayBePlainHTTP(links[$0].destination) }) else { return [] }
        let parsed = LinkURL.all(in: file)
        let habit = isHabit(parsed)
        let habitHosts = Self.habitHosts(parsed)
        let contrasted = Self.hostsContrastingSchemes(parsed, in: file.document)
        let tables = TableRows(file.document)
        var definitions: LinkDefinitions?
        return parsed.indices.compactMap { position -> Violation? in
            let located = parsed.url(at: position)
            guard located.url.hasScheme("http"), located.url.isHTTP, !isExempt(located.url) else { return nil }
            let link = parsed.link(at: position)
            // `| http://normal-website.com/example/ | Yes |` beside `| https://normal-website.com/example/ | No:
            // different scheme |`: the page compares the schemes of one address; `https` would change what it teaches.
            if let host = located.url.host, contrasted.contains(where: { table, contrastedHost in
                table.contains(link.range.start) && (host == contrastedHost || host.hasSuffix("." + contrastedHost))
            }) { return nil }
            // `<beans xmlns="http://www.springframework.org/schema/beans"`, `Origin: http://api.bob.com`:
            // a namespace's name or a header's value, written as the code needs it.
            if link.kind == .bareURL, AddressesInCode.holds(link.range, in: file.source) || AddressesInCode.isValueOfCodeAbove(link.range, in: file.document) {
                return nil
            }
            // `如果遇到 SSL 证书问题，请直接用 http://gems.ruby-china.org`: the sentence is about the
            // scheme itself, and asks for plain http on purpose.
            if link.kind == .bareURL, Self.speaksOfTheScheme(link, in: file.source) { return nil }
            // `Referer 的值是 http://www.c.com`, `例如 http://www.dreamdu.com/xhtml/ 返回/xhtml/`,
            // `当我们要访问 http://baidu.com 时`: an address an explanation uses as its example;
            // another scheme would make it say something else.
            if link.kind == .bareURL, Self.isAnExample(link, in: file.source) { return nil }
            // `### What can I access by visiting the URL: http://status.aws.amazon.com/?`: the
            // address written out is what a quiz's question asks about; https would change it.
            if link.kind == .bareURL || link.kind == .angleAutolink, Self.isAskedAbout(link, in: file.source) { return nil }
            // `先看一张网上流传的http://java.io包的类结构图：`: words glued to a scheme, which the
            // autolink runs on into; no site's address to secure.
            if link.kind == .bareURL, located.url.host?.unicodeScalars.contains(where: HanCharacters.isCJKLetter) == true { return nil }
            // `| [Colormind](http://colormind.io/) | … | No | …` under `HTTPS`: the collection
            // records that the site has no https; the http link is the right one.
            let recorded = tables.isEmpty ? nil : tables.cell(at: link.range.start, inColumnNamed: Self.httpsColumns)
            if let recorded, Self.sayNo.contains(recorded.lowercased()) { return nil }
            let message = "insecure link: expected https, found http"
            let severity: Severity? = habit || located.url.host.map(habitHosts.contains) == true ? .info : nil
            if located.isElsewhere {
                // `[Contributor Covenant][homepage]` / `[homepage]: http://…`: reported where the
                // address is written, which is the line to edit.
                if definitions == nil { definitions = LinkDefinitions(file.document) }
                guard let written = definitions?.destinationRange(of: link.destination),
                      file.source.string(in: SourceRange(written.start, min(written.end, written.start + 5))).lowercased() == "http:" else {
                    return Violation(range: link.range, message: message + " in the link definition", severity: severity)
                }
                let use = RelatedLocation(file: file, range: link.range, message: "first use")
                var edits = [Edit(range: SourceRange(written.start, written.start + 4), replacement: "https")]
                // `[http://contributor-covenant.org/version/1/3/0/][version]`: the text shows the address, and changes with it.
                if let text = link.textRange, Self.showsAddress(file.source.string(in: text), of: link.destination),
                   file.source.string(in: SourceRange(text.start, text.start + 5)).lowercased() == "http:" {
                    edits.insert(Edit(range: SourceRange(text.start, text.start + 4), replacement: "https"), at: 0)
                }
                let fix: Fix? = located.url.portRange == nil && !(located.url.host.map(Self.isIPv4Number) ?? false)
                    ? .unsafe("rewrite to https", edits, rewrites: [.upgradeToHTTPS]) : nil
                return Violation(range: written, message: message + " in the link definition", severity: severity, related: [use], fix: fix)
            }
            // A `www.` autolink has no scheme in the source.
            guard let destination = link.destinationRange, located.base == destination.start else { return nil }
            let scheme = located.sourceRange(0..<4)
            // With an explicit port, https on the same port would be wrong.
            // `http://47.103.216.138`: a site reached by its IP number rarely has a certificate for it.
            let isIPNumber = located.url.host.map(Self.isIPv4Number) ?? false
            // `[http://a.example/x](http://a.example/x)`: the text shows the address, and changes with it.
            var edits = [Edit(range: scheme, replacement: "https")]
            // (`[http://contributor-covenant.org/version/1/4](http://contributor-covenant.org/version/1/4/)`:
            // the address shown without its last `/` is the address too.)
            if let text = link.textRange, Self.showsAddress(link.text, of: link.destination), Self.showsAddress(file.source.string(in: text), of: link.destination),
               file.source.string(in: SourceRange(text.start, text.start + 4)).lowercased() == "http" {
                edits.insert(Edit(range: SourceRange(text.start, text.start + 4), replacement: "https"), at: 0)
            }
            let fix: Fix? = located.url.portRange == nil && !isIPNumber
                ? .unsafe("rewrite to https", edits, rewrites: [.upgradeToHTTPS]) : nil
            var help = isIPNumber ? ["the host is an IP number, which rarely has a certificate: find the site's https address by hand"] : []
            if habit {
                help.append("an info rather than a warning: plain http is this file's habit (a quarter or more of its web links)")
            } else if severity == .info, let host = located.url.host {
                help.append("an info rather than a warning: this file links \(host) over http three times or more and never over https")
            }
            if let recorded, Self.sayYes.contains(recorded.lowercased()) { help.append("the table's HTTPS column says '\(recorded)' for this row") }
            // (Reached by its IP number, a site without a name has no certificate to be had: worth a
            // look, no warning.)
            return Violation(range: SourceRange(scheme.start, destination.end), message: message, severity: isIPNumber ? .info : severity, fix: fix, help: help)
        }
    }

    /// Whether the line of `link`, an address written out in a sentence, speaks of certificates
    /// (`SSL`, `TLS`, `certificate`, `证书`) outside the address: its http is written on purpose.
    /// (A titled entry describing a TLS library is still an entry.)
    static func speaksOfTheScheme(_ link: Link, in source: SourceText) -> Bool {
        let line = source.lineRange(source.line(containing: link.range.start))
        let text = (source.string(in: SourceRange(line.start, max(line.start, link.range.start))) + " "
            + source.string(in: SourceRange(min(link.range.end, line.end), line.end))).lowercased()
        return schemeWords.contains { text.contains($0) }
    }

    /// Whether a link's text is its address, or the address but for its last `/`.
    static func showsAddress(_ shown: String, of destination: String) -> Bool {
        shown == destination || shown + "/" == destination || shown == destination + "/"
    }

    static let schemeWords = ["ssl", "tls", "certificate", "证书"]

    /// Whether the words right before `link` (an address written out in a sentence) introduce
    /// it as an example or a value (`例如`, `e.g.`, `的值是`), or `时` after it makes it the case a
    /// sentence describes (`访问 http://… 时`).
    static func isAnExample(_ link: Link, in source: SourceText) -> Bool {
        let line = source.lineRange(source.line(containing: link.range.start))
        let before = source.string(in: SourceRange(line.start, max(line.start, link.range.start))).lowercased()
        let lead: String = before.trimmed { $0.isWhitespace || ":：,，".contains($0) }
        if exampleCues.contains(where: { lead.hasSuffix($0) }) { return true }
        let after = source.string(in: SourceRange(min(link.range.end, line.end), line.end)).trimmedWhitespace
        return after.hasPrefix("时") || after.hasPrefix("的时候")
    }

    /// Whether `link`, an address written out, is what a question asks about: words before it
    /// on its line, and after it only the question's end (`…visiting the URL: http://…/?`,
    /// `…external links (http://www.somesite.com/somepage)?`), no sentence ending first
    /// (`在网站<http://…>中将主题下载之后，是一个jar包。那怎么导入呢？` cites the site, and asks
    /// something else). A line holding only the address is a link, whatever follows it.
    static func isAskedAbout(_ link: Link, in source: SourceText) -> Bool {
        let line = source.lineRange(source.line(containing: link.range.start))
        let after = source.string(in: SourceRange(min(link.range.end, line.end), line.end)).trimmedWhitespace
        guard after.hasSuffix("?") || after.hasSuffix("？"), !after.dropLast().contains(where: { ".。!！；;".contains($0) }) else { return false }
        let before = source.string(in: SourceRange(line.start, max(line.start, link.range.start)))
        return before.count(where: \.isLetter) >= 2
    }

    static let exampleCues = ["例如", "比如", "譬如", "举例", "e.g.", "e.g", "for example", "for instance", "such as", "值是", "值为", "值：", "值:"]

    /// Table headers (as `TableRows.normalizedHeader` gives them) of a column that says
    /// whether each row's site serves https.
    static let httpsColumns: Set<String> = ["https", "ssl", "tls", "https support", "supports https", "https 支持", "支持 https", "支持https"]
    /// Cells (lowercased) that say a site has no https, or that it has.
    static let sayNo: Set<String> = ["no", "false", "否", "无", "不支持", "❌", "✗", "✘", ":x:", "🚫", "n"]
    static let sayYes: Set<String> = ["yes", "true", "是", "有", "支持", "✅", "✓", "✔", ":white_check_mark:", ":heavy_check_mark:", "y"]

    /// `47.103.216.138`: four numbers of one to three digits.
    static func isIPv4Number(_ host: String) -> Bool {
        let parts = host.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count == 4 && parts.allSatisfy { (1...3).contains($0.count) && $0.allSatisfy { $0.isASCII && $0.isNumber } }
    }

    /// Whether `destination` holds `http:` in any case: a URL with the http scheme does.
    static func mayBePlainHTTP(_ destination: String) -> Bool {
        let pattern: [UInt8] = [UInt8(ascii: "h"), UInt8(ascii: "t"), UInt8(ascii: "t"), UInt8(ascii: "p"), UInt8(ascii: ":")]
        var matched = 0
        for byte in destination.utf8 {
            // Letters in any case; no proper suffix of a partial match starts the pattern but `h`.
            let folded = matched < 4 ? byte | 0x20 : byte
            if folded == pattern[matched] {
                matched += 1
                if matched == pattern.count { return true }
            } else {
                matched = byte | 0x20 == pattern[0] ? 1 : 0
            }
        }
        return false
    }

    /// The hosts this file links over http three times or more and never over https.
    /// The tables in which the document writes one address with both schemes (`http://site.com/example/`
    /// and `https://site.com/example/`, a same-origin table: the scheme compared), with that host
    /// (without `www.`).
    static func hostsContrastingSchemes(_ parsed: LinkURL.ParsedLinks, in document: Document) -> [(table: SourceRange, host: String)] {
        let tables = document.blocks.compactMap { block -> SourceRange? in
            if case .table = block { return block.range }
            return nil
        }
        guard !tables.isEmpty else { return [] }
        struct Address: Hashable {
            let table: Int
            let host: String
            let path: String
        }
        var plain = Set<Address>(), secure = Set<Address>()
        for position in parsed.indices {
            let url = parsed.url(at: position).url
            guard url.isHTTP, let host = url.host,
                  let table = tables.firstIndex(where: { $0.contains(parsed.link(at: position).range.start) }) else { continue }
            let address = Address(table: table, host: host.hasPrefix("www.") ? String(host.dropFirst(4)) : host, path: url.path)
            if url.hasScheme("http") { plain.insert(address) } else { secure.insert(address) }
        }
        return plain.intersection(secure).map { (tables[$0.table], $0.host) }
    }

    static func habitHosts(_ parsed: LinkURL.ParsedLinks) -> Set<String> {
        var plain: [String: Int] = [:], secure = Set<String>()
        for position in parsed.indices {
            let url = parsed.url(at: position).url
            guard url.isHTTP, let host = url.host else { continue }
            if url.hasScheme("http") { plain[host, default: 0] += 1 } else { secure.insert(host) }
        }
        return Set(plain.filter { $0.value >= 3 && !secure.contains($0.key) }.keys)
    }

    /// Whether http is this file's habit: a quarter or more of its web links, of eight or more;
    /// links the rule never reports (`http://127.0.0.1:8081`) do not count.
    func isHabit(_ parsed: LinkURL.ParsedLinks) -> Bool {
        var web = 0, plain = 0
        for position in parsed.indices {
            let url = parsed.url(at: position).url
            guard url.isHTTP, !isExempt(url) else { continue }
            web += 1
            if url.hasScheme("http") { plain += 1 }
        }
        return web >= 8 && plain * 4 >= web
    }

    /// An address plain http suits: an allowed host, a local name, an onion service, a domain
    /// reserved for examples, or a port https would not answer on
    /// (`http://ilpubs.stanford.edu:8090/422/`).
    func isExempt(_ url: ParsedURL) -> Bool {
        allowedHosts.contains(where: url.isOnHost) || ParsedURL.isLocalName(url.host) || Self.isOnionService(url.host)
            || Self.isExampleDomain(url.host) || url.port.map({ $0 != 80 }) ?? false
    }
}
