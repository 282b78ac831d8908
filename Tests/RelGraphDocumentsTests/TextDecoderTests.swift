import Foundation
import RelGraphCore
@testable import RelGraphDocuments
import Testing

@Suite struct TextDecoderTests {
    @Test func refusesEmptyInput() {
        #expect(throws: RelGraphError.self) { try TextDecoder.decode(Data(), source: "a.txt") }
    }

    @Test func refusesInvalidUTF8WithItsOffset() {
        do {
            _ = try TextDecoder.decode(Data([0x41, 0x42, 0xC3, 0x28]), source: "bad.txt")
            Issue.record("invalid UTF-8 was accepted")
        } catch let error as RelGraphError {
            #expect(error.description.contains("invalid UTF-8 at byte 2"))
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }

    @Test func refusesBinary() {
        #expect(throws: RelGraphError.self) { try TextDecoder.decode(Data([0x7F, 0x45, 0x4C, 0x46, 0x00, 0x01]), source: "a.out") }
    }

    @Test func dropsByteOrderMark() throws {
        #expect(try TextDecoder.decode(Data([0xEF, 0xBB, 0xBF, 0x68, 0x69]), source: "a") == "hi")
    }
}
