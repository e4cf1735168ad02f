import Foundation
import IQTestSupport
import Testing

@Suite struct DupesCommandTests {
    @Test func clustersTheSampleCorpusDuplicates() throws {
        let result = try CommandRunner.iqlint(["dupes", RepositoryPaths.sampleCorpus])
        #expect(result.status == 0)
        #expect(result.stdout.contains("README.md:233:4  不同微调方法的总结"))
        #expect(result.stdout.contains("README.md:238:4  微调方法总结"))
        #expect(result.stdout.hasSuffix("3 clusters, 6 of 196 questions.\n"))
    }

    @Test func jsonClusterListsEveryPairOfItsMembers() throws {
        let scratch = try ScratchDirectory()
        try scratch.write("a.md", "1. [什么是RLHF](https://a.example/1)\n2. [RLHF是什么](https://a.example/2)\n3. [LoRA原理](https://a.example/3)\n")
        try scratch.write("b.md", "- [RLHF是什么？](https://b.example/1)\n- [RAG的流程](https://b.example/2)\n")
        let result = try CommandRunner.iqlint(["dupes", "--format", "json", "a.md", "b.md"], in: scratch.path)
        #expect(result.status == 0, "\(result.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let clusters = try #require(json["clusters"] as? [[String: Any]])
        #expect(clusters.count == 1)
        let items = try #require(clusters[0]["items"] as? [[String: Any]])
        #expect(items.map { "\($0["path"]!):\($0["line"]!)" } == ["a.md:1", "a.md:2", "b.md:1"])
        #expect((clusters[0]["pairs"] as? [[String: Any]])?.count == 3)
    }

    /// A file whose lists name things is not compared, and the listing says why.
    @Test func aFileOfNamesIsNotComparedAndSaysSo() throws {
        let scratch = try ScratchDirectory()
        let names = ["German", "French", "Spanish", "Italian"]
        let index = ["Books", "Courses"].map { section in
            "## \(section)\n\n" + names.map { "- [\($0)](https://a.example/\(section)/\($0))" }.joined(separator: "\n")
        }.joined(separator: "\n\n") + "\n"
        try scratch.write("index.md", index)
        let result = try CommandRunner.iqlint(["dupes", "--isolated", "index.md"], in: scratch.path)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("index.md: not compared: its lists name things (0 of 8 items"), "\(result.stdout)")
        #expect(result.stdout.hasSuffix("No near-duplicate questions among 0 questions.\n"))
        try scratch.write(".iqlint.yml", "conventions:\n  items: questions\n")
        let compared = try CommandRunner.iqlint(["dupes", "index.md"], in: scratch.path)
        #expect(compared.stdout.contains("4 clusters, 8 of 8 questions"), "\(compared.stdout)")
    }

    /// Files the rule never compares are not paired: a translation, or an exercise and its solutions.
    @Test func translationsAndSolutionsAreNotPaired() throws {
        let scratch = try ScratchDirectory()
        let questions = "- [What is a closure?](https://a.example/1)\n- [Why use promises?](https://a.example/2)\n"
        try scratch.write("README.md", questions)
        try scratch.write("README-fr.md", questions)
        try scratch.write("sum.md", "1. [How do you sum two numbers in a script?](https://a.example/3)\n")
        try scratch.write("solutions/sum.md", "1. [How do you sum two numbers in a script?](https://a.example/4)\n")
        try scratch.write("other.md", "- [What is a closure?](https://b.example/1)\n")
        let result = try CommandRunner.iqlint(["dupes", "--isolated", "."], in: scratch.path)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasSuffix("1 cluster, 3 of 7 questions.\n"), "\(result.stdout)")
        #expect(result.stdout.contains("other.md:1:3") && !result.stdout.contains("solutions/sum.md"), "\(result.stdout)")
    }

    @Test func thresholdIsValidated() throws {
        let result = try CommandRunner.iqlint(["dupes", "--threshold", "1.5", RepositoryPaths.sampleCorpus])
        #expect(result.status == 2 && result.stderr.contains("--threshold must be between 0 and 1"))
    }
}

@Suite struct DupesChainTests {
    @Test func aChainIsNotOneClusterAndItsOtherPairsAreListed() throws {
        let scratch = try ScratchDirectory()
        // Each question edits the one before: 1~2, 2~3 and 3~4 are pairs, 1 and 4 are far apart.
        try scratch.write("a.md", """
            - [大模型分布式训练中的通信开销优化方法](https://a.example/1)
            - [大模型分布式训练中的通讯开销优化方法](https://a.example/2)
            - [大模型分布式训练中的通讯开销优化策略](https://a.example/3)
            - [大模型分布式训练中的通讯成本优化策略](https://a.example/4)

            """)
        let result = try CommandRunner.iqlint(["dupes", "--format", "json", "--threshold", "0.6", "a.md"], in: scratch.path)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let clusters = try #require(json["clusters"] as? [[String: Any]])
        #expect(clusters.count == 1)
        let items = try #require(clusters.first?["items"] as? [[String: Any]])
        #expect(items.map { $0["line"] as? Int } == [1, 2, 3])
        #expect(clusters.first?["center"] as? Int == 1, "line 2 is paired with both others")
        let pairs = try #require(json["pairs"] as? [[String: Any]])
        #expect(pairs.map { ($0["items"] as? [[String: Any]])?.map { $0["line"] as? Int } } == [[3, 4]])
        let text = try CommandRunner.iqlint(["dupes", "--threshold", "0.6", "a.md"], in: scratch.path)
        #expect(text.stdout.contains("cluster 1: 3 questions, each paired with [2]"))
        #expect(text.stdout.hasSuffix("1 cluster, 3 of 4 questions, 1 more pair.\n"))
    }
}
