import DutchText
import GRDB
import XCTest
@testable import SearchIndex

/// The terms the tokenizer emits, written compactly: `term`, `~term` = colocated, `^` = stem marker.
final class TokenizerTermsTests: XCTestCase {
    typealias S = TokenizerTestSupport

    private func withTokenizer(_ body: (any FTS5Tokenizer) throws -> Void) throws {
        try S.makeDatabase().inDatabase { db in
            try body(db.makeTokenizer(DutchTokenizer.tokenizerDescriptor()))
        }
    }

    func testDocumentModeEmitsSurfaceAndColocatedMarkedStem() throws {
        try withTokenizer { t in
            XCTAssertEqual(S.terms(try t.tokenize(document: "Gemeenten vragen geld")),
                           ["gemeenten", "~^gemeent", "vragen", "~^vrag", "geld"])
            XCTAssertEqual(S.terms(try t.tokenize(document: "De Coördinator")), ["de", "coordinator"])
        }
    }

    func testHighlightsMarkTheWordsFoundByStemOrPartAsWritten() throws {
        // Snippets tokenize in aux mode (written words only); a shifted position would mark a neighbour.
        try S.makeDatabase().inDatabase { db in
            try db.execute(sql: "CREATE VIRTUAL TABLE h USING fts5(body, tokenize='kamervragen_dutch')")
            try db.execute(sql: "INSERT INTO h(body) VALUES ('Gemeenten ontvangen versterkingsgelden voor moties.')")
            func marked(_ word: String) throws -> String? {
                try String.fetchOne(db, sql: "SELECT highlight(h, 0, '[', ']') FROM h WHERE h MATCH ?",
                                    arguments: [FTS5Term.quoted(word, exact: false)])
            }
            XCTAssertEqual(try marked("motie"), "Gemeenten ontvangen versterkingsgelden voor [moties].")
            XCTAssertEqual(try marked("gemeente"), "[Gemeenten] ontvangen versterkingsgelden voor moties.")
            XCTAssertEqual(try marked("gelden"), "Gemeenten ontvangen [versterkingsgelden] voor moties.")
            XCTAssertEqual(try marked("voor moties"), "Gemeenten ontvangen versterkingsgelden [voor moties].")
        }
    }

    func testFacetTextsAreTermsAsTheyAre() throws {
        try withTokenizer { t in
            XCTAssertEqual(try t.tokenize(document: "\u{5}party=vvd \u{5}party=d66").map(\.token),
                           ["\u{5}party=vvd", "\u{5}party=d66"])
            XCTAssertEqual(try t.tokenize(query: "\u{5}party=vvd").map(\.token), ["\u{5}party=vvd"])
            XCTAssertEqual(S.terms(try t.tokenize(document: "party=vvd")), ["party", "vvd"], "without the marker: words")
        }
    }

    func testQueryModeEmitsStemAndMarkedStemAsAlternatives() throws {
        try withTokenizer { t in
            XCTAssertEqual(S.terms(try t.tokenize(query: "Gemeenten geld")),
                           ["gemeent", "~^gemeent", "~\u{3}gemeent", "geld", "~^geld", "~\u{3}geld"])
            XCTAssertEqual(S.terms(try t.tokenize(query: "\u{2}Gemeenten geld")), ["gemeenten", "geld"])
        }
    }

    func testPrefixModeLeavesTheLastWordUnstemmed() throws {
        let tokens = try TokenInspector.analyze("gemeenten radicali", mode: .query(exact: false, prefix: true))
        XCTAssertEqual(tokens.map { $0.terms.map(\.text) }, [["gemeent", "\u{1}gemeent", "\u{3}gemeent"], ["radicali"]])
        let exact = try TokenInspector.analyze("gemeenten radicali", mode: .query(exact: true, prefix: true))
        XCTAssertEqual(exact.map { $0.terms.map(\.text) }, [["gemeenten"], ["radicali"]])
    }

    func testInspectorReportsPositionsOffsetsAndSurface() throws {
        let text = "De Gemeenten, in ’s-Hertogenbosch"
        let tokens = try TokenInspector.analyze(text, mode: .document)
        XCTAssertEqual(tokens.map(\.position), Array(0..<tokens.count))
        XCTAssertEqual(tokens.map(\.surface), ["De", "Gemeenten", "in", "s", "Hertogenbosch"])
        XCTAssertEqual(tokens[1].start, 3)
        XCTAssertEqual(tokens[1].end, 12)
        XCTAssertEqual(tokens[1].terms, [.init(text: "gemeenten", colocated: false),
                                         .init(text: "\u{1}gemeent", colocated: true)])
        let exact = try TokenInspector.analyze(text, mode: .query(exact: true, prefix: false))
        XCTAssertEqual(exact.map(\.surface), tokens.map(\.surface), "offsets survive the stripped marker")
    }

    func testTokenizerRefusesArguments() throws {
        try S.makeDatabase().inDatabase { db in
            XCTAssertThrowsError(try db.execute(sql: "CREATE VIRTUAL TABLE x USING fts5(b, tokenize='kamervragen_dutch porter')"))
        }
    }

    func testIdentityDescribesTheTokenizer() {
        let id = AnalyzerIdentity.current
        XCTAssertEqual(id["tokenizer.name"], "kamervragen_dutch")
        XCTAssertEqual(id["tokenizer.wrapped"], "unicode61 remove_diacritics 2 tokenchars U+00AD")
        XCTAssertNotNil(id["stemmer.algorithm"])
        XCTAssertNil(id["stemmer.error"])
        XCTAssertEqual(id["analysis.version"], String(DutchAnalyzer.version))
        XCTAssertEqual(id["repair.version"], String(DutchText.repairVersion))
        XCTAssertEqual(id["lexicon"], AnalyzerIdentity.lexiconFingerprint())
        XCTAssertEqual(AnalyzerIdentity.lexiconFingerprint(environment: ["KAMERVRAGEN_LEXICON": "/nonexistent"]),
                       AnalyzerIdentity.lexiconFingerprint(environment: [:]), "an unreadable list is skipped")
        if IeWordList.shared.count > 0 {
            XCTAssertTrue(IeWordList.shared.identity.hasPrefix(id["lexicon"]!.split(separator: ":")[0] + ":"),
                          "the fingerprint names the list the -ies rule reads")
        }
    }
}
