import ArgumentParser

/// `-o FILE`: where a query verb writes what it would print. The file is written as every
/// `-o` is (``OutputFile``): atomically for a regular file, in place for a device or FIFO, and
/// never over an input of the same run.
struct OutputOption: ParsableArguments {
    @Option(name: [.short, .customLong("output")], help: "Write to this file instead of stdout.")
    var output: String?

    /// Writes `text` to `-o` or stdout, after refusing an `-o` that names one of `inputs`.
    func write(_ text: String, inputs: [String]) throws {
        try OutputFile.refuseOverwriting(inputs: inputs, with: output)
        try OutputFile.write(text, to: output)
    }
}
