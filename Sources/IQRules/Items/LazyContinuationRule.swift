import IQCore
import IQMarkdown

public struct LazyContinuationRule: ChunkLocalRule {
    public static let description = RuleDescription(
        id: "lazy-continuation",
        summary: "a line without a list marker is not glued onto the item above",
        details: """
            Markdown joins a line that has no list marker and no indentation to the paragraph \
            of the list item above it (a *lazy continuation line*), so `- graphrag` followed by \
            `生成式检索` on the next line renders as one item, `graphrag 生成式检索`. Each such \
            line is reported, and so is an entry whose bullet lost its space (`-[voxrai-ai](…) - …`) \
            or whose number did (`1.Slice the first ten countries` under `1. Sort the array`), or \
            whose number lost its `.` (`4 Start the trace…` under `3. Execute…`: the fix writes it), \
            or a page's next point written as its others are (`5.基类…` under a bullet, where `4.虚函数…` \
            opens a paragraph above), however long its description; a paragraph of such entries only (`-[Trees](…)` on every \
            line, a list whose every bullet lost its space) is reported line by line. Continuation lines indented past the item's marker are \
            intentional and are not reported, and neither is a line that only continues the \
            syntax of a link (a `)` that closes a link on the line above), nor a hard-wrapped \
            sentence: the line above does not end a sentence and either ends like a sentence \
            that goes on (`,`, `、`, `and`, `the`, …) or is a long line (60 columns or more, an \
            ideograph or a fullwidth character two: `…直方图、特征检测` over `与目标检测等；`), and this one \
            continues it; \
            or the line above is unfinished (a link's `)` ends nothing) and this one goes on in lower case, or \
            opens with `and`, `or`, `which`, …, and ends the sentence, inside emphasis too \
            (`information` / `be added or removed?`, `[devise-security](…)` / `gem.`, `and brute-force attacks.*`); or an equation goes on over lines \
            (the line above ends with `=`, or this line starts with `= `: `E[X] = 1/6 + … + 6/6` \
            / `= 21/6 = 3.5`); in a document that wraps its items \
            so (two such sentences or more), any line under a long one (50 characters or more) \
            that ends no sentence (`…to begin the Animation` / `Display panel`). Nor is a line that is only an \
            ellipsis (`...`, `…`, `etc.`, `等等`): it says the list goes on and glues no item; nor \
            one that only closes brackets (`]`, `});` after an example's array or object); nor one \
            that is only a code span (the item's command, ```` ```wc -l``` ```` under `1. To count \
            the lines of a file`), shown after the item's words; nor one wholly in brackets \
            (`（利用while循环可以减少执行次数）`, a note on the item), nor a word between two display \
            formulas of one line each (`$$A = B$$` / `所以` / `$$C = 0$$`); and in a loose list whose \
            every item is two lines, a name over its description (`* Window` / \
            `KeyedStream→WindowedStream`), the second lines are the descriptions; so are the lines of a loose \
            list whose every entry goes on over lines of its own (`* Boston, MA` / `201 South Street` / \
            `Boston, MA 02111`, an office's address, then the next office's). \
            A line that shows only images (`* Experiment` / `![](img/a.png)`: the item's figure, shown \
            under its label) is not reported, nor a line of no-break spaces (or `&nbsp;`) meant as a blank line. \
            A `$$` line opening or closing a (also quoted, `> $$`) \
            display formula of the item's answer is not reported either, nor the line right after \
            its closing `$$` (the formula's explanation, shown under it), nor the formula's lines \
            between them or inside a `$…$` written over several lines (and a formula's line \
            starting with a minus, which Markdown makes a list, is no item), nor a line ending with `:` \
            right above a code fence (`Examples:`), the item's lead-in to its code, or right above the \
            item's figure, a block quote or a table (`网络结构：` over `![image](…)`), or right under a \
            hard-wrapped sentence of the item's description (`Kani verifies:` under two lines of it: its \
            last sentence), nor a line of a site \
            generator's markup that must touch the block above (`{: .-also-see}`, kramdown's \
            attributes of the list; `{% endraw %}`, a Liquid tag; `::: tip` … `:::`, a container of \
            VuePress, VitePress or Docusaurus, with the lines inside it), nor a line after \
            a hard line break (two spaces, `\\` or `<br>` ending the line above), which the page shows \
            on a line of its own within the item. A line that starts \
            like an item but follows its marker with a space Markdown does not count (`2.　b` with \
            the ideographic space of CJK input, or a no-break space) is always reported, naming the space, \
            and so are such lines when two or more of them make one paragraph outside any list \
            (`1.　第一题` / `2.　第二题`, shown as one line of text). A glued heading written \
            without its space (`###Date`) is reported without a fix: it needs the space and a \
            blank line, and making it an item would keep it text. So is a link reference \
            definition glued under the last item (`[Error]: https://…`), which then defines \
            nothing: it needs a blank line above it. So is a line of `=` (`=======`, often left over from a \
            merge conflict), which an item would show as text. Nor is an item made of the \
            tail of a broken link's address (`introduction/id389259246))`, one word with a `/` \
            closing more parentheses than it opens): it belongs back in its link.
            """,
        rationale: """
            In a question bank every line is usually a question: a glued line silently merges \
            two questions into one, and the second one loses its number.
            """,
        defaultSeverity: .error,
        fix: .unsafe,
        triggeringExamples: [
            // The page's next point, written as its others are (`4.…`, no space), glued into a bullet.
            RuleExample("4.虚函数的虚特征：基类指针指向派生类的对象时调用派生类的版本。\n\n- 一旦声明为虚函数，它就永远为虚函数了\n- 内联函数也不能是虚函数。\n↓5.基类析构函数几乎总是为虚析构函数。\n"),
            // Lettered sub-questions under a numbered question.
            RuleExample("1. Explain SVM\n↓a. What is the decision boundary?\n↓b. What is a kernel trick?\n2. Explain the decision tree\n"),
            // Source code pasted without a fence.
            RuleExample("- 加入条件队列\n↓AQS#isOnSyncQueue\n↓/**\n * Returns true if a node is now waiting on sync queue.\n * @param node the node\n ↓*/\nfinal boolean isOnSyncQueue(Node node) {\n"),
            // A list whose every bullet lost its space: one paragraph on the page.
            RuleExample("# Topics\n\nIntro text.\n\n↓-[Data structures](https://a.example/ds)\n↓-[Linked list](https://a.example/list)\n↓-[Trees](https://a.example/tree)\n"),
            RuleExample("- 检索文本和内部知识有冲突怎么办\n- graphrag\n↓生成式检索\n↓向量的维度\n"),
            RuleExample("7. [部分应用总结](https://a.example/7)\n8. 大模型+弱监督学习的零样本相关性模型\n↓基于弱监督学习的零样本标注方案\n"),
            // The lead-in of the next list, glued under an item that ended its sentence, however long.
            RuleExample("- [ColBERT-Att](https://a.example/c) (2026) - late-interaction retrieval with attention weights.\n↓Embedding and retrieval benchmarks and their leaderboards:\n\n- [MMTEB](https://a.example/m)\n"),
            // A merge conflict's separator left under an item: reported, with no fix.
            RuleExample("## 梯度下降\n\n- [温故知新——梯度下降](https://a.example/gd)\n↓=======\n### 梯度下降法\n"),
            RuleExample("1. a\n↓b\n2. c\n"),
            // A heading without its space, glued as text: reported without a fix (an item would keep it text).
            RuleExample("* DOUBLE\n↓###Date\n\nDates are converted.\n"),
            RuleExample("- What is a closure\n↓what is hoisting\n"),
            // Text beside the image is a line of its own.
            RuleExample("* Experiment\n↓![](img/a.png) 实验结果\n"),
            RuleExample("- Pod\n- Namespace\n↓ConfigMap\n...\n"),
            RuleExample("- outer\n  - inner\n↓glued\n"),
            RuleExample("> - quoted\n> ↓glued\n"),
            // A bullet without its space before the entry's link.
            RuleExample("- [Oto](https://a.example/oto) - A low-level library to play sound.\n- [PortAudio](https://a.example/pa) - Go bindings for PortAudio.\n↓-[voxrai-ai](https://a.example/v) - AI voice agents with a JSON configuration.\n"),
            // A reference definition under the last item is its text, and defines nothing.
            RuleExample("See [Error][].\n\n* `err.code`: a code.\n* `err.fatal`: whether the connection is lost.\n↓[Error]: https://developer.mozilla.org/Error\n"),
            RuleExample("1. 什么是LoRA\n↓2.\u{3000}什么是QLoRA\n3. 什么是P-tuning\n"),
            RuleExample("↓1.\u{3000}什么是LoRA\n↓2.\u{3000}什么是QLoRA\n"),
        ],
        nonTriggeringExamples: [
            // Each office's address over lines of its own, in a loose list.
            RuleExample("## Office locations\n\n* Boston, MA\n201 South Street\nBoston, MA 02111\n\n* Boulder, CO\n1433 Pearl Street\nBoulder, CO 80302\n"),
            // A newsletter's entry and its discussion link on the next line, the entries described.
            RuleExample("* [Purging Proc][proc]: Niko explains the future of closures.\n[Reddit][proc-red]\n* [Installing Rust nightly][home]: A simple guide.\n\n"
                + "[proc]: https://a.example/proc\n[proc-red]: https://a.example/reddit\n[home]: https://a.example/home\n"),
            // A checklist's prose wrapped at 80 columns: its sentences end inside emphasis, or in a
            // word after a line holding a link.
            RuleExample("- [ ] Use generic error messages instead of naming the wrong field. *Mitigates\nuser enumeration\nand brute-force attacks.*\n- [ ] Limit the sessions per account.\n    - Devise: use the\n    [devise-security](https://a.example/devise-security)\n    gem.\n- [ ] Avoid security questions.\n"),
            // An entry's description wrapped by hand, its last sentence leading into a list.
            RuleExample("- [kani](https://a.example/kani) — The Kani Rust Verifier is a bit-precise model checker for Rust.\nKani is particularly useful for verifying unsafe code blocks in Rust,\nwhere the \"unsafe superpowers\" are unchecked by the compiler.\nKani verifies:\n\n* Memory safety\n* User-specified assertions\n"),
            // The answer's full stop, pushed onto a line of its own.
            RuleExample("1. ### First question?\n\n    Answer one.\n\n2. ### Second question?\n\n\tEventEmitter provides on and emit\n.\n"),
            // An entry's description hard-wrapped: its last word on the next line.
            RuleExample("* [rdetools](https://a.example/rdetools) - Relevant Dimension Estimation (RDE) in Feature Spaces\n* [REEMtree](https://a.example/reemtree) - Regression Trees with Random Effects for Longitudinal (Panel)\nData\n* [relaxo](https://a.example/relaxo) - Relaxed Lasso\n"),
            // Links in italics, one per line.
            RuleExample("# Sources\n\n*[Source](https://a.example/s)*\n*[Docs](https://a.example/d)*\n"),
            // Each entry of a loose list a name over its description; a note in brackets.
            RuleExample("* setStartFromEarliest()\n从最早的数据开始进行消费，忽略存储的offset信息\n\n* Window\nKeyedStream→WindowedStream\n"),
            RuleExample("1. 将序列当中的所有数依次遍历\n2. 一共需要执行n-1轮比较\n（利用while循环可以减少执行次数）\n"),
            // A word joining two display formulas of an item's derivation.
            RuleExample("- 第一步：展开第二项\n$$A = B$$\n所以\n$$C = 0$$\n- 第二步：同理可得\n"),
            // Chinese hard-wrapped at 80 columns: 42 characters are a long line.
            RuleExample("# OpenCV 模块\n\n- core（核心功能模块）：定义了基本数据结构，包括最重要的 Mat 类、XML 读写等；\n- imgproc（重要的图像处理模块）：主要包含图像滤波、几何变换、直方图、特征检测\n与目标检测等；\n- ml（机器学习模块）：主要为统计分类、回归和数据聚类等；\n"),
            // A checklist hard-wrapped at 80 columns: after two wrapped sentences, a long line
            // that ends no sentence goes on below, capitalised or not.
            RuleExample("-   [ ] User can see the 'Start Animation' button disabled until at least one\nthumbnail has been added via the Configuration Panel.\n-   [ ] User can click the 'Start Animation' button to begin the Animation\nDisplay panel\n-   [ ] User can see the 'Stop Animation' button label change to 'Start\nAnimation' when an animation has been stopped.\n-   [ ] User can see a summary of the frames that make up the animation so far\nin the panel below.\n"),
            // A documentation site's container after the list: the site renders it as a box.
            RuleExample("- 只支持本地应用进程访问。\n- 应用进程重启，数据会丢失。\n::: tip\n所以，本地缓存适合存储一些不易改变的数据。\n:::\n"),
            RuleExample("* **analysis**  \n结果说明了特征复用的作用\n* **result**<br>\n见下图\n"),
            RuleExample("1. 这是一个很长的问题，\n   换行后缩进，仍属于同一题\n2. 下一题\n"),
            RuleExample("- 问题一\n- 问题二\n\n段落不属于列表。\n"),
            // A site generator's markup for the list above: kramdown's attributes, a Liquid tag.
            RuleExample("- [Redux](https://redux.js.org/)\n- [React](https://react.dev/)\n{: .-also-see}\n\n{% raw %}\n- `x`\n{% endraw %}\n"),
            RuleExample("3. [chatgpt](https://a.example/chatgpt\n)\n"),
            RuleExample("- outer\n  - inner\n    continued\n"),
            RuleExample("1. To count the lines of a file\n```wc -l```\n2. To count its words\n`wc -w`\n"),
            // Sub-points after hard line breaks show on lines of their own, as meant.
            RuleExample("1. 每个结点至多有m个孩子；\n2. 每个非终端结点中包含有n个关键字信息。其中：  \na) Ki 为关键字。  \nb) Pi为指向子树根的结点。\n"),
            RuleExample("1. 代码题\n\n   ```python\n   def f():\n       return 1\n   ```\n2. 下一题\n"),
            RuleExample("- [Alpha](https://a.example/a) - A small library for parsing configuration files,\nwith support for comments and includes.\n"),
            RuleExample("- [Beta](https://a.example/b) - Fast JSON encoder and decoder written in pure Swift that\nworks on Linux and macOS.\n"),
            RuleExample("- 本项目整理了常见的面试题目、\n参考答案和学习路线。\n"),
            RuleExample("- 实际中：\n我能告诉你的是，这种树在实践中用得不多。\n"),
            RuleExample("- [ ] Should any logging or debugging information\nbe added or removed?\n"),
            // An equation's next step on the next line.
            RuleExample("- Expected value: E[X] = 1/6 + 2/6 + 3/6 + 4/6 + 5/6 + 6/6\n= 21/6 = 3.5\n"),
            RuleExample("- Using Bayes' Theorem: P(A | B) =\nP(B | A) P(A) / P(B)\n= 1 * 0.25 / 0.75 = 1/3\n"),
            // A display formula in a quoted item, and the sentence after a formula's closing `$$`.
            RuleExample("> 1. 正向传播，得到各层输出  \n> $$\nh^{(0)} = x\n$$\n> For $t = 1, \\cdots, s$，do {\n> $$\nh^{(t)} = a(z^{(t)})\n$$\n> }\n"),
            RuleExample("1. 列出EM算法\n2. 根据概率公式，可知概率\n$$\n\\delta(y|i) = P(Y=y | X=x_i)\n$$\n其中$\\theta$表示所有的参数向量\n3. 迭代更新参数\n"),
            RuleExample("1.\u{3000}一行一段，页面照常显示\n\n2.\u{3000}另一段\n"),
            RuleExample("- 距离公式定义为\n$$\n  L_p(x, y) = (\\sum |x - y|^p)^{1/p}\n$$\n"),
            // A formula's line starting with a minus is no list: its lines are the formula's.
            RuleExample("由并集上界可得\n\n$$\nP(A \\wedge B)\n\\\\= P(A) + P(B)\n- P(A \\vee B)\n\\\\\\geqslant 1 - \\delta\n$$\n"),
            // A formula's own lines between `$$` lines, or in a `$…$` written over lines.
            RuleExample("1. 第一步，消元\n$$\n\\begin{bmatrix}\na & b \\\\\nc & d\n\\end{bmatrix}\n$$\n2. 第二步\n"),
            RuleExample("* $P=P^T$：有\n$\n\\left[A^T\\right]^T=A\n$，得证。\n"),
            RuleExample("- Use `xargs`. It is very powerful.\nExamples:\n```bash\nfind . -name '*.py' | xargs grep main\n```\n"),
            RuleExample("* DW conv和PW conv\n网络结构：\n![image](https://a.example/14.png)\n"),
            RuleExample("<details><summary>What is a socket?</summary><b>\n\n- An endpoint for two-way communication\n</b></details>\n"),
            RuleExample("What resources are namespaced?\n\n  * Pod\n  * Namespace\n  * ConfigMap\n  ...\n"),
            RuleExample("- 进程\n- 线程\n等等\n\n- Alpha\n- Beta\netc.\n"),
            // A line that only closes the bracket an example opened.
            RuleExample("* 输入: [1,2,3]\n* 输出:\n[\n  [1,2,3],\n  [1,3,2]\n]\n"),
            // A sentence wrapped inside a bracket, and a course's institution in emphasis under it.
            RuleExample("- TCP B responds with an acknowledgment of what it next expects to hear (ACK\n100).\n- TCP B aborts.\n"),
            RuleExample("- [CS 135](https://cs.example.edu/cs135/) **Software Design and Analysis I**\n*Example Hunter College*\n- [CS 136](https://cs.example.edu/cs136/) **Software Design II**\n"),
            // A figure under its bullet, a screenshot under an entry, and a line of no-break spaces.
            RuleExample("* Experiment\n![](img/a.png)\n* MobileNets的架构\n![image](img/b.png) ![](img/c.png)\n"),
            RuleExample("- [Alpha](https://a.example/a)\n![screenshot](https://a.example/alpha.png)\n"),
            // The item's figure under its indented second line.
            RuleExample("1. **Post-Filtering**:\n   Challenge: may return too few results\n![img_8.png](img_8.png)\n"),
            RuleExample("1. [File System Design](https://a.example/fsd)\n\u{00A0}\n## Languages\n"),
            RuleExample("*   《[Effective C++](https://a.example/effective-cpp)》\n&nbsp;\n\n## Java\n"),
        ],
        corrections: [
            // A label (`Example`) glued under the last item: no lost item, no fix.
            RuleCorrection("Criteria:\n1. At least 1 letter\n2. At least 1 number\nYour program should accept passwords.\nExample\nIf the following are given:\n",
                           "Criteria:\n1. At least 1 letter\n2. At least 1 number\nYour program should accept passwords.\nExample\nIf the following are given:\n", unsafe: true),
            // Every item a title over one line of explanation: a layout, no lost items.
            RuleCorrection("1. 客户端发起请求\n建立连接之后发起请求\n2. 传送加密的信息\n将 key 传递给服务器\n3. 使用私钥解析\n服务器解密得到 key\n4. 客户端解密\n收到信息之后解密\n",
                           "1. 客户端发起请求\n建立连接之后发起请求\n2. 传送加密的信息\n将 key 传递给服务器\n3. 使用私钥解析\n服务器解密得到 key\n4. 客户端解密\n收到信息之后解密\n", unsafe: true),
            // A label between two labelled groups of points, and a lead-in over the steps, stand apart from the list.
            RuleCorrection("Advantages\n- We can mock any class.\n- It supports spies.\nDisadvantages\n- It cannot test static classes.\n",
                           "Advantages\n- We can mock any class.\n- It supports spies.\n\nDisadvantages\n- It cannot test static classes.\n", unsafe: true),
            RuleCorrection("1. 使用锁。\n2. 保持属性原子性。\n算法步骤\n\n- 第一步\n- 第二步\n", "1. 使用锁。\n2. 保持属性原子性。\n\n算法步骤\n\n- 第一步\n- 第二步\n", unsafe: true),
            // Lettered sub-questions are reported, but never made the bank's questions.
            RuleCorrection("1. Explain SVM\na. What is the decision boundary?\nb. What is a kernel trick?\n2. Explain the decision tree\n",
                           "1. Explain SVM\na. What is the decision boundary?\nb. What is a kernel trick?\n2. Explain the decision tree\n", unsafe: true),
            // Source code pasted without a fence: reported, but its lines are not made bullets.
            RuleCorrection("- 加入条件队列\nAQS#isOnSyncQueue\n/**\n * Returns true if a node is now waiting on sync queue.\n * @param node the node\n */\n",
                           "- 加入条件队列\nAQS#isOnSyncQueue\n/**\n * Returns true if a node is now waiting on sync queue.\n * @param node the node\n */\n", unsafe: true),
            RuleCorrection("1. Open a PowerShell window\n2. Execute collectlogs.ps1\n3 Start the trace\n4. Reproduce the issue\n",
                           "1. Open a PowerShell window\n2. Execute collectlogs.ps1\n3. Start the trace\n4. Reproduce the issue\n", unsafe: true),
            RuleCorrection("1. Sort the array\n1.Slice the first ten countries\n1. Find the middle country\n",
                           "1. Sort the array\n1. Slice the first ten countries\n1. Find the middle country\n", unsafe: true),
            RuleCorrection("Intro.\n\n-[Data](https://a.example/ds)\n-[Trees](https://a.example/tree)\n",
                           "Intro.\n\n- [Data](https://a.example/ds)\n- [Trees](https://a.example/tree)\n", unsafe: true),
            RuleCorrection("- graphrag\n生成式检索\n向量的维度\n", "- graphrag\n- 生成式检索\n- 向量的维度\n", unsafe: true),
            RuleCorrection("- [PortAudio](https://a.example/pa) - Go bindings for PortAudio.\n-[voxrai-ai](https://a.example/v) - AI voice agents with a JSON configuration.\n",
                           "- [PortAudio](https://a.example/pa) - Go bindings for PortAudio.\n- [voxrai-ai](https://a.example/v) - AI voice agents with a JSON configuration.\n",
                           unsafe: true),
            // A line numbered by its own count under bullets (the next section's label): no bullet of the list.
            RuleCorrection("包括：\n- GitHub 代码数据\n- 开发文档数据\n3）更好地召回当前场景下需要的外部知识\n",
                           "包括：\n- GitHub 代码数据\n- 开发文档数据\n3）更好地召回当前场景下需要的外部知识\n", unsafe: true),
            // A sentence wrapped by hand mid-way: its second half is no item.
            RuleCorrection("# TCP\n\n1. 三次握手。\n2. 将数据截断为合理的长度。\n3. 超时重发。当 TCP 发出一个段后，它启动一个定时器，如果不\n能及时收到一个确认就重发\n4. 对于收到的请求，给出确认响应\n",
                           "# TCP\n\n1. 三次握手。\n2. 将数据截断为合理的长度。\n3. 超时重发。当 TCP 发出一个段后，它启动一个定时器，如果不\n能及时收到一个确认就重发\n4. 对于收到的请求，给出确认响应\n", unsafe: true),
            // An item's formula under it is its explanation.
            RuleCorrection("1. 标准卷积层的参数量\n2. 池化层的参数量\n3. 全连接层的参数量\n考虑bias：$C_{in}*C_{out} + 1$\n",
                           "1. 标准卷积层的参数量\n2. 池化层的参数量\n3. 全连接层的参数量\n考虑bias：$C_{in}*C_{out} + 1$\n", unsafe: true),
            // A task whose bullet lost its space.
            RuleCorrection("- [ ] Shodan reconnaissance\n-[ ] Censys search for certificates\n- [ ] Google dorking\n",
                           "- [ ] Shodan reconnaissance\n- [ ] Censys search for certificates\n- [ ] Google dorking\n", unsafe: true),
            // The item's marker written without its space gets the space, not a second marker.
            RuleCorrection("- How many meetings do you have?\n-What are you working on?\n- What do you like?\n",
                           "- How many meetings do you have?\n- What are you working on?\n- What do you like?\n", unsafe: true),
            // Written at the outer list's column under an entry's last detail: an entry of the outer list.
            RuleCorrection("- [FG-RLHF](https://a.example/fg)\n  - Task: fine-grained rewards\n-[Safe-RLHF](https://a.example/safe)\n  - Task: safe RLHF\n",
                           "- [FG-RLHF](https://a.example/fg)\n  - Task: fine-grained rewards\n- [Safe-RLHF](https://a.example/safe)\n  - Task: safe RLHF\n", unsafe: true),
            // Each name over its one line of explanation, some ending a sentence: a layout, no fix.
            RuleCorrection("- 视图层(View)\n对应于xml布局文件和java代码动态view部分\n- 控制层(Controller)\nMVC中Android的控制层是由Activity来承担的。\n- 模型层(Model)\n针对业务模型，建立数据结构和相关的类。\n",
                           "- 视图层(View)\n对应于xml布局文件和java代码动态view部分\n- 控制层(Controller)\nMVC中Android的控制层是由Activity来承担的。\n- 模型层(Model)\n针对业务模型，建立数据结构和相关的类。\n", unsafe: true),
            // Another kind of bullet without its space becomes the list's own marker.
            RuleCorrection("- VGG\n- ResNet\n*Implementation and examples\n", "- VGG\n- ResNet\n- Implementation and examples\n", unsafe: true),
            RuleCorrection("7. a\n8. b\nc\n9. d\n", "7. a\n8. b\n9. c\n10. d\n", unsafe: true),
            RuleCorrection("- outer\n  1. a\nb\n  2. c\n", "- outer\n  1. a\n  2. b\n  3. c\n", unsafe: true),
            RuleCorrection("1. a\n2.\u{3000}b\n3. c\n", "1. a\n2. b\n3. c\n", unsafe: true),
            RuleCorrection("1.\u{3000}a\n2.\u{3000}b\n", "1. a\n2. b\n", unsafe: true),
            // A count explaining the item gets no marker (it would read `3. 1 for…`).
            RuleCorrection("1. EfficientNet backbone.\n2. 8 outputs, not exactly classes.\n1 for binary mask\n3. Regression.\n",
                           "1. EfficientNet backbone.\n2. 8 outputs, not exactly classes.\n1 for binary mask\n3. Regression.\n", unsafe: true),
            // The puzzle's question under its rules is set apart, not made a rule.
            RuleCorrection("- 每次拿出两个球；\n- 同色则放入一个黑球。\n问：最后只剩黑球的概率是多少？\n\n下一题\n",
                           "- 每次拿出两个球；\n- 同色则放入一个黑球。\n\n问：最后只剩黑球的概率是多少？\n\n下一题\n", unsafe: true),
            // `=======` left under an item gets no fix: an item would show it.
            RuleCorrection("- [梯度下降](https://a.example/gd)\n=======\n", "- [梯度下降](https://a.example/gd)\n=======\n", unsafe: true),
            // Nested items indented with no-break spaces are indented with spaces, under their item.
            RuleCorrection("- 模块是任务的集合\n\u{00A0} \u{00A0} * 最好使用shell\n\u{00A0} \u{00A0} * 主机事实\n- 角色\n",
                           "- 模块是任务的集合\n  * 最好使用shell\n  * 主机事实\n- 角色\n", unsafe: true),
        ],
        fixSafety: """
            Unsafe: each glued line gets a marker of its own (a line that has one followed by a space \
            Markdown does not count gets an ASCII space instead, and a bullet glued to its word gets its \
            space, written as the list's own bullet; a marker indented with no-break spaces gets \
            spaces up to its item's text, and nests under it), so text moves into new items. A glued line \
            that looks like a link reference definition (`[label]: url`) gets no fix: as the first line of an \
            item it would become a definition and disappear from the page; nor does a label that ends with a \
            colon (`Pros:` under the last point of `Cons:`), which heads the points after it rather than \
            joining the list above. A label between two groups of points in a list a label introduces too \
            (`Disadvantages` under the last advantage, with `Advantages` above the list), and the list's last \
            line leading into a list, code, a table or a quote (`算法步骤` over the steps) or closing a remark \
            (`还有一些不重要的…`) or asking about it under a label (`问：…？`, `Q: …`), are set apart with a \
            blank line instead: they are no items. Nor does a line opening with a bare number (`1 for binary \
            mask`, a count explaining the item, or a number without its `.`), which a marker would misnumber. Nor do lines of \
            source code pasted without a fence (half the glued \
            lines or more end a statement or a block, `;`, `{`, `}`, or mark a comment, `/**`, `*/`): \
            the message asks for a code fence, and bullets would edit the code. Nor do lettered sub-points \
            (`a. What is the decision boundary?` under `1. Explain SVM`), which as items would take the \
            next question's number and shift every number after it. A line is made an item only when \
            it may be one of the list's: not a line without the lead every item shares (a task's box, a \
            bold name, in a list of links its link), a PDF's bullet (`• 一、…`), a table's row, an \
            address under its entry, a section's number (`8.1 …`), an item's example (`Ex: …`, \
            `输入：…`) or the end of a word broken at the line's end (`存？`); the whole list then gets \
            no fix.
            """
    )

