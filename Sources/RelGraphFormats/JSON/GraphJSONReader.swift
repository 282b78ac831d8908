import Foundation
import RelGraphCore

/// A single-pass reader of the JSON graph format (README, "Design contract") straight into a ``RelationshipGraph``.
///
/// Foundation's `JSONDecoder` on Linux builds a generic value tree and goes through `Codable`:
/// on a 50k-relation graph it took 20× longer than indexing the graph (Benchmarks/query). This
/// reader walks the bytes once, knows the schema, and accepts what the `Codable` path accepts:
/// keys in any order, unknown keys skipped, optional fields absent or `null`, strict UTF-8,
/// RFC 8259 escapes. Errors name the place (`edges.12.confidence`) in one line.
struct GraphJSONReader {
    struct Failure: Error, CustomStringConvertible {
        var message: String
        /// The message alone: it is quoted inside other errors' lines (``GraphFileChanged``).
        var description: String { message }
    }

    let bytes: UnsafeBufferPointer<UInt8>
    var position = 0
    /// Container nesting, bounded so hostile input cannot exhaust the stack.
    var depth = 0
    private static let maxDepth = 256

    init(_ bytes: UnsafeBufferPointer<UInt8>, at position: Int = 0) {
        self.bytes = bytes
        self.position = position
    }

    /// Where the JSON text starts: after a UTF-8 byte order mark, which editors on Windows write
    /// and RFC 8259 §8.1 lets a parser ignore. Positions stay offsets into the whole file.
    static func textStart(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0
    }

    /// Parses `data` as a relgraph JSON graph.
    static func read(_ data: Data) throws -> RelationshipGraph {
        try data.withUnsafeBytes { raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            var reader = GraphJSONReader(bytes, at: textStart(bytes))
            let graph = try reader.graph()
            reader.skipWhitespace()
            guard reader.position == reader.bytes.count else { throw reader.failure("trailing characters after the graph") }
            return graph
        }
    }

    // MARK: Schema

    private mutating func graph() throws -> RelationshipGraph {
        var nodes: [Actor]?, edges: [Relation]?, documents: [DocumentRecord] = []
        try object(at: "top level") { reader, key in
            switch key {
            case "nodes": nodes = try reader.array(at: "nodes") { reader, index in try reader.actor(at: "nodes.\(index)") }
            case "edges": edges = try reader.array(at: "edges") { reader, index in try reader.relation(at: "edges.\(index)") }
            case "documents": documents = try reader.documents()
            default: try reader.skipValue()
            }
        }
        guard let nodes else { throw Failure(message: "missing 'nodes' at top level") }
        guard let edges else { throw Failure(message: "missing 'edges' at top level") }
        return RelationshipGraph(nodes: nodes, edges: edges, documents: documents)
    }

    /// The optional `documents` list: `[{"name": …, "date": … or null}]`.
    mutating func documents() throws -> [DocumentRecord] {
        try optional { reader in
            try reader.array(at: "documents") { reader, index in
                var name: String?, date: String?
                try reader.object(at: "documents.\(index)") { reader, key in
                    switch key {
                    case "name": name = try reader.string(at: "documents.\(index).name")
                    case "date": date = try reader.optional { try $0.string(at: "documents.\(index).date") }
                    default: try reader.skipValue()
                    }
                }
                guard let name else { throw Failure(message: "missing 'name' at documents.\(index)") }
                return DocumentRecord(name: name, date: date)
            }
        } ?? []
    }

    mutating func actor(at path: @autoclosure () -> String) throws -> Actor {
        var id: String?, type: ActorType?, label: String?
        var aliases: [String] = [], attributes: [String: String] = [:]
        // Keys matched on their bytes: no String per key.
        try members(at: path()) { reader, key in
            if try reader.span(key, is: "id") {
                id = try reader.string(at: "\(path()).id")
            } else if try reader.span(key, is: "type") {
                let name = try reader.string(at: "\(path()).type")
                guard let known = ActorType(rawValue: name) else { throw Failure(message: "invalid value at \(path()).type") }
                type = known
            } else if try reader.span(key, is: "label") {
                label = try reader.string(at: "\(path()).label")
            } else if try reader.span(key, is: "aliases") {
                aliases = try reader.optional { try $0.stringArray(at: "\(path()).aliases") } ?? []
            } else if try reader.span(key, is: "attributes") {
                attributes = try reader.optional { try $0.stringObject(at: "\(path()).attributes") } ?? [:]
            } else {
                try reader.skipValue()
            }
        }
        guard let id else { throw Failure(message: "missing 'id' at \(path())") }
        guard let type else { throw Failure(message: "missing 'type' at \(path())") }
        guard let label else { throw Failure(message: "missing 'label' at \(path())") }
        return Actor(id: id, type: type, label: label, aliases: aliases, attributes: attributes)
    }

