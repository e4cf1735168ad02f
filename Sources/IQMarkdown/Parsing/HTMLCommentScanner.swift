/// Finds `<!-- … -->` comments inside a range of HTML.
enum HTMLCommentScanner {
    static func comments(in source: SourceText, range: SourceRange) -> [HTMLComment] {
        let bytes = source.bytes
        let open: [UInt8] = Array("<!--".utf8), close: [UInt8] = Array("-->".utf8)
        var result: [HTMLComment] = []
        var index = range.start
        let end = min(range.end, bytes.count)
        while index + open.count <= end {
            guard bytes[index..<index + open.count].elementsEqual(open) else { index += 1; continue }
            var closeAt = index + open.count
            while closeAt + close.count <= end, !bytes[closeAt..<closeAt + close.count].elementsEqual(close) { closeAt += 1 }
            guard closeAt + close.count <= end else { break }
            result.append(HTMLComment(body: source.string(in: SourceRange(index + open.count, closeAt)),
                                      range: SourceRange(index, closeAt + close.count)))
            index = closeAt + close.count
        }
        return result
    }
}
