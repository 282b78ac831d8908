import RelGraphTime
import XCTest

final class DocumentDateFinderTests: XCTestCase {
    private func found(_ markup: String?, _ text: String, _ language: TimeLanguage? = nil) -> String? {
        DocumentDateFinder.find(markup: markup, plainText: text, language: language).map { "\($0.date) \($0.source.rawValue)" }
    }

    func testHTMLMetadataComesFirst() {
        let html = """
            <html><head><meta content="2024-06-19T06:10:00+02:00" property="article:published_time">
            <script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2024-06-20"}</script></head>
            <body><p>Publié le 21 juin 2024</p></body></html>
            """
        XCTAssertEqual(found(html, "Publié le 21 juin 2024"), "2024-06-19 html-metadata")
    }

    func testJSONLDAndTimeElement() {
        XCTAssertEqual(found(#"<script type="application/ld+json">{"datePublished" : "2023-08-18T10:00:00Z"}</script>"#, "x"),
                       "2023-08-18 json-ld")
        XCTAssertEqual(found(#"<p>By A. Writer, <time class="x" datetime='2022-10-20'>Oct 20</time></p>"#, "x"),
                       "2022-10-20 time-element")
        // A malformed value is ignored, not misread.
        XCTAssertNil(found(#"<meta name="date" content="yesterday"><time datetime="soon">"#, "Nothing here."))
    }

    func testDatelinesInFourLanguages() {
        XCTAssertEqual(found(nil, "Titre de l'article\nPublié le 19 juin 2024 à 10h00\n\nLe texte commence ici.", .fr), "2024-06-19 dateline")
        XCTAssertEqual(found(nil, "Headline\nJune 19, 2024\nThe text begins.", .en), "2024-06-19 dateline")
        XCTAssertEqual(found(nil, "Überschrift\nStand: 19.06.2024\nDer Text.", .de), "2024-06-19 dateline")
        XCTAssertEqual(found(nil, "Titular\nMadrid, 19 de junio de 2024\nEl texto.", .es), "2024-06-19 dateline")
        // A wire dateline without a year takes the latest year the article names.
        XCTAssertEqual(found(nil, "(Reuters) 19 June - The ministers met. Sanctions imposed in 2022 stay; talks began in 2024.", .en),
                       "2024-06-19 dateline")
    }

    func testHostileMarkupIsReadInOnePass() {
        // Many unterminated or bogus tags: each is looked at once (this used to be quadratic).
        XCTAssertNil(found(String(repeating: "<meta content=\"x\" ", count: 20_000), "x"))
        XCTAssertNil(found(String(repeating: "<meta name=date content=soon>", count: 20_000) + "<time", "x"))
        XCTAssertEqual(found(String(repeating: "<p>é</p>", count: 40_000) + "<meta name=\"DATE\" content=\"2021-01-02\">", "x"),
                       nil, "metadata past the searched head is ignored")
        XCTAssertEqual(found("<META NAME=\"date\" CONTENT=\"2021-01-02\">", "x"), "2021-01-02 html-metadata")
    }

    func testNoDateIsUnknown() {
        XCTAssertNil(found(nil, "Un titre\n\nLe président a rencontré son homologue mardi.", .fr))
        XCTAssertNil(found("", ""))
        // A date deep inside a long paragraph is an event, not a dateline.
        let paragraph = String(repeating: "Les négociations se poursuivent entre les deux capitales. ", count: 3) + "Le 3 mars 2020, un accord fut signé."
        XCTAssertNil(found(nil, paragraph, .fr))
    }
}
