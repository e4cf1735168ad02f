// swift-tools-version:6.0
import PackageDescription

// On branch `anchors` only IQMarkdown's heading-anchor code exists; the lead's manifest in
// main adds the other targets and dependencies back when this branch is merged.
let package = Package(
    name: "iqlint",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "IQMarkdown", targets: ["IQMarkdown"]),
    ],
    targets: [
        .target(name: "IQMarkdown"),
        .testTarget(
            name: "IQMarkdownTests",
            dependencies: ["IQMarkdown"],
            resources: [.copy("Fixtures")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
