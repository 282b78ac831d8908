/// Keeps `value` alive until the process exits, so its memory goes back to the system with the
/// process instead of being freed entry by entry.
///
/// For what a one-shot verb loads once and uses to the end (the lexicon, the extractor): freeing
/// their tens of thousands of dictionary entries just before exit costs milliseconds and buys nothing.
func keepUntilExit<Value>(_ value: Value) {
    _ = Unmanaged.passRetained(Kept(value))
}

private final class Kept<Value> {
    let value: Value
    init(_ value: Value) { self.value = value }
}
