import IQCore

/// The documentation site a collection is built into, found by its configuration file in the
/// file's folder or one above it, up to the repository's root: mdBook's `book.toml`, MkDocs's
/// `mkdocs.yml`, Jekyll's `_config.yml`, GitBook's `book.json`, Docusaurus, VuePress, VitePress,
/// Astro, Hugo. Such a collection links its pages by their addresses on the site (`ch01.html`
/// for `ch01.md`), as it should.
enum SiteGenerators {
    static let configurationFiles = ["book.toml", "mkdocs.yml", "mkdocs.yaml", "_config.yml", "book.json", "docusaurus.config.js",
                                     "docusaurus.config.ts", "astro.config.mjs", "hugo.toml", "hugo.yaml", "hugo.json", "config.toml", ".vuepress", ".vitepress"]
    /// How many folders above the file's are searched when no repository root (`.git`) stops the search first.
    static let maximumLevels = 6

    /// The configuration file of the site that builds the files of `folder`, or nil.
    static func configuration(above folder: String) -> String? {
        var current = FileSystem.absolute(folder)
        for _ in 0...maximumLevels {
            for name in configurationFiles {
                let path = current == "/" ? "/" + name : current + "/" + name
                if FileSystem.kind(of: path) != .missing { return path }
            }
            let parent = FileSystem.folder(of: current)
            guard FileSystem.kind(of: current + "/.git") == .missing, parent != current else { return nil }
            current = parent
        }
        return nil
    }
}
