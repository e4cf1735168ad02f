// swift-tools-version:6.0
import PackageDescription

// Branch `dedup` builds only the near-duplicate module; the lead merges these
// target declarations into the full manifest.
let package = Package(
    name: "iqlint",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "IQDedup", targets: ["IQDedup"]),
    ],
    targets: [
        .target(name: "IQDedup"),
        .executableTarget(name: "iqlint-bench", dependencies: ["IQDedup"]),
        .testTarget(name: "IQDedupTests", dependencies: ["IQDedup"]),
    ],
    swiftLanguageModes: [.v6]
)
