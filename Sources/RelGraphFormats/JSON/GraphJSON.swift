import Foundation
import RelGraphCore

/// The JSON graph format (README, "Design contract"): written by `extract`, read by every other verb.
///
/// Writing is hand-rolled so the output is byte-stable (fixed key order, one node or edge per
/// line, sorted attribute keys); reading validates what it decodes and reports one clear error.
public enum GraphJSON {
    /// Serialises `graph` (canonicalise it first for deterministic output).
    public static func encode(_ graph: RelationshipGraph) -> String {
        var out = "{\n  \"nodes\": ["
        for (index, node) in graph.nodes.enumerated() {
            out += index == 0 ? "\n    " : ",\n    "
            out += "{\"id\": \(quote(node.id)), \"type\": \(quote(node.type.rawValue)), \"label\": \(quote(node.label)), "
            out += "\"aliases\": [\(node.aliases.map(quote).joined(separator: ", "))], "
            out += "\"attributes\": \(object(node.attributes))}"
        }
        out += graph.nodes.isEmpty ? "],\n" : "\n  ],\n"
        out += "  \"edges\": ["
        for (index, edge) in graph.edges.enumerated() {
            out += index == 0 ? "\n    " : ",\n    "
            out += "{\"source\": \(quote(edge.source)), \"target\": \(quote(edge.target)), "
            out += "\"type\": \(quote(edge.type.rawValue)), \"confidence\": \(number(edge.confidence)), "
            if !edge.attributes.isEmpty { out += "\"attributes\": \(object(edge.attributes)), " }
            out += "\"evidence\": ["
            for (position, evidence) in edge.evidence.enumerated() {
                if position > 0 { out += ", " }
                append(evidence, to: &out)
            }
            out += "]}"
        }
        out += graph.edges.isEmpty ? "]" : "\n  ]"
        // Written only when known, so graphs without documents keep their old bytes.
        if !graph.documents.isEmpty {
            out += ",\n  \"documents\": ["
            for (index, document) in graph.documents.enumerated() {
                out += index == 0 ? "\n    " : ",\n    "
                out += "{\"name\": \(quote(document.name)), \"date\": \(document.date.map(quote) ?? "null")}"
            }
            out += "\n  ]"
        }
        return out + "\n}\n"
    }

    /// Parses and validates a graph. Throws ``RelGraphError/badInput(_:)`` naming `source`.
    public static func decode(_ data: Data, source: String = "graph") throws -> RelationshipGraph {
        if data.isEmpty { throw RelGraphError.badInput("\(source): empty file, expected a relgraph JSON graph") }
        let graph: RelationshipGraph
        do {
            // The schema-aware reader: JSONDecoder dominated large-graph loads (Benchmarks/query).
            graph = try GraphJSONReader.read(data)
        } catch let error as GraphJSONReader.Failure {
            throw RelGraphError.badInput("\(source): not a relgraph JSON graph (\(error.message))")
        }
        try validate(graph, source: source)
        return graph
    }

    /// Checks the invariants other verbs rely on: unique ids, edges between known actors.
    public static func validate(_ graph: RelationshipGraph, source: String) throws {
        var ids = Set<String>()
        for node in graph.nodes where !ids.insert(node.id).inserted {
            throw RelGraphError.badInput("\(source): actor id '\(node.id)' appears twice")
        }
        for edge in graph.edges {
            for end in [edge.source, edge.target] where !ids.contains(end) {
                throw RelGraphError.badInput("\(source): relation \(edge.type.rawValue) refers to unknown actor '\(end)'")
            }
            guard edge.confidence.isFinite, (0...1).contains(edge.confidence) else {
                throw RelGraphError.badInput("\(source): relation \(edge.source) → \(edge.target) has confidence outside 0…1")
            }
        }
        var keys = Set<RelationKey>()
        for edge in graph.edges where !keys.insert(edge.key).inserted {
            // The actor's id as its node spells it: the catalog names it so (GraphCatalog.load).
            func id(_ end: String) -> String { ids.firstIndex(of: end).map { ids[$0] } ?? end }
            throw duplicateRelation(source: source, from: id(edge.source), type: edge.type, to: id(edge.target))
        }
    }

