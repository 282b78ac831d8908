// swift-tools-version: 6.0
// relgraph: news articles → typed relationship graph → paths, neighbourhoods, Graphviz diagrams.
import PackageDescription

/// Linker flags for an executable with the Swift runtime and Foundation linked statically.
let staticRuntimeFlags = [
    "-static-stdlib", "-use-ld=lld",
    "-l_FoundationICU", "-l_FoundationCollections", "-l_FoundationCShims", "-lCoreFoundation", "-lswiftSynchronization",
]

/// `relgraph` is also linked position-dependent (`-no-pie`): a PIE of that size carried 85,000
/// relative relocations, which the loader applied, page by copied page, at every start (a third
/// of `relgraph --version`, Benchmarks/startup). The trade is the executable's own address
/// randomisation (libraries, heap and stack keep theirs); `relgraph-serve`, which answers the
/// network, keeps it and stays a PIE.
let commandLineFlags = staticRuntimeFlags + ["-Xclang-linker", "-no-pie"]

let package = Package(
    name: "relgraph",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "RelGraphCore", targets: ["RelGraphCore"]),
        .library(name: "RelGraphFormats", targets: ["RelGraphFormats"]),
        .library(name: "RelGraphDocuments", targets: ["RelGraphDocuments"]),
        .library(name: "RelGraphKnowledge", targets: ["RelGraphKnowledge"]),
        .library(name: "RelGraphTime", targets: ["RelGraphTime"]),
        .library(name: "RelGraphExtraction", targets: ["RelGraphExtraction"]),
        .library(name: "RelGraphQuery", targets: ["RelGraphQuery"]),
        .library(name: "RelGraphExport", targets: ["RelGraphExport"]),
        .library(name: "RelGraphRendering", targets: ["RelGraphRendering"]),
        .library(name: "RelGraphStore", targets: ["RelGraphStore"]),
        .library(name: "RelGraphPostgres", targets: ["RelGraphPostgres"]),
        .library(name: "RelGraphServer", targets: ["RelGraphServer"]),
        .executable(name: "relgraph", targets: ["relgraph"]),
        .executable(name: "relgraph-serve", targets: ["relgraph-serve"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        // Hummingbird's own dependencies, named for the types the explorer uses directly.
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        // The PostgreSQL engine of the corpus store (RelGraphPostgres), for many ingest workers.
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
        // postgres-nio's own TLS dependency, named for `sslmode=prefer|require`.
        .package(url: "https://github.com/apple/swift-nio-ssl", from: "2.37.6"),
    ],
    targets: [
        // The graph model (actors, relations, evidence), the rule that merges two copies of a
        // relation, and name folding: the vocabulary every other target speaks. No file formats.
        .target(name: "RelGraphCore"),
        // Graph files: the JSON reader and writer, the lazy catalog over a JSON file, and the binary
        // sidecar index (`relgraph index`, format in Sidecar/INDEXFORMAT.md).
        .target(name: "RelGraphFormats", dependencies: ["RelGraphCore"], exclude: ["Sidecar/INDEXFORMAT.md"]),
        // Time expressions (fr, en, es, de) normalised against a document date, the document-date
        // finder (HTML metadata, JSON-LD, <time>, datelines), time windows: text → partial dates.
        .target(name: "RelGraphTime"),
        // Article files → checked plain text: decoding, limits, markup stripping, corpus folder walks,
        // the date a document states. Shared by `extract` and `ingest`.
        .target(name: "RelGraphDocuments", dependencies: ["RelGraphTime"], resources: [.copy("Data")]),
        // What the world contains (countries, organizations, people, titles, triggers) as data files.
        .target(
            name: "RelGraphKnowledge",
            dependencies: ["RelGraphCore"],
            resources: [.copy("Data")]
        ),
        // Text → graph: the extraction pipeline, one file per stage; the learned models in Model/.
        .target(
            name: "RelGraphExtraction",
            dependencies: ["RelGraphCore", "RelGraphKnowledge", "RelGraphTime"],
            exclude: ["Learning/MODELFORMAT.md"],
            resources: [.copy("Model")]
        ),
        // Graph → answers: compact index, actor lookup, paths, neighbourhoods.
        .target(name: "RelGraphQuery", dependencies: ["RelGraphCore", "RelGraphFormats"]),
        // Graph → other tools' formats: DOT (plain and styled diagrams), GraphML, Neo4j import CSV.
        // Pure Swift; no libgvc.
        .target(name: "RelGraphExport", dependencies: ["RelGraphCore"]),
        // The C binding to Debian's libgvc: its headers (libgraphviz-dev) for the types, its
        // functions loaded when the first diagram is drawn (libgvc6), not linked: most verbs never
        // draw, and loading libgvc's seven libraries cost every start about 2 ms.
        .target(name: "CGraphviz"),
        // DOT → SVG, PNG, PDF in process through libgvc.
        .target(name: "RelGraphRendering", dependencies: ["RelGraphCore", "CGraphviz"]),
        // A corpus of documents and the graph grown from them, in one SQLite file (GRDB).
        .target(
            name: "RelGraphStore",
            dependencies: [
                "RelGraphCore", "RelGraphFormats", "RelGraphDocuments", "RelGraphTime",
                .product(name: "GRDB", package: "GRDB.swift"),
            ],
            exclude: ["SCHEMA.md"]
        ),
        // The corpus store on a PostgreSQL server (`--db postgres://…`): the same tables and
        // semantics as the SQLite engine, for many ingest workers on one or several machines.
        .target(
            name: "RelGraphPostgres",
            dependencies: [
                "RelGraphCore", "RelGraphDocuments", "RelGraphFormats", "RelGraphStore",
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // The browser explorer behind `relgraph serve`: JSON API, SVG focus views, the page itself.
        .target(
            name: "RelGraphServer",
            dependencies: [
                "RelGraphCore", "RelGraphFormats", "RelGraphDocuments", "RelGraphQuery", "RelGraphExport",
                "RelGraphRendering", "RelGraphStore", "RelGraphKnowledge", "RelGraphTime",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdCore", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
            ],
            resources: [.copy("Resources")]
        ),
        // Every verb's options, help and work: what both executables below run.
        .target(
            name: "RelGraphCLI",
            dependencies: [
                "RelGraphCore", "RelGraphFormats", "RelGraphDocuments", "RelGraphKnowledge", "RelGraphExtraction",
                "RelGraphQuery", "RelGraphExport", "RelGraphRendering", "RelGraphStore", "RelGraphTime",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // The Swift runtime and Foundation linked in: the dynamic loader then maps and
        // relocates a dozen fewer libraries at every start (Benchmarks/startup). Release only:
        // test bundles link this target too, and they must share the toolchain's dynamic runtime.
        // Swift 6.3's static Foundation archives lack the autolink entries of their internal
        // libraries (swiftlang/swift-package-manager#10564), so those are named here, and lld
        // (in the toolchain) resolves them whatever their order on the command line.
        .executableTarget(
            name: "relgraph",
            dependencies: ["RelGraphCLI"],
            linkerSettings: [.unsafeFlags(commandLineFlags, .when(platforms: [.linux], configuration: .release))]
        ),
        // `relgraph serve` and every command line naming a postgres:// database replace
        // `relgraph` with this one: SwiftNIO (the explorer's Hummingbird, postgres-nio) stays out
        // of `relgraph`, whose every start would otherwise pay for its runtime records.
        .executableTarget(
            name: "relgraph-serve",
            dependencies: ["RelGraphCLI", "RelGraphServer", "RelGraphPostgres", "RelGraphCore", "RelGraphKnowledge"],
            linkerSettings: [.unsafeFlags(staticRuntimeFlags, .when(platforms: [.linux], configuration: .release))]
        ),
        // What several test targets and the store benchmark share: seeded random numbers and text,
        // sample graphs, temporary folders, a Python runner.
        .target(name: "RelGraphTestSupport", dependencies: ["RelGraphCore"], path: "Tests/TestSupport"),
        .testTarget(name: "RelGraphCoreTests", dependencies: ["RelGraphCore", "RelGraphTestSupport"]),
        .testTarget(name: "RelGraphFormatsTests", dependencies: ["RelGraphCore", "RelGraphFormats", "RelGraphTestSupport"]),
        .testTarget(name: "RelGraphDocumentsTests", dependencies: ["RelGraphDocuments", "RelGraphTestSupport"]),
        .testTarget(name: "RelGraphKnowledgeTests", dependencies: ["RelGraphKnowledge"]),
        .testTarget(name: "RelGraphExtractionTests", dependencies: ["RelGraphExtraction", "RelGraphFormats", "RelGraphTime", "RelGraphTestSupport"]),
        .testTarget(name: "RelGraphTimeTests", dependencies: ["RelGraphTime"]),
        .testTarget(
            name: "RelGraphQueryTests",
            dependencies: ["RelGraphQuery", "RelGraphFormats", "RelGraphTestSupport"],
            exclude: ["Oracle"]
        ),
        // The export writers, read back by libgvc and Python peers.
        .testTarget(
            name: "RelGraphExportTests",
            dependencies: ["RelGraphExport", "RelGraphRendering", "RelGraphTestSupport"]
        ),
        .testTarget(
            name: "RelGraphRenderingTests",
            dependencies: ["RelGraphRendering", "RelGraphExport", "RelGraphTestSupport"]
        ),
        // Store measurements (Benchmarks/store/run.sh): built with the package so a benchmark run
        // reuses the release build instead of compiling GRDB and the pipeline a second time.
        .executableTarget(
            name: "store-bench",
            dependencies: [
                "RelGraphCore", "RelGraphDocuments", "RelGraphFormats", "RelGraphStore", "RelGraphExtraction", "RelGraphKnowledge",
                "RelGraphTestSupport",
            ],
            path: "Benchmarks/store/Sources/store-bench"
        ),
        // The store's unit tests; the crash-safety test runs the built `relgraph` binary and kills it.
        .testTarget(
            name: "RelGraphStoreTests",
            dependencies: [
                "RelGraphStore", "RelGraphDocuments", "RelGraphFormats", "RelGraphExtraction", "RelGraphKnowledge",
                "RelGraphTestSupport", "relgraph",
            ],
            exclude: ["Fixtures"]
        ),
        // The PostgreSQL engine against a throwaway server (scripts/postgres-test-cluster.sh):
        // export equal to SQLite's, concurrent workers, SIGKILLs, recursive-CTE neighbourhoods.
        .testTarget(
            name: "RelGraphPostgresTests",
            dependencies: [
                "RelGraphPostgres", "RelGraphStore", "RelGraphCore", "RelGraphDocuments", "RelGraphFormats",
                "RelGraphQuery", "RelGraphTestSupport", "relgraph", "relgraph-serve",
            ]
        ),
        // The code of every library's "Getting started" article, compiled and run.
        .testTarget(
            name: "DocumentationExamplesTests",
            dependencies: [
                "RelGraphCore", "RelGraphFormats", "RelGraphDocuments", "RelGraphKnowledge", "RelGraphExtraction",
                "RelGraphQuery", "RelGraphExport", "RelGraphRendering", "RelGraphStore", "RelGraphTestSupport",
            ]
        ),
        // The explorer's API and safety checks over loopback.
        .testTarget(
            name: "RelGraphServerTests",
            dependencies: ["RelGraphServer", "RelGraphCore", "RelGraphQuery", "RelGraphExport", "RelGraphRendering", "RelGraphKnowledge"]
        ),
        // Runs the built `relgraph` binary the way a user does.
        .testTarget(
            name: "EndToEndTests",
            dependencies: [
                "RelGraphCore", "RelGraphFormats", "RelGraphTestSupport", "relgraph", "relgraph-serve",
                // The plain command-line reading is compared with ArgumentParser's in process.
                "RelGraphCLI", .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            exclude: ["HelpSnapshots"]
        ),
    ]
)

// The DocC plugin only for scripts/docs.sh (RELGRAPH_DOCS=1): as a plain dependency every clean
// build would also compile its snippet-extract tool and SymbolKit, which nothing else uses.
if Context.environment["RELGRAPH_DOCS"] == "1" {
    package.dependencies.append(.package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.5.0"))
}
