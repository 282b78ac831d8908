import Foundation
import RelGraphCore
@testable import RelGraphFormats
import RelGraphTestSupport

/// Seeded random graphs whose strings are as awkward as JSON allows, and a writer that spells them
/// as awkwardly as JSON allows, for differential tests of the readers.
enum HostileGraphs {
    /// Pieces strings are made of: quotes, backslashes, control characters, combining marks,
    /// right-to-left text and overrides, emoji (astral, joined), line separators, plain words.
    static let pieces = ["a", "Z", " ", "\"", "\\", "/", "\n", "\t", "\r", "\u{0}", "\u{1}", "\u{1F}", "\u{7F}",
                         "é", "e\u{301}", "ß", "Ω", "مرحبا", "\u{202E}", "שלום", "😀", "👩‍👩‍👧", "\u{2028}", "\u{FFFD}",
                         "{", "}", "[", "]", ",", ":", "null", "\\u00e9", "Corée du Nord"]

    static func text(using random: inout SeededGenerator, maxPieces: Int = 8) -> String {
        (0 ..< Int.random(in: 0 ... maxPieces, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined()
    }

    /// A sentence, now and then a very long one.
    static func sentence(using random: inout SeededGenerator) -> String {
        if Int.random(in: 0 ..< 10, using: &random) == 0 {
            return String(repeating: text(using: &random, maxPieces: 4) + " ", count: 2000)
        }
        return text(using: &random, maxPieces: 20)
    }

    static func graph(using random: inout SeededGenerator, actors: Int? = nil, relations: Int? = nil) -> RelationshipGraph {
        let nodes = (0 ..< (actors ?? Int.random(in: 1 ... 12, using: &random))).map { index in
            Actor(id: "n\(index)#\(text(using: &random))", type: ActorType.allCases.randomElement(using: &random)!,
                  label: text(using: &random),
                  aliases: (0 ..< Int.random(in: 0 ... 3, using: &random)).map { _ in text(using: &random) },
                  attributes: Bool.random(using: &random) ? ["iso": text(using: &random)] : [:])
        }
        let edges = (0 ..< (relations ?? Int.random(in: 0 ... 25, using: &random))).map { _ in
            Relation(source: nodes.randomElement(using: &random)!.id, target: nodes.randomElement(using: &random)!.id,
                     type: RelationType.allCases.randomElement(using: &random)!,
                     confidence: Double(Int.random(in: 0 ... 1000, using: &random)) / 1000,
                     evidence: (0 ..< Int.random(in: 0 ... 3, using: &random)).map { _ in
                         Evidence(document: text(using: &random), sentence: sentence(using: &random),
                                  start: Int.random(in: 0 ... 99_999, using: &random), end: Int.random(in: 0 ... 99_999, using: &random))
                     },
                     attributes: Int.random(in: 0 ..< 4, using: &random) == 0 ? ["modality": "possible"] : [:])
        }
        // A graph states each relation once (GraphJSON.validate): later repeats are left out.
        var seen = Set<RelationKey>()
        return RelationshipGraph(nodes: nodes, edges: edges.filter { seen.insert($0.key).inserted })
    }

    /// `graph` as valid JSON with random whitespace, key order, escapes (short, `\uXXXX` in either
    /// case, surrogate pairs), unknown keys, omitted optional fields and either top-level order.
    static func scrambledJSON(_ graph: RelationshipGraph, using random: inout SeededGenerator) -> String {
        let writer = ScrambledWriter(random: random)
        let nodes = writer.array(graph.nodes.map { actor in
            var members = [("id", writer.string(actor.id)), ("type", writer.string(actor.type.rawValue)),
                           ("label", writer.string(actor.label))]
            if !actor.aliases.isEmpty || writer.coin() { members.append(("aliases", writer.array(actor.aliases.map { writer.string($0) }))) }
            if !actor.attributes.isEmpty || writer.coin() { members.append(("attributes", writer.stringObject(actor.attributes))) }
            return writer.object(members)
        })
        let edges = writer.array(graph.edges.map { relation in
            var members = [("source", writer.string(relation.source)), ("target", writer.string(relation.target)),
                           ("type", writer.string(relation.type.rawValue))]
            if relation.confidence != 1 || writer.coin() { members.append(("confidence", "\(relation.confidence)")) }
            if !relation.evidence.isEmpty || writer.coin() {
                members.append(("evidence", writer.array(relation.evidence.map { evidence in
                    writer.object([("document", writer.string(evidence.document)), ("sentence", writer.string(evidence.sentence)),
                                   ("start", "\(evidence.start)"), ("end", writer.coin() ? "\(evidence.end)" : "\(evidence.end).0")])
                })))
            }
            if !relation.attributes.isEmpty || writer.coin() { members.append(("attributes", writer.stringObject(relation.attributes))) }
            return writer.object(members)
        })
        let text = writer.object([("nodes", nodes), ("edges", edges)])
        random = writer.random
        return text
    }
}

/// Writes JSON values with random but valid spelling.
/// A class, so nested calls while building one value share the generator without exclusivity conflicts.
private final class ScrambledWriter {
    var random: SeededGenerator

    init(random: SeededGenerator) { self.random = random }

    func coin() -> Bool { Bool.random(using: &random) }

    func space() -> String {
        (0 ..< Int.random(in: 0 ... 2, using: &random)).map { _ in [" ", "\n", "\t", "\r\n"].randomElement(using: &random)! }.joined()
    }

    /// An object of `members` in random order, now and then with an unknown key readers skip.
    func object(_ members: [(String, String)], unknownKeys: Bool = true) -> String {
        var members = members.shuffled(using: &random)
        if unknownKeys && Int.random(in: 0 ..< 5, using: &random) == 0 {
            members.insert(("unknown", "[1, -2.5e-3, true, false, null, {\"k\": [\"\\u00e9\"]}]"), at: 0)
        }
        return "{" + space() + members.map { key, value in "\(string(key))\(space()):\(space())\(value)" }.joined(separator: "," + space()) + space() + "}"
    }

    func array(_ items: [String]) -> String {
        "[" + space() + items.joined(separator: "," + space()) + space() + "]"
    }

    func stringObject(_ dictionary: [String: String]) -> String {
        object(dictionary.sorted { $0.key < $1.key }.map { ($0.key, string($0.value)) }, unknownKeys: false)
    }

    /// A JSON string literal, each scalar written plainly or escaped at random.
    func string(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            let mustEscape = scalar == "\"" || scalar == "\\" || scalar.value < 0x20
            if !mustEscape && Int.random(in: 0 ..< 4, using: &random) != 0 {
                out.unicodeScalars.append(scalar)
                continue
            }
            switch scalar {
            case "\"" where coin(): out += "\\\""
            case "\\" where coin(): out += "\\\\"
            case "/" where coin(): out += "\\/"
            case "\n" where coin(): out += "\\n"
            case "\t" where coin(): out += "\\t"
            case "\r" where coin(): out += "\\r"
            case "\u{8}" where coin(): out += "\\b"
            case "\u{C}" where coin(): out += "\\f"
            default:
                for unit in String(scalar).utf16 {
                    let hex = String(unit, radix: 16)
                    let padded = String(repeating: "0", count: 4 - hex.count) + hex
                    out += "\\u" + (coin() ? padded.uppercased() : padded)
                }
            }
        }
        return out + "\""
    }
}
