import IQCore
@testable import IQRules
import IQTestSupport
import Testing

/// Items linking to one page of the repository are the page listed twice, wherever they sit.
@Suite struct LocalPagesTests {
    private let tools = "# 工具\n\n- [Docker 专题](./docker/)：容器\n- [Git 专题](git/README.md)\n- [Maven 专题](./maven/)\n"

    @Test func onePageListedInTwoFoldersIsNoDuplicate() throws {
        let git = "# Git\n\n- [Git 专题](./README.md)\n- [Docker 专题](../docker/)\n- [Gradle 专题](../gradle/)\n"
        let found = try LintHarness.lint(tools, path: "docs/tools/README.md", rules: ["duplicate-question"], companions: ["docs/tools/git/README.md": git])
        #expect(found.isEmpty, "\(found.map { "\($0.path):\($0.line) \($0.message)" })")
    }

    @Test func twoPagesForOneQuestionAreADuplicate() throws {
        let git = "# Git\n\n- [Docker 专题](../docker-v2/)\n- [Gradle 专题](../gradle/)\n"
        let found = try LintHarness.lint(tools, path: "docs/tools/README.md", rules: ["duplicate-question"], companions: ["docs/tools/git/README.md": git])
        #expect(found.map(\.path) == ["docs/tools/git/README.md"], "\(found.map { "\($0.path):\($0.line) \($0.message)" })")
    }

    @Test func pathsAreResolvedFromTheFilesFolder() {
        #expect(LocalPages.normalized("docs/tools/git/../docker/") == "docs/tools/docker")
        #expect(LocalPages.normalized("./a/./b/../c.md") == "a/c.md")
        #expect(LocalPages.normalized("../../x.md") == "../../x.md")
    }
}
