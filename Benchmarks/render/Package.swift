// swift-tools-version: 6.0
// In-process Graphviz rendering (RelGraphRendering) versus the `dot` command on the same DOT.
import PackageDescription

let package = Package(
    name: "render-bench",
    dependencies: [.package(name: "relgraph", path: "../..")],
    targets: [
        .executableTarget(
            name: "render-bench",
            dependencies: [.product(name: "RelGraphRendering", package: "relgraph"),
                           .product(name: "RelGraphExport", package: "relgraph"),
                           .product(name: "RelGraphCore", package: "relgraph")]
        ),
    ]
)
