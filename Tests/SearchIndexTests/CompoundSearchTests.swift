import DutchText
import Foundation
import GRDB
@testable import SearchIndex
import XCTest

/// Compound parts and glued-word repair through the real index built from the documents in `Corpus/`.
final class CompoundSearchTests: XCTestCase {
    private static let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Corpus").path

    /// One index of `Corpus/` for the whole class (built on first use).
    private static let built: Result<String, any Error> = Result {
        let dir = NSTemporaryDirectory() + "kv-compound-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let path = dir + "/index.sqlite"
        builtFolder = dir
        _ = try Indexer.run(IndexRequest(databasePath: path, roots: [corpus]))
        return path
    }

    nonisolated(unsafe) private static var builtFolder: String?

    override class func tearDown() {
        if let builtFolder { try? FileManager.default.removeItem(atPath: builtFolder) }
        super.tearDown()
    }

    private func index() throws -> String {
        XCTAssertGreaterThan(CompoundLexicon.shared.count, 100_000, "the bundled word list")
        return try Self.built.get()
    }

    private func search(_ query: String, exact: Bool = false) throws -> SearchResult {
        var request = SearchRequest(query: query)
        request.exact = exact
        request.limit = 100
        return try Searcher(databasePath: try index()).search(request)
    }

    private static func text(_ hit: SearchHit) -> String { hit.question + "\n" + hit.answer }

    /// Whether `text` holds `word` as a word of its own (not inside a compound).
    private static func hasWord(_ text: String, _ word: String) -> Bool {
        text.range(of: "\\b\(word)\\b", options: [.regularExpression, .caseInsensitive]) != nil
    }

    func testKinderbeschermingFindsKinderbeschermingsmaatregel() throws {
        let hits = try search("kinderbescherming").hits
        let compoundOnly = hits.filter {
            Self.text($0).lowercased().contains("kinderbeschermingsmaatregel") && !Self.hasWord(Self.text($0), "kinderbescherming")
        }
        XCTAssertFalse(compoundOnly.isEmpty, "pairs holding only the compound: \(hits.map(\.file))")
        XCTAssertTrue(compoundOnly.contains { $0.file.hasSuffix("018_antwoord-op-vraag-kruisverwijzing.txt") })
    }

    func testPartsOfListedCompoundsAndOfWordsGluedByCase() throws {
        // `kinderoncologie` is in the word list; `inTajikistan` lost its space in PyPDF2 text.
        for (query, word) in [("oncologie", "kinderoncologie"), ("Tajikistan", "inTajikistan")] {
            let hits = try search(query).hits
            XCTAssertTrue(hits.contains { Self.text($0).contains(word) }, "\(query) should find \(word)")
        }
        // A hyphen of a line break flattened to a space is joined: the word is found whole.
        XCTAssertTrue(try search("declaratiesysteem").hits.contains { $0.file.hasSuffix("020_pypdf2-plat-allen.txt") })
    }

    func testGeldenFindsVersterkingsgeldenButRanksGeldenAloneFirst() throws {
        let hits = try search("gelden").hits
        let compoundOnly = hits.filter {
            Self.text($0).lowercased().contains("versterkingsgelden") && !Self.hasWord(Self.text($0), "gelden")
        }
        XCTAssertGreaterThanOrEqual(compoundOnly.count, 2, "\(hits.map(\.file))")

        // Direct matches first: run the expression once more without compound parts.
        let queue = try DatabaseQueue(path: try index(), configuration: IndexDatabase.configuration(readonly: true))
        let full = FTS5Term.quoted("gelden", exact: false)
        let direct = FTS5Term.direct(full)
        let ordered: [(Int64, Bool)] = try queue.read { db in
            try Row.fetchAll(db, sql: """
                SELECT rowid, rowid IN (SELECT rowid FROM fts WHERE fts MATCH ?2) AS direct FROM fts WHERE fts MATCH ?1
                ORDER BY direct DESC, rank
                """, arguments: [full, direct]).map { ($0[0], $0[1]) }
        }
        XCTAssertEqual(Set(ordered.map(\.0)), Set(hits.map(\.pairId)), "the same pairs")
        let directIds = ordered.filter(\.1).map(\.0)
        XCTAssertFalse(directIds.isEmpty)
        let texts = Dictionary(uniqueKeysWithValues: hits.map { ($0.pairId, Self.text($0)) })
        for id in directIds { XCTAssertTrue(Self.hasWord(texts[id]!, "geld(en)?"), texts[id]!) }
        for hit in compoundOnly { XCTAssertFalse(directIds.contains(hit.pairId), "compound-only pair counted direct") }
        // Every direct pair comes before every compound-only pair.
        let position = Dictionary(uniqueKeysWithValues: ordered.enumerated().map { ($1.0, $0) })
        let lastDirect = directIds.map { position[$0]! }.max()!
        XCTAssertTrue(compoundOnly.allSatisfy { position[$0.pairId]! > lastDirect })
    }

