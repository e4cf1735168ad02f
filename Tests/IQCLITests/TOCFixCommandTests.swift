import Foundation
import IQTestSupport
import Testing

/// `iqlint check --fix` writes a table of contents that `iqlint check` then accepts.
@Suite struct TOCFixCommandTests {
    @Test func aTableOfContentsWrittenByFixPassesCheck() throws {
        let headings = ["Transformer、Bert、GPT系列模型", "Q&A：LoRA 与 QLoRA 的区别？", "🔥 热门题目", "大模型　应用（RAG）",
                        "其他问题", "其他问题", "`torch.nn` 模块", "[LoRA](https://a.example/lora) 原理", "ＧＰＴ－４ 与 ＬＬａＭＡ２"]
        let markdown = "# 题库\n\n## 目录\n\n1. [旧条目](#旧条目)\n\n" + headings.map { "## \($0)\n\n内容\n\n" }.joined()
        let scratch = try ScratchDirectory()
        let path = try scratch.write("README.md", markdown)
        // One stale entry says nothing about what the table covers: the configuration does.
        let config = try scratch.write(".iqlint.yml", "rules:\n  toc-sync:\n    levels: [2]\n")
        let before = try CommandRunner.iqlint(["check", "--config", config, "--select", "toc-anchor,toc-sync", path])
        #expect(before.status == 1)
        #expect(before.stdout.contains("error[toc-sync]: expected an entry for 'Transformer、Bert、GPT系列模型'"))
        #expect(!before.stdout.contains("error[toc-anchor]"), "toc-anchor yields to toc-sync's finding on the entry")
        // The stale entry is repaired (unsafe: its text changes), the others are added after it.
        let fix = try CommandRunner.iqlint(["check", "--config", config, "--fix", "--unsafe-fixes", "--select", "toc-anchor,toc-sync,list-numbering", path])
        #expect(fix.status == 0, "\(fix.stdout)")
        let fixed = try scratch.read("README.md")
        #expect(fixed.contains("""
            1. [Transformer、Bert、GPT系列模型](#transformerbertgpt系列模型)
            2. [Q&A：LoRA 与 QLoRA 的区别？](#qalora-与-qlora-的区别)
            3. [🔥 热门题目](#-热门题目)
            4. [大模型　应用（RAG）](#大模型应用rag)
            5. [其他问题](#其他问题)
            6. [其他问题](#其他问题-1)
            7. [`torch.nn` 模块](#torchnn-模块)
            8. [LoRA 原理](#lora-原理)
            9. [ＧＰＴ－４ 与 ＬＬａＭＡ２](#ｇｐｔ４-与-ｌｌａｍａ２)

            """))
        let after = try CommandRunner.iqlint(["check", "--config", config, "--select", "toc-anchor,toc-sync", path])
        #expect(after.status == 0)
        #expect(after.stdout.contains("All checks passed"))
    }
}
