import Foundation
import RelGraphCore

/// Lossless JSON encodings of the fields that flat formats (GraphML data, CSV cells) cannot hold
/// as they are: lists whose items may contain any separator, evidence with its spans and dates,
/// attribute maps whose keys may clash with fixed columns. Each is one JSON text in one string
/// field, with keys sorted so the output is byte-stable; readers get back exactly the graph
/// JSON's values (`"start"`, `"end"` as integers, dates only when known).
enum FieldJSON {
    /// `["a","b"]`.
    static func strings(_ values: [String]) -> String { encode(values) }

    /// `{"key":"value",…}`.
    static func object(_ values: [String: String]) -> String { encode(values) }

    /// `[{"document":…,"sentence":…,"start":n,"end":n[,"date":…]},…]`, in the relation's order.
    static func evidence(_ evidence: [Evidence]) -> String {
        encode(evidence.map { item -> [String: Any] in
            var object: [String: Any] = ["document": item.document, "sentence": item.sentence, "start": item.start, "end": item.end]
            if let date = item.date { object["date"] = date }
            return object
        })
    }

    private static func encode(_ value: Any) -> String {
        // Only strings, integers, arrays and dictionaries reach here: serialisation cannot fail.
        let data = (try? JSONSerialization.data(withJSONObject: value, options: [.sortedKeys, .withoutEscapingSlashes])) ?? Data("null".utf8)
        return String(decoding: data, as: UTF8.self)
    }
}
