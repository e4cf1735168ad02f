import IQGit
import Testing

@Suite("error messages")
struct GitErrorTests {
    static let errors: [GitError] = [
        .notARepository(path: "/srv/q"),
        .unknownRevision("origin/mian"),
        .notACommit("HEAD:a.md"),
        .missingInShallowClone("origin/main"),
        .noMergeBase("main", "HEAD"),
        .unsafeOwnership(path: "/srv/q"),
        .bareRepository(path: "/srv/q.git"),
        .libgit2(code: -1, message: "failed to read index"),
    ]

    @Test(arguments: errors) func descriptionIsOneLine(error: GitError) {
        #expect(!error.description.isEmpty)
        #expect(!error.description.contains("\n"))
        #expect(error.localizedDescription == error.description)
    }

    @Test func descriptionsNameWhatWentWrongAndTheFix() {
        #expect(GitError.notARepository(path: "/srv/q").description.contains("/srv/q"))
        #expect(GitError.unknownRevision("origin/mian").description.contains("'origin/mian'"))
        #expect(GitError.missingInShallowClone("origin/main").description.contains("fetch-depth: 0"))
        #expect(GitError.unsafeOwnership(path: "/srv/q").description
            .contains("git config --global --add safe.directory /srv/q"))
        #expect(GitError.bareRepository(path: "/srv/q.git").description.contains("work tree"))
        #expect(GitError.libgit2(code: -1, message: "failed to read index").description
            .contains("failed to read index"))
    }
}
