@testable import IQRules
import Testing

/// Pull-request mode normalises only links whose destination passes the clue of a changed
/// link's identity; a clue that turned away a destination of the same identity would lose a
/// finding. Every pair of spellings of one identity must pass, whatever the normaliser folds.
@Suite struct URLClueTests {
    /// Spellings that normalise alike in groups, and near misses of each.
    static let destinations = [
        "https://blog.51cto.com/welcomeweb/7213052", "HTTP://Blog.51CTO.com:443/welcomeweb/7213052/#top",
        "http://blog.51cto.com//welcomeweb//7213052/", " https://blog.51cto.com./welcomeweb/7213052 ",
        "https://blog.51cto.com/welcomeweb/7213052#Top", "https://blog.51cto.com/welcomeweb/7213052#usage",
        "https://blog.51cto.com/WelcomeWeb/7213052", "https://www.blog.51cto.com/welcomeweb/7213052",
        "https://x.example/a?b=2&a=1", "https://x.example/a?a=1&b=2&utm_source=z", "https://x.example/a?a=1&amp;b=2",
        "https://x.example/a?b=2&a=%31", "https://x.example/%61?a=1&b=2", "https://x.example:80/a?a=1&b=2",
        "https://x.example:+443/a?b=2&a=1", "https://x.example:8080/a?a=1&b=2",
        "https://X.Example", "http://x.example/", "https://x.example/#top", "https://x.example:443", "https://user@X.EXAMPLE./",
        "https://x.example?utm_source=a", "https://x.example/?q=1", "http://x.example/?q=%31",
        "https://baike.baidu.com/item/中文", "https://baike.baidu.com/item/%E4%B8%AD%E6%96%87", "https://baike.baidu.com/item/中文/",
        "https://blog.csdn.net/ZacharyGz/article/details/135410610",
        "https://zacharygz.blog.csdn.net/article/details/135410610?spm=1001.2014.3001.5502",
        "https://blog.csdn.net/other/article/details/135410610/", "https://blog.csdn.net/other/article/details/%31%33%35%34%31%30%36%31%30",
        "https://blog.csdn.net/other/article/details/135410611",
        "https://www.zhihu.com/tardis/bd/art/106669828", "https://zhuanlan.zhihu.com/p/106669828",
        "https://www.zhihu.com/question/1/answer/106669828", "https://www.zhihu.com/answer/106669828#rd",
        "https://mp.weixin.qq.com/s?__biz=MzI4MDYzNzg4Mw==&mid=2247565072&idx=2&sn=1a9",
        "https://mp.weixin.qq.com/s?__biz=MzI4MDYzNzg4Mw%3D%3D&mid=2247565072&idx=2",
        "https://mp.weixin.qq.com/s?idx=2&mid=2247565072&__biz=MzI4MDYzNzg4Mw==&scene=27#wechat_redirect",
        // WeChat parameters that decode to `:` or `/` read like a host "weixin" with a port.
        "https://mp.weixin.qq.com/s?__biz=8%2Fy&mid=1&idx=2", "https://mp.weixin.qq.com/s?__biz=8/y&mid=1&idx=2",
        "http://weixin:8/y:1:2", "https://mp.weixin.qq.com/s?__biz=a%3Ab&mid=c&idx=d", "https://mp.weixin.qq.com/s?__biz=a&mid=b%3Ac&idx=d",
        "https://mp.weixin.qq.com/s?__biz=a&mid=b:c&idx=d", "https://mp.weixin.qq.com/s?__biz=a:b&mid=c&idx=d",
        "https://mp.weixin.qq.com/s?__biz=a%23b&mid=1&idx=2", "https://mp.weixin.qq.com/s?__biz=a&mid=1&idx=2#b:1:2",
        // Lowercasing folds the Kelvin sign into an ASCII k.
        "https://\u{212A}.example", "https://k.example", "https://K.example/",
        "https://a.example/guide#install", "https://a.example/guide/#install", "https://a.example/guide#usage",
    ]

    @Test func everySpellingOfAnIdentityPassesItsClue() {
        var sharing = 0
        for changed in Self.destinations {
            guard let (identity, clue) = DuplicateLinkRule.identityAndClue(of: changed) else { continue }
            for other in Self.destinations where DuplicateLinkRule.identity(of: other) == identity {
                #expect(clue.mayMatch(other), "\(changed) → \(identity): clue \(clue) turns away \(other)")
                if other != changed { sharing += 1 }
            }
        }
        #expect(sharing > 40, "the list must hold many spellings of one identity")
    }

    /// The clue is worth having: a bank's other links on the same host are turned away.
    @Test func otherArticlesOnTheSameHostAreTurnedAway() throws {
        let (_, clue) = try #require(DuplicateLinkRule.identityAndClue(of: "https://example.com/q/33200"))
        #expect(!clue.mayMatch("https://example.com/q/33201"))
        #expect(!clue.mayMatch("https://example.com/q/3320"))
        #expect(clue.mayMatch("https://example.com/q/33200/?utm_source=x"))
        #expect(clue.mayMatch("https://example.com/q/%33"), "a percent sign may decode to anything")
        let (_, host) = try #require(DuplicateLinkRule.identityAndClue(of: "https://Vapor.codes"))
        #expect(host == .host(Array("vapor.codes".utf8)))
        #expect(host.mayMatch("HTTP://VAPOR.CODES/") && !host.mayMatch("https://swift.org"))
        let (_, wechat) = try #require(DuplicateLinkRule.identityAndClue(of: "https://mp.weixin.qq.com/s?__biz=MzI4&mid=2247565072&idx=2"))
        #expect(wechat == .bytes(Array("2247565072".utf8)))
        #expect(DuplicateLinkRule.identityAndClue(of: "https://mp.weixin.qq.com/s?__biz=a%3Ab&mid=c&idx=d")?.clue == .anything)
    }
}
