import Foundation
@testable import RelGraphFormats

/// The binary sidecar (`relgraph index`) reader on any bytes: a catalog or a typed problem, never
/// a crash or an allocation the file's size does not justify. Each input is tried twice: as it
/// is, and with its header's length, stamp (content hash included) and checksum made consistent, so mutations reach the
/// columns behind the checksum instead of stopping at it.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSidecarReader(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let bytes = Data(bytes: start, count: count)
    let stamp = FileStamp(size: 1234, seconds: 1_700_000_000, nanoseconds: 5, contentHash: 0x5EED)
    _ = try? GraphSidecar.decode(bytes, graphPath: "fuzz.json", stamp: stamp)
    guard bytes.count >= GraphSidecar.headerSize, bytes.starts(with: GraphSidecar.magic) else { return 0 }
    var patched = bytes
    func put(_ value: UInt64, at offset: Int) {
        withUnsafeBytes(of: value.littleEndian) { patched.replaceSubrange(offset ..< offset + 8, with: $0) }
    }
    put(stamp.size, at: 16)
    put(UInt64(bitPattern: stamp.seconds), at: 24)
    put(UInt64(bitPattern: stamp.nanoseconds), at: 32)
    put(stamp.contentHash, at: 80)
    put(UInt64(patched.count), at: 64)
    let checksum = patched.withUnsafeBytes { raw in
        SidecarChecksum.of([UnsafeRawBufferPointer(rebasing: raw[..<GraphSidecar.checksumOffset]),
                            UnsafeRawBufferPointer(rebasing: raw[(GraphSidecar.checksumOffset + 8)...])])
    }
    put(checksum, at: GraphSidecar.checksumOffset)
    _ = try? GraphSidecar.decode(patched, graphPath: "fuzz.json", stamp: stamp)
    return 0
}
