import XCTest
@testable import DutchText

/// The 29 hand-made line-break cases (our copy in Fixtures/repair-dehyphenation-cases.tsv).
final class RepairDehyphenationTests: XCTestCase {
    struct Case { var left: String; var right: String; var expected: String; var rule: String }

    static func cases() throws -> [Case] {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Fixtures/repair-dehyphenation-cases.tsv")
        let text = try String(contentsOf: url, encoding: .utf8)
        return text.split(separator: "\n").filter { !$0.hasPrefix("#") }.map { line in
            let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            return Case(left: f[0].replacingOccurrences(of: "\\u00AD", with: "\u{AD}"), right: f[1], expected: f[2], rule: f[3])
        }
    }

    func fold(_ s: String) -> String { s.folding(options: [.diacriticInsensitive], locale: nil) }

    func testAll29CasesThroughLines() throws {
        let cases = try Self.cases()
        XCTAssertEqual(cases.count, 29)
        let d = Dehyphenator()
        XCTAssertGreaterThan(d.lexicon.count, 100_000, "the bundled OpenTaal list")
        var failures: [String] = []
        for c in cases {
            let out = d.apply(lines: ["Zie " + c.left, c.right + " verder."])
            let joined = out.filter { !$0.isEmpty }.joined(separator: " ")
            let expected = "Zie " + c.expected + " verder."
            if fold(joined) != fold(expected) { failures.append("\(c.left)|\(c.right): got «\(joined)» (\(c.rule))") }
        }
        XCTAssertEqual(failures, [])
    }

    func testFlattenedLineBreakHyphenIsJoinedWhenTheWordIsKnown() throws {
        let d = Dehyphenator(documentWords: ["declaratiesysteem"])
        XCTAssertEqual(d.joinFlattened("het declaratiesys- teem van de zorg"), "het declaratiesysteem van de zorg")
        XCTAssertEqual(d.joinFlattened("de land- en tuinbouw"), "de land- en tuinbouw")
        XCTAssertEqual(d.joinFlattened("Noord- en Zuid-Holland"), "Noord- en Zuid-Holland")
        XCTAssertEqual(d.joinFlattened("het sys- xyzzy"), "het sys- xyzzy", "unknown joined word: kept")
        XCTAssertEqual(d.joinFlattened("een vraag - een antwoord"), "een vraag - een antwoord")
        XCTAssertEqual(Dehyphenator(documentWords: ["jeugdzorg"]).joinFlattened("de jeugd- zorg- en onderwijsinstellingen"),
                       "de jeugd- zorg- en onderwijsinstellingen")
    }

    func testTremaIsRestoredWhenThatIsTheWord() {
        let d = Dehyphenator()
        XCTAssertEqual(d.apply(lines: ["de co-", "ordinator"]), ["de coördinator", ""])
        XCTAssertEqual(d.apply(lines: ["het ego-", "isme"]), ["het egoïsme", ""])
    }

    func testDecisionRules() {
        let d = Dehyphenator(lexicon: Lexicon(words: ["problematiek"], identity: "test"))
        XCTAssertEqual(d.decide(left: "problema", right: "tiek"), .join)
        XCTAssertEqual(d.decide(left: "land", right: "en"), .keepHyphenAndSpace)
        XCTAssertEqual(d.decide(left: "Noord", right: "Holland"), .keepHyphen)
        XCTAssertEqual(d.decide(left: "ex", right: "minister"), .keepHyphen)
        XCTAssertEqual(d.decide(left: "VWO", right: "leerling"), .keepHyphen)
        XCTAssertEqual(d.decide(left: "proble", right: "matiek", softHyphen: true), .join)
    }

    func testDocumentWordsActAsLexicon() {
        let empty = Lexicon(words: [], identity: "none")
        XCTAssertEqual(Dehyphenator(lexicon: empty).decide(left: "zee", right: "egel"), .join)
        let withDoc = Dehyphenator(lexicon: empty, documentWords: ["zee-egel"])
        XCTAssertEqual(withDoc.decide(left: "zee", right: "egel"), .keepHyphen)
    }

    func testRestOfTheLineStaysAndBlankLinesAreSkipped() {
        let d = Dehyphenator()
        XCTAssertEqual(d.apply(lines: ["van de problema-", "tiek als het gaat"]), ["van de problematiek", "als het gaat"])
        XCTAssertEqual(d.apply(lines: ["kinderbescher-", "", "mingsmaatregel overwegen."]),
                       ["kinderbeschermingsmaatregel", "", "overwegen."])
    }

    func testHyphenWithoutContinuationIsKept() {
        let d = Dehyphenator()
        XCTAssertEqual(d.apply(lines: ["bezwaar- en beroeps-", "(zie boven)"]), ["bezwaar- en beroeps-", "(zie boven)"])
        XCTAssertEqual(d.apply(lines: ["eind-"]), ["eind-"])
    }
}
