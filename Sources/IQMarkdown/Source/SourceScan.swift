/// One pass over a file's bytes for what `SourceText` needs before anything else can start:
/// whether they are UTF-8 without NUL, where lines start, and the scalars of each checkpoint
/// block. A large file is cut into pieces that every core scans at once (on an 8 MB bank the
/// passes one after the other took 35 ms of one core while the other waited), then the
/// pieces are joined in order, so the result is the same as one scan from the start.
struct SourceScan {
    /// The first byte that does not begin a valid UTF-8 sequence (nil when all do, or when not validating).
    var firstInvalidUTF8: Int?
    /// The first NUL byte (nil when none, or when not validating).
    var firstNUL: Int?
    /// Byte offsets where a line starts after a line ending: after every LF, and after every
    /// CR not followed by LF (a CRLF ends its line once, after the LF).
    var lineStarts: [Int] = []
    /// The first line ending: LF, CRLF or a bare CR.
    var firstEnding: SourceText.LineEnding?
    var hasBareCR = false
    /// Unicode scalars (bytes that are not UTF-8 continuation bytes) in each `blockSize` block.
    var blockScalars: [Int] = []

    /// Pieces smaller than this are not worth a thread.
    static let minimumPieceBytes = 256 << 10

    /// Scans `bytes`, counting scalars per `blockSize` bytes; validation is skipped for text
    /// known to be valid (`validating: false`). Pieces hold at least `minimumPieceBytes`
    /// (rounded to whole blocks).
    static func scan(_ bytes: [UInt8], blockSize: Int, validating: Bool, minimumPieceBytes: Int = SourceScan.minimumPieceBytes) -> SourceScan {
        let blocks = (bytes.count + blockSize - 1) / blockSize
        let piecesOfBlocks = Parallel.mapRanges(of: blocks, minimumLength: max(1, minimumPieceBytes / blockSize)) { blockRange in
            bytes.withUnsafeBufferPointer { buffer in
                SourceScan(buffer, from: blockRange.lowerBound * blockSize, to: min(buffer.count, blockRange.upperBound * blockSize),
                           blockSize: blockSize, validating: validating)
            }
        }
        var joined = SourceScan()
        joined.lineStarts.reserveCapacity(piecesOfBlocks.reduce(0) { $0 + $1.lineStarts.count })
        joined.blockScalars.reserveCapacity(blocks)
        for piece in piecesOfBlocks {
            joined.firstInvalidUTF8 = joined.firstInvalidUTF8 ?? piece.firstInvalidUTF8
            joined.firstNUL = joined.firstNUL ?? piece.firstNUL
            joined.firstEnding = joined.firstEnding ?? piece.firstEnding
            joined.hasBareCR = joined.hasBareCR || piece.hasBareCR
            joined.lineStarts += piece.lineStarts
            joined.blockScalars += piece.blockScalars
        }
        return joined
    }

    private init() {}

    /// The piece `start..<end` of `buffer` (`start` a multiple of `blockSize`). Bytes after
    /// `end` are read where a CR or a UTF-8 sequence continues past it.
    private init(_ buffer: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int, blockSize: Int, validating: Bool) {
        for blockStart in stride(from: start, to: end, by: blockSize) {
            var scalars = 0
            for index in blockStart..<min(blockStart + blockSize, end) where buffer[index] & 0xC0 != 0x80 { scalars += 1 }
            blockScalars.append(scalars)
        }
        let newline = UInt8(ascii: "\n"), carriageReturn = UInt8(ascii: "\r")
        for index in start..<end {
            let byte = buffer[index]
            guard byte <= carriageReturn else { continue }
            if byte == newline {
                if firstEnding == nil { firstEnding = index > 0 && buffer[index - 1] == carriageReturn ? .crlf : .lf }
                lineStarts.append(index + 1)
            } else if byte == carriageReturn, index + 1 >= buffer.count || buffer[index + 1] != newline {
                if firstEnding == nil { firstEnding = .cr }
                hasBareCR = true
                lineStarts.append(index + 1)
            }
        }
        guard validating else { return }
        // UTF-8 from the first byte of the piece that does not continue a sequence: a
        // sequence begun in the piece before is that piece's to check, up to the first byte
        // that does not continue it (the stray continuation bytes after it are that piece's too).
        var index = start
        if start > 0 {
            while index < end, index < start + 3, buffer[index] & 0xC0 == 0x80 { index += 1 }
        }
        var validatedEnd = end
        while validatedEnd < buffer.count, validatedEnd < end + 3, buffer[validatedEnd] & 0xC0 == 0x80 { validatedEnd += 1 }
        (firstInvalidUTF8, firstNUL) = Self.validate(buffer, from: index, to: validatedEnd)
    }

    /// The first invalid UTF-8 sequence and the first NUL among the sequences that begin in
    /// `start..<end`. Eight ASCII bytes without NUL are passed at once.
    private static func validate(_ buffer: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> (invalid: Int?, nul: Int?) {
        guard let base = buffer.baseAddress else { return (nil, nil) }
        var firstNUL: Int?
        var index = start
        while index < end {
            if index + 8 <= end {
                let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                let highBits: UInt64 = 0x8080_8080_8080_8080
                let hasZeroByte = (word &- 0x0101_0101_0101_0101) & ~word & highBits != 0
                if word & highBits == 0, !hasZeroByte {
                    index += 8
                    continue
                }
            }
            let lead = base[index]
            if lead < 0x80 {
                if lead == 0, firstNUL == nil { firstNUL = index }
                index += 1
                continue
            }
            let length: Int
            let minimum: UInt32
            var scalar: UInt32
            switch lead {
            case 0xC2...0xDF: length = 2; minimum = 0x80; scalar = UInt32(lead & 0x1F)
            case 0xE0...0xEF: length = 3; minimum = 0x800; scalar = UInt32(lead & 0x0F)
            case 0xF0...0xF4: length = 4; minimum = 0x10000; scalar = UInt32(lead & 0x07)
            default: return (index, firstNUL)
            }
            guard index + length <= buffer.count else { return (index, firstNUL) }
            for next in 1..<length {
                let byte = base[index + next]
                guard byte & 0xC0 == 0x80 else { return (index, firstNUL) }
                scalar = scalar << 6 | UInt32(byte & 0x3F)
            }
            if scalar < minimum || scalar > 0x10FFFF || (0xD800...0xDFFF).contains(scalar) { return (index, firstNUL) }
            index += length
        }
        return (nil, firstNUL)
    }
}
