// swift-tools-version:6.0
import PackageDescription

// Branch `git`: only the git layer; the lead merges these targets into the full manifest.
let package = Package(
    name: "iqlint",
    platforms: [.macOS(.v13)],
    products: [],
    targets: [
        .systemLibrary(
            name: "CLibGit2",
            pkgConfig: "libgit2",
            providers: [.apt(["libgit2-dev"])]
        ),
        .target(name: "IQGit", dependencies: ["CLibGit2"]),
        .testTarget(name: "IQGitTests", dependencies: ["IQGit"]),
    ],
    swiftLanguageModes: [.v6]
)
