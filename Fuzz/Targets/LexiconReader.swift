import Foundation
import RelGraphKnowledge

/// A user lexicon file on any bytes: the table parser, then building a lexicon from the table
/// (validation, forms, persons), each a table or one error, never a crash.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzLexiconReader(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    guard let text = String(validatingUTF8Bytes: UnsafeRawBufferPointer(start: start, count: count)) else { return 0 }
    guard let table = try? LexiconTable.parse(text, source: "fuzz.tsv") else { return 0 }
    _ = try? Lexicon(tables: [table])
    return 0
}

extension String {
    init?(validatingUTF8Bytes bytes: UnsafeRawBufferPointer) {
        guard let decoded = String(validating: bytes, as: UTF8.self) else { return nil }
        self = decoded
    }
}
