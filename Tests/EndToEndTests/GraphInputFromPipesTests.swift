import Foundation
import RelGraphFormats
import RelGraphTestSupport
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Graph files that are not regular files are read, not refused with a guess at the reason.
@Suite struct GraphInputFromPipesTests {
    /// A FIFO with a writer (as `--graph <(zcat g.json.gz)` gives) used to be "cannot be read
    /// (permission denied?)".
    @Test func graphFromAFIFOIsRead() throws {
        let folder = try CLIRunner.temporaryDirectory()
        let fifo = folder.appendingPathComponent("g.fifo").path
        #expect(mkfifo(fifo, 0o600) == 0)
        let text = GraphJSON.encode(SampleGraphs.summit)
        // If relgraph closes the FIFO early, the write must fail, not kill the test runner.
        signal(SIGPIPE, SIG_IGN)
        let writer = Thread {
            let descriptor = open(fifo, O_WRONLY)  // waits for relgraph to open the reading end
            guard descriptor >= 0 else { return }
            try? FileDescriptorWriting.writeAll(Data(text.utf8), to: descriptor)
            close(descriptor)
        }
        writer.start()
        let result = try CLIRunner.run(["stats", "--graph", fifo])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(result.stdout.hasPrefix("actors: 7"), "stdout: \(result.stdout)")
    }
}

/// `write(2)` until every byte is out (test side).
enum FileDescriptorWriting {
    static func writeAll(_ data: Data, to descriptor: Int32) throws {
        try data.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 { throw POSIXError(.EIO) }
                offset += written
            }
        }
    }
}
