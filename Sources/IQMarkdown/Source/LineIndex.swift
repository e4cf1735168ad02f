/// Byte offsets of the starts of a file's lines, and the line holding any offset.
///
/// Rules ask for the line of an offset hundreds of thousands of times on a large bank. A binary
/// search over every line start (a few megabytes) misses the cache at each step; a table of
/// the line at every `blockSize`-th byte narrows the search to the few lines of one block first.
struct LineIndex: Sendable {
    /// Byte offset of the first byte of each line, the first line at 0.
    let starts: [Int]
    /// For each block of `blockSize` bytes, the index in `starts` of the last line starting at or
    /// before the block's first byte.
    private let blockLines: [Int32]
    private static let blockShift = 8
    static let blockSize = 1 << blockShift

    init(starts: [Int], byteCount: Int) {
        self.starts = starts
        var table: [Int32] = []
        table.reserveCapacity(byteCount >> Self.blockShift + 1)
        var line = 0
        var blockStart = 0
        while blockStart < byteCount {
            while line + 1 < starts.count, starts[line + 1] <= blockStart { line += 1 }
            table.append(Int32(truncatingIfNeeded: line))
            blockStart += Self.blockSize
        }
        blockLines = table
    }

    /// The 1-based line containing `offset`: the last line starting at or before it (the first
    /// line for an offset before it; the last for one past the end).
    func line(containing offset: Int) -> Int {
        let block = offset >> Self.blockShift
        guard offset >= 0, block < blockLines.count else { return max(starts.partitionIndex { $0 > offset }, 1) }
        // The line is at least the block's first line, and at most the next block's.
        let low = Int(blockLines[block]) + 1
        let high = block + 1 < blockLines.count ? Int(blockLines[block + 1]) + 1 : starts.count
        return starts[low..<high].partitionIndex { $0 > offset }
    }
}
