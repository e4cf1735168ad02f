import IQCore
import IQMarkdown

/// `utm_source=ryf` on a sponsor's link in one issue of a newsletter, and again in the next
/// issues: a `utm_source` value on links to three addresses or more across the collection's
/// files (the inference `iqlint conventions` shows for one document, over every file), or on
/// links in three files or more, is its own campaign tag, written on purpose; so is a value of
/// eight characters or more on two hosts' links (`tf-github-xh2022`). A value naming
/// where a reader found a link (`wechat_session`, `twitter`) never is (`wechat-kol-ruanyf`, a
/// campaign run there, is). A value one of those
/// starts (`ryf0616` beside `ryf`), or that starts one (`ruanyf` beside `ruanyfblogjiangshi`),
/// is a variant of the tag.
struct CollectionCampaignTags: Sendable {
    /// `utm_source=value` keys, the name lowercased, as `CollectionConventions.campaignParameters`.
    let keys: Set<String>
    /// The files holding each key's links, for `iqlint conventions`.
    let files: [String: Set<String>]

    /// Addresses (host and path), or files, a value must be found on.
    static let minimumSpread = 3
    /// The shortest value that, on two hosts' links, is a code of the author's own.
    static let minimumPersonalCodeLength = 8
    /// The shortest value whose longer forms are its variants.
    static let minimumLength = 3
    private static let prefix = "utm_source="

    static func of(_ files: [MarkdownFile]) -> CollectionCampaignTags {
        var addresses: [String: Set<String>] = [:], paths: [String: Set<String>] = [:], hosts: [String: Set<String>] = [:]
        for file in files {
            for link in file.document.links where !link.isImage && link.destination.containsBytes("utm_") {
                let url = ParsedURL(link.destination)
                guard url.isHTTP, let host = url.host?.lowercased() else { continue }
                for item in url.queryItems where ParsedURL.percentDecoded(item.name).lowercased() == "utm_source" {
                    guard let value = item.value, !value.isEmpty, !Self.namesOnlyAReadersPlatform(item) else { continue }
                    addresses[prefix + value, default: []].insert(host + url.path)
                    hosts[prefix + value, default: []].insert(host)
                    paths[prefix + value, default: []].insert(file.path)
                }
            }
        }
        // `utm_source=tf-github-xh2022` on two sites' links: a value that long, on two hosts,
        // is the author's own code for the partners they recommend, not a reader's tracker.
        let spread = Set(addresses.keys.filter {
            addresses[$0]!.count >= minimumSpread || paths[$0]!.count >= minimumSpread
                || hosts[$0]!.count >= 2 && $0.count - prefix.count >= minimumPersonalCodeLength
        })
        // `ryf0616`, `ryf0119` beside the tag `ryf`; `ruanyf` beside `ruanyfblogjiangshi`: one
        // tag written for one campaign or another, its variants.
        let values = spread.map { String($0.dropFirst(prefix.count)) }.filter { $0.count >= minimumLength }
        let variants = addresses.keys.filter { key in
            let value = key.dropFirst(prefix.count)
            return value.count >= minimumLength && values.contains { value.hasPrefix($0) || $0.hasPrefix(value) }
        }
        let keys = spread.union(variants)
        return CollectionCampaignTags(keys: keys, files: paths.filter { keys.contains($0.key) })
    }

    /// `wechat_session`, `twitter-share`: a reader's platform and at most one word more, where
    /// a reader found the link. `wechat-kol-ruanyf` names a campaign run on the platform.
    static func namesOnlyAReadersPlatform(_ item: ParsedURL.QueryItem) -> Bool {
        platformTagWords(item).map { $0.count <= 2 } ?? false
    }

    /// `wechat_session`, `weibo-timeline`, `twitter_share`: how a reader shared the link on a
    /// platform, whoever copied it (one document's three such links are no campaign of its own).
    static func namesAReadersShare(_ item: ParsedURL.QueryItem) -> Bool {
        platformTagWords(item).map { $0.count == 2 && shareWords.contains(String($0[1])) } ?? false
    }

    /// The words of a `utm_source` value that opens with a reader's platform (`wechat`,
    /// `session`), split where `TrackingParamRule.startsWithAReadersPlatform` splits; nil for
    /// any other item.
    private static func platformTagWords(_ item: ParsedURL.QueryItem) -> [Substring]? {
        guard TrackingParamRule.startsWithAReadersPlatform(item), let value = item.value else { return nil }
        return ParsedURL.percentDecoded(value).lowercased().split(whereSeparator: { "_-.".contains($0) })
    }

    static let shareWords: Set<String> = ["session", "timeline", "share", "message", "groupmessage", "singlemessage", "app"]
}
