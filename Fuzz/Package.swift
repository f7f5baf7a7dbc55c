// swift-tools-version: 6.2
import PackageDescription

// libFuzzer targets for the CloudConfig library: one executable, `cloudcfg-fuzz TARGET [libFuzzer
// options] [CORPUS...]`, built only by `scripts/fuzz` with `-Xswiftc -sanitize=fuzzer,address`
// (outside the main package, so that `swift build` and `swift test` never need libFuzzer).
let package = Package(
    name: "cloudcfg-fuzz",
    dependencies: [
        .package(name: "cloudcfg", path: "..")
    ],
    targets: [
        // Declares libFuzzer's LLVMFuzzerRunDriver, which the executable's @main calls.
        .target(name: "CFuzzerDriver"),
        .executableTarget(
            name: "cloudcfg-fuzz",
            dependencies: [
                "CFuzzerDriver",
                .product(name: "CloudConfig", package: "cloudcfg"),
            ]
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
