/// Work cut into pieces for ``WorkPool``: how many, which range each covers, and their results.
extension WorkPool {
    /// `transform(0)` … `transform(count - 1)`, computed as ``forEach(count:finish:_:)`` runs
    /// the pieces, returned in order.
    public func map<Result: Sendable>(count: Int, finish: (@Sendable () -> Void)? = nil,
                                      _ transform: @Sendable (Int) -> Result) -> [Result] {
        var results = [Result?](repeating: nil, count: count)
        results.withUnsafeMutableBufferPointer { buffer in
            let slots = Slots(base: buffer.baseAddress)
            // Each slot is written by its piece only, and read after every piece has returned.
            forEach(count: count, finish: finish) { piece in slots.base?[piece] = transform(piece) }
        }
        return results.map { $0! }
    }

    /// How many pieces `items` are worth: `perCore` a core (more pieces let a core that comes
    /// free late still take some), none smaller than `perPiece`; 1 below two pieces' worth.
    public static func pieceCount(_ items: Int, perPiece: Int, perCore: Int = 1) -> Int {
        max(1, min(cores * perCore, items / max(1, perPiece)))
    }

    /// Piece `piece` of `0..<count` cut into `pieces` consecutive ranges of about equal length.
    public static func range(_ piece: Int, of pieces: Int, covering count: Int) -> Range<Int> {
        count * piece / pieces..<count * (piece + 1) / pieces
    }

    private struct Slots<Value>: @unchecked Sendable {
        let base: UnsafeMutablePointer<Value?>?
    }
}
