import IQCore
import IQMarkdown

/// Reports links whose page is gone. The network check itself lives in IQLinks (run by
/// `--links` or `iqlint links`); this rule turns its results, passed in the `results` option,
/// into diagnostics, so suppressions, baselines, pull-request filtering and fixes work as for
/// every other rule.
public struct DeadLinkRule: DocumentRule {
    public static let description = RuleDescription(
        id: "dead-link",
        summary: "linked pages still exist",
        details: """
            Off unless `--links`, `iqlint links` or `links: true` in `.iqlint.yml`: then every \
            http(s) link and image is requested once per run (with `--base`/`--staged`, only \
            URLs the change adds that appear nowhere in the base tree). A dead link (404, 410, \
            a DNS name that does not exist, a connection refused after retries, or a page that \
            a host profile recognises as deleted, such as WeChat's 该内容已被发布者删除) is an \
            error. A link that cannot be verified (403, 429, 999, challenge pages, timeouts, TLS \
            errors, private addresses) is `info` with the reason and never fails a run. A link \
            whose every redirect is permanent (301/308) to the same path gets a fix to the final URL.
            """,
        rationale: """
            Answer links rot: posts are deleted, accounts closed, blogs moved. Readers of a \
            question bank are sent to pages that no longer answer the question, and every bank \
            ends up asking them to report dead links by hand.
            """,
        defaultSeverity: .error,
        fix: .safeOrUnsafe,
        options: [
            RuleOptionDescription(name: "results",
                                  summary: "link-check results by URL, filled in by the network check ('ok', 'dead: REASON', 'unverifiable: REASON' or 'moved: URL'); not meant to be set by hand",
                                  defaultValue: .map([:])),
        ],
        triggeringExamples: [
            RuleExample("1. [Transformer 详解](↓https://mp.weixin.qq.com/s/AbCdEf)\n",
                        options: ["results": ["https://mp.weixin.qq.com/s/AbCdEf": "dead: wechat page says \"该内容已被发布者删除\""]]),
            RuleExample("- 参考 ↓https://blog.example.com/gone\n",
                        options: ["results": ["https://blog.example.com/gone": "dead: HTTP 404 not found"]]),
            RuleExample("1. [知乎回答](↓https://www.zhihu.com/question/1)\n",
                        options: ["results": ["https://www.zhihu.com/question/1": "unverifiable: zhihu refuses unauthenticated clients (403)"]]),
            RuleExample("1. ↓[BERT 论文][bert]\n\n[bert]: https://example.com/gone\n",
                        options: ["results": ["https://example.com/gone": "dead: HTTP 410 gone"]]),
            RuleExample("1. [BERT](↓http://example.com/bert)\n",
                        options: ["results": ["http://example.com/bert": "moved: https://example.com/bert"]]),
        ],
        nonTriggeringExamples: [
            RuleExample("1. [BERT](https://example.com/bert)\n", options: ["results": ["https://example.com/bert": "ok"]]),
            RuleExample("1. [BERT](https://example.com/bert)\n"),
            RuleExample("1. `https://example.com/gone`\n", options: ["results": ["https://example.com/gone": "dead: HTTP 404 not found"]]),
        ],
        corrections: [
            RuleCorrection("1. [BERT](http://example.com/bert)\n", "1. [BERT](https://example.com/bert)\n",
                           options: ["results": ["http://example.com/bert": "moved: https://example.com/bert"]]),
            RuleCorrection("- 参考 http://example.com/bert\n", "- 参考 https://example.com/bert\n", unsafe: true,
                           options: ["results": ["http://example.com/bert": "moved: https://example.com/bert"]]),
        ],
        emittedSeverities: [.error, .warning, .info]
    )

    /// A result as the `results` option spells it.
    public enum Verdict: Sendable, Equatable {
        case ok
        case dead(String)
        case unverifiable(String)
        case moved(String)

        public init?(_ text: String) {
            if text == "ok" { self = .ok; return }
            guard let colon = text.firstIndex(of: ":") else { return nil }
            let reason = String(text[text.index(after: colon)...]).trimmed { $0 == " " }
            switch text[..<colon] {
            case "dead": self = .dead(reason)
            case "unverifiable": self = .unverifiable(reason)
            case "moved": self = .moved(reason)
            default: return nil
            }
        }

        public var text: String {
            switch self {
            case .ok: "ok"
            case .dead(let reason): "dead: \(reason)"
            case .unverifiable(let reason): "unverifiable: \(reason)"
            case .moved(let url): "moved: \(url)"
            }
        }
    }

    let results: [String: Verdict]

    public init(options: RuleOptions) {
        results = options.stringMap("results").compactMapValues(Verdict.init)
    }

    /// The URLs of `file` that a link check requests: http(s) destinations of links and images.
    public static func checkableURLs(in file: MarkdownFile) -> [String] {
        LinkURL.all(in: file).compactMap { link, located in located.url.isHTTP ? link.destination : nil }
    }

    public func check(_ file: MarkdownFile) -> [Violation] {
        guard !results.isEmpty else { return [] }
        return LinkURL.all(in: file).compactMap { link, located in
            guard located.url.isHTTP, let verdict = results[link.destination] else { return nil }
            let range = located.isElsewhere ? link.range : (link.destinationRange ?? link.range)
            let suffix = located.isElsewhere ? " (in the link definition)" : ""
            switch verdict {
            case .ok:
                return nil
            case .dead(let reason):
                return Violation(range: range, message: "dead link: \(reason)\(suffix)")
            case .unverifiable(let reason):
                return Violation(range: range, message: "link not verified: \(reason)\(suffix)", severity: .info)
            case .moved(let target):
                guard Self.isSameArticle(link.destination, target) else {
                    return Violation(range: range, message: "link permanently redirects to another page: \(target)\(suffix)",
                                     severity: .info)
                }
                return Violation(range: range, message: "link permanently redirects to \(target)\(suffix)", severity: .warning,
                                 fix: fix(link: link, located: located, target: target))
            }
        }
    }

    /// An inline destination is only the URL (safe); a bare or angle URL is also the visible
    /// text, so rewriting it changes rendered words (unsafe).
    private func fix(link: Link, located: LinkURL, target: String) -> Fix? {
        guard !located.isElsewhere, let destination = link.destinationRange, located.base == destination.start,
              !target.contains(where: { $0 == " " || $0 == ")" || $0 == ">" || $0 == "<" }) else { return nil }
        let edit = Edit(range: destination, replacement: target)
        let rewrite = DestinationRewrite.followPermanentRedirect(from: link.destination, to: target)
        return link.kind == .inline ? .safe("replace with the final URL", [edit], rewrites: [rewrite])
            : .unsafe("replace with the final URL", [edit], rewrites: [rewrite])
    }

    /// Same path and query after the redirect: a scheme, host or trailing-slash change, not a
    /// landing page that stands in for a removed article.
    static func isSameArticle(_ original: String, _ final: String) -> Bool {
        let before = ParsedURL(original), after = ParsedURL(final)
        guard before.isHTTP, after.isHTTP else { return false }
        func trimmed(_ path: String) -> String { path.count > 1 && path.hasSuffix("/") ? String(path.dropLast()) : path }
        return trimmed(before.path) == trimmed(after.path) && (before.query ?? "") == (after.query ?? "")
    }
}
