// swift-tools-version: 6.2
import PackageDescription

let package = Package(
    name: "cloudcfg",
    products: [
        .library(name: "CloudConfig", targets: ["CloudConfig"]),
        .executable(name: "cloudcfg", targets: ["cloudcfg"]),
    ],
    dependencies: [
        // The CLI surface: subcommands, options, help text and usage exit codes (64).
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        // File descriptors and errno for reading inputs and writing outputs atomically.
        .package(url: "https://github.com/apple/swift-system", from: "1.8.1"),
        // PyYAML integers are unbounded; `0x` literals and sexagesimals beyond 64 bits stay exact.
        .package(url: "https://github.com/attaswift/BigInt", from: "6.0.1"),
        // `swift package generate-documentation --target CloudConfig` builds the DocC catalog.
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.5.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"])]
        ),
        // gzip for `write_files` content with a `gz` encoding and for user-data envelopes; only Encoding/ imports it.
        .systemLibrary(
            name: "CZlib",
            pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"])]
        ),
        // SHA-512 crypt for password hashes (`crypt_gensalt_rn`, `crypt_rn`); only Model/PasswordHasher imports it.
        .systemLibrary(
            name: "CCrypt",
            pkgConfig: "libcrypt",
            providers: [.apt(["libcrypt-dev"])]
        ),
        .target(
            name: "CloudConfig",
            dependencies: [
                "CLibYAML",
                "CZlib",
                "CCrypt",
                .product(name: "BigInt", package: "BigInt"),
            ]
        ),
        .executableTarget(
            name: "cloudcfg",
            dependencies: [
                "CloudConfig",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "SystemPackage", package: "swift-system"),
            ]
        ),
        // The benchmarks' generated inputs, shared with a smoke test that checks they lint clean.
        .target(
            name: "BenchmarkInputs",
            path: "Benchmarks/BenchmarkInputs"
        ),
        // `scripts/bench` runs it; never run by the tests or CI.
        .executableTarget(
            name: "cloudcfg-bench",
            dependencies: ["CloudConfig", "BenchmarkInputs"],
            path: "Benchmarks/cloudcfg-bench"
        ),
        // A program that builds a provisioning plan in code and renders it: an example, built with
        // the package (and so in CI), not a product.
        .executableTarget(
            name: "plan-in-code",
            dependencies: ["CloudConfig"],
            path: "Examples/plan-in-code"
        ),
        // Helpers both test targets use: running programs and finding the oracles.
        .target(
            name: "TestSupport",
            path: "Tests/TestSupport"
        ),
        .testTarget(
            name: "CloudConfigTests",
            dependencies: ["CloudConfig", "TestSupport", "BenchmarkInputs"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "cloudcfgTests",
            dependencies: ["cloudcfg", "CloudConfig", "TestSupport"]
        ),
    ],
    swiftLanguageModes: [.v6]
)

for target in package.targets where target.type != .system {
    target.swiftSettings =
        (target.swiftSettings ?? []) + [
            .enableUpcomingFeature("ExistentialAny"),
            .enableUpcomingFeature("InternalImportsByDefault"),
            .enableUpcomingFeature("MemberImportVisibility"),
            .treatAllWarnings(as: .error),
        ]
}
