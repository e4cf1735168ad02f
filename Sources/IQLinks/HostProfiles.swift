/// The sites question banks link to most, with what their pages say when content is gone or when
/// they refuse a bot. Each entry is tested against a recorded response
/// (Tests/IQLinksTests/Server/recorded/<host>/).
public enum HostProfiles {
    public static let builtin: [HostProfile] = [
        HostProfile(
            name: "wechat",
            domains: ["mp.weixin.qq.com"],
            deletedMarkers: ["该内容已被发布者删除", "此内容因违规无法查看", "此内容被投诉且经审核涉嫌侵权",
                             "此内容发送失败无法查看", "该内容已被删除"],
            challengeMarkers: ["环境异常", "完成验证后即可继续访问", "当前环境异常"],
            bodyLimit: 512 * 1024
        ),
        HostProfile(
            name: "zhihu",
            domains: ["zhihu.com"],
            deletedMarkers: ["你似乎来到了没有知识存在的荒原", "该内容暂时无法查看", "内容已被删除", "该回答已被删除"],
            challengeMarkers: ["安全验证", "\"code\":40362", "unhuman"],
            unverifiableStatuses: [403: "zhihu refuses unauthenticated clients (403)"]
        ),
        HostProfile(
            name: "csdn",
            domains: ["csdn.net"],
            deletedMarkers: ["该文章已被删除", "文章不存在", "你访问的页面不存在"],
            challengeMarkers: ["安全验证", "请完成下方验证"],
            unverifiableStatuses: [521: "csdn bot protection (521)"]
        ),
        HostProfile(
            name: "baidu",
            domains: ["baijiahao.baidu.com", "baidu.com"],
            deletedMarkers: ["您访问的页面不存在", "该内容不存在", "文章已删除"],
            challengeMarkers: ["百度安全验证", "网络不给力，请稍后重试", "wappass.baidu.com/static/captcha"],
            deletedRedirectPaths: ["/error", "/search/error.html"]
        ),
        HostProfile(
            name: "bilibili",
            domains: ["bilibili.com", "b23.tv"],
            deletedMarkers: ["啊叻？视频不见了？", "视频去哪了呢？", "稿件不可见"],
            challengeMarkers: ["验证码", "请求过于频繁"],
            unverifiableStatuses: [412: "bilibili refuses automated clients (412)"],
            deletedRedirectPaths: ["/404"]
        ),
        HostProfile(
            name: "github",
            domains: ["github.com"],
            challengeMarkers: ["You have triggered an abuse detection mechanism", "secondary rate limit"]
        ),
        HostProfile(
            name: "arxiv",
            domains: ["arxiv.org"],
            deletedMarkers: ["Article identifier '"],
            challengeMarkers: ["reCAPTCHA", "Access Denied"]
        ),
    ]

    public static func profile(for host: String, in profiles: [HostProfile]) -> HostProfile? {
        profiles.first { $0.matches(host: host) }
    }
}
