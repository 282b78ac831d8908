extension String {
    /// The text of `scalars`, encoded straight into UTF-8: the same String as
    /// `String(String.UnicodeScalarView(scalars))`, which appends scalar by scalar through
    /// generic code (a tenth of extraction, for every token and evidence sentence).
    init(scalars: ArraySlice<Unicode.Scalar>) {
        var capacity = 0
        for scalar in scalars { capacity += UTF8.width(scalar) }
        self.init(unsafeUninitializedCapacity: capacity) { buffer in
            var count = 0
            for scalar in scalars {
                UTF8.encode(scalar) { byte in
                    buffer[count] = byte
                    count += 1
                }
            }
            return count
        }
    }
}
