import Foundation
import RelGraphCore
@testable import RelGraphDocuments
import RelGraphExtraction
import RelGraphKnowledge

/// The whole text pipeline on any bytes: decoding, stripping (as HTML when the first byte is odd),
/// extraction with the bundled lexicon and models. Properties: no crash, and every evidence span
/// lies inside the text and holds its sentence.
let extractor: Extractor = {
    do { return try Extractor(lexicon: Lexicon.load()) } catch { fatalError("cannot load the lexicon: \(error)") }
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTextPipeline(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let bytes = Data(bytes: start, count: count)
    guard let text = try? TextDecoding.decode(bytes, path: "fuzz.txt") else { return 0 }
    let format: DocumentFormat = (bytes.first ?? 0) & 1 == 1 ? .html : .text
    let plain = MarkupStripper.plainText(text, format: format)
    let graph = extractor.extract(text: plain, document: "fuzz.txt")
    let scalars = Array(plain.unicodeScalars)
    for relation in graph.edges {
        for evidence in relation.evidence {
            precondition(0 <= evidence.start && evidence.start <= evidence.end && evidence.end <= scalars.count, "span outside the text")
            var sentence = String.UnicodeScalarView()
            sentence.append(contentsOf: scalars[evidence.start ..< evidence.end])
            precondition(String(sentence) == evidence.sentence, "span does not hold its sentence")
        }
    }
    return 0
}
