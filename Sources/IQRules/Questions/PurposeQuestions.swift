/// `self-attention 的目的是什么?` and `self-attention 是什么？`: one asks what a thing is for
/// (`目的`, `用途`), the other what it is. The engine reads both as asking what; the purpose is
/// another question.
enum PurposeQuestions {
    static func askPurposeAndDefinition(_ first: String, _ second: String) -> Bool {
        let (a, b) = (asksPurpose(first), asksPurpose(second))
        guard a != b else { return false }
        let other = a ? second : first
        return definitionWords.contains { other.contains($0) }
    }

    // `contains` is this module's byte search (see `ByteSearch`): every reported pair of a large bank is asked.
    private static func asksPurpose(_ text: String) -> Bool { purposeWords.contains { text.contains($0) } }

    private static let purposeWords = ["目的", "用途"]
    private static let definitionWords = ["是什么", "什么是", "是啥", "如何理解", "怎么理解"]
}
