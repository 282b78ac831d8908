import Foundation
import RelGraphCore
import RelGraphQuery

// Usage:
//   QueryBenchmark queries GRAPH.bin PAIRS SHORTEST_Q K5_Q HOOD_Q   → one JSON line of timings
//   QueryBenchmark load GRAPH.json                                   → JSON decode vs index build
// Every query kind runs over the first N pairs of PAIRS; medians are per query.

let arguments = CommandLine.arguments
guard arguments.count >= 3 else {
    FileHandle.standardError.write(Data("usage: QueryBenchmark queries|load …\n".utf8))
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
        ShortestPath.find(in: index, from: from, to: to, scratch: scratch)?.length ?? -1
    }
    var kTimes: [Double] = [], kLengths: [Int] = []
    for (from, to) in pairs.prefix(kCount) {
        let (paths, seconds) = timed { KShortestPaths.find(in: index, from: from, to: to, k: 5, scratch: scratch) }
        kTimes.append(seconds)
        kLengths.append(paths.reduce(0) { $0 + $1.length })
    }
    let (hoodTimes, hoodSizes) = bestOfRounds(Array(pairs.prefix(hoodCount)), rounds: rounds) { from, _ in
        Neighborhood.around(from, in: index, depth: 2, includeRelations: false, scratch: scratch).actors.count
    }
    print(json([
        ("tool", "relgraph"), ("actors", index.actorCount), ("relations", index.relationCount),
        ("build_s", buildSeconds), ("index_bytes_per_relation", Double(index.byteCount) / Double(max(index.relationCount, 1))),
        ("peak_rss_mb", Double(peakResidentBytes()) / 1e6),
        ("shortest_median_s", median(shortestTimes)), ("k5_median_s", median(kTimes)), ("hood2_median_s", median(hoodTimes)),
        ("shortest_lengths", lengths), ("k5_length_sums", kLengths), ("hood2_sizes", hoodSizes),
        ("shortest_times", shortestTimes), ("k5_times", kTimes), ("hood2_times", hoodTimes),
    ]))

case "load":
    let (data, readSeconds) = try timed { try Data(contentsOf: URL(fileURLWithPath: arguments[2])) }
    let (graph, decodeSeconds) = try timed { try GraphJSON.decode(data, source: arguments[2]) }
    let (index, indexSeconds) = timed { GraphIndex(graph) }
    let (_, lookupSeconds) = timed { ActorLookup(graph) }
    // The peer: Foundation's JSONDecoder through Codable, what GraphJSON.decode used before.
    let (_, foundationSeconds) = try timed { try JSONDecoder().decode(RelationshipGraph.self, from: data) }
    print(json([
        ("tool", "relgraph-load"), ("actors", index.actorCount), ("relations", index.relationCount),
        ("file_mb", Double(data.count) / 1e6), ("read_s", readSeconds), ("decode_s", decodeSeconds), ("foundation_decode_s", foundationSeconds),
        ("index_s", indexSeconds), ("lookup_s", lookupSeconds), ("peak_rss_mb", Double(peakResidentBytes()) / 1e6),
    ]))

default:
    FileHandle.standardError.write(Data("unknown mode \(arguments[1])\n".utf8))
    exit(2)
}
