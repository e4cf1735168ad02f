/// Paths split at their `/` scalars. A `Character` is no unit of a path: a name opening with a
/// combining mark or a variation selector (`️ TypeScript 有哪些常用类型？.md`, U+FE0F first)
/// joins the `/` before it into one character, which `lastIndex(of: "/")` and
/// `split(separator: "/")` then never find (the file was written into a folder that does not exist).
public enum PathSplitting {
    /// The non-empty components of `path`, as written.
    public static func components(_ path: String) -> [Substring] {
        path.unicodeScalars.split(separator: "/").map { Substring($0) }
    }

    /// The folder part (nil for a bare name; empty for a top-level `/name`) and the name.
    public static func folderAndName(_ path: String) -> (folder: String?, name: String) {
        let scalars = path.unicodeScalars
        guard let slash = scalars.lastIndex(of: "/") else { return (nil, path) }
        return (String(Substring(scalars[..<slash])), String(Substring(scalars[scalars.index(after: slash)...])))
    }

    /// `path` without its leading `./` (as many as it has).
    public static func droppingCurrentFolder(_ path: String) -> String {
        var scalars = Substring(path).unicodeScalars
        while scalars.starts(with: "./".unicodeScalars) { scalars = scalars.dropFirst(2) }
        return String(Substring(scalars))
    }

    /// `path` after `prefix` (a folder with its `/`), or nil when it does not start with it;
    /// compared scalar by scalar, as the file system does.
    public static func dropping(_ prefix: String, from path: String) -> String? {
        let scalars = Substring(path).unicodeScalars
        guard scalars.starts(with: prefix.unicodeScalars) else { return nil }
        return String(Substring(scalars.dropFirst(prefix.unicodeScalars.count)))
    }
}
