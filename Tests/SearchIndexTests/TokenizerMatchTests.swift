import DutchText
import Foundation
import GRDB
import XCTest
@testable import SearchIndex

/// The tokenizer through a real FTS5 table: what finds what.
final class TokenizerMatchTests: XCTestCase {
    typealias S = TokenizerTestSupport

    let answer = """
        Gemeenten vragen versterkingsgelden aan voor projecten gericht op het tegengaan van radicalisering. \
        De Nationaal Coördinator Terrorismebestrijding en Veiligheid (NCTV) deelt de analyse.
        """

    func testStemmedTermFindsInflectedForm() throws {
        try S.makeDatabase().inDatabase { db in
            XCTAssertTrue(try S.matchTerm(db, answer, "gemeente"))
            XCTAssertTrue(try S.matchTerm(db, answer, "gemeenten"))
            XCTAssertTrue(try S.matchTerm(db, "Deze gemeente heeft een regierol.", "gemeenten"))
            XCTAssertFalse(try S.matchTerm(db, answer, "provincie"))
        }
    }

    func testCaseAndDiacriticsFold() throws {
        try S.makeDatabase().inDatabase { db in
            XCTAssertTrue(try S.matchTerm(db, answer, "coordinator"))
            XCTAssertTrue(try S.matchTerm(db, answer, "COÖRDINATOR"))
            XCTAssertTrue(try S.matchTerm(db, answer, "coordinator", exact: true))
            let money = "Welke financiële middelen hebben gemeenten tot hun beschikking?"
            XCTAssertTrue(try S.matchTerm(db, money, "financiele"))
            XCTAssertTrue(try S.matchTerm(db, "De financiele gevolgen zijn beperkt.", "financiële"))
        }
    }

    func testIesPluralsBothWays() throws {
        guard IeWordList.shared.count > 0 else { throw XCTSkip("no Dutch word list installed") }
        try S.makeDatabase().inDatabase { db in
            XCTAssertTrue(try S.matchTerm(db, "Bent u bekend met de aangenomen motie-Wiersma en de motie van het lid?", "moties"))
            XCTAssertTrue(try S.matchTerm(db, "Hoe voert u de aangenomen moties uit?", "motie"))
        }
    }

    func testIJLigatureFolds() throws {
        try S.makeDatabase().inDatabase { db in
            XCTAssertTrue(try S.matchTerm(db, "Het ijs op de vaarwegen was te dun.", "ĳs"))
            XCTAssertTrue(try S.matchTerm(db, "Het \u{133}s op de vaarwegen was te dun.", "ijs"))
            XCTAssertTrue(try S.matchTerm(db, "De \u{FB01}nanciering van de NCTV.", "financiering"))
            XCTAssertTrue(try S.matchTerm(db, "De regis\u{AD}tratie van jihadisten.", "registratie"))
        }
    }

    func testPrefixQueryUsesTheSurfaceForm() throws {
        try S.makeDatabase().inDatabase { db in
            XCTAssertTrue(try S.match(db, answer, "radicali*"))
            XCTAssertTrue(try S.match(db, answer, FTS5Term.quoted("radicali", exact: false) + "*"))
            XCTAssertTrue(try S.match(db, answer, "gemeenten*"))
            XCTAssertFalse(try S.match(db, answer, "radicalo*"))
            // A prefix phrase: earlier words stemmed, the last one a prefix.
            XCTAssertTrue(try S.match(db, answer, "\"gemeente vragen versterk\"*"))
        }
    }

    func testPhrasesKeepPositions() throws {
        let text = "Zij willen evidence based werken in het sociaal domein, zoals de Minister in de brief schreef."
        try S.makeDatabase().inDatabase { db in
            XCTAssertTrue(try S.matchTerm(db, text, "evidence based werken"))
            XCTAssertTrue(try S.matchTerm(db, text, "evidence based werken", exact: true))
            XCTAssertFalse(try S.matchTerm(db, text, "werken based evidence"))
            XCTAssertFalse(try S.matchTerm(db, text, "based evidence werken", exact: true))
            // Stemmed phrase words meet inflected document words at the right positions.
            XCTAssertTrue(try S.matchTerm(db, answer, "gemeente vraag versterkingsgeld"))
            XCTAssertFalse(try S.matchTerm(db, answer, "vraag gemeente"))
        }
    }

    func testExactDoesNotStem() throws {
        try S.makeDatabase().inDatabase { db in
            XCTAssertFalse(try S.matchTerm(db, answer, "gemeente", exact: true))
            XCTAssertTrue(try S.matchTerm(db, "De gemeente Utrecht heeft een regierol.", "gemeente", exact: true))
            XCTAssertTrue(try S.matchTerm(db, answer, "Gemeenten", exact: true))
            XCTAssertFalse(try S.matchTerm(db, answer, "gemeenten vraag", exact: true))
        }
    }

    func testSnippetAndHighlightMarkTheWordAsWritten() throws {
        try S.makeDatabase().inDatabase { db in
            _ = try S.match(db, answer, "x")
            let query = FTS5Term.quoted("gemeente", exact: false)
            let highlighted = try String.fetchOne(db, sql: "SELECT highlight(m, 0, '[', ']') FROM m WHERE m MATCH ?",
                                                  arguments: [query])
            XCTAssertEqual(highlighted?.hasPrefix("[Gemeenten] vragen"), true, highlighted ?? "nil")
            let snippet = try String.fetchOne(db, sql: "SELECT snippet(m, 0, '<', '>', '…', 5) FROM m WHERE m MATCH ?",
                                              arguments: [FTS5Term.quoted("coordinator terrorismebestrijding", exact: false)])
            XCTAssertEqual(snippet?.contains("<Coördinator Terrorismebestrijding>"), true, snippet ?? "nil")
        }
    }

    func testStopwordsStayIndexed() throws {
        try S.makeDatabase().inDatabase { db in
            XCTAssertTrue(try S.matchTerm(db, answer, "van"))
            XCTAssertTrue(try S.matchTerm(db, answer, "tegengaan van radicalisering"))
        }
    }

    func testMarkedTermsCannotBeForgedFromQueryText() throws {
        try S.makeDatabase().inDatabase { db in
            // Control characters in user text are separators, never a stem marker.
            XCTAssertFalse(try S.matchTerm(db, answer, "\u{1}gemeent", exact: true))
            XCTAssertEqual(FTS5Term.quoted("a\u{1}b\u{2}\"c", exact: false), "\"a b \"\"c\"")
            XCTAssertEqual(FTS5Term.quoted("gemeente", exact: true), "\"\u{2}gemeente\"")
        }
    }

    func testTableNeedsRegistrationOnEveryConnection() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("tok-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("db.sqlite").path
        var config = Configuration()
        config.registerDutchTokenizer()
        try DatabaseQueue(path: path, configuration: config).write { db in
            try db.execute(sql: "CREATE VIRTUAL TABLE m USING fts5(body, tokenize='kamervragen_dutch')")
            try db.execute(sql: "INSERT INTO m(body) VALUES (?)", arguments: [answer])
        }
        let reopened = try DatabaseQueue(path: path, configuration: config)
        XCTAssertEqual(try reopened.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM m WHERE m MATCH 'gemeente'") }, 1)
        let bare = try DatabaseQueue(path: path)
        XCTAssertThrowsError(try bare.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM m WHERE m MATCH 'gemeente'") })
    }
}
