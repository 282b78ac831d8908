import Foundation

/// Free-form attributes (`[String: String]`) stored as a JSON object in a TEXT column, with
/// sorted keys so equal attributes are equal text. Most rows hold `{}`, which skips JSON entirely.
enum AttributesColumn {
    static func encode(_ attributes: [String: String]) -> String {
        if attributes.isEmpty { return "{}" }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        guard let data = try? encoder.encode(attributes) else { return "{}" }
        return String(decoding: data, as: UTF8.self)
    }

    static func decode(_ text: String) -> [String: String] {
        if text == "{}" || text.isEmpty { return [:] }
        return (try? JSONDecoder().decode([String: String].self, from: Data(text.utf8))) ?? [:]
    }
}
