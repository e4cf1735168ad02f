import Foundation
import Testing
@testable import IQDedup

@Suite struct TextNormalizerTests {
    let normalizer = TextNormalizer()

    @Test(arguments: [
        ("BERT？（详解）、", "bert详解"),
        ("ＢＥＲＴ与ＧＰＴ", "bert和gpt"),
        ("Ｌｏｒａ\u{3000}微调", "lora微调"),
        ("KV-Cache", "kv cache"),
        ("KV  cache!!", "kv cache"),
    ])
    func removesPunctuationAndFoldsWidthAndCase(input: String, expected: String) {
        #expect(normalizer.normalize(input) == expected)
    }

    /// Fullwidth punctuation skips Foundation's NFKC mapping: each such scalar must normalise
    /// exactly as its NFKC form does, between ideographs, words and digits, beside a
    /// fullwidth letter (which is still mapped) and where a phrase or alias spans it.
    @Test func fullwidthPunctuationNormalisesAsItsNFKCForm() {
        let configured = TextNormalizer(configuration: DedupConfiguration(aliases: ["KV cache": "键值缓存"]))
        var checked = 0
        for value in UInt32(0xFF01)...0xFF5E {
            let scalar = Unicode.Scalar(value)!
            let mapped = String(scalar).precomposedStringWithCompatibilityMapping
            for template in ["什么是BERT%", "大模型%微调", "ab%c", "llama2%3", "ＢＥＲＴ%好", "KV%cache", "%", "为什么%要用LoRA"] {
                let fast = template.replacingOccurrences(of: "%", with: String(scalar))
                let slow = template.replacingOccurrences(of: "%", with: mapped)
                #expect(normalizer.normalize(fast) == normalizer.normalize(slow), "\(fast)")
                #expect(configured.normalize(fast) == configured.normalize(slow), "\(fast)")
                #expect(normalizer.intent(of: fast) == normalizer.intent(of: slow), "\(fast)")
            }
            if TokenBuffer.isFullwidthPunctuation(value) { checked += 1 }
        }
        #expect(checked == 32, "every fullwidth ASCII punctuation form takes the fast path")
    }

    /// A trailing note that numbers a part of a series is kept as its number; a note on where
    /// the question was asked goes.
    @Test func partsOfASeriesKeepTheirNumber() {
        #expect(PartMarker.number("上") == 1 && PartMarker.number("中") == 2 && PartMarker.number(" 下篇 ") == 3)
        #expect(PartMarker.number("第3部分") == 3 && PartMarker.number("第十二讲") == 12 && PartMarker.number("二") == 2)
        #expect(PartMarker.number("续") == 2 && PartMarker.number("12") == 12)
        #expect(PartMarker.number("入门") == 1 && PartMarker.number("进阶") == 2 && PartMarker.number("高级篇") == 3)
        #expect(normalizer.normalize("ZooKeeper相关概念总结(入门)") != normalizer.normalize("ZooKeeper相关概念总结(进阶)"))
        for note in ["上海", "一面", "字节二面", "高频", "中文", "高中", "基础知识", "部分", "第", "上\u{301}", "1\u{301}", "二\u{20E3}", "第２部分", "第2部分 a"] {
            #expect(PartMarker.number(note) == nil, "\(note)")
        }
        #expect(PartMarker.number("\u{3000}第 2 部分\u{3000}") == nil, "a space inside is not a marker")
        #expect(PartMarker.number("\u{3000}第2部分\u{3000}") == 2 && PartMarker.number("第一百章") == 100)
        #expect(normalizer.normalize("Java 基础总结（上）") != normalizer.normalize("Java 基础总结（下）"))
        #expect(normalizer.normalize("Java 基础总结（上）").contains("1"))
        #expect(normalizer.normalize("什么是LoRA（字节二面）") == normalizer.normalize("什么是LoRA"))
    }

    @Test func stripsChineseStopPhrases() {
        #expect(normalizer.normalize("什么是BERT？") == "bert")
        #expect(normalizer.normalize("GPT和BERT有什么区别") == "gpt和bert")
        #expect(normalizer.normalize("微调方法总结") == "微调方法")
        #expect(normalizer.normalize("不同微调方法的总结") == "微调方法")
    }

    @Test func stripsEnglishStopPhrasesOnlyAsWholeWords() {
        #expect(normalizer.normalize("What is BERT?") == "bert")
        #expect(normalizer.normalize("The difference between LoRA and a Adapter") == "lora adapter")
        // "a" is a stop word but must not be cut out of "lora" or "attention".
        #expect(normalizer.normalize("lora attention") == "lora attention")
    }

    @Test func keepsWordBoundariesBetweenEnglishWords() {
        #expect(normalizer.normalize("ab c") != normalizer.normalize("a bc"))
    }

    @Test func keepsATextThatIsOnlyStopPhrases() {
        #expect(normalizer.normalize("总结") == "总结")
    }

    @Test func appliesAliasesOnNormalisedTokens() {
        let configured = TextNormalizer(configuration: DedupConfiguration(aliases: ["KV cache": "键值缓存"]))
        #expect(configured.normalize("什么是KV-Cache？") == "键值缓存")
        #expect(configured.normalize("kv caches") == "键值缓存")
        #expect(TextNormalizer().normalize("kv cache") == "kv cache")
    }

    @Test(arguments: [
        ("Scaling Laws", "scale law"),
        ("transformers", "transformer"),
        ("strategies", "strategy"),
        ("fine-tuned models", "fine tuning model"),
    ])
    func foldsEnglishWordForms(variant: String, base: String) {
        #expect(normalizer.normalize(variant) == normalizer.normalize(base))
    }

    @Test func leavesWordFormsAloneWhenFoldingIsOff() {
        let literal = TextNormalizer(configuration: DedupConfiguration(foldsEnglishInflection: false))
        #expect(literal.normalize("Scaling Laws") == "scaling laws")
    }

    @Test func composesDecomposedAccents() {
        #expect(normalizer.normalize("Re\u{301}sume\u{301}") == normalizer.normalize("Résumé"))
    }
}
