import Foundation
import IQCore
import IQMarkdown
import IQRules
import IQTestSupport
import Testing

/// The link rules on the real sample corpus: exactly these findings, and `--fix` leaves no
/// tracking parameter behind while keeping what identifies a WeChat article.
@Suite struct SampleCorpusLinkRulesTests {
    static let linkRules = ["link-format", "tracking-param", "insecure-link", "duplicate-link", "bare-url"]

    static func sample() throws -> String {
        try String(contentsOfFile: RepositoryPaths.sampleCorpus, encoding: .utf8)
    }

    @Test func reportsExactlyTheExpectedFindings() throws {
        let found = try LintHarness.lint(Self.sample(), path: "README.md", rules: Self.linkRules)
            .map { "\($0.ruleID):\($0.line)" }
        let expected =
            // `#rd` and then `)` on the next line.
            ["link-format:167"]
            + [53, 97, 106, 114, 135, 146, 147, 156, 167, 209, 226, 274, 280, 295, 305, 362].map { "tracking-param:\($0)" }
            + ["insecure-link:275"]
        #expect(found.sorted() == expected.sorted())
    }

    @Test func trackingParameterMessagesNameTheParameters() throws {
        let messages = try LintHarness.lint(Self.sample(), path: "README.md", rules: ["tracking-param"])
            .map { "\($0.line): \($0.message)" }
        #expect(messages.contains("53: tracking parameters 'wfr', 'for' in link"))
        #expect(messages.contains("97: tracking parameter 'fr' in link"))
        #expect(messages.contains("114: tracking parameter 'spm_id_from' in link"))
        #expect(messages.contains("135: tracking parameter 'source_id' in link"))
        #expect(messages.contains("167: tracking parameter 'chksm' in link"))
        #expect(messages.contains("274: tracking parameters 'utm_source', 'utm_id' in link"))
    }

    @Test func fixRemovesEveryTrackingParameterAndKeepsWeChatIdentity() throws {
        let fixed = try LintHarness.fix(Self.sample(), path: "README.md", rules: Self.linkRules)
        let again = try LintHarness.lint(fixed, path: "README.md", rules: Self.linkRules)
        #expect(again.filter { $0.ruleID == "tracking-param" || $0.ruleID == "link-format" }.isEmpty)
        for marker in ["wfr=", "for=pc", "fr=ge_ala", "spm_id_from", "source_id", "utm_", "chksm", "scene="] {
            #expect(!fixed.contains(marker), "\(marker) left after --fix")
        }
        let weixin = MarkdownFile(path: "README.md", text: fixed).document.links.filter { $0.destination.contains("mp.weixin.qq.com/s?") }
        #expect(weixin.count == 6)
        for link in weixin {
            let names = link.destination.split(separator: "?")[1].split(separator: "#")[0].split(separator: "&")
                .map { String($0.split(separator: "=")[0]) }
            #expect(names == ["__biz", "mid", "idx", "sn"], "\(link.destination)")
        }
        #expect(fixed.contains("(https://mp.weixin.qq.com/s?__biz=MzU1MzE2NzIzMg==&mid=2247491577&idx=1&sn=9247f63dc89f215ae5cc7bf476ffcec3#rd)\n"))
        #expect(fixed.contains("(https://baijiahao.baidu.com/s?id=1799441021746509245)\n"))
        #expect(fixed.contains("(https://www.bilibili.com/video/BV1UG411f7DL/)\n"))
    }

    /// The real command on a copy of the sample, twice.
    @Test func commandLineFixOnACopyLeavesNoTrackingParameter() throws {
        let binary = RepositoryPaths.iqlintBinary
        try #require(FileManager.default.isExecutableFile(atPath: binary), "build iqlint first")
        let scratch = try ScratchDirectory()
        let copy = scratch.path + "/README.md"
        try FileManager.default.copyItem(atPath: RepositoryPaths.sampleCorpus, toPath: copy)

        _ = try run(binary, ["check", "--fix", "--quiet", "--color", "never", copy])
        let second = try run(binary, ["check", "--select", "tracking-param,link-format", "--color", "never", copy])
        #expect(!second.contains("tracking-param"))
        #expect(!second.contains("link-format"))
        let text = try String(contentsOfFile: copy, encoding: .utf8)
        #expect(text.contains("https://mp.weixin.qq.com/s?__biz=MzI4MDYzNzg4Mw==&mid=2247550556&idx=2&sn=759a0fbfc878ed8844e12798701d175a)"))
    }

    @Test func duplicateOfASampleLinkInAnotherFileIsReported() throws {
        let diagnostics = try LintHarness.lint(
            "- [梯度裁剪](https://zacharygz.blog.csdn.net/article/details/135410610)\n", path: "new.md",
            rules: ["duplicate-link"], companions: ["README.md": Self.sample()])
        #expect(diagnostics.map(\.message) == ["duplicate link: same article as README.md:45"])
        #expect(diagnostics.first?.related.first?.path == "README.md")
    }

    private func run(_ executable: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }
}
