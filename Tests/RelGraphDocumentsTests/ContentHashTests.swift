import Foundation
@testable import RelGraphDocuments
import RelGraphTestSupport
import Testing

@Suite struct ContentHashTests {
    @Test func matchesPublishedVectors() {
        #expect(ContentHash.sha256Hex([UInt8]()) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(ContentHash.sha256Hex(Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(ContentHash.sha256Hex(Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8))
                == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
    }

    /// Padding is where hand-written SHA-256 goes wrong: compare every length around one and two
    /// blocks with coreutils' sha256sum.
    @Test(arguments: [54, 55, 56, 57, 63, 64, 65, 119, 120, 128, 1000])
    func agreesWithSha256sumAtBlockBoundaries(length: Int) throws {
        let bytes = (0..<length).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }
        let folder = try TemporaryFolder()
        defer { folder.cleanUp() }
        let file = try folder.write("bytes.bin", Data(bytes))
        let output = try ProcessRunner.run(URL(fileURLWithPath: "/usr/bin/sha256sum"), [file]).stdout
        #expect(ContentHash.sha256Hex(bytes) == String(output.prefix(64)))
    }
}
