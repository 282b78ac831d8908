import Foundation

/// Runs a Python peer (test-only; `make test` installs NetworkX) and returns its stdout.
public enum Python {
    public struct Failure: Error, CustomStringConvertible {
        public let description: String
    }

    public static func run(_ script: String, input: Data) throws -> String {
        let result = try ProcessRunner.python(["-c", script], stdin: input)
        guard result.status == 0 else { throw Failure(description: "python3 failed: " + result.stderr) }
        return result.stdout
    }
}
