// swift-tools-version: 6.0
// relgraph: news articles → typed relationship graph → paths, neighbourhoods, Graphviz diagrams.
import PackageDescription

let package = Package(
    name: "relgraph",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "RelGraphCore", targets: ["RelGraphCore"]),
        .library(name: "RelGraphKnowledge", targets: ["RelGraphKnowledge"]),
        .library(name: "RelGraphExtraction", targets: ["RelGraphExtraction"]),
        .library(name: "RelGraphQuery", targets: ["RelGraphQuery"]),
        .library(name: "RelGraphGraphviz", targets: ["RelGraphGraphviz"]),
        .library(name: "RelGraphStore", targets: ["RelGraphStore"]),
        .library(name: "RelGraphServer", targets: ["RelGraphServer"]),
        .executable(name: "relgraph", targets: ["relgraph"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        // Hummingbird's own dependencies, named for the types the explorer uses directly.
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
    ],
    targets: [
        // Graph model, JSON codec, name folding: the vocabulary every other target speaks.
        .target(name: "RelGraphCore", exclude: ["INDEXFORMAT.md"]),
        // What the world contains (countries, organizations, people, titles, triggers) as data files.
        .target(
            name: "RelGraphKnowledge",
            dependencies: ["RelGraphCore"],
            resources: [.copy("Data")]
        ),
        // Text → graph: the extraction pipeline, one file per stage.
        .target(name: "RelGraphExtraction", dependencies: ["RelGraphCore", "RelGraphKnowledge"]),
        // Graph → answers: compact index, actor lookup, paths, neighbourhoods.
        .target(name: "RelGraphQuery", dependencies: ["RelGraphCore"]),
        // The C binding to Debian's libgvc (libgraphviz-dev).
        .systemLibrary(
            name: "CGraphviz",
            pkgConfig: "libgvc",
            providers: [.apt(["libgraphviz-dev"])]
        ),
        // Graph → DOT / GraphML / CSV, and in-process rendering to SVG, PNG, PDF.
        .target(name: "RelGraphGraphviz", dependencies: ["RelGraphCore", "CGraphviz"]),
        // A corpus of documents and the graph grown from them, in one SQLite file (GRDB).
        .target(
            name: "RelGraphStore",
            dependencies: ["RelGraphCore", .product(name: "GRDB", package: "GRDB.swift")],
            exclude: ["SCHEMA.md"]
        ),
        // The browser explorer behind `relgraph serve`: JSON API, SVG focus views, the page itself.
        .target(
            name: "RelGraphServer",
            dependencies: [
                "RelGraphCore", "RelGraphQuery", "RelGraphGraphviz", "RelGraphStore", "RelGraphKnowledge",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdCore", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
            ],
            resources: [.copy("Resources")]
        ),
        .executableTarget(
            name: "relgraph",
            dependencies: [
                "RelGraphCore", "RelGraphKnowledge", "RelGraphExtraction", "RelGraphQuery", "RelGraphGraphviz",
                "RelGraphStore", "RelGraphServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Deterministic random numbers shared by the property tests and the store benchmark.
        .target(name: "SeededRandom", path: "Tests/SeededRandom"),
        .testTarget(name: "RelGraphCoreTests", dependencies: ["RelGraphCore", "SeededRandom"]),
        .testTarget(name: "RelGraphKnowledgeTests", dependencies: ["RelGraphKnowledge"]),
        .testTarget(name: "RelGraphExtractionTests", dependencies: ["RelGraphExtraction"]),
        .testTarget(name: "RelGraphQueryTests", dependencies: ["RelGraphQuery", "SeededRandom"], exclude: ["Oracle"]),
        .testTarget(name: "RelGraphGraphvizTests", dependencies: ["RelGraphGraphviz", "CGraphviz", "SeededRandom"]),
        // Store measurements (Benchmarks/store/run.sh): built with the package so a benchmark run
        // reuses the release build instead of compiling GRDB and the pipeline a second time.
        .executableTarget(
            name: "store-bench",
            dependencies: ["RelGraphCore", "RelGraphStore", "RelGraphExtraction", "RelGraphKnowledge", "SeededRandom"],
            path: "Benchmarks/store/Sources/store-bench"
        ),
        // The store's unit tests; the crash-safety test runs the built `relgraph` binary and kills it.
        .testTarget(
            name: "RelGraphStoreTests",
            dependencies: ["RelGraphStore", "RelGraphExtraction", "RelGraphKnowledge", "relgraph"]
        ),
        // The explorer's API and safety checks over loopback.
        .testTarget(name: "RelGraphServerTests", dependencies: ["RelGraphServer", "RelGraphCore", "RelGraphQuery", "RelGraphGraphviz", "RelGraphKnowledge"]),
        // Runs the built `relgraph` binary the way a user does.
        .testTarget(name: "EndToEndTests", dependencies: ["RelGraphCore", "relgraph"]),
    ]
)
