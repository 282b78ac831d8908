import Foundation

/// Free-form attributes (`[String: String]`) stored as a JSON object in a TEXT column, with
/// sorted keys so equal attributes are equal text. Most rows hold `{}`, which skips JSON entirely.
/// Both engines store attributes this way (the PostgreSQL engine uses it too).
public enum AttributesColumn {
    public static func encode(_ attributes: [String: String]) -> String {
        if attributes.isEmpty { return "{}" }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        // A [String: String] always encodes; the fallback cannot be reached.
        guard let data = try? encoder.encode(attributes) else { return "{}" }
        return String(decoding: data, as: UTF8.self)
    }

    /// Throws rather than reading a damaged column as "no attributes": that would silently turn a
    /// speculative (`modality`) relation into a stated one.
    public static func decode(_ text: String) throws -> [String: String] {
        if text == "{}" { return [:] }
        do {
            return try JSONDecoder().decode([String: String].self, from: Data(text.utf8))
        } catch {
            throw StoreError.damagedAttributes("corpus database", column: String(text.prefix(60)))
        }
    }
}
