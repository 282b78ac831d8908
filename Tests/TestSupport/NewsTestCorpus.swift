import Foundation

/// Articles for the PostgreSQL tests: the two sample articles of Examples/ (real news text, fr
/// and en) and generated reports whose sentences name well-known actors, so the real extractor
/// finds actors and relations shared across many documents — the rows concurrent workers race on.
public enum NewsTestCorpus {
    /// Writes the corpus under `folder/corpus` and returns that path.
    @discardableResult
    public static func write(_ folder: TemporaryFolder, generated count: Int) throws -> String {
        let people = ["Emmanuel Macron", "Olaf Scholz", "Pedro Sánchez", "Joe Biden", "Xi Jinping", "Narendra Modi", "Vladimir Putin"]
        let places = ["Paris", "Berlin", "Madrid", "Washington", "Beijing", "New Delhi", "Moscow"]
        let verbs = ["met", "criticized", "visited", "signed an agreement with", "accused"]
        for index in 0..<count {
            let a = people[index % people.count], b = people[(index / people.count + index + 1) % people.count]
            var text = "Report \(index), published on 2024-0\(index % 9 + 1)-1\(index % 10).\n\n"
            text += "\(a) \(verbs[index % verbs.count]) \(b) in \(places[(index * 3) % places.count]) on Tuesday. "
            text += "\(a) visited \(places[(index + 3) % places.count]) the next day.\n"
            text += "Russia supplied weapons to North Korea, according to officials in \(places[index % places.count]).\n"
            text += String(repeating: "The talks continued for many hours without a statement. ", count: index % 5)
            try folder.write("corpus/batch\(index % 5)/report-\(index).txt", text)
        }
        let examples = PostgresTestServer.repositoryRoot.appendingPathComponent("Examples")
        for name in ["putin-north-korea.fr.txt", "sahel-summit.en.txt"] {
            let data = try Data(contentsOf: examples.appendingPathComponent(name))
            try folder.write("corpus/examples/\(name)", data)
        }
        // The same bytes under a second path: a duplicate, stored once.
        try folder.write("corpus/examples/copy-of-sahel.txt", try Data(contentsOf: examples.appendingPathComponent("sahel-summit.en.txt")))
        return folder.path + "/corpus"
    }
}