    mutating func relation(at path: @autoclosure () -> String) throws -> Relation {
        var source: String?, target: String?, type: RelationType?, confidence: Double?
        var evidence: [Evidence] = [], attributes: [String: String] = [:]
        // Keys matched on their bytes: no String per key.
        try members(at: path()) { reader, key in
            if try reader.span(key, is: "source") {
                source = try reader.string(at: "\(path()).source")
            } else if try reader.span(key, is: "target") {
                target = try reader.string(at: "\(path()).target")
            } else if try reader.span(key, is: "type") {
                let name = try reader.string(at: "\(path()).type")
                guard let known = RelationType(rawValue: name) else { throw Failure(message: "invalid value at \(path()).type") }
                type = known
            } else if try reader.span(key, is: "confidence") {
                confidence = try reader.optional { try $0.number(at: "\(path()).confidence") }
            } else if try reader.span(key, is: "evidence") {
                evidence = try reader.optional { reader in
                    try reader.array(at: "\(path()).evidence") { reader, index in
                        try reader.evidence(at: "\(path()).evidence.\(index)")
                    }
                } ?? []
            } else if try reader.span(key, is: "attributes") {
                attributes = try reader.optional { try $0.stringObject(at: "\(path()).attributes") } ?? [:]
            } else {
                try reader.skipValue()
            }
        }
        guard let source else { throw Failure(message: "missing 'source' at \(path())") }
        guard let target else { throw Failure(message: "missing 'target' at \(path())") }
        guard let type else { throw Failure(message: "missing 'type' at \(path())") }
        return Relation(source: source, target: target, type: type, confidence: confidence ?? 1,
                        evidence: evidence, attributes: attributes)
    }

    mutating func evidence(at path: @autoclosure () -> String) throws -> Evidence {
        var document: String?, sentence: String?, start: Int?, end: Int?, date: String?
        // Keys matched on their bytes: no String per key.
        try members(at: path()) { reader, key in
            if try reader.span(key, is: "document") {
                document = try reader.string(at: "\(path()).document")
            } else if try reader.span(key, is: "date") {
                date = try reader.optional { try $0.string(at: "\(path()).date") }
            } else if try reader.span(key, is: "sentence") {
                sentence = try reader.string(at: "\(path()).sentence")
            } else if try reader.span(key, is: "start") {
                start = try reader.integer(at: "\(path()).start")
            } else if try reader.span(key, is: "end") {
                end = try reader.integer(at: "\(path()).end")
            } else {
                try reader.skipValue()
            }
        }
        guard let document else { throw Failure(message: "missing 'document' at \(path())") }
        guard let sentence else { throw Failure(message: "missing 'sentence' at \(path())") }
        guard let start else { throw Failure(message: "missing 'start' at \(path())") }
        guard let end else { throw Failure(message: "missing 'end' at \(path())") }
        return Evidence(document: document, sentence: sentence, start: start, end: end, date: date)
    }

    mutating func stringArray(at path: @autoclosure () -> String) throws -> [String] {
        try array(at: path()) { reader, index in try reader.string(at: "\(path()).\(index)") }
    }

    mutating func stringObject(at path: @autoclosure () -> String) throws -> [String: String] {
        var result: [String: String] = [:]
        try object(at: path()) { reader, key in result[key] = try reader.string(at: "\(path()).\(key)") }
        return result
    }

    // MARK: Containers

    /// Reads `{ "key": value, … }`, handing each key to `member`, which must consume the value.
    mutating func object(at path: @autoclosure () -> String, _ member: (inout GraphJSONReader, String) throws -> Void) throws {
        try members(at: path()) { reader, key in try member(&reader, try reader.value(of: key)) }
    }

    /// ``object(at:_:)`` with each key as a span of the input, not a `String`: for the scan.
    mutating func members(at path: @autoclosure () -> String, _ member: (inout GraphJSONReader, StringSpan) throws -> Void) throws {
        skipWhitespace()
        guard peek() == UInt8(ascii: "{") else { throw Failure(message: "wrong type at \(path())") }
        try enter()
        position += 1
        skipWhitespace()
        if peek() == UInt8(ascii: "}") { position += 1; depth -= 1; return }
        while true {
            skipWhitespace()
            guard peek() == UInt8(ascii: "\"") else { throw failure("expected a key") }
            let key = try skipString()
            skipWhitespace()
            guard peek() == UInt8(ascii: ":") else { throw failure("expected ':'") }
            position += 1
            try member(&self, key)
            skipWhitespace()
            switch peek() {
            case UInt8(ascii: ","): position += 1
            case UInt8(ascii: "}"): position += 1; depth -= 1; return
            default: throw failure("expected ',' or '}'")
            }
        }
    }

