/// Columns as Markdown counts them in front of a line's text: a tab takes the column to the next
/// multiple of four, any other byte (a space, a quote's `>`) one column.
enum Columns {
    /// The column after `prefix` (`\t-` stands where `    -` does).
    static func after(_ prefix: some Sequence<UInt8>) -> Int {
        prefix.reduce(0) { column, byte in byte == UInt8(ascii: "\t") ? column + 4 - column % 4 : column + 1 }
    }

    /// The columns of the spaces and tabs `line` opens with.
    static func indentation(of line: some Collection<UInt8>) -> Int {
        after(line.prefix { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") })
    }
}
