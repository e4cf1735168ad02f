/// Lowercasing as JavaScript's `String.prototype.toLowerCase` does it, which github-slugger uses.
///
/// Both apply the full, locale-independent mappings of SpecialCasing.txt (`İ` becomes `i̇`), but
/// JavaScript also applies the Final_Sigma context and Swift's `String.lowercased()` does not,
/// so `ΑΣ` must give `ας` here where Swift alone would give `ασ`.
/// Case data comes from the Swift standard library's Unicode tables.
enum JavaScriptLowercase {
    static func lowercased(_ text: String) -> [Unicode.Scalar] {
        let scalars = Array(text.unicodeScalars)
        var result: [Unicode.Scalar] = []
        result.reserveCapacity(scalars.count)
        for index in scalars.indices {
            if scalars[index] == capitalSigma, isFinalSigma(at: index, in: scalars) {
                result.append(finalSmallSigma)
            } else {
                result.append(contentsOf: scalars[index].properties.lowercaseMapping.unicodeScalars)
            }
        }
        return result
    }

    private static let capitalSigma: Unicode.Scalar = "\u{03A3}"
    private static let finalSmallSigma: Unicode.Scalar = "\u{03C2}"

    /// Unicode 3.13 Final_Sigma: a cased letter comes before (skipping case-ignorables) and none after.
    private static func isFinalSigma(at index: Int, in scalars: [Unicode.Scalar]) -> Bool {
        casedLetterFollows(scalars[..<index].reversed()) && !casedLetterFollows(scalars[(index + 1)...])
    }

    private static func casedLetterFollows<S: Sequence<Unicode.Scalar>>(_ scalars: S) -> Bool {
        for scalar in scalars {
            if scalar.properties.isCaseIgnorable { continue }
            return scalar.properties.isCased
        }
        return false
    }
}
