extension String {
    /// The text without the leading and trailing characters for which `isTrimmed` is true.
    ///
    /// Scans from both ends in place: the `drop/reversed/drop/reversed` idiom it replaces built
    /// the result one Character at a time and dominated the profile of large files.
    package func trimmed(where isTrimmed: (Character) -> Bool) -> String {
        guard let first = firstIndex(where: { !isTrimmed($0) }) else { return "" }
        let last = lastIndex(where: { !isTrimmed($0) })!
        // Nothing to trim (the usual case): share the storage instead of copying.
        if first == startIndex, index(after: last) == endIndex { return self }
        return String(self[first...last])
    }
}
