import Foundation
import RelGraphCore
import RelGraphKnowledge
import RelGraphTime
import Testing
@testable import RelGraphExtraction

/// Dated evidence and offices in time, on invented sentences and invented persons (so the
/// expectations do not depend on the curated registry).
@Suite struct TimeExtractionTests {
    static let persons = """
        #relgraph-lexicon 1 persons
        name\trole\tof\tstart\tend\tvariants\tsurnames
        Oskar Lindqvist\tpresident\tFI\t2010-03-01\t2022-02-28\t\tLindqvist
        Rosa Almeida\tpresident\tPT\t2016-03-09\t\t\tAlmeida

        """

    static let extractor: Extractor = {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("relgraph-time-test-persons-\(getpid()).tsv").path
        try! persons.write(toFile: path, atomically: true, encoding: .utf8)
        return try! Extractor(lexicon: Lexicon.load(extraFiles: [path]))
    }()

    private func graph(_ text: String, date: String?) -> RelationshipGraph {
        Self.extractor.extract(text: text, document: "t.txt", date: date.flatMap { PartialDate(iso: $0) })
    }

    private func officeEdge(_ graph: RelationshipGraph, _ person: String) -> Relation? {
        graph.edges.first { $0.type == .leaderOf && $0.source == person }
    }

    // MARK: Evidence dates

    @Test func aRelativeExpressionIsReadAgainstTheDocumentDate() throws {
        let text = "Hier, le président portugais Rosa Almeida a rencontré le président finlandais Oskar Lindqvist à Lisbonne."
        let meet = try #require(graph(text, date: "2024-06-18").edges.first { $0.type == .meet })
        #expect(meet.evidence.map(\.date) == ["2024-06-17"])
        // Without a document date the relative "hier" cannot be dated.
        let undated = try #require(graph(text, date: nil).edges.first { $0.type == .meet })
        #expect(undated.evidence.map(\.date) == [nil])
    }

    @Test func anAbsoluteExpressionNeedsNoDocumentDateAndASentenceWithoutOneTakesTheDocuments() throws {
        let text = """
            En 2019, le président portugais Rosa Almeida a rencontré le président finlandais Oskar Lindqvist. \
            Le Portugal a accusé la Russie de mentir.
            """
        let undated = graph(text, date: nil)
        #expect(undated.edges.first { $0.type == .meet }?.evidence.map(\.date) == ["2019"])
        #expect(undated.edges.first { $0.type == .accuse }?.evidence.map(\.date) == [nil])
        #expect(undated.documents == [DocumentRecord(name: "t.txt", date: nil)])
        let dated = graph(text, date: "2024-06-18")
        #expect(dated.edges.first { $0.type == .accuse }?.evidence.map(\.date) == ["2024-06-18"])
        #expect(dated.documents == [DocumentRecord(name: "t.txt", date: "2024-06-18")])
        // Every evidence of the dated document has a date.
        #expect(dated.edges.flatMap(\.evidence).allSatisfy { $0.date != nil })
    }

    // MARK: Offices in time

    @Test func aCurrentOfficeCarriesItsStartOnly() throws {
        let graph = graph("Le président portugais Rosa Almeida a rencontré le Premier ministre finlandais.", date: "2024-06-18")
        let office = try #require(officeEdge(graph, "person:rosa-almeida"))
        #expect(office.attributes["start"] == "2016-03-09")
        #expect(office.attributes["end"] == nil && !office.isPastOffice)
    }

    @Test func anOfficeThatEndedBeforeTheSentenceIsPastWithItsTerm() throws {
        let graph = graph("Le président finlandais Oskar Lindqvist a rencontré le président portugais Rosa Almeida.", date: "2024-06-18")
        let office = try #require(officeEdge(graph, "person:oskar-lindqvist"))
        #expect(office.isPastOffice)
        #expect(office.attributes["start"] == "2010-03-01" && office.attributes["end"] == "2022-02-28")
        #expect(office.officeTerm == "2010–2022")
    }

    @Test(arguments: [
        ("L'ancien président portugais Rosa Almeida a rencontré le président finlandais.", Language.fr),
        ("Former Portuguese President Rosa Almeida met the Finnish president.", .en),
        ("El expresidente, el antiguo presidente portugués Rosa Almeida, se reunió con el presidente finlandés.", .es),
        ("Die ehemalige portugiesische Präsidentin Rosa Almeida traf den finnischen Präsidenten.", .de),
        ("The then-president of Portugal, President Rosa Almeida, met the Finnish president.", .en),
    ])
    func aPredecessorCueMakesTheOfficePastEndingAtTheSentenceDate(text: String, language: Language) throws {
        let graph = Self.extractor.extract(text: text, document: "t.txt", language: language, date: PartialDate(iso: "2024-06-18"))
        let office = try #require(officeEdge(graph, "person:rosa-almeida"), "\(language): \(graph.edges.map(\.type))")
        #expect(office.isPastOffice)
        // The registry says she is still in office; the text says otherwise: the term ends by the sentence's date.
        #expect(office.attributes["start"] == "2016-03-09" && office.attributes["end"] == "2024-06-18")
    }

    @Test func commonWordsAreNoCueAwayFromTheName() throws {
        let text = "In late June the talks resumed, and then Portuguese President Rosa Almeida met the Finnish president."
        let graph = Self.extractor.extract(text: text, document: "t.txt", language: .en, date: PartialDate(iso: "2024-06-18"))
        let office = try #require(officeEdge(graph, "person:rosa-almeida"))
        #expect(!office.isPastOffice)
    }
}
