// swift-tools-version: 6.0
// relgraph: news articles → typed relationship graph → paths, neighbourhoods, Graphviz diagrams.
import PackageDescription

let package = Package(
    name: "relgraph",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "RelGraphCore", targets: ["RelGraphCore"]),
        .library(name: "RelGraphKnowledge", targets: ["RelGraphKnowledge"]),
        .library(name: "RelGraphTime", targets: ["RelGraphTime"]),
        .library(name: "RelGraphExtraction", targets: ["RelGraphExtraction"]),
        .library(name: "RelGraphQuery", targets: ["RelGraphQuery"]),
        .library(name: "RelGraphGraphviz", targets: ["RelGraphGraphviz"]),
        .library(name: "RelGraphStore", targets: ["RelGraphStore"]),
        .executable(name: "relgraph", targets: ["relgraph"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
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
        // Time expressions (fr, en, es, de) and document dates: text → partial dates.
        .target(name: "RelGraphTime"),
        // Text → graph: the extraction pipeline, one file per stage.
        .target(name: "RelGraphExtraction", dependencies: ["RelGraphCore", "RelGraphKnowledge", "RelGraphTime"]),
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
            dependencies: ["RelGraphCore", "RelGraphTime", .product(name: "GRDB", package: "GRDB.swift")],
            exclude: ["SCHEMA.md"]
        ),
        .executableTarget(
            name: "relgraph",
            dependencies: [
                "RelGraphCore", "RelGraphKnowledge", "RelGraphExtraction", "RelGraphQuery", "RelGraphGraphviz",
                "RelGraphStore", "RelGraphTime",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Deterministic random numbers shared by the property tests and the store benchmark.
        .target(name: "SeededRandom", path: "Tests/SeededRandom"),
        .testTarget(name: "RelGraphCoreTests", dependencies: ["RelGraphCore", "SeededRandom"]),
        .testTarget(name: "RelGraphKnowledgeTests", dependencies: ["RelGraphKnowledge"]),
        .testTarget(name: "RelGraphExtractionTests", dependencies: ["RelGraphExtraction"]),
        .testTarget(name: "RelGraphTimeTests", dependencies: ["RelGraphTime"]),
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
            dependencies: ["RelGraphStore", "RelGraphExtraction", "RelGraphKnowledge", "relgraph"],
            exclude: ["Fixtures"]
        ),
        // Runs the built `relgraph` binary the way a user does.
        .testTarget(name: "EndToEndTests", dependencies: ["RelGraphCore", "relgraph"]),
    ]
)