    public init(options: RuleOptions) {}

    /// `U+0008` when the line holds only control characters (a backspace pasted from a terminal)
    /// and spaces: it shows as a blank line, but is none.
    static func onlyControlCharacter(_ line: String) -> String? {
        let scalars = line.unicodeScalars.filter { $0 != " " && $0 != "\t" }
        guard let first = scalars.first, scalars.allSatisfy({ $0.properties.generalCategory == .control }) else { return nil }
        return "U+" + String(first.value, radix: 16, uppercase: true).leftPadded(to: 4)
    }

    /// The line without the spaces and quote marks (`> `) before its text, nor spaces after it.
    static func unquoted(_ line: String) -> String {
        String(line.drop { $0 == " " || $0 == "\t" || $0 == ">" }).trimmed { $0 == " " || $0 == "\t" }
    }

    /// `=======`: three `=` or more and nothing else.
    static func isEqualsRun(_ line: String) -> Bool {
        let trimmed = line.trimmedWhitespace
        return trimmed.count >= 3 && trimmed.allSatisfy { $0 == "=" }
    }

    /// A glued line is judged by its list or paragraph alone.
    public func judgesChunksAlone(in file: MarkdownFile) -> Bool { true }

    public func check(_ file: MarkdownFile) -> [Violation] {
        let source = file.source
        var violations: [Violation] = []
        // Worked out once a list has a glued line.
        var displayFormulaLines: Set<Int>?
        var conflictLines: Set<Int>?
        // Items hard-wrapped without indentation, wrapped sentences seen twice or more in the
        // document: then a long line that ends no sentence goes on below it too, whatever the
        // next line's first letter (`…to begin the Animation` / `Display panel`).
        var wrappedSentences = 0
        let gluedByList = file.document.lists.map { list in list.items.map { gluedLines(of: $0, in: source, wrappedSentences: &wrappedSentences) } }
        for (list, found) in zip(file.document.lists, gluedByList) {
            var unwrapped = wrappedSentences < 2 ? found : found.map { lines in lines.filter { !Self.isWrapped($0, in: source) } }
            // `[Reddit][proc-red]` under `* [Purging Proc][proc]: Niko explains…`: a link alone on
            // its line, where the list's entries describe their links; the item's own discussion
            // or source link, not an entry without its marker.
            if unwrapped.contains(where: { $0.contains { Self.isLoneLink(source.lineText($0)) } }), Self.describesItsEntries(list, in: source) {
                unwrapped = unwrapped.map { lines in lines.filter { !Self.isLoneLink(source.lineText($0)) } }
            }
            var glued = Self.droppingItemsOwnText(unwrapped, of: list, in: source)
            guard glued.contains(where: { !$0.isEmpty }) else { continue }
            // `<<<<<<< HEAD` / `=======` / `>>>>>>> master`: a merge conflict, merge-conflict's to report.
            if conflictLines == nil { conflictLines = file.mergeConflicts.markerLines }
            if !conflictLines!.isEmpty {
                glued = glued.map { $0.filter { !conflictLines!.contains($0) } }
                guard glued.contains(where: { !$0.isEmpty }) else { continue }
            }
            // `$$` / `P(A) + P(B)` / `- P(A \vee B)` / …: a formula's line starting with a minus
            // makes a list of it, whose lines are the formula's, not items.
            if displayFormulaLines == nil { displayFormulaLines = Self.displayFormulaLines(in: file.document) }
            if displayFormulaLines!.contains(source.line(containing: list.range.start)) { continue }
            // One fix per list: new numbers for glued lines and the later items depend on each other.
            // `###Date` under an item was meant as a heading: making it an item would keep it text.
            let headingsWithoutSpace = glued.joined().filter { Self.isHeadingWithoutSpace(source.lineText($0)) }
            // `[Error]: https://…` under the last item: a definition the item took in as text.
            // A marker of its own would make it an item; a blank line above it is the repair.
            let definitions = Set(glued.joined().filter { Self.isReferenceDefinition(source.lineText($0)) })
            // `=======` under an item: left over from a merge conflict (or an underline without
            // its title). Made an item, it would show as one; deleting it is for a person to do.
            let equalsRuns = Set(glued.joined().filter { Self.isEqualsRun(source.lineText($0)) })
            // `AQS#isOnSyncQueue` / `/**` / ` */` / `final boolean isOnSyncQueue(Node node) {`: source
            // code pasted without a fence. Made items, its lines would be edited into bullets.
            let allGlued = glued.joined()
            let codeLines = Set(allGlued.filter { Self.looksLikeCode(source.lineText($0)) })
            let isCode = !codeLines.isEmpty && codeLines.count * 2 >= allGlued.count
            // `b. What is a kernel trick?`: a sub-question made an item would take the next
            // question's number and shift every number after it.
            let letteredLines = Set(allGlued.filter { list.isOrdered && Self.letteredPoint(source.lineText($0)) != nil })
            // `Disadvantages` between the advantages and the disadvantages, `算法步骤` or a remark
            // closing the list: text set apart from the list, not an item of it.
            let apart = Set(allGlued.filter { Self.standsApart($0, in: list, document: file.document) })
            let fix = headingsWithoutSpace.isEmpty && definitions.isEmpty && equalsRuns.isEmpty && !isCode && letteredLines.isEmpty
                ? (apart.isEmpty ? splitFix(list: list, glued: glued, document: file.document)
                    : apart.count == allGlued.count ? setApartFix(lines: apart.sorted(), source: source) : nil) : nil
            for (item, lines) in zip(list.items, glued) {
                let itemLine = source.reportedLine(containing: item.markerRange.start)
                for line in lines {
                    let start = ListItemSupport.textStart(ofLine: line, in: source)
                    let message: String
                    if let nested = Self.nestedItemIndentedWithNoBreakSpaces(line: line, in: source) {
                        message = "expected spaces before the nested '\(nested.marker)', found \(nested.spaceName), which Markdown does not "
                            + "count: it joins this line to the item on line \(itemLine)"
                    } else if letteredLines.contains(line), let marker = Self.letteredPoint(source.lineText(line)) {
                        message = "expected the sub-point '\(marker)' indented under its item, found it joined to the item on line \(itemLine) as text"
                    } else if isCode {
                        message = "expected a code fence around the code, found a line of code that Markdown joins to the item on line \(itemLine) as text"
                    } else if definitions.contains(line) {
                        message = "expected a blank line before the link reference definition '\(source.lineText(line).trimmedWhitespace.prefix { $0 != ":" }):', "
                            + "found none: Markdown joins it to the item on line \(itemLine) as text, and its label defines nothing"
                    } else if equalsRuns.contains(line) {
                        message = "expected a list marker or indentation, found a line of '=' that Markdown joins to the item on line \(itemLine) as text"
                    } else if headingsWithoutSpace.contains(line) {
                        message = "expected a space after the '#' of a heading, found '\(source.lineText(line).trimmedWhitespace.prefix(20))', "
                            + "which Markdown joins to the item on line \(itemLine) as text"
                    } else if let lookalike = MarkerLookalike.at(line: line, in: source) {
                        message = "expected a space or tab after '\(lookalike.marker)', found \(lookalike.spaceName), which Markdown does not "
                            + "count: it joins this line to the item on line \(itemLine)"
                    } else if item.number == nil, let bullet = Self.bulletWithoutSpace(at: start, under: item, in: source) {
                        message = "expected a space after '\(bullet)', found none: Markdown joins this line to the item on line \(itemLine)"
                    } else if item.number == nil, let number = Self.numberWithoutSpace(at: start, in: source), number > 1,
                              Self.writesPointWithoutSpace(number - 1, before: line, in: source) {
                        // `1.根本的対策` / `  - …` / `2.保険的対策`: points written without the space
                        // that makes them items; the first shows as a paragraph, this one as the bullet's text.
                        let marker = source.string(in: SourceRange(start, start + String(number).utf8.count + 1))
                        message = "expected a space after '\(marker)', found none: Markdown joins this line to the item on line \(itemLine), "
                            + "and shows the points before it written without their space (\(number - 1)\(marker.suffix(1))…) as paragraphs, not items"
                    } else if item.number != nil, let number = Self.numberWithoutSpace(at: start, in: source) {
                        let marker = source.string(in: SourceRange(start, start + String(number).utf8.count + 1))
                        message = "expected a space after '\(marker)', found none: Markdown joins this line to the item on line \(itemLine)"
                    } else if let itemNumber = item.number, let number = Self.numberWithoutDelimiter(at: start, after: itemNumber, in: source) {
                        let delimiter = item.marker.last.map(String.init) ?? "."
                        message = "expected '\(number)\(delimiter)', found '\(number)' without its '\(delimiter)': Markdown joins this line to the item on line \(itemLine)"
                    } else if item.number != nil, let spaced = Self.numberSpacedFromDelimiter(at: start, in: source) {
                        let written = source.string(in: SourceRange(start, spaced.delimiter + 1))
                        let marker = String(spaced.number) + source.string(in: SourceRange(spaced.delimiter, spaced.delimiter + 1))
                        message = "expected '\(marker)', found '\(written)' with a space before the '\(marker.suffix(1))': Markdown joins this line to the item on line \(itemLine)"
                    } else if let control = Self.onlyControlCharacter(source.lineText(line)) {
                        // A line of U+0008 alone looks blank in an editor: name what holds it.
                        message = "expected a blank line, found a line holding only the control character \(control), which Markdown does not "
                            + "count as blank: it joins this line and the next to the item on line \(itemLine)"
                    } else {
                        message = "expected a list marker or indentation, found a line that Markdown joins to the item on line \(itemLine)"
                    }
                    let help = letteredLines.contains(line) ? "Markdown has no lettered lists: indent the sub-points as a nested list (`   - a. …`), or end each line above with a line break"
                        : isCode ? "fence the code with ``` lines: as the item's text, it loses its line breaks and indentation"
                        : definitions.contains(line) ? "insert a blank line before the definitions, after the list"
                        : equalsRuns.contains(line) ? "a line of '=' is often left over from a merge conflict ('=======' between two versions): delete it, "
                            + "or put a title above it after a blank line to make a heading"
                        : headingsWithoutSpace.contains(line)
                        ? "write a blank line before it and a space after the '#' to make it a heading"
                        : "Markdown renders this line as part of the item above it"
                    violations.append(Violation(range: SourceRange(start, source.lineRange(line).end), message: message, fix: fix,
                                                help: [help]))
                }
            }
        }
        violations += lookalikeParagraphViolations(file.document.blocks, in: source)
        violations += GluedBulletParagraphs.violations(in: file.document)
        return violations
    }

