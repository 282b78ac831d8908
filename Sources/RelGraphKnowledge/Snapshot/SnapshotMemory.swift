import Foundation

/// The bytes a read snapshot's sections stay in: the snapshot file, mapped for as long as a
/// lexicon uses it, or a copy when the bytes came from elsewhere (tests, an array). The surface
/// index and the raw tables are read there, not copied to the heap (copying them was a hundred
/// page faults of a one-sentence `extract`, Benchmarks/startup).
///
/// relgraph replaces a snapshot by renaming a new file over it, so a mapped one never changes.
final class SnapshotMemory: @unchecked Sendable {
    let bytes: UnsafeRawBufferPointer
    /// What to free: an allocation, or nil for a mapping.
    private let allocation: UnsafeMutableRawBufferPointer?

    /// A read-only mapping (`mmap`) this object now owns and unmaps.
    init(mapping: UnsafeRawBufferPointer) {
        bytes = mapping
        allocation = nil
    }

    /// A copy of `bytes`.
    init(copying source: UnsafeRawBufferPointer) {
        let allocation = UnsafeMutableRawBufferPointer.allocate(byteCount: max(source.count, 1), alignment: 8)
        if source.count > 0 { allocation.copyMemory(from: source) }
        bytes = UnsafeRawBufferPointer(rebasing: allocation[..<source.count])
        self.allocation = allocation
    }

    deinit {
        if let allocation { allocation.deallocate() } else { munmap(UnsafeMutableRawPointer(mutating: bytes.baseAddress), bytes.count) }
    }
}

extension SnapshotReader {
    /// `count` bytes from the current offset where they lie, with what keeps them alive: the
    /// reader's ``SnapshotReader/memory``, or a copy when it has none. The caller checked the count.
    func bytesInPlace(_ range: Range<Int>) -> (bytes: UnsafeRawBufferPointer, memory: SnapshotMemory) {
        let slice = UnsafeRawBufferPointer(rebasing: bytes[range])
        if let memory { return (slice, memory) }
        let copy = SnapshotMemory(copying: slice)
        return (copy.bytes, copy)
    }
}
