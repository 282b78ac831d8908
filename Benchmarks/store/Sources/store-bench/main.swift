// store-bench: measurements for Benchmarks/store/run.sh (see README.md there).
//
//   store-bench load RELATIONS DIR       fill DIR/load.sqlite with a synthetic graph of RELATIONS
//                                        relations, then time loading it back against decoding
//                                        the same graph from JSON (the --graph peer)
//   store-bench time-load DB DIR         the same timing for an existing corpus database
//   store-bench extract-only JOBS FILES  read + extract the corpus on JOBS threads, no database
//                                        (the peer that shows what the store adds to ingest)
import Dispatch
import Foundation
import RelGraphCore
import RelGraphDocuments
import RelGraphExtraction
import RelGraphFormats
import RelGraphKnowledge
import RelGraphStore
import RelGraphTestSupport

func seconds(_ body: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now()
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
}

/// CPU seconds (user + system) this process has used: steadier than wall time on a shared machine.
func cpuSeconds() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
}

/// Wall and CPU seconds of `body`.
func measure(_ body: () throws -> Void) rethrows -> (wall: Double, cpu: Double) {
    let cpu = cpuSeconds()
    let wall = try seconds(body)
    return (wall, cpuSeconds() - cpu)
}

func median(_ values: [Double]) -> Double { values.sorted()[values.count / 2] }

func fileSize(_ path: String) -> Int {
    ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber)?.intValue ?? 0
}

/// A deterministic synthetic corpus graph: `relations` edges among `relations / 10` actors,
/// spread over documents of 100 relations, each edge with one evidence sentence.
func syntheticDocuments(relations: Int) -> [(SourceDocument, RelationshipGraph)] {
    var generator = SeededGenerator(seed: 42)
    let actorCount = max(relations / 10, 10)
    let types: [ActorType] = [.country, .person, .organization, .location, .agreement]
    func actor(_ index: Int) -> Actor {
        let type = types[index % types.count]
        return Actor(id: "\(type.rawValue):actor-\(index)", type: type, label: "Actor \(index)", aliases: ["A\(index)"])
    }
    var documents: [(SourceDocument, RelationshipGraph)] = []
    var seen = Set<RelationKey>()
    var made = 0
    var documentIndex = 0
    while made < relations {
        let path = "synthetic/doc-\(documentIndex).txt"
        var accumulator = GraphAccumulator()
        var offset = 0
        while made < relations, offset < 100 * 90 {
            let a = Int(generator.next() % UInt64(actorCount)), b = Int(generator.next() % UInt64(actorCount))
            let type = RelationType.allCases[Int(generator.next() % UInt64(RelationType.allCases.count))]
            guard a != b else { continue }
            let key = RelationKey(source: actor(a).id, type: type, target: actor(b).id)
            guard seen.insert(key).inserted else { continue }
            let sentence = "Actor \(a) and Actor \(b) were linked by \(type.rawValue) in report \(documentIndex)."
            accumulator.add(actor(a))
            accumulator.add(actor(b))
            accumulator.add(Relation(source: key.source, target: key.target, type: type, confidence: 0.6,
                                     evidence: [Evidence(document: path, sentence: sentence, start: offset, end: offset + sentence.count)]))
            offset += 90
            made += 1
        }
        let text = "synthetic document \(documentIndex)"
        documents.append((SourceDocument(path: path, sha256: ContentHash.sha256Hex(Array(text.utf8)), byteCount: text.utf8.count,
                                         format: .text, text: text), accumulator.graph()))
        documentIndex += 1
    }
    return documents
}

func load(relations: Int, folder: String) throws {
    let db = folder + "/load.sqlite"
    for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: db + suffix) }
    let documents = syntheticDocuments(relations: relations)
    let store = try CorpusStore(path: db, mode: .readWrite)
    let writeTime = try seconds {
        for (document, graph) in documents { _ = try store.store(document, graph: graph) }
    }
    try store.close()
    print("load: \(documents.count) documents written in \(String(format: "%.1f", writeTime)) s (\(Int(Double(relations) / writeTime)) relations/s, one transaction per document)")
    try timeLoad(db: db, folder: folder)
}

