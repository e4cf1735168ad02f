/// Link fragments (the part after `#`) compared with heading anchors.
public enum AnchorFragment {
    /// Percent-decodes `fragment` as UTF-8. Escapes that do not form valid UTF-8 stay as written
    /// (`%FF` remains `%FF`), as does a `%` without two hex digits; `+` is not a space here.
    public static func decode(_ fragment: String) -> String {
        let bytes = Array(fragment.utf8)
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            guard escapedByte(in: bytes, at: index) != nil else {
                output.append(bytes[index])
                index += 1
                continue
            }
            // A multi-byte character is spread over consecutive escapes, so decode the whole run.
            let runStart = index
            var run: [UInt8] = []
            while let byte = escapedByte(in: bytes, at: index) {
                run.append(byte)
                index += 3
            }
            appendDecoded(run, escapes: bytes[runStart..<index], to: &output)
        }
        // Every appended byte sequence is valid UTF-8, so nothing is replaced here.
        return String(decoding: output, as: UTF8.self)
    }

    /// Whether a link to `#fragment` lands on `anchor`: equal after percent-decoding, compared
    /// scalar by scalar as browsers do (no Unicode normalization).
    public static func matches(_ fragment: String, anchor: String) -> Bool {
        decode(fragment).unicodeScalars.elementsEqual(anchor.unicodeScalars)
    }

    /// Copies valid UTF-8 from `run`; for each invalid byte copies its original `%XX` text instead.
    private static func appendDecoded(_ run: [UInt8], escapes: ArraySlice<UInt8>, to output: inout [UInt8]) {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = run.makeIterator()
        var decodedCount = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded):
                output.append(contentsOf: encoded)
                decodedCount += encoded.count
            case .error(let length):
                let start = escapes.startIndex + decodedCount * 3
                output.append(contentsOf: escapes[start..<start + length * 3])
                decodedCount += length
            case .emptyInput:
                return
            }
        }
    }

    private static func escapedByte(in bytes: [UInt8], at index: Int) -> UInt8? {
        guard index + 2 < bytes.count, bytes[index] == UInt8(ascii: "%"),
              let high = hexValue(bytes[index + 1]), let low = hexValue(bytes[index + 2])
        else { return nil }
        return high << 4 | low
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
