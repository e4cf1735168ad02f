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

    /// `️ TypeScript 有哪些常用类型？.md`: a name opening with U+FE0F joins the `/` before it
    /// into one `Character`; the file is written where it is, not into a folder named after the path.
    @Test func aNameOpeningWithAVariationSelectorIsWrittenInItsFolder() throws {
        let directory = try ScratchDirectory()
        let name = "\u{FE0F} TypeScript 有哪些常用类型？.md"
        let path = directory.path + "/" + name
        try "old \n".write(toFile: path, atomically: false, encoding: .utf8)
        try FileSystem.writeAtomically(Array("new\n".utf8), to: path)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "new\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == [name])
        #expect(PathSplitting.folderAndName("a/\u{FE0F}q.md") == ("a", "\u{FE0F}q.md"))
        #expect(PathSplitting.components("./a/\u{301}b/c.md") == [".", "a", "\u{301}b", "c.md"])
        #expect(PathSplitting.dropping("/repo/", from: "/repo/\u{FE0F}q.md") == "\u{FE0F}q.md")
        #expect(Glob("docs/**").matches("./docs/\u{FE0F}q.md"))
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

@Suite struct SafeWritingTests {
    @Test func refusesAFileChangedSinceItWasRead() throws {
        let directory = try ScratchDirectory()
        let path = try directory.write("a.md", "1. a\n")
        let snapshot = try FileSystem.readSnapshot(path)
        // Another process appends a line between our read and our write.
        let handle = try #require(FileHandle(forWritingAtPath: path))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data("2. from someone else\n".utf8))
        try handle.close()
        #expect(throws: InputError(path: path, problem: "changed on disk since it was read; not written (run iqlint again)")) {
            try FileSystem.writeAtomically(Array("fixed\n".utf8), to: path, expecting: snapshot.identity)
        }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "1. a\n2. from someone else\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["a.md"])
    }

    @Test func writesTheTargetOfASymlinkAndKeepsTheLink() throws {
        let directory = try ScratchDirectory()
        let target = try directory.write("target.md", "old\n")
        let link = directory.path + "/link.md"
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "target.md")
        let snapshot = try FileSystem.readSnapshot(link)
        try FileSystem.writeAtomically(Array("new\n".utf8), to: link, expecting: snapshot.identity)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == "target.md")
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "new\n")
    }

    @Test func keepsEveryHardLinkOfAFile() throws {
        let directory = try ScratchDirectory()
        let first = try directory.write("a.md", "old\n")
        let second = directory.path + "/b.md"
        try FileManager.default.linkItem(atPath: first, toPath: second)
        try FileSystem.writeAtomically(Array("new\n".utf8), to: first, expecting: FileSystem.readSnapshot(first).identity)
        #expect(try String(contentsOfFile: second, encoding: .utf8) == "new\n")
        let inode = { (path: String) in try FileManager.default.attributesOfItem(atPath: path)[.systemFileNumber] as? Int }
        #expect(try inode(first) == inode(second))
    }

    @Test func keepsOwnerGroupAndMode() throws {
        let directory = try ScratchDirectory()
        let path = try directory.write("a.md", "old\n")
        try FileManager.default.setAttributes([.posixPermissions: 0o604], ofItemAtPath: path)
        let before = try FileManager.default.attributesOfItem(atPath: path)
        try FileSystem.writeAtomically(Array("new\n".utf8), to: path, expecting: FileSystem.readSnapshot(path).identity)
        let after = try FileManager.default.attributesOfItem(atPath: path)
        #expect(after[.ownerAccountID] as? Int == before[.ownerAccountID] as? Int)
        #expect(after[.groupOwnerAccountID] as? Int == before[.groupOwnerAccountID] as? Int)
        #expect(after[.posixPermissions] as? Int == 0o604)
    }

    @Test func namesWhyAFileCannotBeWritten() throws {
        let directory = try ScratchDirectory()
        let path = try directory.write("a.md", "old\n")
        let snapshot = try FileSystem.readSnapshot(path)
        #expect(FileSystem.writeProblem(path, expecting: snapshot.identity) == nil)
        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: path)
        #expect(FileSystem.writeProblem(path, expecting: nil) == "is read-only; not written")
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: path)
        try "changed\n".write(toFile: path, atomically: false, encoding: .utf8)
        #expect(FileSystem.writeProblem(path, expecting: snapshot.identity)?.hasPrefix("changed on disk") == true)
    }
}