    /// A paragraph of two or more lines that start like items (`1.　第一题` / `2.　第二题`, each
    /// marker followed by a space Markdown does not count): the page shows them as one line of text.
    private func lookalikeParagraphViolations(_ blocks: [Block], in source: SourceText) -> [Violation] {
        var violations: [Violation] = []
        for block in blocks {
            switch block {
            case .blockQuote(let quote):
                violations += lookalikeParagraphViolations(quote.children, in: source)
            case .paragraph(let paragraph) where paragraph.lines.count > 1:
                let lookalikes = paragraph.lines.compactMap { line in MarkerLookalike.at(line: line, in: source).map { (line, $0) } }
                // Lines ending in a hard break (two spaces, `\\`, `<br>`) show one under the other, as meant.
                func isJoined(_ line: Int) -> Bool {
                    line > paragraph.lines.lowerBound && !Self.endsWithHardBreak(source.lineText(line - 1))
                        || line < paragraph.lines.upperBound && !Self.endsWithHardBreak(source.lineText(line))
                }
                guard lookalikes.count >= 2, lookalikes.contains(where: { isJoined($0.0) }) else { continue }
                // Only a paragraph that starts with one becomes a list: an ordered marker other
                // than `1.` cannot interrupt the paragraph above it.
                let fix: Fix? = lookalikes[0].0 != paragraph.lines.lowerBound ? nil : Fix(
                    title: "give each of the \(lookalikes.count) markers a space Markdown counts", applicability: .unsafe,
                    edits: lookalikes.map { Edit(range: $0.1.spaces, replacement: " ") },
                    rewrites: lookalikes.map { .becomeListMarker($0.1.marker) })
                for (line, lookalike) in lookalikes where isJoined(line) {
                    violations.append(Violation(
                        range: SourceRange(ListItemSupport.textStart(ofLine: line, in: source), source.lineRange(line).end),
                        message: "expected a space or tab after '\(lookalike.marker)', found \(lookalike.spaceName), which Markdown does not "
                            + "count: the line is text, joined with the lines around it", fix: fix,
                        help: ["Markdown renders these lines as one paragraph, not as a list"]))
                }
            default:
                continue
            }
        }
        return violations
    }

