import Foundation
import RelGraphCore

/// The parameters of a request's query string, decoded strictly: malformed percent-encoding,
/// non-UTF-8 bytes and values that do not parse are 400s naming the parameter, never guesses.
struct QueryParameters {
    private var values: [String: String] = [:]

    /// Longest value accepted for any parameter, in bytes.
    static let maximumValueLength = 1_000

    init(rawQuery: String?) throws(APIError) {
        guard let rawQuery, !rawQuery.isEmpty else { return }
        for pair in rawQuery.split(separator: "&", omittingEmptySubsequences: true) {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let key = try Self.decode(parts[0], name: "a parameter name")
            let value = parts.count > 1 ? try Self.decode(parts[1], name: key) : ""
            guard value.utf8.count <= Self.maximumValueLength else {
                throw .badRequest("parameter '\(key)' is longer than \(Self.maximumValueLength) bytes")
            }
            if values[key] == nil { values[key] = value }
        }
    }

    private static func decode(_ text: Substring, name: String) throws(APIError) -> String {
        let spaced = text.replacingOccurrences(of: "+", with: " ")
        guard let decoded = spaced.removingPercentEncoding else {
            throw .badRequest("\(name) is not valid percent-encoded UTF-8")
        }
        guard !decoded.unicodeScalars.contains(where: { $0.value == 0 }) else {
            throw .badRequest("\(name) contains a NUL character")
        }
        return decoded
    }

    /// The value, or nil when absent or empty.
    subscript(name: String) -> String? {
        values[name].flatMap { $0.isEmpty ? nil : $0 }
    }

    func required(_ name: String) throws(APIError) -> String {
        guard let value = self[name] else { throw .badRequest("parameter '\(name)' is required") }
        return value
    }

    func integer(_ name: String, in range: ClosedRange<Int>, default fallback: Int) throws(APIError) -> Int {
        guard let text = self[name] else { return fallback }
        guard let value = Int(text), range.contains(value) else {
            throw .badRequest("parameter '\(name)' must be a whole number from \(range.lowerBound) to \(range.upperBound) (got '\(text)')")
        }
        return value
    }

    func optionalInteger(_ name: String, in range: ClosedRange<Int>) throws(APIError) -> Int? {
        guard self[name] != nil else { return nil }
        return try integer(name, in: range, default: range.lowerBound)
    }

    func number(_ name: String, in range: ClosedRange<Double>, default fallback: Double) throws(APIError) -> Double {
        guard let text = self[name] else { return fallback }
        guard let value = Double(text), value.isFinite, range.contains(value) else {
            throw .badRequest("parameter '\(name)' must be a number from \(range.lowerBound) to \(range.upperBound) (got '\(text)')")
        }
        return value
    }

    /// A comma-separated list of relation types, or nil for all.
    func relationTypes(_ name: String = "relations") throws(APIError) -> Set<RelationType>? {
        guard let text = self[name] else { return nil }
        do { return Set(try RelationType.parseList(text)) } catch {
            throw .badRequest("parameter '\(name)': \(error)")
        }
    }

    /// A comma-separated list of actor types, or nil for all.
    func actorTypes(_ name: String = "actorTypes") throws(APIError) -> Set<ActorType>? {
        guard let text = self[name] else { return nil }
        var types: Set<ActorType> = []
        for part in text.split(separator: ",") {
            let trimmed = part.trimmingCharacters(in: .whitespaces)
            guard let type = ActorType(rawValue: trimmed) else {
                let known = ActorType.allCases.map(\.rawValue).joined(separator: ", ")
                throw .badRequest("parameter '\(name)': unknown actor type '\(trimmed)' (known: \(known))")
            }
            types.insert(type)
        }
        return types
    }
}
