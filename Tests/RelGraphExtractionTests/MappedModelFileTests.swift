import Foundation
import RelGraphTestSupport
import Testing
@testable import RelGraphExtraction

/// Model files of format 3 are used where they are mapped: their weight table is checked for
/// its size and the file's checksum, not entry by entry. A damaged file must still be refused
/// with one line, and a hostile one (a valid checksum over a broken table) must never crash or
/// hang the scoring.
@Suite struct MappedModelFileTests {
    private func written(_ bytes: [UInt8]) throws -> (TemporaryFolder, URL) {
        let folder = try TemporaryFolder()
        return (folder, URL(fileURLWithPath: try folder.write("relations.rgmodel", Data(bytes))))
    }

    private func loadError(_ bytes: [UInt8]) throws -> String? {
        let (folder, url) = try written(bytes)
        defer { folder.cleanUp() }
        do {
            _ = try RelationModel.load(contentsOf: url)
            return nil
        } catch {
            return "\(error)"
        }
    }

    /// `bytes` with its last 8 bytes (the checksum) computed again after `change`.
    private func resealed(_ bytes: [UInt8], _ change: (inout [UInt8]) -> Void) -> [UInt8] {
        var out = ModelBytesWriter()
        out.bytes = Array(bytes.dropLast(8))
        change(&out.bytes)
        out.finish(format: UInt32(littleEndian: out.bytes.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: 4, as: UInt32.self) }))
        return out.bytes
    }

    @Test func aMappedModelScoresAsTheModelItWasWrittenFrom() throws {
        let model = ModelFileTests.smallModel()
        let (folder, url) = try written(model.encoded())
        defer { folder.cleanUp() }
        let loaded = try RelationModel.load(contentsOf: url)
        #expect(loaded == model)
        #expect(loaded.weights == model.weights)
        let vector = FeatureVector([])
        #expect(loaded.probabilities(vector) == model.probabilities(vector))
        var scores = [Double](repeating: 0, count: RelationLabel.all.count), expected = scores
        for slot: Int32 in [3, 7, 8, 64] {
            loaded.index.accumulate(slot: slot, into: &scores)
            model.weights.accumulate(slot: slot, into: &expected)
        }
        #expect(scores == expected)
    }

    @Test func theBundledModelsAreMappedAndScoreAsTheirRows() throws {
        let model = try RelationModel.bundled()
        let rows = model.weights
        #expect(rows.count == model.index.count)
        var random = SystemRandomNumberGenerator()
        for _ in 0..<200 {
            let slots = (0..<12).map { _ in Int32.random(in: 0..<Int32(FeatureHashing.slotCount), using: &random) }
            var scores = [Double](repeating: 0, count: model.labels.count), expected = scores
            model.index.accumulate(slots: slots, into: &scores)
            rows.accumulate(slots: slots, into: &expected)
            #expect(scores == expected)
        }
    }

    @Test func aTruncatedMappedFileIsRefused() throws {
        let bytes = ModelFileTests.smallModel().encoded()
        for cut in [0, 7, 40, bytes.count / 2, bytes.count - 9, bytes.count - 1] {
            let message = try loadError(Array(bytes[..<cut]))
            #expect(message?.hasPrefix("relation model:") == true, "\(cut): \(message ?? "accepted")")
        }
        // Cut inside the table, checksum made valid again: the sizes no longer fit.
        let table = resealed(bytes) { $0.removeLast(16) }
        #expect(try loadError(table)?.contains("weight table size") == true)
    }

    @Test func aTamperedMappedFileIsRefused() throws {
        let bytes = ModelFileTests.smallModel().encoded()
        // One flipped bit anywhere, the table included, fails the checksum.
        for offset in stride(from: 0, to: bytes.count, by: 5) {
            var damaged = bytes
            damaged[offset] ^= 0x10
            #expect(try loadError(damaged) != nil, "byte \(offset) changed and accepted")
        }
    }

    /// Behind a valid checksum: a table with no empty bucket, rows past the pairs and labels past
    /// the scores. Loading checks sizes only; scoring must finish without reading outside.
    @Test func aHostileTableNeverCrashesTheScoring() throws {
        let model = ModelFileTests.smallModel()
        let bytes = model.encoded()
        let index = model.index
        let entriesStart = bytes.count - 8 - index.count * WeightIndex.entryBytes
        let bucketsStart = entriesStart - index.bucketCount * 8
        let hostile: [[UInt8]] = [
            // Every bucket taken by slot 5's row (a probe for another slot would never stop).
            resealed(bytes) { file in
                for bucket in 0..<index.bucketCount {
                    let packed = (UInt64(6) | 0 << 21 | 1 << 48).littleEndian
                    withUnsafeBytes(of: packed) { file.replaceSubrange((bucketsStart + bucket * 8)..<(bucketsStart + bucket * 8 + 8), with: $0) }
                }
            },
            // Every row starting far past the pairs, with the most pairs a row can have.
            resealed(bytes) { file in
                for bucket in 0..<index.bucketCount where file[bucketsStart + bucket * 8] != 0 {
                    file.replaceSubrange((bucketsStart + bucket * 8 + 2)..<(bucketsStart + bucket * 8 + 8), with: [0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF])
                }
            },
            // Labels past the model's labels.
            resealed(bytes) { file in
                for entry in 0..<index.count { file[entriesStart + entry * WeightIndex.entryBytes] = 0xFF }
            },
        ]
        for file in hostile {
            let (folder, url) = try written(file)
            defer { folder.cleanUp() }
            let loaded = try RelationModel.load(contentsOf: url)
            var scores = [Double](repeating: 0, count: model.labels.count)
            loaded.index.accumulate(slots: [3, 5, 7, 100, 1 << 19], into: &scores)
            loaded.index.accumulate(slot: 9, into: &scores)
            #expect(scores.allSatisfy { $0.isFinite })
            _ = loaded.weights
        }
    }

    @Test func aFolderOrFIFOInsteadOfAModelIsRefused() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanUp() }
        #expect(throws: RelationModelError.self) { try RelationModel.load(contentsOf: URL(fileURLWithPath: folder.path)) }
        let fifo = folder.path + "/fifo.rgmodel"
        #expect(mkfifo(fifo, 0o600) == 0)
        #expect(throws: RelationModelError.unreadable(path: fifo)) { try NameTagger.load(contentsOf: URL(fileURLWithPath: fifo)) }
    }
}
