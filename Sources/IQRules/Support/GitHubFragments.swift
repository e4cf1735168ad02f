import IQMarkdown

/// How GitHub resolves a `#fragment` on a rendered Markdown page: first exactly, then ignoring
/// case, because its page script also finds `#OCaml` for the heading anchored `ocaml` (observed
/// on github.com and confirmed in rsc/markdown#19 and serokell/xrefcheck#211). Other renderers
/// (GitLab, most static-site generators) match exactly.
extension HeadingAnchors {
    /// The heading a link to `#fragment` lands on when GitHub renders the page.
    func headingIndexOnGitHub(forFragment fragment: String) -> Int? {
        if let exact = headingIndex(forFragment: fragment) { return exact }
        let folded = AnchorFragment.decode(fragment).lowercased()
        return headingAnchors.firstIndex { $0.lowercased() == folded }
    }
}