    /// Reads `[ value, … ]` with `element` reading each value.
    mutating func array<T>(at path: @autoclosure () -> String, _ element: (inout GraphJSONReader, Int) throws -> T) throws -> [T] {
        var result: [T] = []
        try elements(at: path()) { reader, index in result.append(try element(&reader, index)) }
        return result
    }

    /// Walks `[ value, … ]`, `element` consuming each value; returns how many there were.
    @discardableResult
    mutating func elements(at path: @autoclosure () -> String, _ element: (inout GraphJSONReader, Int) throws -> Void) throws -> Int {
        skipWhitespace()
        guard peek() == UInt8(ascii: "[") else { throw Failure(message: "wrong type at \(path())") }
        try enter()
        position += 1
        var count = 0
        skipWhitespace()
        if peek() == UInt8(ascii: "]") { position += 1; depth -= 1; return count }
        while true {
            try element(&self, count)
            count += 1
            skipWhitespace()
            switch peek() {
            case UInt8(ascii: ","): position += 1
            case UInt8(ascii: "]"): position += 1; depth -= 1; return count
            default: throw failure("expected ',' or ']'")
            }
        }
    }

    mutating func enter() throws {
        depth += 1
        if depth > Self.maxDepth { throw failure("nested deeper than \(Self.maxDepth) levels") }
    }

    /// nil for a JSON `null` (as `decodeIfPresent` reads it), else `value`.
    mutating func optional<T>(_ value: (inout GraphJSONReader) throws -> T) throws -> T? {
        skipWhitespace()
        if matchLiteral("null") { return nil }
        return try value(&self)
    }

    // MARK: Scalars

    mutating func string(at path: @autoclosure () -> String) throws -> String {
        skipWhitespace()
        guard peek() == UInt8(ascii: "\"") else { throw Failure(message: "wrong type at \(path())") }
        return try rawString()
    }

