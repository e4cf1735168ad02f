/// The set of scalars github-slugger deletes, looked up in the generated Unicode 13 ranges.
enum SlugRemovedScalars {
    static func contains(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        let lowerBounds = GitHubSlugTables.lowerBounds
        // The first range that starts after `value`: only its predecessor can hold it.
        let low = lowerBounds.partitionIndex { $0 > value }
        return low > 0 && value <= GitHubSlugTables.upperBounds[low - 1]
    }
}
