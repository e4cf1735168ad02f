import Foundation
import IQTestSupport
import Testing

/// `make dist` stamps the release version (Scripts/dist.sh, -DIQLINT_VERSION); every other
/// build reports VERSION with -dev, so a build from a branch never poses as a release.
@Suite struct VersionTests {
    @Test func developmentBuildsPrintTheVersionFileWithDev() throws {
        let file = try String(contentsOfFile: RepositoryPaths.root + "/VERSION", encoding: .utf8)
        let version = file.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(version.split(separator: ".").count == 3 && version.allSatisfy { $0.isNumber || $0 == "." })
        let result = try CommandRunner.iqlint(["--version"])
        #expect(result.status == 0)
        #expect(result.stdout == version + "-dev\n")
    }
}
