// swift-tools-version: 6.0
// Query benchmark: relgraph's query engine on generated graphs, beside igraph and NetworkX
// (peers.py) on the same graph and query pairs. See README.md; run.sh runs everything.
import PackageDescription

let package = Package(
    name: "relgraph-query-benchmark",
    platforms: [.macOS(.v13)],
    dependencies: [.package(name: "relgraph", path: "../..")],
    targets: [
        .executableTarget(
            name: "QueryBenchmark",
            dependencies: [
                .product(name: "RelGraphCore", package: "relgraph"),
                .product(name: "RelGraphFormats", package: "relgraph"),
                .product(name: "RelGraphQuery", package: "relgraph"),
            ]
        ),
    ]
)
