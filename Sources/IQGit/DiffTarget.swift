/// The new side of a comparison against a base tree.
public enum DiffTarget: Sendable, Hashable {
    /// The tree of the commit HEAD points at (CI on a pull request).
    case head
    /// The staged content (pre-commit hooks judge exactly what will be committed).
    case index
    /// The files on disk, staged or not, including untracked files that are not ignored,
    /// because a new question file is usually linted before anyone runs `git add`.
    case workdir
}
