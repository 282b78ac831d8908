import Foundation
@testable import RelGraphDocuments

/// The markup stripper on any bytes, as HTML and as Markdown (the text decoder first, as the
/// readers do). Properties: no crash, outputs within their size bounds, and the text of a script
/// whose tags are well formed never reaches the output.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzMarkupStripper(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let bytes = Data(bytes: start, count: count)
    guard let text = try? TextDecoding.decode(bytes, path: "fuzz.html") else { return 0 }
    let html = MarkupStripper.plainText(text, format: .html)
    let markdown = MarkupStripper.plainText(text, format: .markdown)
    // Stripping never invents text: the output is at most the input plus one line break per tag
    // and what references expand to (the longest, &NotNestedGreaterGreater;, is 2 scalars for 25 bytes).
    precondition(html.utf8.count <= text.utf8.count * 2 + 16, "HTML output grew: \(text.utf8.count) → \(html.utf8.count)")
    precondition(markdown.utf8.count <= text.utf8.count + 1, "Markdown output grew")
    // (A literal "<script" can survive: "<<e>script>" is the text "<script>" in HTML5 too, which
    // the first version of this property missed; the fuzzer found it in 5 minutes.)
    let wrapped = MarkupStripper.plainText("<p>a<script>" + text.replacingOccurrences(of: "/", with: "") + "</script>b</p>", format: .html)
    precondition(wrapped == "\nab\n", "script content leaked: \(wrapped.debugDescription)")
    return 0
}
