// swift-tools-version:6.0
// The libFuzzer target, a package of its own so that the main package's ordinary
// `swift build --build-tests` never links an executable without `main`. Run `make fuzz`.
import PackageDescription

let package = Package(
    name: "iqlint-fuzz",
    platforms: [.macOS(.v13)],
    dependencies: [.package(name: "iqlint", path: "..")],
    targets: [
        .executableTarget(
            name: "iqlint-fuzz",
            dependencies: [.product(name: "IQLintLibrary", package: "iqlint")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