    /// `a.`, `b)`, `ii.`, `(c)`: the marker of a lettered (or Roman-numbered) sub-point that
    /// opens `line`, followed by a space; nil otherwise.
    static func letteredPoint(_ line: String) -> String? {
        let text = line.trimmedWhitespace
        let opened = text.hasPrefix("(")
        let body = opened ? text.dropFirst() : Substring(text)
        let letters = body.prefix { $0.isASCII && $0.isLowercase }
        guard !letters.isEmpty, letters.count == 1 || letters.allSatisfy({ "ivx".contains($0) }), letters.count <= 4 else { return nil }
        let rest = body.dropFirst(letters.count)
        guard let close = rest.first, opened ? close == ")" : close == "." || close == ")", rest.dropFirst().first == " " else { return nil }
        return String(text.prefix((opened ? 1 : 0) + letters.count + 1))
    }

    /// `/**`, ` */`, `return x;`, `final boolean f(Node node) {`, `}`: a line of C-like source
    /// code (a comment's mark, or a statement's or block's end).
    static func looksLikeCode(_ line: String) -> Bool {
        let text = line.trimmedWhitespace
        guard !text.isEmpty else { return false }
        if text.hasPrefix("/*") || text.hasPrefix("*/") || text.hasPrefix("//") || text == "}" || text == "{" || text == "};" { return true }
        // `"""` closing a string of a Jenkinsfile or Python.
        if text == "\"\"\"" || text == "\'\'\'" { return true }
        // `import torch`, `from torch import nn`: Python's imports.
        if text.hasPrefix("import ") || text.hasPrefix("from ") && text.contains(" import ") { return text.allSatisfy(\.isASCII) }
        guard text.allSatisfy({ $0.isASCII }) else { return false }
        return text.hasSuffix(";") || text.hasSuffix("{") || text.hasSuffix("}") || text.hasSuffix("*/") || isConfigurationPair(text)
    }

    /// `restartPolicy: Never`, `tty: true`, `max_connections: 100`: a key of configuration
    /// (camelCase or snake_case, or a value that is a boolean or a number), not a label of prose.
    static func isConfigurationPair(_ text: String) -> Bool {
        guard let colon = text.firstIndex(of: ":"), colon > text.startIndex else { return false }
        let key = text[..<colon], value = String(text[text.index(after: colon)...]).trimmedWhitespace
        guard key.first?.isLowercase == true, key.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" }), !value.isEmpty,
              text[text.index(after: colon)...].first == " " else { return false }
        let isCodeKey = key.contains { $0.isUppercase } || key.contains("_")
        let isCodeValue = ["true", "false", "null", "yes", "no", "on", "off"].contains(value.lowercased()) || Double(value) != nil
        return isCodeKey || isCodeValue
    }

    /// `text  `, `text\\`, `text<br>`: the line ends with a line break the page shows.
    static func endsWithHardBreak(_ line: String) -> Bool {
        if line.hasSuffix("  ") || line.hasSuffix("\\") { return true }
        let end = line.trimmed { $0 == " " || $0 == "\t" }.lowercased()
        return end.hasSuffix("<br>") || end.hasSuffix("<br/>") || end.hasSuffix("<br />")
    }

    /// Lines after the first of the item's paragraphs that start at or before the marker's column.
    /// `::: tip`, `:::info 提示`, `:::`: a line opening or closing a container of a documentation
    /// site (three colons or more, then a name and a title, or nothing).
    static func isContainerFence(_ line: String) -> Bool {
        let trimmed = line.trimmed(where: { $0 == " " || $0 == "\t" })
        guard trimmed.hasPrefix(":::") else { return false }
        let rest = trimmed.drop { $0 == ":" }.drop { $0 == " " }
        return rest.isEmpty || rest.first?.isLetter == true
    }

    /// A line under a long one (50 characters or more) that ends no sentence: the rest of a
    /// hard-wrapped sentence, in a document that wraps its items. Not a label closed by a colon
    /// (`Cons:`, `缺点：` glued under the last of the pros), nor a line opening like an item
    /// (`-vi(m):`, a marker without its space, or one Markdown does not count).
    static func isWrapped(_ line: Int, in source: SourceText) -> Bool {
        let before = source.lineText(line - 1).trimmedWhitespace
        let text = source.lineText(line).trimmedWhitespace
        guard before.count >= 50, let last = before.last, !sentenceEnds.contains(last),
              let end = text.last, end != ":", end != "：", let first = text.first, !"-*+".contains(first),
              MarkerLookalike.at(line: line, in: source) == nil else { return false }
        return true
    }

    private func gluedLines(of item: ListItem, in source: SourceText, wrappedSentences: inout Int) -> [Int] {
        let markerColumn = item.markerRange.start - source.lineRange(source.line(containing: item.markerRange.start)).start
        var result: [Int] = []
        for paragraph in item.paragraphs where paragraph.lines.count > 1 {
            let formulaLines = Self.formulaLines(of: paragraph, in: source)
            // `::: tip` … `:::`: a documentation site's container (VuePress, VitePress,
            // Docusaurus), which the site renders as a box; its fences and lines are its own.
            var isInContainer = false
            // The last glued line read as a wrapped sentence of the item's own text.
            var lastWrapped: Int?
            for line in paragraph.lines.dropFirst() {
                if Self.isContainerFence(source.lineText(line)) {
                    isInContainer.toggle()
                    continue
                }
                if isInContainer { continue }
                let start = ListItemSupport.textStart(ofLine: line, in: source)
                guard start < source.lineRange(line).end, start - source.lineRange(line).start <= markerColumn else { continue }
                // `2.　下一题`: an item whose marker is followed by a space Markdown does not count.
                if MarkerLookalike.at(line: line, in: source) != nil {
                    result.append(line)
                    continue
                }
                // `[Error]: https://…`: a link reference definition, lost as the item's text.
                if Self.isReferenceDefinition(source.lineText(line)) {
                    result.append(line)
                    continue
                }
                // `-[voxrai-ai](…) - AI voice agents…` under `- [PortAudio](…)`: an entry whose bullet
                // lost its space, however long its description runs.
                if item.number == nil, Self.bulletWithoutSpace(at: start, under: item, in: source) != nil,
                   source.bytes[start + 1] == UInt8(ascii: "["), paragraph.content.links.contains(where: { $0.range.start == start + 1 }) {
                    result.append(line)
                    continue
                }
                // `-[ ] Censys search` under `- [ ] Shodan reconnaissance`: a task whose bullet lost its space.
                if item.number == nil, Self.bulletWithoutSpace(at: start, under: item, in: source) != nil, Self.isTaskBox(at: start + 1, in: source) {
                    result.append(line)
                    continue
                }
                // `1.Slice the first ten countries` under `1. Sort the array`: the next item of the
                // list, its number glued to its text.
                if let number = item.number, Self.numberWithoutSpace(at: start, in: source).map({ $0 == number || $0 == number + 1 }) == true {
                    result.append(line)
                    continue
                }
                // `5.基类析构函数…` under a bullet, in a page writing its points `3.…`, `4.…` as
                // paragraphs (no space after the number): the next point, glued into the bullet.
                if item.number == nil, let number = Self.numberWithoutSpace(at: start, in: source), number > 1,
                   Self.writesPointWithoutSpace(number - 1, before: line, in: source) {
                    result.append(line)
                    continue
                }
                // `4 Start the trace…` under `3. Execute…`: the next step, its `.` lost.
                if let number = item.number, Self.numberWithoutDelimiter(at: start, after: number, in: source) != nil {
                    result.append(line)
                    continue
                }
                // `2 .超出作用域的对象` under `1. 不使用的对象`: the next item, a space typed before its dot.
                if let number = item.number, let spaced = Self.numberSpacedFromDelimiter(at: start, in: source),
                   spaced.number == number || spaced.number == number + 1, source.bytes[spaced.delimiter] == item.marker.utf8.last {
                    result.append(line)
                    continue
                }
                // `a. What is the decision boundary?` under `1. Explain SVM`: a lettered sub-question,
                // joined to its question however long it is.
                if item.number != nil, Self.letteredPoint(source.lineText(line)) != nil, !Self.endsWithHardBreak(source.lineText(line - 1)) {
                    result.append(line)
                    continue
                }
                // A line that only carries the rest of a link's syntax is not a second question.
                if paragraph.content.links.contains(where: { $0.range.start < start && start < $0.range.end }) { continue }
                if Self.continuesSentence(previous: source.lineText(line - 1), next: source.lineText(line)) {
                    wrappedSentences += 1
                    lastWrapped = line
                    continue
                }
                // `Kani verifies:` under two lines of the entry's description wrapped by hand: the
                // last sentence of that paragraph, not a lead-in lost from the item above (whose
                // description then ends on the item's own line).
                if lastWrapped == line - 1, Self.endsWithColon(line, in: source) {
                    wrappedSentences += 1
                    lastWrapped = line
                    continue
                }
                if Self.finishesDescription(line, of: paragraph, in: source) { continue }
                // `* **analysis**␣␣` / `结果说明…`: a hard break above shows the line under the label, as meant.
                if Self.endsWithHardBreak(source.lineText(line - 1)) { continue }
                // `</b></details>` closing the HTML an item sits in shows no text.
                if Self.isOnlyHTML(source.lineText(line)) { continue }
                // `$$` opens or closes a display formula the item's answer holds (GitHub renders it),
                // also in a quote (`> $$`); the line after one that closes it (`其中$\theta$表示…`)
                // goes on below the formula, as MathJax shows a display block.
                if Self.unquoted(source.lineText(line)).hasPrefix("$$") { continue }
                if line > paragraph.lines.lowerBound + 1, Self.unquoted(source.lineText(line - 1)) == "$$", formulaLines.contains(line - 1) { continue }
                // `\begin{bmatrix}` between the `$$` lines, or inside a `$…$` written over lines:
                // the formula's own lines.
                if formulaLines.contains(line) { continue }
                // `$$A = B$$` / `所以` / `$$C = 0$$`: the word joining two steps of a derivation.
                if Self.isWholeLineFormula(source.lineText(line - 1)), line < source.lineCount,
                   Self.isWholeLineFormula(source.lineText(line + 1)) { continue }
                // `Examples:` right above a code fence: the item's lead-in to its code, the last line of its paragraph.
                if Self.introducesCode(line, in: source) { continue }
                // `网络结构：` right above the item's figure, or `主要特点：` above a quote or a table:
                // the lead-in to what the item shows under it.
                // `Это важная особенность для:` over the item's own indented sub-list: its lead-in.
                if Self.endsWithColon(line, in: source), line < source.lineCount,
                   Self.isOnlyImages(line + 1, of: paragraph, in: source) || Self.opensQuoteOrTable(line + 1, after: line, in: source)
                    || item.nestedLists.contains(where: { source.line(containing: $0.range.start) == line + 1 }) { continue }
                // `...` or `等等` under the last examples: "and so on", not a lost item.
                if Self.isOnlyEllipsis(source.lineText(line)) { continue }
                // `]` or `});` closing a bracket the item opened (an example's array, an object).
                if Self.isOnlyClosingBrackets(Self.unquoted(source.lineText(line))) { continue }
                // `1. To count the lines of a file` / ```` ```wc -l``` ````: the item's command,
                // shown as code after its words; no item of its own is lost.
                if Self.isOnlyCodeSpan(source.lineText(line)) { continue }
                // A line of no-break spaces meant as a blank line shows nothing.
                // (A zero-width space, Typora's blank line, shows nothing either.)
                if source.lineText(line).allSatisfy({ $0.isWhitespace || $0 == "\u{200B}" || $0 == "\u{FEFF}" })
                    || Self.isOnlyNoBreakSpaceEntities(source.lineText(line)) { continue }
                // `* Experiment` / `![](img/a.png)`: the item's own figure, shown under its label.
                if Self.isOnlyImages(line, of: paragraph, in: source) { continue }
                // `{: .-also-see}` under a list, `{% endraw %}`: a site generator's markup
                // (kramdown's attributes of the block above, a Liquid tag), which must touch the
                // block it applies to and shows no text.
                if Self.isOnlySiteMarkup(source.lineText(line)) { continue }
                result.append(line)
            }
        }
        return result
    }

