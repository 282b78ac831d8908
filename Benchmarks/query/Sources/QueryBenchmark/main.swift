import Foundation
import RelGraphCore
import RelGraphFormats
import RelGraphQuery

// Usage:
//   QueryBenchmark queries GRAPH.bin PAIRS SHORTEST_Q K5_Q HOOD_Q   → one JSON line of timings
//   QueryBenchmark load GRAPH.json catalog|full NAME [no-foundation]  → load stages of one load path
//     catalog: what the query verbs do (GraphCatalog scan, index, lazy name look-up of NAME);
//     full: the full decode into a RelationshipGraph, its index, the former eager name table, and
//     Foundation's JSONDecoder. One path per process, so each peak RSS is its own.
//     sidecar: what the query verbs do when GRAPH.json.rgindex matches (read it, decode it, index,
//     lazy name look-up), the JSON file itself untouched but for the relations printed.
//   QueryBenchmark index GRAPH.json  → writes GRAPH.json.rgindex as `relgraph index` does; one JSON line
// Every query kind runs over the first N pairs of PAIRS; medians are per query.

let arguments = CommandLine.arguments
guard arguments.count >= 3 else {
    FileHandle.standardError.write(Data("usage: QueryBenchmark queries|load|index …\n".utf8))
    exit(2)
}

func json(_ fields: [(String, Any)]) -> String {
    "{" + fields.map { key, value in
        let text: String
        switch value {
        case let number as Double: text = number.isFinite ? String(format: "%.9g", number) : "null"
        case let list as [Int]: text = "[" + list.map(String.init).joined(separator: ",") + "]"
        case let list as [Double]: text = "[" + list.map { String(format: "%.9g", $0) }.joined(separator: ",") + "]"
        case let string as String: text = "\"\(string)\""
        default: text = "\(value)"
        }
        return "\"\(key)\":\(text)"
    }.joined(separator: ",") + "}"
}

/// Passes over the shortest-path and neighbourhood queries; k shortest runs once (as in peers.py).
let rounds = Int(ProcessInfo.processInfo.environment["QUERY_BENCH_ROUNDS"] ?? "") ?? 5

