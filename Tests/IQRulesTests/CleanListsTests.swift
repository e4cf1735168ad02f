import IQCore
import IQRules
import IQTestSupport
import Testing

/// Well-formed question lists, the way careful banks write them: no list or item rule may fire.
@Suite struct CleanListsTests {
    static let rules = ["list-numbering", "mixed-list", "list-marker-spacing", "empty-item", "lazy-continuation",
                        "missing-link", "item-format", "trailing-whitespace", "final-newline"]

    static let documents: [String] = [
        """
        # 大模型面试题

        ## 目录

        1. [机器学习基础](#机器学习基础)
        2. [大模型微调](#大模型微调)
           - [参数高效的微调方法](#参数高效的微调方法)
        3. [贡献指南](#贡献指南)

        ## 机器学习基础

        1. [梯度裁剪目的、原理、示例代码](https://blog.example/clip)
        2. [样本不均衡问题的解决](https://zhuanlan.example/p/466994436)
        3. [逻辑回归损失函数为什么用交叉熵不用MSE？](https://zhuanlan.example/p/453411383)
        - 注：以上答案来自外部链接，仅供参考。

        ## 大模型微调

        ### 参数高效的微调方法

        1. [lora微调的原理](https://zhuanlan.example/p/702629428)
           - 补充：低秩分解，只训练 A、B 两个矩阵
           - 补充：推理时可以合并回原权重
        2. [p-tuning微调的原理](https://zhuanlan.example/p/635848732)
        3. 手写 LoRA 前向

           ```python
           def forward(x):
               return x @ W + (x @ A) @ B
           ```

        4. [Qlora](https://zhuanlan.example/p/681519805) / [adapter](https://zhuanlan.example/p/693730345)

        ## pytorch基础
        - 注：可能会在面试过程中考察手撕代码
        1. [torchrun命令的使用](https://blog.example/torchrun)
        2. [python的迭代器和生成器的区别](https://blog.example/iter)

        ## 贡献指南

        欢迎大家通过提交 Issue 或 Pull Request 来贡献题目和答案：

        1. 确保提交的题目和答案清晰明了，并且经过验证。
        2. 在提交 Pull Request 之前，请检查是否有重复的题目。

        """,
        """
        ## Transformer

        1. [一文读懂Transformer](https://blog.example/transformer)
        2. [Transformer位置编码](https://blog.example/pos)

           位置编码的答案也可以写在题目下面，\u{20}\u{20}
           用两个空格换行。
        3. [BatchNorm、LayerNorm以及GroupNorm](https://www.bilibili.example/video/BV1UG411f7DL/)

        说明：下面的题目来自面经。

        4. [GPT和BERT的区别](https://zhuanlan.example/p/709550645)
        5. [为什么现在的LLM大多都是decoder-only的架构？](https://blog.example/decoder)
        6. [不同位置编码的分析](https://www.zhihu.example/tardis/bd/art/675243992)

        > 1. [引用里的题目](https://a.example/quoted)
        >    换行后缩进
        > 2. [第二题](https://a.example/second)

        - [检索增强生成算法介绍](https://www.zhihu.example/art/675509396)
        - [有哪些检索方式](https://zhuanlan.example/p/678657202)
          * [嵌套的子题](https://a.example/nested)
        """ + "\n",
    ]

    @Test(arguments: documents.indices)
    func cleanListsStaySilent(index: Int) throws {
        let markdown = Self.documents[index]
        let found = try LintHarness.lint(markdown, rules: Self.rules)
        #expect(found.isEmpty, "\(found.map { "\($0.ruleID) \($0.line): \($0.message)" })")
        let crlf = try LintHarness.lint(markdown.replacing("\n", with: "\r\n"), rules: Self.rules)
        #expect(crlf.isEmpty, "CRLF: \(crlf.map { "\($0.ruleID) \($0.line): \($0.message)" })")
    }

    @Test func cleanListsNeedNoFix() throws {
        for markdown in Self.documents {
            #expect(try LintHarness.fix(markdown, rules: Self.rules, unsafe: true) == markdown)
        }
    }
}
