import Foundation
import RelGraphTime
import XCTest

/// Scores the recogniser on ``TimeExpressionSet``: the first date it finds in each sentence against
/// the expected normal form. Prints accuracy per language; every case must pass.
final class TimeAccuracyTests: XCTestCase {
    func testAccuracyPerLanguage() throws {
        var report: [String] = []
        var failures: [String] = []
        for language in TimeLanguage.allCases {
            let recognizer = TimeExpressionRecognizer(language: language)
            let cases = try XCTUnwrap(TimeExpressionSet.cases[language])
            XCTAssertGreaterThanOrEqual(cases.count, 20, "\(language): the set must stay at least 20 expressions")
            var correct = 0
            for item in cases {
                let reference = try XCTUnwrap(PartialDate(iso: item.documentDate))
                let found = recognizer.firstDate(in: item.text, documentDate: reference)?.description ?? "-"
                if found == item.expected {
                    correct += 1
                } else {
                    failures.append("\(language): \"\(item.text)\" → \(found), expected \(item.expected)")
                }
            }
            let accuracy = Double(correct) / Double(cases.count)
            report.append("\(language.rawValue): \(correct)/\(cases.count) = \(String(format: "%.3f", accuracy))")
        }
        print("time expression accuracy: " + report.joined(separator: ", "))
        XCTAssertEqual(failures, [], failures.joined(separator: "\n"))
    }

    func testRelativeExpressionsNeedTheDocumentDate() {
        let recognizer = TimeExpressionRecognizer(language: .fr)
        let found = recognizer.expressions(in: "Hier, il a signé l'accord du 3 mars 2020.", documentDate: nil)
        XCTAssertEqual(found.map(\.text), ["Hier", "3 mars 2020"])
        XCTAssertEqual(found.map { $0.date?.description ?? "-" }, ["-", "2020-03-03"])
        XCTAssertEqual(found.map(\.isRelative), [true, false])
        XCTAssertEqual(recognizer.firstDate(in: "Hier, il a signé l'accord du 3 mars 2020.", documentDate: nil)?.description, "2020-03-03")
    }

    func testExpressionRangesAreScalarOffsets() {
        let text = "Der Präsident reiste am 19. Juni 2024 ab."
        let found = TimeExpressionRecognizer(language: .de).expressions(in: text, documentDate: nil)
        XCTAssertEqual(found.count, 1)
        let scalars = Array(text.unicodeScalars)
        XCTAssertEqual(String(String.UnicodeScalarView(scalars[found[0].range])), "am 19. Juni 2024")
    }

    func testHostileTextGivesNoDateAndNoCrash() {
        let recognizer = TimeExpressionRecognizer(language: .en)
        for text in ["", "   ", "\u{0}\u{1}", String(repeating: "9", count: 10_000), "31/02/2024", "2024-13-01",
                     String(repeating: "last ", count: 5_000), "June 31, 2024"] {
            XCTAssertNil(recognizer.firstDate(in: text, documentDate: PartialDate(iso: "2024-06-18")), text.prefix(20).description)
        }
    }
}