switch arguments[1] {
case "queries":
    let graph = try GeneratedGraph(contentsOf: arguments[2])
    let pairs = try readPairs(arguments[3])
    let (shortestCount, kCount, hoodCount) = (Int(arguments[4])!, Int(arguments[5])!, Int(arguments[6])!)
    let (index, buildSeconds) = timed { GraphIndex(actorTypes: graph.actorTypes, relations: graph.relations) }
    let scratch = SearchScratch(actorCount: index.actorCount)

    let (shortestTimes, lengths) = bestOfRounds(Array(pairs.prefix(shortestCount)), rounds: rounds) { from, to in
        (try? ShortestPath.find(in: index, from: ActorPosition(rawValue: from), to: ActorPosition(rawValue: to), scratch: scratch))?.length ?? -1
    }
    var kTimes: [Double] = [], kLengths: [Int] = []
    for (from, to) in pairs.prefix(kCount) {
        let (paths, seconds) = timed { (try? KShortestPaths.find(in: index, from: ActorPosition(rawValue: from), to: ActorPosition(rawValue: to), k: 5, scratch: scratch)) ?? [] }
        kTimes.append(seconds)
        kLengths.append(paths.reduce(0) { $0 + $1.length })
    }
    let (hoodTimes, hoodSizes) = bestOfRounds(Array(pairs.prefix(hoodCount)), rounds: rounds) { from, _ in
        (try? Neighborhood.around(ActorPosition(rawValue: from), in: index, depth: 2, includeRelations: false, scratch: scratch))?.actors.count ?? -1
    }
    print(json([
        ("tool", "relgraph"), ("actors", index.actorCount), ("relations", index.relationCount),
        ("build_s", buildSeconds), ("index_bytes_per_relation", Double(index.byteCount) / Double(max(index.relationCount, 1))),
        ("peak_rss_mb", Double(peakResidentBytes()) / 1e6),
        ("shortest_median_s", median(shortestTimes)), ("k5_median_s", median(kTimes)), ("hood2_median_s", median(hoodTimes)),
        ("shortest_lengths", lengths), ("k5_length_sums", kLengths), ("hood2_sizes", hoodSizes),
        ("shortest_times", shortestTimes), ("k5_times", kTimes), ("hood2_times", hoodTimes),
    ]))

case "index":
    let path = arguments[2]
    guard let stamp = FileStamp.of(path: path) else { exit(1) }
    let (sidecar, seconds) = try timed {
        GraphSidecar.encode(try GraphCatalog.load(try Data(contentsOf: URL(fileURLWithPath: path)), source: path), stamp: stamp)
    }
    let (_, writeSeconds) = try timed { try sidecar.write(to: URL(fileURLWithPath: GraphSidecar.path(forGraph: path))) }
    print(json([("tool", "relgraph-index-write"), ("file_mb", Double(stamp.size) / 1e6), ("sidecar_mb", Double(sidecar.count) / 1e6),
                ("build_s", seconds), ("write_s", writeSeconds)]))

case "load" where arguments.count >= 5 && arguments[3] == "sidecar":
    let (path, name) = (arguments[2], arguments[4])
    guard let stamp = FileStamp.of(path: path) else { exit(1) }
    let (data, readSeconds) = try timed { try Data(contentsOf: URL(fileURLWithPath: GraphSidecar.path(forGraph: path))) }
    let (catalog, decodeSeconds) = try timed { try GraphSidecar.decode(data, graphPath: path, stamp: stamp) }
    let (index, indexSeconds) = timed { GraphIndex(catalog) }
    let (actor, lookupSeconds) = try timed { try ActorLookup(catalog).resolve(name) }
    // What printing one hop costs from a sidecar: its bytes read from the JSON file, then decoded.
    let decodeTimes = relationDecodeTimes(catalog)
    print(json([("tool", "relgraph-load-sidecar"), ("file_mb", Double(stamp.size) / 1e6), ("sidecar_mb", Double(data.count) / 1e6),
                ("read_s", readSeconds), ("actors", index.actorCount), ("relations", index.relationCount),
                ("decode_s", decodeSeconds), ("index_s", indexSeconds), ("lookup_s", lookupSeconds), ("resolved", Int(actor)),
                ("relation_at_median_s", median(decodeTimes)), ("peak_rss_mb", Double(peakResidentBytes()) / 1e6)]))

case "load":
    let (path, mode, name) = (arguments[2], arguments[3], arguments[4])
    let (data, readSeconds) = try timed { try Data(contentsOf: URL(fileURLWithPath: path)) }
    var fields: [(String, Any)] = [("tool", "relgraph-load-\(mode)"), ("file_mb", Double(data.count) / 1e6), ("read_s", readSeconds)]
    switch mode {
    case "catalog":
        let (catalog, scanSeconds) = try timed { try GraphCatalog.load(data, source: path) }
        let (index, indexSeconds) = timed { GraphIndex(catalog) }
        let (actor, lookupSeconds) = try timed { try ActorLookup(catalog).resolve(name) }
        // What printing one hop costs: decoding a relation from its bytes (median over 1000).
        let decodeTimes = relationDecodeTimes(catalog)
        fields += [("actors", index.actorCount), ("relations", index.relationCount), ("scan_s", scanSeconds),
                   ("index_s", indexSeconds), ("lookup_s", lookupSeconds), ("resolved", Int(actor)),
                   ("relation_at_median_s", median(decodeTimes))]
    case "full":
        let (graph, decodeSeconds) = try timed { try GraphJSON.decode(data, source: path) }
        let (index, indexSeconds) = timed { GraphIndex(graph) }
        let (table, tableSeconds) = timed { EagerNameTable(graph) }
        let (actor, lookupSeconds) = try timed { try ActorLookup(graph).resolve(name) }
        // The peer: Foundation's JSONDecoder through Codable, what GraphJSON.decode used first.
        let foundationSeconds = arguments.count > 5 && arguments[5] == "no-foundation" ? Double.nan
            : try timed { try JSONDecoder().decode(RelationshipGraph.self, from: data) }.1
        fields += [("actors", index.actorCount), ("relations", index.relationCount), ("decode_s", decodeSeconds),
                   ("index_s", indexSeconds), ("eager_lookup_s", tableSeconds), ("lookup_s", lookupSeconds),
                   ("resolved", Int(actor)), ("eager_resolved", Int(table.resolve(name) ?? -1)),
                   ("foundation_decode_s", foundationSeconds)]
    default:
        FileHandle.standardError.write(Data("load mode is catalog, full or sidecar\n".utf8))
        exit(2)
    }
    print(json(fields + [("peak_rss_mb", Double(peakResidentBytes()) / 1e6)]))

default:
    FileHandle.standardError.write(Data("unknown mode \(arguments[1])\n".utf8))
    exit(2)
}
