import Foundation
import RelGraphTestSupport
import Testing

/// `extract` and `ingest` read the same files the same way and merge them by the same rule, so
/// they write the same graph, whatever the order the files are named or ingested in.
@Suite(.serialized) struct MergeOrderTests {
    /// Invented sentences stating relations the French example states too, with other cues (so
    /// other confidences): the meeting and the visit get three or four supporting documents.
    static let invented = [
        "visite.fr.txt": "Vladimir Poutine s'est rendu en Corée du Nord. Kim Jong-un a rencontré Vladimir Poutine à Pyongyang.\n",
        "rencontre.fr.txt": "Kim Jong-un a rencontré Vladimir Poutine à Vladivostok. Vladimir Poutine pourrait se rendre en Corée du Nord.\n",
        "sommet.fr.txt": "Vladimir Poutine et Kim Jong-un se sont rencontrés lors d'un sommet à Moscou. Vladimir Poutine a effectué une visite en Corée du Nord.\n",
    ]

    @Test func extractInAnyOrderEqualsIngest() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanUp() }
        var files: [String] = []
        for example in ["putin-north-korea.fr.txt", "sahel-summit.en.txt"] {
            let text = try Data(contentsOf: CLIRunner.packageRoot.appendingPathComponent("Examples/" + example))
            files.append(try folder.write("corpus/" + example, text))
        }
        for (name, text) in Self.invented { files.append(try folder.write("corpus/" + name, text)) }

        var random = SeededGenerator(seed: 2026)
        var outputs: [Data] = []
        for _ in 0..<3 {
            files.shuffle(using: &random)
            let result = try CLIRunner.run(["extract"] + files)
            #expect(result.status == 0, "stderr: \(result.stderr)")
            outputs.append(result.stdoutData)
        }
        #expect(Set(outputs).count == 1, "extract gave different graphs for different file orders")

        let db = folder.path + "/corpus.sqlite"
        let ingest = try CLIRunner.run(["ingest", folder.path + "/corpus", "--db", db, "--jobs", "2"])
        #expect(ingest.status == 0, "stderr: \(ingest.stderr)")
        let exported = try CLIRunner.run(["export", "--db", db, "--format", "json"])
        #expect(exported.status == 0, "stderr: \(exported.stderr)")
        #expect(exported.stdout == String(decoding: outputs[0], as: UTF8.self))

        // The graph is not trivially equal: several documents support one relation.
        let graph = try JSONSerialization.jsonObject(with: outputs[0]) as? [String: Any]
        let edges = graph?["edges"] as? [[String: Any]] ?? []
        let multiDocument = edges.filter { edge in
            Set((edge["evidence"] as? [[String: Any]] ?? []).compactMap { $0["document"] as? String }).count >= 3
        }
        #expect(!multiDocument.isEmpty)
    }
}
