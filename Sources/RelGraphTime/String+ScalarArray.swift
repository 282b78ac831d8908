extension String {
    /// The scalars of the string, decoded in one pass: `Array(unicodeScalars)` counts them
    /// first (a walk over the text), then copies them (a second walk). Shared with the
    /// extraction stages, which index every document by scalar.
    public var scalarArray: [Unicode.Scalar] {
        // A string has at most as many scalars as UTF-8 bytes: the capacity always suffices.
        Array(unsafeUninitializedCapacity: utf8.count) { buffer, count in
            for scalar in unicodeScalars {
                buffer[count] = scalar
                count += 1
            }
        }
    }
}