    /// A relation stated twice: `stats` would count both and `export` merge them (issue #15), so
    /// every verb refuses the file alike.
    package static func duplicateRelation(source: String, from: String, type: RelationType, to: String) -> RelGraphError {
        .badInput("\(source): relation \(from) \(type.rawValue) \(to) appears twice; a graph states each relation once")
    }

    private static func describe(_ error: DecodingError) -> String {
        func path(_ context: DecodingError.Context) -> String {
            let keys = context.codingPath.map { $0.intValue.map(String.init) ?? $0.stringValue }
            return keys.isEmpty ? "top level" : keys.joined(separator: ".")
        }
        switch error {
        case .keyNotFound(let key, let context): return "missing '\(key.stringValue)' at \(path(context))"
        case .typeMismatch(_, let context): return "wrong type at \(path(context))"
        case .valueNotFound(_, let context): return "missing value at \(path(context))"
        case .dataCorrupted(let context):
            return context.codingPath.isEmpty ? "invalid JSON" : "invalid value at \(path(context))"
        @unknown default: return "invalid JSON"
        }
    }

    /// One evidence object, appended piece by piece: interpolating and joining a string per
    /// evidence cost more than escaping them.
    private static func append(_ evidence: Evidence, to out: inout String) {
        out += "{\"document\": "
        out += quote(evidence.document)
        out += ", \"sentence\": "
        out += quote(evidence.sentence)
        out += ", \"start\": "
        out += String(evidence.start)
        out += ", \"end\": "
        out += String(evidence.end)
        if let date = evidence.date {
            out += ", \"date\": "
            out += quote(date)
        }
        out += "}"
    }

    private static func object(_ dictionary: [String: String]) -> String {
        "{" + dictionary.keys.sorted().map { "\(quote($0)): \(quote(dictionary[$0]!))" }.joined(separator: ", ") + "}"
    }

    private static func number(_ value: Double) -> String {
        value == value.rounded() ? String(format: "%.1f", value) : String(value)
    }

    /// A JSON string literal with the escapes RFC 8259 requires.
    package static func quote(_ text: String) -> String {
        // Most names and sentences need no escape: copied whole, not scalar by scalar.
        if !needsEscape(text) { return "\"" + text + "\"" }
        // Escaped byte by byte: every escaped character is ASCII or U+2028/U+2029, and the other
        // bytes are copied as they are (appending scalar by scalar to a String cost ten times more).
        let bytes = Array(text.utf8)
        var out: [UInt8] = [UInt8(ascii: "\"")]
        out.reserveCapacity(bytes.count + 16)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80, bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9 {
                out += Array((bytes[index + 2] == 0xA8 ? "\\u2028" : "\\u2029").utf8)
                index += 3
                continue
            }
            switch byte {
            case UInt8(ascii: "\""): out += [UInt8(ascii: "\\"), UInt8(ascii: "\"")]
            case UInt8(ascii: "\\"): out += [UInt8(ascii: "\\"), UInt8(ascii: "\\")]
            case UInt8(ascii: "\n"): out += [UInt8(ascii: "\\"), UInt8(ascii: "n")]
            case UInt8(ascii: "\r"): out += [UInt8(ascii: "\\"), UInt8(ascii: "r")]
            case UInt8(ascii: "\t"): out += [UInt8(ascii: "\\"), UInt8(ascii: "t")]
            case ..<0x20: out += Array(String(format: "\\u%04x", UInt32(byte)).utf8)
            default: out.append(byte)
            }
            index += 1
        }
        out.append(UInt8(ascii: "\""))
        return String(decoding: out, as: UTF8.self)
    }

    /// Whether `text` holds anything ``quote(_:)`` escapes: a control character, `"`, `\`,
    /// U+2028 or U+2029 (UTF-8 E2 80 A8 / E2 80 A9).
    private static func needsEscape(_ text: String) -> Bool {
        // In place where the bytes are contiguous (native strings: all of them).
        if let found = text.utf8.withContiguousStorageIfAvailable(needsEscape) { return found }
        return Array(text.utf8).withUnsafeBufferPointer { needsEscape($0) }
    }

    private static func needsEscape(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        for (index, byte) in bytes.enumerated() {
            if byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") { return true }
            if byte == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80, bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9 {
                return true
            }
        }
        return false
    }
}