    func testVerklaringFindsGluedVerklaringaangegeven() throws {
        let hits = try search("verklaring").hits
        XCTAssertTrue(hits.contains { Self.text($0).contains("verklaringaangegeven") }, "\(hits.map(\.file))")
        // `aangegeven`, the other glued word, too.
        XCTAssertTrue(try search("aangegeven").hits.contains { Self.text($0).contains("verklaringaangegeven") })
    }

    func testExactSearchDoesNotMatchParts() throws {
        let hits = try search("gelden", exact: true).hits
        XCTAssertFalse(hits.isEmpty)
        XCTAssertTrue(hits.allSatisfy { Self.hasWord(Self.text($0), "gelden") }, "\(hits.map(\.file))")
    }
}

/// The part terms in a fresh table: what the tokenizer adds, and why ranking needs the direct query.
final class CompoundTermsTests: XCTestCase {
    private func database() throws -> DatabaseQueue {
        XCTAssertGreaterThan(CompoundLexicon.shared.count, 100_000, "the bundled word list")
        var config = Configuration()
        config.registerDutchTokenizer()
        return try DatabaseQueue(configuration: config)
    }

    func testDocumentModeAddsMarkedPartStemsColocated() throws {
        let tokens = try TokenInspector.analyze("versterkingsgelden maatregel", mode: .document)
        XCTAssertEqual(tokens.count, 2, "parts take no position of their own")
        let terms = tokens[0].terms
        XCTAssertEqual(terms.first?.text, "versterkingsgelden")
        XCTAssertEqual(terms.filter { $0.text.hasPrefix("\u{3}") }.map(\.text), ["\u{3}versterk", "\u{3}geld"])
        XCTAssertTrue(terms.dropFirst().allSatisfy(\.colocated))
        XCTAssertFalse(tokens[1].terms.contains { $0.text.hasPrefix("\u{3}") }, "maatregel is not split")
        let query = try TokenInspector.analyze("gelden", mode: .query(exact: false, prefix: false))
        XCTAssertEqual(query[0].terms.map(\.text), ["geld", "\u{1}geld", "\u{3}geld"])
        let exact = try TokenInspector.analyze("gelden", mode: .query(exact: true, prefix: false))
        XCTAssertEqual(exact[0].terms.map(\.text), ["gelden"])
    }

    func testPartsOnlyAtTheFirstOccurrenceInATextAndAgainInTheNext() throws {
        _ = try database()
        func parts(_ text: String) throws -> [Int] {
            try TokenInspector.analyze(text, mode: .document).map { $0.terms.filter { $0.text.hasPrefix("\u{3}") }.count }
        }
        XCTAssertEqual(try parts("versterkingsgelden en versterkingsgelden"), [2, 0, 0])
        XCTAssertEqual(try parts("versterkingsgelden"), [2], "a new text starts afresh")
    }

