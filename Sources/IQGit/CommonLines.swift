/// The whole lines two versions of a file share at their start and at their end, found by
/// comparing bytes, so that a line diff of a large file need only read the region between.
///
/// A line diff (xdiff, as libgit2 runs it) hashes every line of both versions before it trims
/// the common ends itself: on an 8 MB bank with three items changed that is most of the diff's
/// time. Cutting the same common ends here gives it the same middle to compare. `margin` lines
/// are left on each side of that middle, because xdiff may slide a run of added lines over
/// identical lines next to it (an item inserted among repeats of itself), and a slide of up to
/// `margin` lines then stays within what it sees.
struct CommonLines: Equatable {
    /// Bytes of the shared start: whole lines, the same in both versions.
    let prefixBytes: Int
    /// Lines in the shared start: the new version's line `n` of the middle is line
    /// `prefixLines + n` of the file.
    let prefixLines: Int
    /// Bytes of the shared end: whole lines, the same in both versions, after the middle of each.
    let suffixBytes: Int

    /// Lines kept on each side of the differing region.
    static let defaultMargin = 256

    init(old: UnsafeRawBufferPointer, new: UnsafeRawBufferPointer, margin: Int = CommonLines.defaultMargin) {
        let newline = UInt8(ascii: "\n")
        let shorter = min(old.count, new.count)
        var same = 0
        while same < shorter, old[same] == new[same] { same += 1 }
        // Back to the start of the line the first difference is on, then `margin` lines more.
        var prefix = same
        while prefix > 0, new[prefix - 1] != newline { prefix -= 1 }
        let sharedPrefix = prefix
        var dropped = 0
        while prefix > 0, dropped < margin {
            prefix -= 1
            while prefix > 0, new[prefix - 1] != newline { prefix -= 1 }
            dropped += 1
        }
        prefixBytes = prefix
        var lines = 0
        for offset in 0..<prefix where new[offset] == newline { lines += 1 }
        prefixLines = lines

        // The shared end may not reach into the shared start of either version.
        let limit = shorter - sharedPrefix
        var sameEnd = 0
        while sameEnd < limit, old[old.count - 1 - sameEnd] == new[new.count - 1 - sameEnd] { sameEnd += 1 }
        // Where whole lines of the shared end start, longest first: after each line break in
        // it (the byte before the first such break is where the versions differ, or the shared
        // start). The file's final line break starts the empty end.
        var lineStarts: [Int] = []
        for index in (new.count - sameEnd)..<new.count where new[index] == newline {
            lineStarts.append(new.count - index - 1)
            if lineStarts.count > margin { break }
        }
        suffixBytes = margin < lineStarts.count ? lineStarts[margin] : 0
    }
}
