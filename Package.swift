// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "iqlint",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "iqlint", targets: ["iqlint"]),
        // The parser, linter and rules for fuzz/ (a package of its own, see `make fuzz`).
        .library(name: "IQLintLibrary", targets: ["IQCore", "IQMarkdown", "IQRules"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
    ],
    targets: [
        .systemLibrary(
            name: "CCmarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"]), .brew(["cmark-gfm"])]
        ),
        .systemLibrary(
            name: "CLibGit2",
            pkgConfig: "libgit2",
            providers: [.apt(["libgit2-dev"]), .brew(["libgit2"])]
        ),
        // cmark-gfm's allocator callbacks with an arena per thread, so parses can run concurrently.
        .target(name: "CThreadArena"),
        // The threads every parallel step shares, nested steps included.
        .target(name: "IQConcurrency"),
        .target(name: "IQMarkdown", dependencies: ["CCmarkGFM", "CThreadArena", "IQConcurrency"]),
        .target(name: "IQGit", dependencies: ["CLibGit2"]),
        .target(name: "IQDedup", dependencies: ["IQConcurrency"]),
        .executableTarget(name: "iqlint-bench", dependencies: ["IQDedup"]),
        .target(name: "IQCore", dependencies: ["IQMarkdown", "Yams"]),
        .target(name: "IQRules", dependencies: ["IQCore", "IQMarkdown", "IQDedup"]),
        // The only module that touches the network; IQCore and IQRules stay free of NIO.
        .target(name: "IQLinks", dependencies: [
            "IQCore",
            .product(name: "AsyncHTTPClient", package: "async-http-client"),
            .product(name: "NIOCore", package: "swift-nio"),
            .product(name: "NIOPosix", package: "swift-nio"),
        ]),
        .target(name: "CTerminalWidth"),
        .target(name: "CIQLintVersion"),
        .target(name: "IQReporters", dependencies: ["IQCore", "IQMarkdown", "CTerminalWidth"]),
        .target(name: "IQCLI", dependencies: [
            "IQCore", "IQMarkdown", "IQRules", "IQReporters", "IQGit", "IQDedup", "IQLinks", "CIQLintVersion", "CMemoryTuning",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .target(name: "CMemoryTuning"),
        .executableTarget(name: "iqlint", dependencies: ["IQCLI"]),
        .target(name: "IQTestSupport", dependencies: ["IQCore", "IQMarkdown", "IQRules"], path: "Tests/IQTestSupport"),
        .testTarget(name: "IQMarkdownTests", dependencies: ["IQMarkdown", "IQTestSupport"], resources: [.copy("Fixtures")]),
        .testTarget(name: "IQCoreTests", dependencies: ["IQCore", "IQRules", "IQTestSupport"]),
        .testTarget(name: "IQRulesTests", dependencies: ["IQRules", "IQCore", "IQTestSupport"]),
        .testTarget(name: "IQReportersTests", dependencies: ["IQReporters", "IQCore", "IQRules", "IQTestSupport"]),
        .testTarget(name: "IQCLITests", dependencies: ["IQCLI", "IQTestSupport"]),
        .testTarget(name: "IQGitTests", dependencies: ["IQGit", "IQTestSupport"]),
        .testTarget(name: "IQDedupTests", dependencies: ["IQDedup"]),
        .testTarget(name: "IQConcurrencyTests", dependencies: ["IQConcurrency"]),
        .testTarget(name: "IQLinksTests", dependencies: ["IQLinks", "IQTestSupport"], exclude: ["Server"]),
    ],
    swiftLanguageModes: [.v6]
)