    /// `[Reddit][proc-red]`, `[discussion](https://…)`: one link and nothing else on the line
    /// (a closing `.` or `,` aside), its text two words at most.
    static func isLoneLink(_ line: String) -> Bool {
        var text = Substring(line.trimmedWhitespace)
        while let last = text.last, ".,;".contains(last) { text = text.dropLast() }
        guard text.first == "[", let close = text.firstIndex(of: "]") else { return false }
        let label = text[text.index(after: text.startIndex)..<close]
        guard !label.isEmpty, !label.contains("["), label.split(separator: " ").count <= 2 else { return false }
        let rest = text[text.index(after: close)...]
        guard let opening = rest.first, let closing = rest.last, opening == "[" && closing == "]" || opening == "(" && closing == ")" else { return false }
        return !rest.dropFirst().dropLast().contains(opening == "[" ? "]" : ")")
    }

    /// Whether two items in three of `list`, two at least, follow their first link with a
    /// description (eight letters or more on the marker's line): entries described, not bare links.
    static func describesItsEntries(_ list: MarkdownList, in source: SourceText) -> Bool {
        guard list.items.count >= 2 else { return false }
        let described = list.items.count { item in
            guard let link = item.links.first(where: { !$0.isImage }) else { return false }
            let lineEnd = source.lineRange(source.line(containing: item.markerRange.start)).end
            guard link.range.end <= lineEnd else { return false }
            return source.string(in: SourceRange(link.range.end, lineEnd)).count(where: \.isLetter) >= 8
        }
        return described * 3 >= list.items.count * 2
    }

    /// `[Error]: https://…`, `[1]: <a.md> "title"`: a line written as a link reference
    /// definition (a label, a colon, then a destination), at most three spaces in.
    /// (`startsLikeDefinition`, with a label and something shaped like a destination after it.)
    static func isReferenceDefinition(_ line: String) -> Bool {
        let indent = line.prefix { $0 == " " }.count
        guard indent <= 3, startsLikeDefinition(line) else { return false }
        let text = line.dropFirst(indent)
        guard let close = text.firstIndex(of: "]"), text.index(after: text.startIndex) < close else { return false }
        let label = text[text.index(after: text.startIndex)..<close]
        guard !label.contains("["), !label.hasPrefix("^") else { return false }
        let destination = text[text.index(close, offsetBy: 2)...].drop { $0 == " " || $0 == "\t" }
        guard let first = destination.first, first != " " else { return false }
        let token = destination.prefix { $0 != " " && $0 != "\t" }
        return first == "<" || token.contains("/") || token.contains(".") || token.hasPrefix("#")
    }

    /// `###Date`: one to six `#` and text right after them, which Markdown does not take for a
    /// heading (GitHub needs the space).
    static func isHeadingWithoutSpace(_ line: String) -> Bool {
        let text = line.trimmingPrefix(while: { $0 == " " })
        let hashes = text.prefix { $0 == "#" }.count
        guard (1...6).contains(hashes), let next = text.dropFirst(hashes).first else { return false }
        return !next.isWhitespace && next != "#"
    }

    /// The lines between a `$$` line and the next one outside code (the `$$` lines too): a
    /// display formula written in the page's text.
    static func displayFormulaLines(in document: Document) -> Set<Int> {
        let source = document.source
        var result: Set<Int> = []
        var opened: Int?
        guard source.lineCount > 0 else { return [] }
        for line in 1...source.lineCount {
            let range = source.lineRange(line)
            var start = range.start
            while start < range.end, source.bytes[start] == UInt8(ascii: " ") || source.bytes[start] == UInt8(ascii: ">") { start += 1 }
            guard start + 1 < range.end, source.bytes[start] == UInt8(ascii: "$"), source.bytes[start + 1] == UInt8(ascii: "$"),
                  !document.isInCodeBlock(start) else { continue }
            if let first = opened {
                result.formUnion(first...line)
                opened = nil
            } else if source.string(in: SourceRange(start + 2, range.end)).trimmedWhitespace.hasSuffix("$$") {
                result.insert(line)
            } else {
                opened = line
            }
        }
        return result
    }

    /// Lines of `paragraph` that a formula holds: those starting inside a `$$` display formula
    /// or a `$` one left open on an earlier line, and those opening one (`$` alone, `$$`).
    static func formulaLines(of paragraph: Paragraph, in source: SourceText) -> Set<Int> {
        var result: Set<Int> = []
        var inDisplay = false, inInline = false
        for line in paragraph.lines {
            let text = unquoted(source.lineText(line))
            if inDisplay || inInline || text.hasPrefix("$") { result.insert(line) }
            var characters = Substring(text)
            while let dollar = characters.firstIndex(of: "$") {
                let isEscaped = dollar > characters.startIndex && characters[characters.index(before: dollar)] == "\\"
                let after = characters.index(after: dollar)
                if isEscaped {
                    characters = characters[after...]
                } else if after < characters.endIndex, characters[after] == "$" {
                    if !inInline { inDisplay.toggle() }
                    characters = characters[characters.index(after: after)...]
                } else {
                    if !inDisplay { inInline.toggle() }
                    characters = characters[after...]
                }
            }
        }
        return result
    }

    /// `&nbsp;` alone (or `&#160;`): a blank line written as an entity, which shows nothing.
    static func isOnlyNoBreakSpaceEntities(_ line: String) -> Bool {
        var rest = Substring(line.lowercased()).trimmingPrefix(while: \.isWhitespace)
        guard !rest.isEmpty else { return false }
        while !rest.isEmpty {
            guard let entity = ["&nbsp;", "&#160;", "&#xa0;"].first(where: { rest.hasPrefix($0) }) else { return false }
            rest = rest.dropFirst(entity.count).trimmingPrefix(while: \.isWhitespace)
        }
        return true
    }

