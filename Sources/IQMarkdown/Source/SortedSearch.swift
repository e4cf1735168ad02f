extension RandomAccessCollection where Index == Int {
    /// The index of the first element for which `isPast` holds, or `endIndex` when none does.
    ///
    /// `isPast` must be false for a prefix of the elements and true for the rest, as "starts
    /// past this offset" is for ranges in source order: a binary search over them.
    @inlinable
    public func partitionIndex(where isPast: (Element) throws -> Bool) rethrows -> Int {
        var low = startIndex, high = endIndex
        while low < high {
            let middle = low + (high - low) / 2
            if try isPast(self[middle]) { high = middle } else { low = middle + 1 }
        }
        return low
    }
}