/// Times loading the graph of `db` (median of 3) against decoding the same graph from JSON.
func timeLoad(db: String, folder: String) throws {
    let reader = try CorpusStore(path: db, mode: .readOnly)
    var graph = RelationshipGraph()
    var dbTimes: [Double] = [], dbCPU: [Double] = []
    for _ in 0..<3 {
        let time = try measure { graph = try reader.loadGraph() }
        dbTimes.append(time.wall)
        dbCPU.append(time.cpu)
    }
    let json = Data(GraphJSON.encode(graph).utf8)
    let jsonPath = folder + "/load.json"
    try json.write(to: URL(fileURLWithPath: jsonPath))
    var jsonTimes: [Double] = [], jsonCPU: [Double] = []
    var decoded = RelationshipGraph()
    for _ in 0..<3 {
        let time = try measure {
            decoded = try GraphJSON.decode(try Data(contentsOf: URL(fileURLWithPath: jsonPath)), source: jsonPath)
        }
        jsonTimes.append(time.wall)
        jsonCPU.append(time.cpu)
    }
    guard decoded == graph else { throw RelGraphError.badInput("the JSON round trip differs from the database graph") }
    print("load: \(graph.nodes.count) actors, \(graph.edges.count) relations, \(graph.edges.reduce(0) { $0 + $1.evidence.count }) evidence")
    print("load: db \(fileSize(db)) bytes, json \(json.count) bytes")
    print("load: --db median \(String(format: "%.2f", median(dbTimes))) s \(dbTimes.map { String(format: "%.2f", $0) })")
    print("load: --graph (JSON decode) median \(String(format: "%.2f", median(jsonTimes))) s \(jsonTimes.map { String(format: "%.2f", $0) })")
    print("load: CPU seconds, --db median \(String(format: "%.2f", median(dbCPU))), --graph median \(String(format: "%.2f", median(jsonCPU)))")
    print("load: ratio db/json wall \(String(format: "%.2f", median(dbTimes) / median(jsonTimes))), CPU \(String(format: "%.2f", median(dbCPU) / median(jsonCPU)))")
}

func extractOnly(jobs: Int, inputs: [String]) throws {
    let files = try CorpusFiles.enumerate(inputs)
    let extractor = try Extractor(lexicon: Lexicon.load())
    let lock = NSLock()
    nonisolated(unsafe) var next = 0
    nonisolated(unsafe) var relations = 0
    let time = seconds {
        DispatchQueue.concurrentPerform(iterations: jobs) { _ in
            while true {
                lock.lock()
                let index = next
                next += 1
                lock.unlock()
                guard index < files.count else { return }
                guard let document = try? DocumentReader.read(files[index]) else { continue }
                let graph = extractor.extract(text: document.text, document: document.path)
                lock.lock()
                relations += graph.edges.count
                lock.unlock()
            }
        }
    }
    print("extract-only: \(files.count) files, \(relations) relations, jobs \(jobs), \(String(format: "%.2f", time)) s, \(String(format: "%.1f", Double(files.count) / time)) documents/s")
}

let arguments = CommandLine.arguments.dropFirst()
do {
    switch arguments.first {
    case "load":
        guard arguments.count == 3, let relations = Int(arguments[arguments.startIndex + 1]) else { throw RelGraphError.usage("store-bench load RELATIONS DIR") }
        try load(relations: relations, folder: arguments[arguments.startIndex + 2])
    case "time-load":
        guard arguments.count == 3 else { throw RelGraphError.usage("store-bench time-load DB DIR") }
        try timeLoad(db: arguments[arguments.startIndex + 1], folder: arguments[arguments.startIndex + 2])
    case "extract-only":
        guard arguments.count >= 3, let jobs = Int(arguments[arguments.startIndex + 1]) else { throw RelGraphError.usage("store-bench extract-only JOBS FILES...") }
        try extractOnly(jobs: jobs, inputs: Array(arguments.dropFirst(2)))
    default:
        throw RelGraphError.usage("store-bench load RELATIONS DIR | extract-only JOBS FILES...")
    }
} catch {
    FileHandle.standardError.write(Data("store-bench: \(error)\n".utf8))
    exit(1)
}
