import Foundation
@testable import RelGraphDocuments
import RelGraphTestSupport
import Testing

@Suite struct HTMLStripperTests {
    private func strip(_ page: String) -> String { MarkupStripper.plainText(page, format: .html) }

    @Test func decodesEveryKindOfNamedReference() {
        // Each of these stayed raw with the 33-entity table: the United States were lost.
        #expect(strip("les &Eacute;tats-Unis") == "les États-Unis")
        #expect(strip("c&ocirc;te, &OElig;uvre, 5&nbsp;&euro;") == "côte, Œuvre, 5\u{00A0}€")
        #expect(strip("&NotNestedGreaterGreater; &fjlig;") == "\u{2AA2}\u{0338} fj")  // two code points each
        // Legacy names work without ';', the longest one winning, as in HTML5.
        #expect(strip("caf&eacute au lait, &notit; &copy2024") == "café au lait, ¬it; ©2024")
        #expect(strip("&bogus; AT&T") == "&bogus; AT&T")
    }

    @Test func decodesNumericReferencesAsHTML5Does() {
        #expect(strip("&#233;&#xE9;&#XE9;&#233 x") == "éééé x")
        #expect(strip("&#128;&#150;") == "€–")  // Windows-1252, not C1 controls
        #expect(strip("&#0;&#xD800;&#99999999999999999999;") == "\u{FFFD}\u{FFFD}\u{FFFD}")
        #expect(strip("&#; &#x;") == "&#; &#x;")
    }

    @Test func quotedAttributesMayHoldAngleBrackets() {
        #expect(strip(#"<a title="1 > 0" href='x>y'>Oslo</a> talks"#) == "Oslo talks")
        #expect(strip(#"<img alt=a>b>"#) == "b>")  // unquoted: the first '>' ends the tag
        // A quote that does not open a value is part of a name: the tag still ends at its '>'.
        #expect(strip(#"<a b"c>text"#) == "text")
        #expect(strip(#"<a b'c>text"#) == "text")
    }

    @Test func aLessThanSignBeforeASpaceIsText() {
        #expect(strip("<p>turnout < 50 % and 3<4</p>") == "\nturnout < 50 % and 3<4\n")
    }

    @Test func rawTextElementsEndOnlyAtTheirEndTag() {
        #expect(strip("a<script>if (x < y) { s = '</p>' }</script>b") == "ab")
        #expect(strip("a<STYLE>p{}</style >b") == "ab")
        #expect(strip("<head><title>T</title><body>Body text") == "Body text")  // </head> left out
        #expect(strip("a<!-- never closed") == "a")
    }

    /// Python's `html.unescape` implements HTML5's reference rules; on text without tags our
    /// stripper must agree with it, reference by reference.
    @Test func agreesWithPythonOnRandomReferences() throws {
        var generator = SeededGenerator(seed: 15)
        let names = ["amp", "lt", "Eacute", "eacute", "ocirc", "OElig", "euro", "nbsp", "not", "notin", "copy", "hellip",
                     "rarr", "DoubleLongLeftRightArrow", "fjlig", "bogus", "AMP", "Afr", "ngE", "lsquo", "yen", "frac12"]
        var samples: [String] = []
        for _ in 0 ..< 400 {
            var text = ""
            for _ in 0 ..< 4 {
                switch Int.random(in: 0 ..< 5, using: &generator) {
                case 0: text += "&" + names.randomElement(using: &generator)! + ";"
                case 1: text += "&" + names.randomElement(using: &generator)! + ["", "x", " ", "1"].randomElement(using: &generator)!
                case 2: text += "&#\(Int.random(in: 32 ... 0x2FFFF, using: &generator))" + ["", ";"].randomElement(using: &generator)!
                case 3: text += "&#x" + String(Int.random(in: 0xA0 ... 0x10FFFF, using: &generator), radix: 16) + ";"
                default: text += ["word", " ", "é", "&", "#", ";"].randomElement(using: &generator)!
                }
            }
            samples.append(text)
        }
        let input = try JSONSerialization.data(withJSONObject: samples)
        let script = """
            import html, json, sys
            print(json.dumps([html.unescape(s) for s in json.load(sys.stdin)]))
            """
        let expected = try JSONSerialization.jsonObject(with: Data(try Python.run(script, input: input).utf8)) as! [String]
        var disagreements: [String] = []
        for (sample, peer) in zip(samples, expected) where Self.withoutDropped(strip(sample)) != Self.withoutDropped(peer) {
            disagreements.append("\(sample): \(strip(sample).debugDescription) vs Python \(peer.debugDescription)")
        }
        #expect(disagreements.isEmpty, "\(disagreements.prefix(5))")
    }

    /// Python's `unescape` drops references to controls and noncharacters, which HTML5 keeps
    /// (a parse error only): such characters are left out of the comparison on both sides.
    private static func withoutDropped(_ text: String) -> String {
        var kept = String.UnicodeScalarView()
        kept.append(contentsOf: text.unicodeScalars.filter { scalar in
            let value = scalar.value
            let control = (0x01 ... 0x08).contains(value) || value == 0x0B || (0x0E ... 0x1F).contains(value) || (0x7F ... 0x9F).contains(value)
            let noncharacter = (0xFDD0 ... 0xFDEF).contains(value) || value & 0xFFFE == 0xFFFE
            return !control && !noncharacter
        })
        return String(kept)
    }
}