    /// Reads a string literal at `position` (which holds the opening quote).
    mutating func rawString() throws -> String {
        position += 1
        let start = position
        // Fast path: no escapes, so the bytes are the string; ASCII needs no UTF-8 validation
        // (the generic validating initialiser costs more than the rest of the reader).
        var highBits: UInt8 = 0
        while position < bytes.count {
            let byte = bytes[position]
            if byte == UInt8(ascii: "\"") {
                let slice = UnsafeBufferPointer(rebasing: bytes[start ..< position])
                position += 1
                if highBits & 0x80 == 0 { return String(decoding: slice, as: UTF8.self) }
                guard let text = String(validating: slice, as: UTF8.self) else { throw failure("invalid UTF-8") }
                return text
            }
            highBits |= byte
            if byte == UInt8(ascii: "\\") { break }
            if byte < 0x20 { throw failure("control character in a string") }
            position += 1
        }
        var scalars = Array(bytes[start ..< position])
        while position < bytes.count {
            let byte = bytes[position]
            switch byte {
            case UInt8(ascii: "\""):
                position += 1
                guard let text = String(validating: scalars, as: UTF8.self) else { throw failure("invalid UTF-8") }
                return text
            case UInt8(ascii: "\\"):
                position += 1
                guard position < bytes.count else { break }
                let escape = bytes[position]
                position += 1
                switch escape {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): scalars.append(escape)
                case UInt8(ascii: "b"): scalars.append(0x08)
                case UInt8(ascii: "f"): scalars.append(0x0C)
                case UInt8(ascii: "n"): scalars.append(0x0A)
                case UInt8(ascii: "r"): scalars.append(0x0D)
                case UInt8(ascii: "t"): scalars.append(0x09)
                case UInt8(ascii: "u"):
                    let scalar = try unicodeEscape()
                    UTF8.encode(scalar) { scalars.append($0) }
                default: throw failure("invalid escape in a string")
                }
            default:
                if byte < 0x20 { throw failure("control character in a string") }
                scalars.append(byte)
                position += 1
            }
        }
        throw failure("unterminated string")
    }

    /// The scalar of a `\uXXXX` escape (after `\u`), joining surrogate pairs.
    mutating func unicodeEscape() throws -> Unicode.Scalar {
        var value = try hexQuad()
        if (0xD800 ..< 0xDC00).contains(value) {
            guard position + 1 < bytes.count, bytes[position] == UInt8(ascii: "\\"), bytes[position + 1] == UInt8(ascii: "u")
            else { throw failure("unpaired surrogate in a string") }
            position += 2
            let low = try hexQuad()
            guard (0xDC00 ..< 0xE000).contains(low) else { throw failure("unpaired surrogate in a string") }
            value = 0x10000 + ((value - 0xD800) << 10) + (low - 0xDC00)
        } else if (0xDC00 ..< 0xE000).contains(value) {
            throw failure("unpaired surrogate in a string")
        }
        guard let scalar = Unicode.Scalar(value) else { throw failure("invalid \\u escape") }
        return scalar
    }

    mutating func hexQuad() throws -> UInt32 {
        guard position + 4 <= bytes.count else { throw failure("invalid \\u escape") }
        var value: UInt32 = 0
        for _ in 0 ..< 4 {
            let byte = bytes[position]
            let digit: UInt32
            switch byte {
            case UInt8(ascii: "0") ... UInt8(ascii: "9"): digit = UInt32(byte - UInt8(ascii: "0"))
            case UInt8(ascii: "a") ... UInt8(ascii: "f"): digit = UInt32(byte - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A") ... UInt8(ascii: "F"): digit = UInt32(byte - UInt8(ascii: "A") + 10)
            default: throw failure("invalid \\u escape")
            }
            value = value << 4 | digit
            position += 1
        }
        return value
    }

    /// Where the JSON number at `position` lies, checked against RFC 8259's grammar.
    mutating func numberRange(at path: @autoclosure () -> String) throws -> Range<Int> {
        skipWhitespace()
        let start = position
        func digits() -> Int {
            let from = position
            while position < bytes.count, (UInt8(ascii: "0") ... UInt8(ascii: "9")).contains(bytes[position]) { position += 1 }
            return position - from
        }
        if peek() == UInt8(ascii: "-") { position += 1 }
        let integerDigits = digits()
        guard integerDigits > 0, !(integerDigits > 1 && bytes[position - integerDigits] == UInt8(ascii: "0")) else {
            position = start
            throw Failure(message: "wrong type at \(path())")
        }
        if peek() == UInt8(ascii: ".") {
            position += 1
            guard digits() > 0 else { throw failure("invalid number") }
        }
        if peek() == UInt8(ascii: "e") || peek() == UInt8(ascii: "E") {
            position += 1
            if peek() == UInt8(ascii: "+") || peek() == UInt8(ascii: "-") { position += 1 }
            guard digits() > 0 else { throw failure("invalid number") }
        }
        return start ..< position
    }

    func text(of range: Range<Int>) -> Substring {
        Substring(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }

    mutating func number(at path: @autoclosure () -> String) throws -> Double {
        let range = try numberRange(at: path())
        if let value = Self.shortDecimal(bytes, range) { return value }
        guard let value = Double(text(of: range)), value.isFinite else { throw Failure(message: "invalid value at \(path())") }
        return value
    }

    mutating func integer(at path: @autoclosure () -> String) throws -> Int {
        let range = try numberRange(at: path())
        if let value = Self.shortInteger(bytes, range) { return value }
        let text = text(of: range)
        if let value = Int(text) { return value }
        // 12.0 and 1e3 are integers too, as JSONDecoder reads them.
        guard let value = Double(text), value == value.rounded(), abs(value) < 9e15 else {
            throw Failure(message: "invalid value at \(path())")
        }
        return Int(value)
    }

    // MARK: Skipping and whitespace

    /// Skips any JSON value (for keys the schema does not know).
    mutating func skipValue() throws {
        skipWhitespace()
        switch peek() {
        case UInt8(ascii: "{"): try members(at: "value") { reader, _ in try reader.skipValue() }
        case UInt8(ascii: "["): try elements(at: "value") { reader, _ in try reader.skipValue() }
        case UInt8(ascii: "\""): _ = try skipString()
        case UInt8(ascii: "t"): guard matchLiteral("true") else { throw failure("invalid literal") }
        case UInt8(ascii: "f"): guard matchLiteral("false") else { throw failure("invalid literal") }
        case UInt8(ascii: "n"): guard matchLiteral("null") else { throw failure("invalid literal") }
        default: _ = try numberRange(at: "value")
        }
    }

    mutating func matchLiteral(_ literal: StaticString) -> Bool {
        let count = literal.utf8CodeUnitCount
        guard position + count <= bytes.count else { return false }
        let text = UnsafeBufferPointer(start: literal.utf8Start, count: count)
        for offset in 0 ..< count where bytes[position + offset] != text[offset] { return false }
        position += count
        return true
    }

    @inline(__always) mutating func skipWhitespace() {
        while position < bytes.count {
            switch bytes[position] {
            case 0x20, 0x0A, 0x0D, 0x09: position += 1
            default: return
            }
        }
    }

    @inline(__always) func peek() -> UInt8? { position < bytes.count ? bytes[position] : nil }

    func failure(_ what: String) -> Failure {
        Failure(message: position >= bytes.count ? "unexpected end of file" : "\(what) at byte \(position)")
    }
}
