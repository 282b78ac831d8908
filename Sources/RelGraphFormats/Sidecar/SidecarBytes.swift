import Foundation
import RelGraphCore

/// Little-endian output for ``GraphSidecar``: fixed-width integers, length-prefixed UTF-8 strings
/// and whole columns.
struct SidecarWriter {
    private(set) var bytes: [UInt8] = []

    mutating func append<T: FixedWidthInteger>(_ value: T) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    mutating func append(_ text: String) {
        append(UInt32(text.utf8.count))
        bytes.append(contentsOf: text.utf8)
    }

    /// A column, element by element in little-endian order.
    mutating func append<T: FixedWidthInteger>(column: [T]) {
        #if _endian(little)
        column.withUnsafeBytes { bytes.append(contentsOf: $0) }
        #else
        for value in column { append(value) }
        #endif
    }

    /// Overwrites the 8 bytes at `offset` (a header field filled in last).
    mutating func set(_ value: UInt64, at offset: Int) {
        withUnsafeBytes(of: value.littleEndian) { raw in
            for (index, byte) in raw.enumerated() { bytes[offset + index] = byte }
        }
    }
}

/// Bounds-checked little-endian input for ``GraphSidecar``: every read past the end throws.
struct SidecarReader {
    struct Failure: Error { let message: String }

    let bytes: UnsafeRawBufferPointer
    private(set) var position = 0

    init(_ bytes: UnsafeRawBufferPointer, at position: Int = 0) {
        self.bytes = bytes
        self.position = position
    }

    var remaining: Int { bytes.count - position }

    mutating func read<T: FixedWidthInteger>(_: T.Type, _ what: @autoclosure () -> String) throws -> T {
        let size = MemoryLayout<T>.size
        guard remaining >= size else { throw Failure(message: "truncated in \(what())") }
        defer { position += size }
        return T(littleEndian: bytes.loadUnaligned(fromByteOffset: position, as: T.self))
    }

    /// A length-prefixed string; invalid UTF-8 throws.
    mutating func string(_ what: @autoclosure () -> String) throws -> String {
        let count = Int(try read(UInt32.self, what()))
        guard remaining >= count else { throw Failure(message: "truncated in \(what())") }
        defer { position += count }
        if count == 0 { return "" }
        let utf8 = UnsafeRawBufferPointer(rebasing: bytes[position ..< position + count]).assumingMemoryBound(to: UInt8.self)
        guard let text = String(validating: utf8, as: UTF8.self) else {
            throw Failure(message: "invalid UTF-8 in \(what())")
        }
        return text
    }

    /// `count` integers as a column.
    mutating func column<T: FixedWidthInteger>(of _: T.Type, count: Int, _ what: @autoclosure () -> String) throws -> [T] {
        let size = MemoryLayout<T>.stride
        guard count >= 0, count <= remaining / size else { throw Failure(message: "truncated in \(what())") }
        let start = position
        position += count * size
        return [T](unsafeUninitializedCapacity: count) { buffer, initialized in
            let raw = UnsafeMutableRawBufferPointer(buffer)
            raw.copyMemory(from: UnsafeRawBufferPointer(rebasing: bytes[start ..< start + count * size]))
            #if _endian(big)
            for index in 0 ..< count { buffer[index] = T(littleEndian: buffer[index]) }
            #endif
            initialized = count
        }
    }
}

/// The checksum a sidecar stores: 64-bit words folded as `h = (h ^ w) &* p` with an odd `p`, so a
/// change to any one word (any single corrupted byte) always changes the result.
enum SidecarChecksum {
    static func of(_ parts: [UnsafeRawBufferPointer]) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for part in parts {
            var offset = 0
            while offset + 8 <= part.count {
                hash = (hash ^ UInt64(littleEndian: part.loadUnaligned(fromByteOffset: offset, as: UInt64.self))) &* 0x0000_0100_0000_01B3
                offset += 8
            }
            var tail: UInt64 = UInt64(part.count - offset) << 56
            for (shift, index) in (offset ..< part.count).enumerated() { tail |= UInt64(part[index]) << (8 * shift) }
            hash = (hash ^ tail) &* 0x0000_0100_0000_01B3
        }
        return hash
    }
}
