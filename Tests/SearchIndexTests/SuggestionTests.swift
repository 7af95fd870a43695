import DutchText
import Foundation
import GRDB
@testable import SearchIndex
import XCTest

/// "Did you mean" over the index's vocabulary.
final class SuggestionTests: XCTestCase {
    private func database(_ texts: [String]) throws -> DatabaseQueue {
        var config = Configuration()
        config.registerDutchTokenizer()
        let queue = try DatabaseQueue(configuration: config)
        try queue.write { db in
            try db.execute(sql: "CREATE VIRTUAL TABLE fts USING fts5(question, answer, tokenize='kamervragen_dutch')")
            for t in texts { try db.execute(sql: "INSERT INTO fts(question, answer) VALUES (?, '')", arguments: [t]) }
        }
        return queue
    }

    func testMisspeltCompoundSuggestsTheIndexedWord() throws {
        let queue = try database(["Gemeenten ontvangen versterkingsgelden.", "De versterkingsgelden komen later.",
                                  "Versterking van de dijken.", "Verstrekkingen aan gemeenten."])
        try queue.write { db in
            XCTAssertEqual(try Suggestions.suggest(for: "versterkinsgelden", in: db, limit: 3), ["versterkingsgelden"])
            XCTAssertEqual(try Suggestions.suggest(for: "Gemeentn", in: db, limit: 3), ["gemeenten"])
            // Nothing close: nothing suggested; marked terms (stems, parts) are never suggested.
            XCTAssertEqual(try Suggestions.suggest(for: "radicalisering", in: db, limit: 3), [])
            XCTAssertEqual(try Suggestions.suggest(for: "geld", in: db, limit: 3), [])
        }
    }

    func testCloserBeforeMoreFrequentThenMoreFrequentFirst() throws {
        let queue = try database(["motie", "moties", "moties", "moties", "motie", "notie", "notie", "notie", "notie", "mot"])
        try queue.write { db in
            // `motie` (distance 1, 2 pairs) and `notie` (distance 1, 4 pairs) before `moties` (distance 2: not allowed at 5 letters).
            XCTAssertEqual(try Suggestions.suggest(for: "mitie", in: db, limit: 5), ["motie"])  // first letter kept
            XCTAssertEqual(try Suggestions.suggest(for: "motje", in: db, limit: 5), ["motie"])
            XCTAssertEqual(try Suggestions.suggest(for: "motei", in: db, limit: 5), ["motie"], "a swap counts once")
            XCTAssertEqual(try Suggestions.suggest(for: "mot", in: db, limit: 5), [], "short words get no suggestions")
        }
    }

    func testFrequencyBreaksTies() throws {
        let queue = try database(["beleid", "beleid", "beleid", "belied"])
        try queue.write { db in
            XCTAssertEqual(try Suggestions.suggest(for: "beleit", in: db, limit: 5), ["beleid"])
            XCTAssertEqual(try Suggestions.suggest(for: "belead", in: db, limit: 5), ["beleid"])
            XCTAssertEqual(try Suggestions.suggest(for: "beleed", in: db, limit: 5), ["beleid", "belied"])
        }
    }

    func testEditDistance() {
        func d(_ a: String, _ b: String, _ limit: Int = 5) -> Int? { Suggestions.editDistance(Array(a.utf8), Array(b.utf8), limit: limit) }
        XCTAssertEqual(d("kitten", "sitting"), 3)
        XCTAssertEqual(d("abcd", "abdc"), 1)
        XCTAssertEqual(d("", "abc"), 3)
        XCTAssertNil(d("kitten", "sitting", 2))
        XCTAssertEqual(d("versterkinsgelden", "versterkingsgelden", 2), 1)
    }

    func testRealIndexSuggestsVersterkingsgelden() throws {
        let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Corpus").path
        let dir = NSTemporaryDirectory() + "kv-suggest-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        _ = try Indexer.run(IndexRequest(databasePath: dir + "/index.sqlite", roots: [corpus]))
        let queue = try DatabaseQueue(path: dir + "/index.sqlite", configuration: IndexDatabase.configuration())
        let suggestions = try queue.write { try Suggestions.suggest(for: "versterkinsgelden", in: $0, limit: 5) }
        XCTAssertEqual(suggestions.first, "versterkingsgelden")
    }
}
