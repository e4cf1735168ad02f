/// The set of scalars github-slugger deletes, looked up in the generated Unicode 13 ranges.
enum SlugRemovedScalars {
    static func contains(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        let lowerBounds = GitHubSlugTables.lowerBounds
        // Binary search for the first range that starts after `value`; only its predecessor can hold it.
        var low = 0
        var high = lowerBounds.count
        while low < high {
            let middle = (low + high) / 2
            if lowerBounds[middle] <= value {
                low = middle + 1
            } else {
                high = middle
            }
        }
        return low > 0 && value <= GitHubSlugTables.upperBounds[low - 1]
    }
}