    /// Every character of `line` but spaces is inside an image of the paragraph, or a link
    /// around one (`![](img/a.png)`, `[![badge](b.svg)](https://…)`).
    static func isOnlyImages(_ line: Int, of paragraph: Paragraph, in source: SourceText) -> Bool {
        let range = source.lineRange(line)
        let links = paragraph.content.links
        let images = links.filter(\.isImage)
        // Under a line whose indentation Markdown strips (`   Challenge: …` / `![a](a.png)`),
        // the parser's positions of the line's inlines are off: the line's text is read instead.
        if isWrittenAsImages(source.lineText(line)) { return !images.isEmpty }
        guard images.contains(where: { range.start <= $0.range.start && $0.range.start < range.end }) else { return false }
        let figures = links.filter { link in images.contains { link.range.start <= $0.range.start && $0.range.end <= link.range.end } }
        var offset = range.start
        while offset < range.end {
            let byte = source.bytes[offset]
            if byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "\r") {
                offset += 1
            } else if let figure = figures.first(where: { $0.range.start <= offset && offset < $0.range.end }) {
                offset = figure.range.end
            } else {
                return false
            }
        }
        return true
    }

    /// The line ends with `:` and the next one opens a code fence.
    /// Whether the line holds nothing but pictures as written (`![a](a.png)`, a linked
    /// `[![a](a.png)](https://…)`), spaces between.
    static func isWrittenAsImages(_ line: String) -> Bool {
        var rest = Substring(line.trimmedWhitespace)
        guard !rest.isEmpty else { return false }
        func consumeImage() -> Bool {
            guard rest.hasPrefix("!["), let close = rest.range(of: "]("), let end = rest[close.upperBound...].firstIndex(of: ")") else { return false }
            rest = rest[rest.index(after: end)...]
            return true
        }
        while !rest.isEmpty {
            if rest.hasPrefix("[!["), case let saved = rest {
                rest = rest.dropFirst()
                guard consumeImage(), rest.hasPrefix("]("), let end = rest.firstIndex(of: ")") else { rest = saved; return false }
                rest = rest[rest.index(after: end)...]
            } else if !consumeImage() {
                return false
            }
            rest = rest.drop { $0 == " " || $0 == "\t" }
        }
        return true
    }

    static func introducesCode(_ line: Int, in source: SourceText) -> Bool {
        guard line < source.lineCount, endsWithColon(line, in: source) else { return false }
        let next = source.lineText(line + 1).trimmed(where: { $0 == " " || $0 == "\t" })
        return next.hasPrefix("```") || next.hasPrefix("~~~")
    }

    static func endsWithColon(_ line: Int, in source: SourceText) -> Bool {
        guard let last = source.lineText(line).trimmedWhitespace.last else { return false }
        return last == ":" || last == "："
    }

    /// `next` opens a block quote that `line` is not in (`>> - 1.第一次使用…`), or a table row.
    static func opensQuoteOrTable(_ next: Int, after line: Int, in source: SourceText) -> Bool {
        let text = source.lineText(next).drop { $0 == " " || $0 == "\t" }
        let above = source.lineText(line).drop { $0 == " " || $0 == "\t" }
        return text.hasPrefix(">") && !above.hasPrefix(">") || text.hasPrefix("|") && text.dropFirst().contains("|")
    }

    /// `...`, `…`, `……`, `etc.`, `等`, `等等`: a line that only says the list goes on shows no item of its own.
    static func isOnlyEllipsis(_ line: String) -> Bool {
        let text = line.trimmed { $0.isWhitespace || $0 == ">" }
        if text.count >= 3, text.allSatisfy({ $0 == "." }) { return true }
        // `.` or `。` alone: the full stop of the answer above, pushed onto a line of its own.
        if (1...2).contains(text.count), text.allSatisfy({ ".。,，;；!！".contains($0) }) { return true }
        if !text.isEmpty, text.allSatisfy({ $0 == "…" }) { return true }
        return ["etc", "etc.", "等", "等等"].contains(text.lowercased())
    }

    /// `{: .class}`, `{::options …/}` (kramdown's attribute lists), `{% raw %}` (a Liquid tag):
    /// one construct of a site generator fills the line. (`{{ x }}` may be a template shown as text.)
    static func isOnlySiteMarkup(_ line: String) -> Bool {
        let text = line.trimmedWhitespace
        return text.count > 3 && (text.hasPrefix("{:") && text.hasSuffix("}") || text.hasPrefix("{%") && text.hasSuffix("%}"))
    }

    /// `]`, `],`, `}`, `});`, `）`: a line that only closes brackets shows no item of its own.
    static func isOnlyClosingBrackets(_ line: String) -> Bool {
        let text = line.trimmedWhitespace
        return text.contains(where: closingBrackets.contains) && text.allSatisfy { closingBrackets.contains($0) || ",;.，；。".contains($0) }
    }

    static let closingBrackets: Set<Character> = ["]", "}", ")", "）", "】", "」", "』", "》"]

    static let continuingEnds: Set<Character> = [",", "，", "、", "(", "（", "-", "–", "—", "/", "&", "+", "=", "“", "\"", "«"]
    static let continuingWords: Set<String> = ["and", "or", "the", "of", "to", "a", "an", "in", "for", "with", "by", "is", "are",
                                                "that", "which", "from", "on", "as", "at", "but", "its", "their", "this"]
    static let sentenceEnds: Set<Character> = [".", "。", "?", "？", "!", "！", ":", "：", ";", "；", ")", "）"]
    static let leadingConjunctions: Set<String> = ["and", "or", "but", "nor", "which", "that", "whereas", "while"]

    /// `[devise-security](https://github.com/…)`: the text ends with a link, whose `)` closes
    /// its address, not a sentence.
    static func endsWithLink(_ text: Substring) -> Bool {
        guard text.last == ")", let open = text.ranges(of: "](").last else { return false }
        return !text[open.upperBound...].contains(" ")
    }

    /// The number of `12.Slice …` at `start`: digits, `.` or `)`, then a letter; nil otherwise.
    static func numberWithoutSpace(at start: Int, in source: SourceText) -> Int? {
        let bytes = source.bytes
        var index = start
        while index < bytes.count, index - start < 4, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) { index += 1 }
        guard index > start, index + 1 < bytes.count, bytes[index] == UInt8(ascii: ".") || bytes[index] == UInt8(ascii: ")") else { return nil }
        // A letter, of any script (not an ideographic space, which `MarkerLookalike` reads).
        guard let scalar = String(decoding: bytes[(index + 1)..<min(bytes.count, index + 5)], as: UTF8.self).unicodeScalars.first,
              scalar.properties.isAlphabetic else { return nil }
        return Int(String(decoding: bytes[start..<index], as: UTF8.self))
    }

    /// Whether a line before `line` opens with `number` and its `.` or `、` glued to the text
    /// (`4.虚函数的虚特征：…`): the page's points written as paragraphs.
    static func writesPointWithoutSpace(_ number: Int, before line: Int, in source: SourceText) -> Bool {
        let prefixes = ["\(number).", "\(number)、"]
        for earlier in stride(from: line - 1, through: max(1, line - 200), by: -1) {
            let text = source.lineText(earlier)
            guard let prefix = prefixes.first(where: { text.hasPrefix($0) }) else { continue }
            if let next = text.dropFirst(prefix.count).first, !next.isWhitespace, !next.isNumber { return true }
        }
        return false
    }

    /// The number of `4 Start the trace…` at `start` under item `itemNumber` (`3.`): the next
    /// number, one space, then a capital; a step whose `.` was lost. Nil otherwise.
    static func numberWithoutDelimiter(at start: Int, after itemNumber: Int, in source: SourceText) -> Int? {
        let bytes = source.bytes
        var index = start
        while index < bytes.count, index - start < 4, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) { index += 1 }
        guard index > start, index + 1 < bytes.count, bytes[index] == UInt8(ascii: " "),
              let number = Int(String(decoding: bytes[start..<index], as: UTF8.self)), number == itemNumber + 1,
              let scalar = String(decoding: bytes[(index + 1)..<min(bytes.count, index + 5)], as: UTF8.self).unicodeScalars.first,
              scalar.properties.isUppercase else { return nil }
        return number
    }

    /// `1 for binary mask`, `7 个参数`: digits, a space, then text; no marker of any list.
    static func opensWithBareNumber(_ line: String) -> Bool {
        let text = line.trimmedWhitespace
        let digits = text.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, digits.count <= 4 else { return false }
        let rest = text.dropFirst(digits.count)
        return rest.first == " " && rest.dropFirst().first.map { !$0.isWhitespace && $0 != "." && $0 != ")" } == true
    }

    /// `2 .超出作用域的对象…` at `start`: digits, one or two spaces, `.` or `)`, then (after
    /// spaces or none) a letter: a number marker typed with a space before its delimiter, which
    /// Markdown does not read as one. `delimiter`: the offset of the `.` or `)`.
    static func numberSpacedFromDelimiter(at start: Int, in source: SourceText) -> (number: Int, delimiter: Int)? {
        let bytes = source.bytes
        let digit = UInt8(ascii: "0")...UInt8(ascii: "9"), space = UInt8(ascii: " ")
        var index = start
        while index < bytes.count, index - start < 4, digit.contains(bytes[index]) { index += 1 }
        let digitsEnd = index
        while index < bytes.count, bytes[index] == space { index += 1 }
        guard digitsEnd > start, index > digitsEnd, index - digitsEnd <= 2, index < bytes.count,
              bytes[index] == UInt8(ascii: ".") || bytes[index] == UInt8(ascii: ")") else { return nil }
        let delimiter = index
        index += 1
        while index < bytes.count, bytes[index] == space { index += 1 }
        guard index < bytes.count, let scalar = String(decoding: bytes[index..<min(bytes.count, index + 4)], as: UTF8.self).unicodeScalars.first,
              scalar.properties.isAlphabetic, let number = Int(String(decoding: bytes[start..<digitsEnd], as: UTF8.self)) else { return nil }
        return (number, delimiter)
    }

    static func isOnlyHTML(_ line: String) -> Bool {
        let text = line.trimmedWhitespace
        guard text.hasPrefix("<"), text.hasSuffix(">") else { return false }
        var depth = 0
        for character in text {
            if character == "<" { depth += 1 } else if character == ">" { depth -= 1 } else if depth == 0, !character.isWhitespace { return false }
        }
        return true
    }

    /// A hard-wrapped sentence: the line above stops mid-sentence (a comma, an article, a
    /// conjunction) or is long and unfinished, and the next line goes on in lower case or CJK.
    /// A line that is one code span and nothing else (`` `wc -l` ``, ```` ```ls -la``` ````).
    static func isOnlyCodeSpan(_ line: String) -> Bool {
        let text = line.trimmed(where: { $0 == " " || $0 == "\t" })
        let opening = text.prefix { $0 == "`" }
        guard !opening.isEmpty, text.count > 2 * opening.count, text.hasSuffix(opening),
              text.dropLast(opening.count).last != "`" else { return false }
        // No span closes before the end: the run of backticks opening it appears only there.
        let inside = text.dropFirst(opening.count).dropLast(opening.count)
        return !inside.contains(String(opening))
    }

    /// `* [REEMtree](…) - Regression Trees with Random Effects for Longitudinal (Panel)` /
    /// `Data`: the last words of an entry's description, hard-wrapped. The entry opens with its
    /// link; the long line above ends neither a sentence nor in a link, and the line, the
    /// paragraph's last, has no link and asks nothing: no entry of its own is lost.
    static func finishesDescription(_ line: Int, of paragraph: Paragraph, in source: SourceText) -> Bool {
        guard line == paragraph.lines.upperBound, let first = paragraph.content.links.first,
              source.line(containing: first.range.start) == paragraph.lines.lowerBound, first.range.end < source.lineRange(line - 1).end,
              !paragraph.content.links.contains(where: { $0.range.end > source.lineRange(line - 1).end }) else { return false }
        let before = source.lineText(line - 1).trimmedWhitespace
        let text = source.lineText(line).trimmedWhitespace
        guard before.count >= 50, let last = before.last, let end = text.last, let opening = text.first,
              !".。?？!！:：;；".contains(last), !"?？:：".contains(end), !"-*+#>|[".contains(opening),
              // The line above ends in its own words, not a link's `)` or `>`.
              !paragraph.content.links.contains(where: { source.lineRange(line - 1).end - $0.range.end <= 1 && $0.range.end > source.lineRange(line - 1).start })
        else { return false }
        return true
    }

    static func continuesSentence(previous: String, next: String) -> Bool {
        let before = previous.trimmedWhitespace
        let after = next.trimmed { $0.isWhitespace || $0 == ">" }
        guard let last = before.last, let first = after.first else { return false }
        // `・Google App Engine`: a bullet typed as text opens an item of its own, however the line above ends.
        if opensWithTypedBullet(after) { return false }
        if continuingEnds.contains(last) || last == ":" || last == "：" { return true }
        // `-> ターゲットグループ` under `- EC2ダッシュボード`: the next step of a path through menus.
        if ["->", "→", "=>"].contains(where: { after.hasPrefix($0) }) { return true }
        // `…場合は`login`が` / `` `exit`を呼び… ``: a Japanese line ending on a particle goes on below.
        if japaneseParticles.contains(last), before.unicodeScalars.contains(where: { (0x3041...0x30FF).contains($0.value) }) { return true }
        // `など`, `等`, `etc.` alone: the list above goes on, said on a line of its own.
        if ["など", "等", "等等", "etc.", "etc"].contains(after) { return true }
        // `OSなどのプラットフォーム` / `をインターネット上で利用できるもの`, `など`: a Japanese line opening
        // with hiragana (a particle, `など`) finishes the sentence of the line above.
        if let scalar = first.unicodeScalars.first, (0x3041...0x309F).contains(scalar.value), !sentenceEnds.contains(last) { return true }
        // `E[X] = 1/6 + … + 6/6` / `= 21/6 = 3.5`: the next step of an equation written over lines.
        // (A line opening with `= ` is no item of its own.)
        if first == "=" || first == "≈", let second = after.dropFirst().first, second == " " || second.isNumber { return true }
        // `… what it next expects to hear (ACK` / `100).`: the line closes the bracket the line
        // above left open, a sentence wrapped inside it.
        if opensMoreThanItCloses(before), after.contains(where: { $0 == ")" || $0 == "）" }) { return true }
        // `*CUNY Hunter College*` under a course: a line wholly in emphasis is the item's note.
        if isWhollyEmphasised(after) { return true }
        // `Embedding and retrieval benchmarks:` under an item that ended its sentence: the
        // lead-in of the list below, glued to the item above however long it is.
        if sentenceEnds.contains(last), after.hasSuffix(":") || after.hasSuffix("："), first.isUppercase || HanCharacters.isIdeograph(first) { return false }
        // A sentence, not a lost item: lost items are short phrases like their siblings.
        if let end = after.last, "。.，,；;！!、".contains(end), after.count >= 8 { return true }
        if after.count >= 30 || after.contains("，") || after.contains("。") { return true }
        let lastWord = before.split(whereSeparator: { $0 == " " }).last.map { $0.lowercased() } ?? ""
        if continuingWords.contains(lastWord), before.count >= 20 { return true }
        let continuesInLowerCase = first.isLowercase || HanCharacters.isIdeograph(first)
        // A sentence wrapped mid-way and finished here: `- [ ] Should any logging or debugging
        // information` / `be added or removed?`. A lost item would start a sentence of its own.
        // (`[devise-security](…)` / `gem.`: a link's `)` ends no sentence; `attacks.*` ends one
        // inside its emphasis.)
        let ended = Substring(after).trimmingSuffix(while: { $0 == "*" || $0 == "_" })
        if first.isLowercase, !sentenceEnds.contains(last) || endsWithLink(Substring(before)), before.count >= 20,
           let end = ended.last, ".?!".contains(end) { return true }
        // `user enumeration` / `and brute-force attacks.`: a line opening with a conjunction
        // finishes the sentence above; no item opens so.
        if let word = after.split(separator: " ").first, leadingConjunctions.contains(String(word)), !sentenceEnds.contains(last),
           let end = ended.last, ".?!".contains(end) { return true }
        // Long by its columns only (Chinese wrapped at 80 columns), a short label closed by a
        // colon under it (`缺点：` glued under the last of the pros) is no continuation.
        let isLabel = (after.hasSuffix(":") || after.hasSuffix("：")) && after.count <= maximumLabelLength
        return columns(of: before) >= 60 && (before.count >= 60 || !isLabel) && !sentenceEnds.contains(last) && continuesInLowerCase
    }

    /// The glued lines that are their item's own text, not lost items, taken out:
    /// - a line wholly in brackets (`（利用while循环可以减少执行次数）`): a note on the item;
    /// - one line under each item of a loose list of two or more (`* Window` / `KeyedStream→WindowedStream`,
    ///   a blank line, the next): every entry a name over its description;
    /// - the lines under every entry of a loose list (`* Boston, MA` / `201 South Street` /
    ///   `Boston, MA 02111`): each entry written over lines on purpose.
    /// Lines shaped like a marker (`2.　b`) or a definition stay.
    static func droppingItemsOwnText(_ glued: [[Int]], of list: MarkdownList, in source: SourceText) -> [[Int]] {
        func isPlain(_ line: Int) -> Bool {
            MarkerLookalike.at(line: line, in: source) == nil && !isReferenceDefinition(source.lineText(line))
                && nestedItemIndentedWithNoBreakSpaces(line: line, in: source) == nil
        }
        let items = list.items
        let describesEach = !list.isTight && items.count >= 2 && zip(items, glued).allSatisfy { item, lines in
            lines.count <= 1 && item.paragraphs.first.map { $0.lines.count == 2 } == true && lines.allSatisfy(isPlain)
        }
        if describesEach { return glued.map { _ in [] } }
        // `* Boston, MA` / `201 South Street` / `Boston, MA 02111`, a blank line, `* San Antonio, TX` / …:
        // a loose list whose every entry goes on over plain lines of its own (an address, a
        // name over its details) is written so on purpose; a lost item glues onto one entry.
        let writesEachOverLines = !list.isTight && items.count >= 2 && zip(items, glued).allSatisfy { item, lines in
            !lines.isEmpty && lines.allSatisfy(isPlain) && item.paragraphs.first.map { $0.lines.count == lines.count + 1 } == true
        }
        if writesEachOverLines { return glued.map { _ in [] } }
        return glued.map { lines in lines.filter { !isWhollyInBrackets(source.lineText($0)) } }
    }

    /// `（利用while循环可以减少执行次数）`, `(see below)`: a line that is one bracketed note.
    static func isWhollyInBrackets(_ line: String) -> Bool {
        let text = line.trimmedWhitespace
        guard let first = text.first, let last = text.last, text.count > 2 else { return false }
        return (first == "（" && last == "）" || first == "(" && last == ")") && !text.dropFirst().dropLast().contains(where: { $0 == "）" || $0 == ")" })
    }

    /// `$$A = B$$` on a line of its own: a display formula.
    static func isWholeLineFormula(_ line: String) -> Bool {
        let text = line.trimmed { $0 == " " || $0 == "\t" || $0 == ">" }
        return text.count > 4 && text.hasPrefix("$$") && text.hasSuffix("$$")
    }

    /// The longest label closed by a colon (`缺点：`, `Pros:`), in characters.
    static let maximumLabelLength = 12

    /// How wide a line is in a monospaced editor: an ideograph or a fullwidth form takes two
    /// columns (`…直方图、特征检测` at 42 characters fills 80 columns, where an author wraps).
    /// East Asian Wide and Fullwidth ranges, not the reporters' `TerminalWidth`: that one asks
    /// the C library's `wcwidth` under the machine's locale, to line carets up with what this
    /// terminal draws, and a rule's findings must not change with the machine.
    static func columns(of text: String) -> Int {
        text.unicodeScalars.reduce(0) { width, scalar in
            let value = scalar.value
            let isWide = (0x1100...0x115F).contains(value) || (0x2E80...0xA4CF).contains(value) || (0xAC00...0xD7A3).contains(value)
                || (0xF900...0xFAFF).contains(value) || (0xFE30...0xFE4F).contains(value) || (0xFF00...0xFF60).contains(value)
                || (0xFFE0...0xFFE6).contains(value) || (0x20000...0x3FFFD).contains(value)
            return width + (isWide ? 2 : 1)
        }
    }

    /// More `(` than `)` (full-width too): a bracket left open at the end of the line.
    static func opensMoreThanItCloses(_ text: String) -> Bool {
        var depth = 0
        for character in text {
            if character == "(" || character == "（" { depth += 1 } else if character == ")" || character == "）" { depth -= 1 }
        }
        return depth > 0
    }

    /// `*Example College*`, `_note_`, `**Free**`: the whole line in one emphasis.
    static func isWhollyEmphasised(_ text: String) -> Bool {
        for mark in ["**", "__", "*", "_"] where text.count > mark.count * 2 + 1 && text.hasPrefix(mark) && text.hasSuffix(mark) {
            let inner = text.dropFirst(mark.count).dropLast(mark.count)
            return !inner.contains(mark) && inner.first?.isWhitespace == false && inner.last?.isWhitespace == false
        }
        return false
    }

    /// Gives every glued line a marker of its own; in ordered lists each later item's number grows
    /// by the number of lines split off before it.
    /// A blank line above each line: the text stands after the list, as a paragraph of its own.
    private func setApartFix(lines: [Int], source: SourceText) -> Fix {
        Fix(title: lines.count == 1 ? "set the glued line apart from the list with a blank line" : "set the \(lines.count) glued lines apart from the list with blank lines",
            applicability: .unsafe, edits: lines.map { .insert("\n", at: source.lineRange($0).start) })
    }

    /// Whether a glued line is text that stands apart from its list rather than a lost item:
    /// - a label over the items after it (`Disadvantages` glued under the last advantage, in a
    ///   list that a label of its own, `Advantages`, introduces);
    /// - the list's last line leading into a list, code, a table or a quote (`算法步骤` over the
    ///   steps, `define the property in the format below` over the code);
    /// - the list's last line closing a remark (`还有一些不重要的…`, `… as shown below.`).
    /// Questions and lines written like items are never set apart.
    static func standsApart(_ line: Int, in list: MarkdownList, document: Document) -> Bool {
        let source = document.source
        let text = source.lineText(line).trimmedWhitespace
        let listEnd = source.line(containing: max(list.range.start, list.range.end - 1))
        // `问：最后桶里面只剩下一个黑球的概率是多少？` under the rules of a puzzle: the question asked
        // about the list, labelled as one, not a rule of it.
        if line == listEnd, questionLabels.contains(where: { text.hasPrefix($0) }) { return true }
        // Not a line written like an entry: a marker of some kind first, or a link in it.
        guard let last = text.last, let first = text.first, MarkerLookalike.at(line: line, in: source) == nil, !QuestionOutline.isQuestionLike(text),
              !"[-*+#>|".contains(first), !first.isNumber, !text.contains("](") else { return false }
        let isLabel = text.count <= 24 && !".。!！?？;；,，:：)）".contains(last)
        if line < listEnd {
            // A label before the next item (a word or two: `Disadvantages`, `缺点`), in a list a
            // label introduces too.
            guard isLabel, text.count <= 16, text.split(separator: " ").count <= 2, line + 1 <= source.lineCount, list.items.contains(where: { source.line(containing: $0.markerRange.start) == line + 1 }),
                  let first = list.items.first else { return false }
            let above = source.line(containing: first.markerRange.start) - 1
            guard above >= 1 else { return false }
            let introduction = source.lineText(above).trimmedWhitespace
            guard let end = introduction.last, !introduction.isEmpty, introduction.count <= 16, introduction.split(separator: " ").count <= 2,
                  !".。!！?？;；".contains(end),
                  !introduction.hasPrefix("#"), !introduction.hasPrefix("-"), !introduction.hasPrefix("*") else { return false }
            return true
        }
        guard line == listEnd else { return false }
        // What follows the list: a list, code, a table or a quote the line leads into.
        switch document.block(after: list.range.start, end: list.range.end) {
        case .list?, .codeBlock?, .table?, .blockQuote?:
            if isLabel || text.count <= 60 { return true }
        default:
            break
        }
        return "。….!！".contains(last) && !isLabel
    }

    /// `问：`, `Q:`: a question's label, opening a question set apart from the list above it.
    static let questionLabels = ["问：", "问:", "问题：", "问题:", "Q:", "Q：", "Question:"]

    private func splitFix(list: MarkdownList, glued: [[Int]], document: Document) -> Fix? {
        let source = document.source
        // A glued `[label]: url` would become a link reference definition at the start of its
        // own item and vanish from the page; a glued `(` continues a broken link's destination.
        guard !glued.joined().contains(where: { Self.startsLikeDefinition(source.string(in: source.lineRange($0))) }) else { return nil }
        // `* 解释：` over three lines: the first is the label's (its colon introduces it), so only
        // the others count as glued; making those items would leave the first joined to the label
        // and split one explanation in two.
        for (item, lines) in zip(list.items, glued) {
            guard let first = lines.first else { continue }
            let itemLine = source.line(containing: item.markerRange.start)
            if (itemLine..<max(itemLine, first - 1)).contains(where: { ConventionInference.endsWithColon(source.lineText($0)) }) { return nil }
        }
        // `introduction/id389259246))`: the tail of a broken link's address, no entry to make an
        // item of; a human joins it back to its link.
        if glued.joined().contains(where: { Self.isAddressDebris(source.lineText($0)) }) { return nil }
        // `1 for binary mask` under `2. 8 outputs, not exactly classes.`: a count explaining the
        // item (or a number without its `.`); a marker before it would read `3. 1 for…`.
        // (`4 Start the trace…` under `3. …`: the next step, whose lost `.` the fix writes.)
        let lostDelimiters = Set(zip(list.items, glued).flatMap { item, lines in
            lines.filter { line in
                item.number.map { Self.numberWithoutDelimiter(at: ListItemSupport.textStart(ofLine: line, in: source), after: $0, in: source) != nil } ?? false
            }
        })
        if glued.joined().contains(where: { !lostDelimiters.contains($0) && Self.opensWithBareNumber(source.lineText($0)) }) { return nil }
        // `Pros:` under the last point of `Cons:`: a label over the points that follow it, to be
        // set apart from the list above, not an item of it.
        if glued.joined().contains(where: { ConventionInference.endsWithColon(source.lineText($0)) }) { return nil }
        // Every item a task (`* [ ] Is the code modularized?`) or led by a bold name
        // (`4. **forward_list**：单链表…`): a line without that lead (`S`, `forward_list不支持迭代器递减`)
        // is no lost item but the end of the item above, or debris; a person decides.
        // `1. 客户端发起 HTTPS 请求` over `建立TCP连接之后，客户端发起请求`, and so on for every
        // item: each title over its one line of explanation, a layout; making the explanations
        // items would double the steps and renumber them. A person puts the breaks in.
        let plainGlued = glued.map { lines in lines.filter { line in
            MarkerLookalike.at(line: line, in: source) == nil
                && Self.numberWithoutSpace(at: ListItemSupport.textStart(ofLine: line, in: source), in: source) == nil
                && Self.numberSpacedFromDelimiter(at: ListItemSupport.textStart(ofLine: line, in: source), in: source) == nil
                && !lostDelimiters.contains(line)
        } }
        if plainGlued.count(where: { $0.count == 1 }) >= 3, plainGlued.allSatisfy({ $0.count <= 1 }) { return nil }
        // `- 视图层(View)` over `对应于xml布局文件…`, and so on, some of the explanations ending a
        // sentence (which the rule reads as the item's own): the same layout, counted on the
        // items' paragraphs.
        let titledItems = list.items.count { item in
            if case .paragraph(let paragraph)? = item.children.first { return paragraph.lines.count == 2 }
            return false
        }
        if titledItems >= 3, titledItems * 2 >= list.items.count, plainGlued.allSatisfy({ $0.count <= 1 }) { return nil }
        // `…Convert the representation to Prior of θ` / `Beta(a,b)` / `binomial (n, θ)` / `a purely
        // Numpy based callable function.`: the item's sentence goes on, in small letters, after
        // the glued lines (a table flattened by a PDF's copy); they are no lost items.
        for (item, lines) in zip(list.items, glued) {
            guard let last = lines.last, item.paragraphs.contains(where: { $0.lines.contains(last + 1) }) else { continue }
            let next = source.lineText(last + 1).trimmedWhitespace
            if let first = next.first, first.isASCII, first.isLowercase { return nil }
        }
        let sharedLead = Self.sharedLead(of: list, in: source)
        let siblings = SiblingShape(list, in: source)
        var edits: [Edit] = []
        var markers: [DestinationRewrite] = []
        // Items that did not show a number of their own before: the later items' numbers grow by as many.
        var added = 0
        for (item, lines) in zip(list.items, glued) {
            if added > 0, let number = item.number { edits += ListRenumbering.edits(for: item, to: number + added, in: source) ?? [] }
            let prefix = ListItemSupport.linePrefix(of: item, in: source)
            var shown = item.number.map { $0 + added }
            for line in lines {
                // `2.　b`: the marker is there; only its space must become one Markdown counts.
                if let lookalike = MarkerLookalike.at(line: line, in: source), lookalike.belongs(to: list) {
                    edits.append(Edit(range: lookalike.spaces, replacement: String(repeating: " ", count: max(1, item.spacesAfterMarker))))
                    markers.append(.becomeListMarker(lookalike.marker))
                    shown = lookalike.number
                    continue
                }
                // `    * detail` indented with no-break spaces: a nested item, indented with spaces
                // to nest under its item, not a new item of this list.
                if let nested = Self.nestedItemIndentedWithNoBreakSpaces(line: line, in: source) {
                    let content = item.markerRange.end - item.markerRange.start + max(1, item.spacesAfterMarker)
                    edits.append(Edit(range: nested.indent, replacement: prefix + String(repeating: " ", count: content)))
                    markers.append(.becomeListMarker(nested.marker))
                    continue
                }
                let start = ListItemSupport.textStart(ofLine: line, in: source)
                // `-What are you working on?` under `- How many meetings…`: the item's own marker,
                // written without its space; a second marker would show the hyphen. A bullet of
                // another kind (`*Implementation` among `-` items) becomes the list's own, as a
                // marker of its own kind would start another list.
                if item.number == nil, let bullet = Self.bulletWithoutSpace(at: start, under: item, in: source) {
                    // `-[Safe-RLHF](…)` at the column of the outer list's entries, glued under an
                    // entry's last detail: an entry of the outer list, where the author wrote it.
                    let indent = start - source.lineRange(line).start
                    if indent < prefix.utf8.count {
                        guard Self.outerList(of: list, withMarker: bullet, atColumn: indent, containing: start, in: document) else { return nil }
                        edits.append(Edit.insert(" ", at: start + bullet.utf8.count))
                        markers.append(.becomeListMarker(bullet))
                        continue
                    }
                    edits.append(Edit(range: SourceRange(source.lineRange(line).start, start + bullet.utf8.count), replacement: prefix + item.marker + " "))
                    markers.append(.becomeListMarker(item.marker))
                    continue
                }
                // `・Heroku（ヘロク）` under `- Paas(…)`: a bullet typed as text (Japanese `・`, `•`)
                // where the list's marker belongs; the marker takes its place.
                if item.number == nil, let typed = Self.typedBullet(at: start, in: source) {
                    edits.append(Edit(range: SourceRange(source.lineRange(line).start, start + typed.length), replacement: prefix + item.marker + " "))
                    markers.append(.becomeListMarker(typed.bullet))
                    continue
                }
                // `1.Slice …`: the space after the number is all the item lacks.
                if item.number != nil, let number = Self.numberWithoutSpace(at: start, in: source) {
                    let markerEnd = start + String(number).utf8.count + 1
                    edits.append(Edit.insert(" ", at: markerEnd))
                    markers.append(.becomeListMarker(String(source.string(in: SourceRange(start, markerEnd)))))
                    shown = shown.map { $0 + 1 }
                    continue
                }
                // `4 Start…`: the delimiter is all the step lacks.
                if let itemNumber = item.number, let number = Self.numberWithoutDelimiter(at: start, after: itemNumber, in: source),
                   let delimiter = item.marker.last {
                    let digitsEnd = start + String(number).utf8.count
                    edits.append(Edit.insert(String(delimiter), at: digitsEnd))
                    markers.append(.becomeListMarker(String(number) + String(delimiter)))
                    shown = shown.map { $0 + 1 }
                    continue
                }
                // `2 .超出…`: the number, its delimiter and a space after it, as the list writes them.
                if item.number != nil, let spaced = Self.numberSpacedFromDelimiter(at: start, in: source) {
                    var textStart = spaced.delimiter + 1
                    while textStart < source.bytes.count, source.bytes[textStart] == UInt8(ascii: " ") { textStart += 1 }
                    let marker = String(spaced.number) + source.string(in: SourceRange(spaced.delimiter, spaced.delimiter + 1))
                    edits.append(Edit(range: SourceRange(start, textStart), replacement: marker + String(repeating: " ", count: max(1, item.spacesAfterMarker))))
                    markers.append(.becomeListMarker(marker))
                    shown = shown.map { $0 + 1 }
                    continue
                }
                let text = source.string(in: SourceRange(start, source.lineRange(line).end))
                if let sharedLead, !text.hasPrefix(sharedLead) { return nil }
                // `3）更好地召回…` or `1.孔乙己` under bullets: numbered by its own count (the next
                // section's label, a step), no bullet of this list.
                if item.number == nil, Self.opensWithItsOwnNumber(text) { return nil }
                // `2、生成堆的dump文件` under `1. 监控GC的状态`: the next item, its number's mark typed
                // `、`; it becomes the list's own (`2. `), not a second number after a new marker.
                if let next = shown.map({ $0 + 1 }), let mark = Self.lookalikeNumberMark(text, number: next), let delimiter = item.marker.last {
                    let markEnd = start + String(next).utf8.count + String(mark).utf8.count
                    let spaced = markEnd < source.bytes.count && source.bytes[markEnd] == UInt8(ascii: " ")
                    edits.append(Edit(range: SourceRange(source.lineRange(line).start, markEnd + (spaced ? 1 : 0)),
                                      replacement: prefix + String(next) + String(delimiter) + " "))
                    markers.append(.becomeListMarker(String(next) + String(delimiter)))
                    shown = next
                    continue
                }
                if item.number != nil, Self.opensWithItsOwnNumber(text) { return nil }
                // `…如果不` / `能及时收到一个确认就重发`: a sentence wrapped mid-way (the line above
                // ends inside it); an item made of its second half would split it.
                if Self.endsMidSentence(source.lineText(line - 1)) { return nil }
                // `考虑bias：$C_{in}*C_{out} + 1$` under `3. 全连接层的参数量`: the item's formula, its explanation.
                if text.contains("$") { return nil }
                // `原顺序` over `1. findLoadedClass`, `2. …`: a label over steps counting from 1 again.
                if item.number != nil, let following = list.items.first(where: { $0.markerRange.start > source.lineRange(line).end }),
                   following.number == 1 { return nil }
                // Only a line shaped like the items around it is made one of them.
                guard siblings.admits(text) else { return nil }
                shown = shown.map { $0 + 1 }
                let marker = ListItemSupport.marker(like: item, in: list, number: shown)
                edits.append(Edit(range: SourceRange(source.lineRange(line).start, start), replacement: prefix + marker))
                added += 1
            }
        }
        let count = glued.reduce(0) { $0 + $1.count }
        return Fix(title: count == 1 ? "make the glued line an item of its own" : "make each of the \(count) glued lines an item of its own",
                   applicability: .unsafe, edits: edits, rewrites: markers)
    }

    /// Whether a list enclosing `list` holds `offset` in an item whose `marker` stands `column`
    /// bytes into its line: a line glued there at that column is one of its entries.
    static func outerList(of list: MarkdownList, withMarker marker: String, atColumn column: Int, containing offset: Int, in document: Document) -> Bool {
        let source = document.source
        return document.lists.contains { outer in
            guard outer.depth < list.depth, outer.range.contains(offset),
                  let item = outer.items.first(where: { $0.range.contains(offset) }) else { return false }
            return item.marker == marker && ListItemSupport.linePrefix(of: item, in: source).utf8.count == column
        }
    }

    /// What the items of a list look like, for telling a lost item from a line of another kind
    /// glued to one: an awesome-list's links, or anything else.
    struct SiblingShape {
        let isOfLinks: Bool

        /// Words that label what follows them (an example, an output, a note).
        static let labelWords: Set<String> = ["example", "examples", "output", "input", "note", "notes", "hint", "hints", "solution",
                                              "answer", "explanation", "sample", "sample input", "sample output", "e.g", "for example",
                                              "示例", "例如", "例子", "输入", "输出", "注意", "提示", "答案", "解答", "说明", "样例"]

        init(_ list: MarkdownList, in source: SourceText) {
            let texts = list.items.map { item -> String in
                let start = ListItemSupport.contentStart(of: item, in: source)
                return source.string(in: SourceRange(start, source.lineRange(source.line(containing: start)).end)).trimmedWhitespace
            }
            let linked = texts.count { $0.hasPrefix("[") || $0.hasPrefix("**[") }
            isOfLinks = texts.count >= 2 && linked * 3 >= texts.count * 2
        }

        /// Whether `line` (the glued line's text) may be an item the list lost: shaped like its
        /// items, and none of the lines that only look like one (`• 一、…` copied from a PDF, a
        /// table's row, an address under its entry, `8.1 …` a sub-question, `存？` the end of a word
        /// broken at the line's end).
        func admits(_ line: String) -> Bool {
            let text = line.trimmedWhitespace
            guard let first = text.first, !"•·●▪◦○■□►▶→|".contains(first) else { return false }
            let lowered = text.lowercased()
            if lowered.hasPrefix("http://") || lowered.hasPrefix("https://") || lowered.hasPrefix("www.") { return false }
            // `Example`, `Output 2`, `示例：`: a label over what follows, no lost item.
            let label: String = lowered.trimmed { " :：.0123456789".contains($0) }
            if Self.labelWords.contains(label) { return false }
            if LazyContinuationRule.startsWithOutlineNumber(text) { return false }
            // `Ex: input - 1,2,3`, `Output - 8`, `输入：…`: the example of the item above.
            let word = lowered.prefix { $0.isLetter }
            if ["ex", "example", "eg", "input", "output", "例如", "示例", "输入", "输出", "比如", "例"].contains(String(word)),
               lowered.dropFirst(word.count).first.map({ ":：.-– ".contains($0) }) ?? false { return false }
            let letters = text.filter { $0.isLetter || $0.isNumber }
            if letters.count <= 2, letters.allSatisfy(HanCharacters.isIdeograph) { return false }
            if isOfLinks, !(text.hasPrefix("[") || text.hasPrefix("**[")) { return false }
            return true
        }
    }

    /// `8.1 …`, `2.3.1 …`: a section's number, deeper than a list's.
    static func startsWithOutlineNumber(_ text: String) -> Bool {
        let parts = text.prefix { $0.isNumber || $0 == "." }.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count >= 2 && parts[0].allSatisfy(\.isNumber) && !parts[0].isEmpty && parts[1].allSatisfy(\.isNumber) && !parts[1].isEmpty
    }

    /// The text every item of the list starts with, when it is a lead a lost item would have
    /// too: `[ ]` for a checklist (whatever each box holds), `**` or `__` for items led by a
    /// bold name (three items or more).
    static func sharedLead(of list: MarkdownList, in source: SourceText) -> String? {
        if list.items.count >= 2, list.items.allSatisfy({ $0.isTaskChecked != nil }) { return "[" }
        guard list.items.count >= 3 else { return nil }
        let leads = Set(list.items.map { item -> String in
            let start = ListItemSupport.contentStart(of: item, in: source)
            return source.string(in: SourceRange(start, min(start + 2, source.bytes.count)))
        })
        guard leads.count == 1, let lead = leads.first, lead == "**" || lead == "__" else { return nil }
        return lead
    }

    /// `2、` (or `2．`, `2）`) opening `text` with `number`: the mark typed for the list's `.`.
    static func lookalikeNumberMark(_ text: String, number: Int) -> Character? {
        let written = String(number)
        guard text.hasPrefix(written), let mark = text.dropFirst(written.count).first, "、．）".contains(mark),
              text.dropFirst(written.count + 1).first.map({ !$0.isNumber }) ?? false else { return nil }
        return mark
    }

    /// A line ending inside a sentence: forty columns or more (a CJK character takes two), its
    /// last a letter (a CJK character or a Latin one) or a comma, as a line wrapped by hand ends.
    static func endsMidSentence(_ line: String) -> Bool {
        let text = line.trimmedWhitespace
        let columns = text.unicodeScalars.reduce(0) { $0 + (HanCharacters.isCJKLetter($1) || ($1.value >= 0xFF00 && $1.value <= 0xFFEF) || ($1.value >= 0x3000 && $1.value <= 0x303F) ? 2 : 1) }
        guard columns >= 40, let last = text.last else { return false }
        return last.isLetter || "，,、".contains(last)
    }

    /// `3）…`, `2.4）…`, `1.孔乙己`, `2、…`: text opening with a number and the mark after it.
    static func opensWithItsOwnNumber(_ text: String) -> Bool {
        let number = text.prefix { $0.isASCII && ($0.isNumber || $0 == ".") }
        guard number.first?.isNumber == true else { return false }
        let rest = text.dropFirst(number.count)
        if let mark = rest.first, "）)、".contains(mark) { return true }
        return number.hasSuffix(".") && rest.first.map { !$0.isWhitespace } == true
    }

    /// `[ ] `, `[x] ` or `[X] ` at `offset`: a task's box.
    static func isTaskBox(at offset: Int, in source: SourceText) -> Bool {
        guard offset + 3 < source.bytes.count else { return false }
        let box = source.bytes[offset..<(offset + 4)]
        return box.first == UInt8(ascii: "[") && [UInt8(ascii: " "), UInt8(ascii: "x"), UInt8(ascii: "X")].contains(box[offset + 1])
            && box[offset + 2] == UInt8(ascii: "]") && box[offset + 3] == UInt8(ascii: " ")
    }

    /// The bullet at `offset` when it is the item's own marker missing its space
    /// (`isMarkerWithoutSpace`), or another bullet (`*Implementation and examples` among `-`
    /// items) that appears nowhere else on its line (`*Note*: …` is emphasis).
    static func bulletWithoutSpace(at offset: Int, under item: ListItem, in source: SourceText) -> String? {
        if isMarkerWithoutSpace(at: offset, marker: item.marker, in: source) { return item.marker }
        guard offset < source.bytes.count else { return nil }
        let byte = source.bytes[offset]
        guard byte == UInt8(ascii: "*") || byte == UInt8(ascii: "+"),
              let marker = String(bytes: [byte], encoding: .utf8), marker != item.marker,
              isMarkerWithoutSpace(at: offset, marker: marker, in: source) else { return nil }
        let lineEnd = source.lineRange(source.line(containing: offset)).end
        return source.bytes[(offset + 1)..<lineEnd].contains(byte) ? nil : marker
    }

    /// `・`, `•`, `･`, a Unicode hyphen (`‐`, U+2010, for `-`) at `offset` before a word (and the
    /// spaces after it, by their bytes): a bullet typed as text, which Markdown shows as written.
    static func typedBullet(at offset: Int, in source: SourceText) -> (bullet: String, length: Int)? {
        let bytes = source.bytes
        for bullet in typedBullets {
            let utf8 = Array(bullet.utf8)
            guard offset + utf8.count < bytes.count, bytes[offset..<(offset + utf8.count)].elementsEqual(utf8) else { continue }
            var end = offset + utf8.count
            while end < bytes.count, bytes[end] == UInt8(ascii: " ") { end += 1 }
            // (`・・・`, an ellipsis, is no bullet.)
            guard end < bytes.count, bytes[end] != UInt8(ascii: "\n"), bytes[end] != UInt8(ascii: "\r"),
                  !(end + utf8.count <= bytes.count && bytes[end..<(end + utf8.count)].elementsEqual(utf8)) else { return nil }
            return (bullet, end - offset)
        }
        return nil
    }

    /// Particles that leave a Japanese sentence open: the object, subject, topic, place and link
    /// words (`を`, `が`, `は`, `に`, `で`, `と`, `の`, `も`, `へ`, `や`).
    static let japaneseParticles: Set<Character> = ["を", "が", "は", "に", "で", "と", "の", "も", "へ", "や"]

    /// Whether `text` opens with a bullet typed as text before a word, as `typedBullet(at:in:)`
    /// reads it in the source (`・・・`, an ellipsis, is no bullet).
    static func opensWithTypedBullet(_ text: String) -> Bool {
        guard let bullet = typedBullets.first(where: { text.hasPrefix($0) }) else { return false }
        let rest = text.dropFirst(bullet.count).drop { $0 == " " }
        return !rest.isEmpty && !rest.hasPrefix(bullet)
    }

    static let typedBullets = ["・", "•", "･", "\u{2010}", "\u{2011}"]

    /// Whether the text at `offset` is the bullet `marker` glued to a capital or a CJK letter
    /// or a link's `[` (`-What …`, `-什么是…`, `-[voxrai-ai](…)`): the item's marker missing its
    /// space, not a word with a hyphen (`-verbose`, `-1`).
    static func isMarkerWithoutSpace(at offset: Int, marker: String, in source: SourceText) -> Bool {
        let bytes = Array(marker.utf8)
        guard bytes.count == 1, offset + 1 < source.bytes.count, source.bytes[offset] == bytes[0],
              let next = String(decoding: source.bytes[(offset + 1)..<min(source.bytes.count, offset + 5)], as: UTF8.self).unicodeScalars.first else { return false }
        return next.properties.isUppercase || HanCharacters.isCJKLetter(next) || next == "["
    }

    /// `introduction/id389259246))`: one word holding a `/` and closing more parentheses than it
    /// opens, the rest of an address cut off by a line break.
    static func isAddressDebris(_ line: String) -> Bool {
        let text = line.trimmingCharacters(in: .whitespaces)
        guard !text.isEmpty, !text.contains(" "), text.contains("/") else { return false }
        return text.count(where: { $0 == ")" }) > text.count(where: { $0 == "(" })
    }

    /// `\u{00A0}\u{00A0}* detail`: a list marker after an indent holding no-break or
    /// ideographic spaces, which Markdown takes as text. The indent (from the line's start) and the marker.
    static func nestedItemIndentedWithNoBreakSpaces(line: Int, in source: SourceText) -> (indent: SourceRange, marker: String, spaceName: String)? {
        let range = source.lineRange(line)
        let text = source.string(in: range)
        let indent = text.prefix { $0 == " " || $0 == "\t" || $0 == "\u{00A0}" || $0 == "\u{3000}" }
        guard let odd = indent.first(where: { $0 == "\u{00A0}" || $0 == "\u{3000}" }) else { return nil }
        let rest = text[indent.endIndex...]
        let marker: Substring
        if let first = rest.first, "*-+".contains(first) {
            marker = rest.prefix(1)
        } else {
            let digits = rest.prefix { $0.isASCII && $0.isNumber }
            guard (1...9).contains(digits.count), let delimiter = rest.dropFirst(digits.count).first, delimiter == "." || delimiter == ")" else { return nil }
            marker = rest.prefix(digits.count + 1)
        }
        guard rest.dropFirst(marker.count).first == " " else { return nil }
        return (SourceRange(range.start, range.start + indent.utf8.count), String(marker),
                odd == "\u{00A0}" ? "no-break spaces (U+00A0)" : "ideographic spaces (U+3000)")
    }

    static func startsLikeDefinition(_ line: String) -> Bool {
        let text = line.drop { $0 == " " || $0 == "\t" || $0 == ">" }
        guard text.hasPrefix("["), let close = text.firstIndex(of: "]") else { return false }
        return text[text.index(after: close)...].hasPrefix(":")
    }
}
