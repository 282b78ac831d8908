import Foundation
import RelGraphCore
import RelGraphTime

/// One article's gold annotation, as `eval/SCHEMA.md` defines it.
public struct GoldAnnotation: Decodable, Sendable {
    public struct Actor: Decodable, Sendable {
        public var key: String
        public var type: String
        public var names: [String]
    }

    public struct Relation: Decodable, Sendable {
        public var type: String
        public var source: String
        public var target: String
        /// The sentence or clause that states it.
        public var evidence: String?
    }

    public var id: String
    public var lang: String?
    public var actors: [Actor]
    public var relations: [Relation]
}

/// An article and its gold annotation.
public struct AnnotatedArticle: Sendable {
    public let name: String
    public let text: String
    public let gold: GoldAnnotation
    /// The publication date the text gives (a dateline), found as `relgraph extract` finds it, so
    /// that training reads the article as extraction will.
    public let date: PartialDate?

    public init(name: String, text: String, gold: GoldAnnotation) {
        self.name = name
        self.text = text
        self.gold = gold
        date = DocumentDateFinder.find(markup: nil, plainText: text)?.date
    }

    public var language: Language? { gold.lang.flatMap(Language.init(rawValue:)) }
}

/// Why an annotated corpus could not be read.
public enum AnnotatedCorpusError: Error, CustomStringConvertible {
    case notAFolder(String)
    case unreadable(String, reason: String)

    public var description: String {
        switch self {
        case .notAFolder(let path): return "\(path): expected a folder with articles/ and gold/"
        case .unreadable(let path, let reason): return "\(path): \(reason)"
        }
    }
}

/// A folder of annotated articles: `articles/<id>.txt` beside `gold/<id>.json`.
public enum AnnotatedCorpus {
    /// Every article that has both a text and a gold file, in name order.
    public static func load(folder: URL) throws -> [AnnotatedArticle] {
        let goldFolder = folder.appendingPathComponent("gold"), articleFolder = folder.appendingPathComponent("articles")
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: goldFolder.path) else {
            throw AnnotatedCorpusError.notAFolder(folder.path)
        }
        var articles: [AnnotatedArticle] = []
        for file in names.sorted() where file.hasSuffix(".json") {
            let id = String(file.dropLast(5))
            let textURL = articleFolder.appendingPathComponent(id + ".txt")
            guard FileManager.default.fileExists(atPath: textURL.path) else { continue }
            let goldURL = goldFolder.appendingPathComponent(file)
            let gold: GoldAnnotation
            do {
                gold = try JSONDecoder().decode(GoldAnnotation.self, from: Data(contentsOf: goldURL))
            } catch {
                throw AnnotatedCorpusError.unreadable(goldURL.path, reason: "not a gold annotation (\(error))")
            }
            guard let text = try? String(contentsOf: textURL, encoding: .utf8) else {
                throw AnnotatedCorpusError.unreadable(textURL.path, reason: "not UTF-8 text")
            }
            articles.append(AnnotatedArticle(name: id, text: text, gold: gold))
        }
        return articles
    }
}
