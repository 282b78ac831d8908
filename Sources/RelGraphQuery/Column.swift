/// An immutable array in a raw buffer, shared by reference.
///
/// The query loops read CSR arrays millions of times; through a raw buffer pointer each read is a
/// plain load, with no reference counting or uniqueness check on the way. The class owns the memory.
final class Column<Element>: @unchecked Sendable {
    let buffer: UnsafeBufferPointer<Element>

    init(_ elements: [Element]) {
        let memory = UnsafeMutableBufferPointer<Element>.allocate(capacity: max(elements.count, 1))
        _ = memory.initialize(from: elements)
        buffer = UnsafeBufferPointer(rebasing: memory[0 ..< elements.count])
    }

    /// A column of `count` elements written by `fill`, which must initialise all of them.
    init(count: Int, fill: (UnsafeMutableBufferPointer<Element>) -> Void) {
        let memory = UnsafeMutableBufferPointer<Element>.allocate(capacity: max(count, 1))
        let used = UnsafeMutableBufferPointer(rebasing: memory[0 ..< count])
        fill(used)
        buffer = UnsafeBufferPointer(used)
    }

    deinit {
        UnsafeMutableBufferPointer(mutating: buffer).deinitialize()
        if let base = buffer.baseAddress { base.deallocate() }
    }

    var count: Int { buffer.count }
    var byteCount: Int { buffer.count * MemoryLayout<Element>.stride }

    @inline(__always) subscript(position: Int) -> Element { buffer[position] }
}
