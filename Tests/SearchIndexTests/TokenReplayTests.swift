import GRDB
@testable import SearchIndex
import XCTest

/// Recorded token streams (the parse threads' analysis) must index exactly what the tokenizer itself
/// would, and only for the text they were recorded from.
final class TokenReplayTests: XCTestCase {
    private typealias Random = TokenizerRobustnessTests.SplitMix64

    private func recorder() throws -> (DatabaseQueue, any FTS5Tokenizer) {
        let queue = try DatabaseQueue()
        let tokenizer = try queue.inDatabase { db in
            DutchTokenizer.register(in: db)
            return try db.makeTokenizer(DutchTokenizer.tokenizerDescriptor())
        }
        return (queue, tokenizer)
    }

    /// Every (term, column, offset) of table `name`, in order.
    private func instances(_ db: Database, _ name: String) throws -> [String] {
        try db.execute(sql: "CREATE VIRTUAL TABLE temp.\(name)_v USING fts5vocab(main, \(name), instance)")
        return try Row.fetchAll(db, sql: "SELECT term, doc, col, offset FROM temp.\(name)_v ORDER BY doc, col, offset, term")
            .map { "\($0[0] as String? ?? "")|\($0[1] as Int64)|\($0[2] as String? ?? "")|\($0[3] as Int64)" }
    }

    func testReplayIndexesExactlyWhatTheTokenizerWould() throws {
        let (_, tokenizer) = try recorder()
        var rng = Random(state: 20_261_130)
        var texts = ["Gemeenten en de Coördinator: kinderbeschermingsmaatregelen, versterkingsgelden en moties.",
                     "verklaringaangegeven vanaf destraat; problema-\ntiek", "", "ĳsvrij ﬁnanciële\u{AD}steun"]
        for _ in 0..<200 { texts.append(TokenizerRobustnessTests.randomText(&rng)) }
        let db = try TokenizerTestSupport.makeDatabase()
        let before = TokenReplay.replayed
        try db.write { db in
            try db.execute(sql: "CREATE VIRTUAL TABLE plain USING fts5(body, tokenize='kamervragen_dutch')")
            try db.execute(sql: "CREATE VIRTUAL TABLE replayed USING fts5(body, tokenize='kamervragen_dutch')")
            for (i, text) in texts.enumerated() {
                try db.execute(sql: "INSERT INTO plain(rowid, body) VALUES (?, ?)", arguments: [i + 1, text])
                TokenReplay.offer([try TokenStream(recording: text, with: tokenizer)], to: db)
                defer { TokenReplay.withdraw(from: db) }
                try db.execute(sql: "INSERT INTO replayed(rowid, body) VALUES (?, ?)", arguments: [i + 1, text])
            }
            let plain = try instances(db, "plain"), replayed = try instances(db, "replayed")
            XCTAssertGreaterThan(plain.count, 500, "enough terms to compare")
            XCTAssertEqual(plain, replayed)
        }
        // Every text was replayed, but those with a NUL: SQLite hands FTS5 the text up to it, which is
        // not the recorded text, so the tokenizer analyses it itself (and indexes the same).
        XCTAssertEqual(TokenReplay.replayed - before, texts.filter { !$0.isEmpty && !$0.contains("\0") }.count)
    }

    func testStreamIsReplayedOnlyForItsOwnText() throws {
        let (_, tokenizer) = try recorder()
        let db = try TokenizerTestSupport.makeDatabase()
        try db.write { db in
            try db.execute(sql: "CREATE VIRTUAL TABLE t USING fts5(body, tokenize='kamervragen_dutch')")
            // Offered for another text of the same length: not used.
            TokenReplay.offer([try TokenStream(recording: "dijken", with: tokenizer)], to: db)
            try db.execute(sql: "INSERT INTO t(rowid, body) VALUES (1, 'sluis!')")
            TokenReplay.withdraw(from: db)
            XCTAssertEqual(try Int.fetchOne(db, sql: "SELECT count(*) FROM t WHERE t MATCH 'sluis'"), 1)
            XCTAssertEqual(try Int.fetchOne(db, sql: "SELECT count(*) FROM t WHERE t MATCH 'dijken'"), 0)
            // Offered for this very text: used.
            let before = TokenReplay.replayed
            TokenReplay.offer([try TokenStream(recording: "sluizen", with: tokenizer)], to: db)
            try db.execute(sql: "INSERT INTO t(rowid, body) VALUES (2, 'sluizen')")
            TokenReplay.withdraw(from: db)
            XCTAssertEqual(TokenReplay.replayed - before, 1)
        }
    }

    func testIndexerReplaysWhatItsParseThreadsRecorded() throws {
        let f = try IndexFixture()
        try f.write("a.txt", answered(title: "Dijken", questions: ["Zijn de dijken veilig?", "Wie betaalt de versterkingsgelden?"],
                                      answers: ["Ja.", "Het Rijk betaalt de gemeenten."]))
        let before = TokenReplay.replayed
        try f.index()
        XCTAssertGreaterThanOrEqual(TokenReplay.replayed - before, 4, "two questions and two answers")
        XCTAssertEqual(try f.search("versterkingsgeld").total, 1)
        XCTAssertEqual(try f.search("gemeente").total, 1)
        XCTAssertEqual(try IndexCheck.run(databasePath: f.databasePath), [])
    }
}
