import RelGraphCore
import RelGraphTime

/// Reads the date options (`--date`, `--since`, `--until`): ISO 8601 `YYYY-MM-DD`, `YYYY-MM` or `YYYY`.
enum DateOption {
    static func parse(_ text: String?, name: String) throws -> PartialDate? {
        guard let text else { return nil }
        guard let date = PartialDate(iso: text), text.count <= 10 else {
            throw RelGraphError.usage("\(name) '\(text)' is not a date (YYYY-MM-DD, YYYY-MM or YYYY)")
        }
        return date
    }
}
