import Foundation
import RelGraphCore
@testable import RelGraphStore

/// A stand-in extractor with a grammar tests can write by hand: every line of the form
/// `person:alice visit location:paris` states one relation, evidenced by that line.
/// Labels are the id's name part, capitalised; `~` before the type marks speculation.
@Sendable func lineExtractor(_ text: String, _ document: String) throws -> RelationshipGraph {
    var accumulator = GraphAccumulator()
    var offset = 0
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
        defer { offset += line.unicodeScalars.count + 1 }
        let words = line.split(separator: " ").map(String.init)
        guard words.count == 3 else { continue }
        let speculative = words[1].hasPrefix("~")
        guard let type = RelationType(rawValue: speculative ? String(words[1].dropFirst()) : words[1]),
              let source = actor(words[0]), let target = actor(words[2])
        else { continue }
        accumulator.add(source)
        accumulator.add(target)
        let evidence = Evidence(document: document, sentence: String(line), start: offset, end: offset + line.unicodeScalars.count)
        accumulator.add(Relation(source: source.id, target: target.id, type: type, confidence: 0.5,
                                 evidence: [evidence], attributes: speculative ? ["modality": "possible"] : [:]))
    }
    return accumulator.graph()
}

private func actor(_ id: String) -> Actor? {
    let parts = id.split(separator: ":", maxSplits: 1)
    guard parts.count == 2, let type = ActorType(rawValue: String(parts[0])) else { return nil }
    return Actor(id: id, type: type, label: parts[1].capitalized)
}
