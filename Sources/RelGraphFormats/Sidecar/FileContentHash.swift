#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A fast 64-bit hash of a file's bytes, recorded in a sidecar to notice a graph file edited in
/// place with its size and time kept. Not cryptographic: it guards against accidents, not forgery.
///
/// Four independent lanes each take one little-endian 64-bit word of every 32-byte block
/// (`lane = rotl((lane ^ word) &* P, 31)`), so the multiplications overlap; the bytes after the
/// last whole block and the length are folded in at the end (`INDEXFORMAT.md`). Every step is a
/// bijection of the lane, so changing a single word always changes the hash.
public struct FileContentHash: Sendable {
    private var lanes: (UInt64, UInt64, UInt64, UInt64) =
        (0x243F_6A88_85A3_08D3, 0x1319_8A2E_0370_7344, 0xA409_3822_299F_31D0, 0x082E_FA98_EC4E_6C89)
    private var length: UInt64 = 0
    private static let prime: UInt64 = 0x9E37_79B9_7F4A_7C15
    static let blockSize = 32

    /// The hash of `bytes`.
    public static func of(bytes: UnsafeRawBufferPointer) -> UInt64 {
        var hash = FileContentHash()
        let whole = bytes.count / blockSize * blockSize
        hash.add(blocks: UnsafeRawBufferPointer(rebasing: bytes[..<whole]))
        return hash.finish(tail: UnsafeRawBufferPointer(rebasing: bytes[whole...]))
    }

    /// The hash of `bytes`.
    public static func of(_ bytes: [UInt8]) -> UInt64 {
        bytes.withUnsafeBytes { of(bytes: $0) }
    }

    /// The hash of everything read from `descriptor` until its end, or nil on a read error.
    static func of(descriptor: Int32) -> UInt64? {
        let capacity = 1 << 20  // a multiple of the block size
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: capacity, alignment: 8)
        defer { buffer.deallocate() }
        var hash = FileContentHash()
        while true {
            // Fill the buffer whole (short reads are allowed), so a partial block only comes last.
            var filled = 0
            while filled < capacity {
                let count = read(descriptor, buffer.baseAddress! + filled, capacity - filled)
                if count < 0 {
                    if errno == EINTR { continue }
                    return nil
                }
                if count == 0 { break }
                filled += count
            }
            let whole = filled / blockSize * blockSize
            hash.add(blocks: UnsafeRawBufferPointer(rebasing: buffer[..<whole]))
            if filled < capacity {
                return hash.finish(tail: UnsafeRawBufferPointer(rebasing: buffer[whole ..< filled]))
            }
        }
    }

    private mutating func add(blocks: UnsafeRawBufferPointer) {
        var (a, b, c, d) = lanes
        var offset = 0
        while offset < blocks.count {
            a = Self.step(a, blocks.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
            b = Self.step(b, blocks.loadUnaligned(fromByteOffset: offset + 8, as: UInt64.self))
            c = Self.step(c, blocks.loadUnaligned(fromByteOffset: offset + 16, as: UInt64.self))
            d = Self.step(d, blocks.loadUnaligned(fromByteOffset: offset + 24, as: UInt64.self))
            offset += Self.blockSize
        }
        lanes = (a, b, c, d)
        length &+= UInt64(blocks.count)
    }

    private func finish(tail: UnsafeRawBufferPointer) -> UInt64 {
        var (a, b, c, d) = lanes
        var offset = 0
        while offset + 8 <= tail.count {
            a = Self.step(a, tail.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
            offset += 8
        }
        var last: UInt64 = 0
        for (shift, index) in (offset ..< tail.count).enumerated() { last |= UInt64(tail[index]) << (8 * shift) }
        a = Self.step(a, last)
        var hash = Self.step(length &+ UInt64(tail.count), a)
        hash = Self.step(hash, b)
        hash = Self.step(hash, c)
        hash = Self.step(hash, d)
        return hash ^ (hash >> 29)
    }

    @inline(__always)
    private static func step(_ lane: UInt64, _ word: UInt64) -> UInt64 {
        let mixed = (lane ^ UInt64(littleEndian: word)) &* prime
        return (mixed << 31) | (mixed >> 33)
    }
}
