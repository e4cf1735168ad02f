extension String {
    /// The text as a message quotes it: whole when it has at most `limit` characters, else its
    /// first `limit` characters, without the spaces they end with, and `…` to mark the cut.
    func quoted(upTo limit: Int) -> String {
        guard count > limit else { return self }
        return String(prefix(limit)).trimmed { $0 == " " || $0 == "\t" } + "…"
    }
}
