import IQCore
import IQTestSupport
import Testing

/// lazy-continuation's split fix makes every glued line an item of its own, or offers nothing.
@Suite struct LazyContinuationFixTests {
    /// A line of U+0008 alone looks blank in an editor; the message names what it holds.
    @Test func aLineOfAControlCharacterIsNamed() throws {
        let markdown = "给一个tree:\n1. 这个node的subtree.\n2. 这个node必须\n\u{8}\n条件2的需求是因为: root本身.\n"
        let found = try LintHarness.lint(markdown, rules: ["lazy-continuation"])
        #expect(found.map(\.line) == [4] && found[0].message.contains("control character U+0008"), "\(found.map(\.message))")
    }

    /// `* 解释：` over three lines: the first is the label's content, so only the other two are
    /// reported; making just those items would split one explanation in two, so there is no fix.
    @Test func linesUnderALabelEndingInAColonAreReportedWithoutASplit() throws {
        let markdown = """
            # 72. 编辑距离

            * 输入：word1 = "horse", word2 = "ros"
            * 输出：3
            * 解释：
            horse -> rorse (将 'h' 替换为 'r')
            rorse -> rose (删除 'r')
            rose -> ros (删除 'e')

            """
        let found = try LintHarness.lint(markdown, rules: ["lazy-continuation"])
        #expect(found.map(\.line) == [7, 8], "\(found.map(\.message))")
        #expect(found.allSatisfy { $0.fix == nil })
        #expect(try LintHarness.fix(markdown, rules: ["lazy-continuation"], unsafe: true) == markdown)
    }

    /// Without the colon the glued lines are lost items: the unsafe fix makes each an item.
    @Test func gluedItemsWithoutALabelAreSplit() throws {
        let markdown = "# Steps\n\n* Install the tool\n* Run it once\nCheck the output\nClean up\n"
        let fixed = try LintHarness.fix(markdown, rules: ["lazy-continuation"], unsafe: true)
        #expect(fixed == "# Steps\n\n* Install the tool\n* Run it once\n* Check the output\n* Clean up\n")
    }

    /// Items all led by a bold name, or all tasks: a glued line without that lead is the end of
    /// the item above (`forward_list不支持迭代器递减` after `…操作；`) or debris (`S`), reported
    /// without a fix; one with the lead is a lost item.
    @Test func aLineWithoutTheItemsSharedLeadIsNoItemToMake() throws {
        let containers = "# 顺序容器\n\n1. **vector**：随机访问快\n2. **deque**：双端队列\n3. **forward_list**：单链表，没有`size()`操作；\nforward_list不支持迭代器递减\n4. **array**：大小固定\n"
        let checklist = "## Checklist\n\n* [ ] Is the code modularized?\n* [ ] Are the credentials masked?\nS\n"
        for markdown in [containers, checklist] {
            let found = try LintHarness.lint(markdown, rules: ["lazy-continuation"])
            #expect(found.count == 1 && found.allSatisfy { $0.fix == nil }, "\(found.map(\.message))")
        }
        let lost = "# 顺序容器\n\n1. **vector**：随机访问快\n2. **deque**：双端队列\n**list**：双链表\n"
        #expect(try LintHarness.fix(lost, rules: ["lazy-continuation"], unsafe: true) == "# 顺序容器\n\n1. **vector**：随机访问快\n2. **deque**：双端队列\n3. **list**：双链表\n")
    }

    /// A pod's YAML pasted under an item without a fence: its `- name:` makes a list, whose
    /// glued `restartPolicy: Never` and `"""` are code too; no bullets are written into it.
    @Test func configurationPastedWithoutAFenceGetsNoMarkers() throws {
        let markdown = "# Jenkins\n\n1. **Service Account**: Create one.\npipeline {\n  containers:\n  - name: docker\n    image: docker:20.10.14\n    tty: true\n  restartPolicy: Never\n\"\"\"\n}\n"
        let found = try LintHarness.lint(markdown, rules: ["lazy-continuation"])
        #expect(found.allSatisfy { $0.fix == nil && $0.message.hasPrefix("expected a code fence") }, "\(found.map(\.message))")
        #expect(try LintHarness.fix(markdown, rules: ["lazy-continuation"], unsafe: true) == markdown)
    }