    func testBm25AloneRanksAShortCompoundFirstAndTheDirectQueryFixesIt() throws {
        try database().inDatabase { db in
            try db.execute(sql: "CREATE VIRTUAL TABLE t USING fts5(body, tokenize='kamervragen_dutch')")
            let long = "Hoeveel gemeenten hebben de gelden voor het jaar 2024 al ontvangen, en wanneer volgt de rest van het bedrag?"
            try db.execute(sql: "INSERT INTO t(rowid, body) VALUES (1, ?), (2, ?), (3, ?)",
                           arguments: [long, "De versterkingsgelden.", "Niets hierover."])
            let full = FTS5Term.quoted("gelden", exact: false)
            let byRank = try Int64.fetchAll(db, sql: "SELECT rowid FROM t WHERE t MATCH ? ORDER BY rank", arguments: [full])
            XCTAssertEqual(byRank, [2, 1], "bm25 prefers the short pair that has the word only inside a compound")
            let direct = FTS5Term.direct(full)
            XCTAssertEqual(try Int64.fetchAll(db, sql: "SELECT rowid FROM t WHERE t MATCH ?", arguments: [direct]), [1])
            let ordered = try Int64.fetchAll(db, sql: """
                SELECT rowid FROM t WHERE t MATCH ?1 ORDER BY rowid IN (SELECT rowid FROM t WHERE t MATCH ?2) DESC, rank
                """, arguments: [full, direct])
            XCTAssertEqual(ordered, [1, 2])
            // Snippets (aux mode) are unaffected by the parts.
            let snippet = try String.fetchOne(db, sql: "SELECT highlight(t, 0, '[', ']') FROM t WHERE t MATCH ? AND rowid = 2",
                                              arguments: [full])
            XCTAssertEqual(snippet, "De [versterkingsgelden].")
        }
    }

    func testDirectRewritesOnlyOpeningQuotes() {
        let d = "\u{4}", e = "\u{2}"
        XCTAssertEqual(FTS5Term.direct(#""a" AND ("b ""c""" OR "\#(e)x") NOT "y"*"#),
                       #""\#(d)a" AND ("\#(d)b ""c""" OR "\#(e)x") NOT "\#(d)y"*"#)
        XCTAssertEqual(FTS5Term.direct(FTS5Term.quoted("a", exact: false, compoundParts: false)), "\"\(d)a\"")
    }

    func testPhrasesAreListedInFTS5Order() {
        let d = "\u{4}", e = "\u{2}"
        XCTAssertEqual(FTS5Term.phrases(in: #""a" AND ("b ""c""" OR "\#(e)x") NOT "y"*"#),
                       [#""a""#, #""b ""c""""#, #""\#(e)x""#, #""y"*"#])
        XCTAssertEqual(FTS5Term.phrases(in: #"("\#(d)a") NOT ("\#(d)b"*)"#), [#""\#(d)a""#, #""\#(d)b"*"#])
        XCTAssertEqual(FTS5Term.phrases(in: ""), [])
        XCTAssertEqual(FTS5Term.phrases(in: #""open"#), [#""open"#], "an unclosed string is one phrase")
        XCTAssertEqual(FTS5Term.withoutDirectMarker("\"\(d)a b\"*"), "\"a b\"*")
        XCTAssertEqual(FTS5Term.withoutDirectMarker("\"\(e)a\""), "\"\(e)a\"")
        let query = FTS5Expression.all(try! QueryParser().parse("gemeente OR \"a b\" radicali* -motie"))
        XCTAssertEqual(FTS5Term.phrases(in: query).count, 4)
    }

    func testNoCompoundsArgumentTurnsPartsOff() throws {
        try database().inDatabase { db in
            try db.execute(sql: "CREATE VIRTUAL TABLE t USING fts5(body, tokenize='kamervragen_dutch nocompounds')")
            try db.execute(sql: "INSERT INTO t(body) VALUES ('versterkingsgelden')")
            XCTAssertEqual(try Int.fetchOne(db, sql: "SELECT count(*) FROM t WHERE t MATCH ?",
                                            arguments: [FTS5Term.quoted("gelden", exact: false)]), 0)
        }
    }
}
