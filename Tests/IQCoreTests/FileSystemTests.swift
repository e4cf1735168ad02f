import Foundation
import IQCore
import IQTestSupport
import Testing

@Suite struct FileSystemTests {
    @Test func atomicWriteKeepsPermissionsAndLeavesNoTemporaryFile() throws {
        let directory = try ScratchDirectory()
        let path = directory.path + "/a.md"
        try "old\n".write(toFile: path, atomically: false, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: path)
        try FileSystem.writeAtomically(Array("new\n".utf8), to: path)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "new\n")
        let permissions = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
        #expect(permissions == 0o640)
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["a.md"])
    }

    @Test func readErrorsNameThePathAndProblem() throws {
        let directory = try ScratchDirectory()
        #expect(throws: InputError(path: directory.path + "/missing.md", problem: "no such file or directory")) {
            try FileSystem.readSource(directory.path + "/missing.md")
        }
        #expect(throws: InputError(path: directory.path, problem: "is a directory")) { try FileSystem.readSource(directory.path) }
        let bad = directory.path + "/bad.md"
        _ = FileManager.default.createFile(atPath: bad, contents: Data([0x61, 0x0A, 0xC3, 0x28]))
        #expect(throws: InputError(path: bad, problem: "not valid UTF-8 (line 2, byte offset 2)")) { try FileSystem.readSource(bad) }
    }

    @Test func discoveryWalksDirectoriesAndSkipsBuildFolders() throws {
        let directory = try ScratchDirectory()
        for path in ["a.md", "sub/b.markdown", "sub/c.txt", ".git/x.md", "node_modules/y.md", ".build/z.md", "vendor/v.md"] {
            try FileManager.default.createDirectory(atPath: directory.path + "/" + (path as NSString).deletingLastPathComponent,
                                                    withIntermediateDirectories: true)
            _ = FileManager.default.createFile(atPath: directory.path + "/" + path, contents: Data("x\n".utf8))
        }
        let configuration = Configuration(path: directory.path + "/.iqlint.yml", exclude: ["vendor/**"])
        let discovery = FileDiscovery(configuration: configuration, workingDirectory: directory.path)
        #expect(try discovery.files(for: [directory.path]) == [directory.path + "/a.md", directory.path + "/sub/b.markdown"])
        #expect(throws: InputError(path: directory.path + "/sub/c.txt/x", problem: "no such file or directory")) {
            try discovery.files(for: [directory.path + "/sub/c.txt/x"])
        }
    }
}
