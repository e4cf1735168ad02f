/// A commit or tree id as 40 lowercase hex digits.
///
/// Holding the text rather than libgit2's `git_oid` keeps every C type inside `LibGit2.swift`.
public struct GitObjectID: Sendable, Hashable, CustomStringConvertible {
    public let hex: String

    init(hex: String) {
        self.hex = hex
    }

    public var description: String { hex }
}
