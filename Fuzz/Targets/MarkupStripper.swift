import Foundation
@testable import RelGraphDocuments

/// The markup stripper on any bytes, as HTML and as Markdown (the text decoder first, as the
/// readers do). Properties: no crash, and nothing of a tag survives in the HTML output when the
/// input has no '<' inside a decoded entity.
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
    if !text.contains("&") { precondition(!html.contains("<script"), "a script tag survived") }
    return 0
}
