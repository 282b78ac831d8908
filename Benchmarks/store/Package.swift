// swift-tools-version: 6.0
// Store benchmarks, a package of their own so the main build never compiles them.
import PackageDescription

let package = Package(
    name: "store-bench",
    platforms: [.macOS(.v13)],
    dependencies: [.package(name: "relgraph", path: "../..")],
    targets: [
        .executableTarget(
            name: "store-bench",
            dependencies: [
                .product(name: "RelGraphCore", package: "relgraph"),
                .product(name: "RelGraphStore", package: "relgraph"),
                .product(name: "RelGraphExtraction", package: "relgraph"),
                .product(name: "RelGraphKnowledge", package: "relgraph"),
            ]
        ),
    ]
)
