import Foundation
import Testing
import RelGraphTestSupport
@testable import RelGraphFormats

/// The content hash a sidecar records of its graph file (``FileContentHash``, ``FileStamp``).
@Suite struct FileContentHashTests {
    /// Read from a file in 1 MiB chunks, or hashed from memory: the same value, at every length
    /// around the block and chunk sizes.
    @Test func theFileAndItsBytesHashAlike() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanUp() }
        var random = SeededGenerator(seed: 9)
        for length in [0, 1, 7, 8, 31, 32, 33, 1000, 1 << 20, (1 << 20) + 5, 3 * (1 << 20) - 1] {
            let bytes = (0 ..< length).map { _ in UInt8.random(in: 0 ... 255, using: &random) }
            let path = try folder.write("f\(length)", Data(bytes))
            let stamp = try #require(FileStamp.of(path: path))
            #expect(stamp.size == UInt64(length))
            #expect(stamp.contentHash == FileContentHash.of(bytes), "\(length) bytes")
        }
    }

    /// Any one byte changed, anywhere, changes the hash; so does a byte appended, even a zero.
    @Test func everyOneByteEditChangesTheHash() {
        var random = SeededGenerator(seed: 10)
        let bytes = (0 ..< 200).map { _ in UInt8.random(in: 0 ... 255, using: &random) }
        let hash = FileContentHash.of(bytes)
        var seen: Set<UInt64> = [hash]
        for index in bytes.indices {
            for flip: UInt8 in [0x01, 0x80, 0x20] {
                var edited = bytes
                edited[index] ^= flip
                #expect(seen.insert(FileContentHash.of(edited)).inserted, "byte \(index) ^ \(flip)")
            }
        }
        #expect(FileContentHash.of(bytes + [0]) != hash)
        #expect(FileContentHash.of(Array(bytes.dropLast())) != hash)
        // Two words swapped between lanes are told apart.
        var swapped = bytes
        swapped.swapAt(0, 8)
        if swapped != bytes { #expect(FileContentHash.of(swapped) != hash) }
    }

    /// A FIFO is stamped without being read (opening it must not wait for a writer).
    @Test func aFIFOIsStampedWithoutReadingIt() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanUp() }
        let path = folder.path + "/pipe"
        #expect(mkfifo(path, 0o600) == 0)
        let stamp = try #require(FileStamp.of(path: path))
        #expect(stamp.contentHash == 0 && stamp.size == 0)
    }
}