    /// Lines glued under an item that only look like lost items get no marker: a PDF's `•`
    /// bullet, a table's rows, an address under its entry, a sub-question's `8.1`, the end of a
    /// word broken at the line's end, an item's example (`Ex: …`).
    @Test(arguments: [
        "1. 什么是LoRA？\n• 一、为什么需要微调？\n2. 什么是RLHF？\n",
        "- good_id 商品id\n- num 库存\n|  good_id | num  |\n| --- | --- |\n| 1  | 1  |\n",
        "* [List.js](https://a.example/list) - Sort lists.\n* [Gridster](https://a.example/grid) - Grids.\nhttps://listjs.com\n",
        "8. 如何微调？\n8.1 LoRA的秩怎么选？\n9. 什么是MoE？\n",
        "1. 7B模型推理需要多少显\n存？\n2. 什么是KV cache？\n",
        "- Detect a loop in a linked list.\n- Find the two longest pipes.\nEx: input - 1,2,3,4,6\nOutput - 8.\n- Write a circular queue.\n",
        "* [Alpha](https://a.example/a) - One.\n* [Beta](https://a.example/b) - Two.\nGamma - three\n",
    ])
    func linesThatOnlyLookLikeItemsAreNotMadeItems(markdown: String) throws {
        #expect(try LintHarness.fix(markdown, rules: ["lazy-continuation"], unsafe: true) == markdown)
    }

    /// `Это важная особенность для:` under an item, over the item's own indented sub-list: the
    /// lead-in of its points, shown where it belongs.
    @Test func aLeadInOverTheItemsOwnSubListIsNotGlued() throws {
        let markdown = "# JVM\n\nЧто делает возможным следующее:\n* загружать классы во время выполнения.\nЭто важная особенность для:\n    - реализация скриптовых языков;\n    - использование bean builders;\n* изменять поведение загрузки классов.\n"
        #expect(try LintHarness.lint(markdown, rules: ["lazy-continuation"]).isEmpty)
    }

    /// The tail of a broken link's address on a line of its own is reported, but no item is
    /// made of it: a human joins it back to its link.
    @Test func anAddressTailIsNoItemToMake() throws {
        let markdown = "# Courses\n\n- [Ray Tracing](https://a.example/rt)\n- [Rendering](https://a.example/render)\nintroduction/id389259246))\n- [Geometry](https://a.example/geo)\n"
        let found = try LintHarness.lint(markdown, rules: ["lazy-continuation"])
        #expect(found.map(\.line) == [5])
        #expect(found.allSatisfy { $0.fix == nil })
    }

    /// `Pros:` glued to the last point under `Cons:` heads the points after it: reported, but
    /// not made a point of the list above.
    @Test func aGluedLabelIsNoItemToMake() throws {
        let markdown = "# Sticky sessions\n\nCons:\n\n* Uneven load on the instances\nPros:\n\n* Sessions are not lost\n"
        let found = try LintHarness.lint(markdown, rules: ["lazy-continuation"])
        #expect(found.map(\.line) == [6])
        #expect(found.allSatisfy { $0.fix == nil })
    }
}

/// A bullet glued to its word: the item's own marker, or another kind of bullet.
@Suite struct LazyContinuationGluedBulletTests {
    /// `*Implementation` among `-` items: the unsafe fix writes the list's own marker, as a
    /// `* ` would start another list and keeping the `*` would show it.
    @Test func anotherBulletWithoutItsSpaceBecomesTheListsMarker() throws {
        let markdown = "- Famous ANN\n    - VGG\n    - ResNet\n    *Implementation and examples\n    - HandsOn: fine tuning\n"
        let found = try LintHarness.lint(markdown, rules: ["lazy-continuation"])
        #expect(found.map(\.message) == ["expected a space after '*', found none: Markdown joins this line to the item on line 3"])
        let fixed = try LintHarness.fix(markdown, rules: ["lazy-continuation"], unsafe: true)
        #expect(fixed == "- Famous ANN\n    - VGG\n    - ResNet\n    - Implementation and examples\n    - HandsOn: fine tuning\n")
    }

    /// `*Note*: …` glued under an item is emphasis: a glued line, given a marker of its own.
    @Test func emphasisIsNoBullet() throws {
        let markdown = "- First point\n- Second point\n*Note*: check the output\n"
        let found = try LintHarness.lint(markdown, rules: ["lazy-continuation"])
        #expect(found.map(\.message) == ["expected a list marker or indentation, found a line that Markdown joins to the item on line 2"])
        let fixed = try LintHarness.fix(markdown, rules: ["lazy-continuation"], unsafe: true)
        #expect(fixed == "- First point\n- Second point\n- *Note*: check the output\n")
    }
}
