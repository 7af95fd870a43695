import DutchText
import Foundation
import GRDB
@testable import SearchIndex
import XCTest

/// A plain query word written as an `OR` of its index terms (``QueryAlternatives``) must match and rank
/// exactly as the quoted word, whose terms the tokenizer gives FTS5 as colocated synonyms.
final class QueryAlternativesTests: XCTestCase {
    private static let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Corpus").path

    func testTermsComeFromTheQueryTokenizer() throws {
        let queue = try DatabaseQueue(configuration: IndexDatabase.configuration())
        let alternatives = try queue.inDatabase { try QueryAlternatives($0) }
        XCTAssertEqual(alternatives.terms(of: "Gemeenten"), ["gemeent", "\u{1}gemeent", "\u{3}gemeent"])
        XCTAssertNil(alternatives.terms(of: "covid-19"), "two tokens: stays a quoted phrase")
        XCTAssertNil(alternatives.terms(of: "…"), "no token")
        XCTAssertNil(alternatives.terms(of: "a\u{6}b"), "control characters: quoted")
    }

    func testGroupsAndDirectFormOfAlternatives() {
        let t = "\u{6}", a = "\u{7}", p = "\u{3}", s = "\u{1}", d = "\u{4}"
        let word = FTS5Term.alternatives(["gemeent", s + "gemeent", p + "gemeent"])
        XCTAssertEqual(word, #"("\#(t)gemeent" OR "\#(a)\#(s)gemeent" OR "\#(a)\#(p)gemeent")"#)
        let expression = word + " AND " + FTS5Term.quoted("a b", exact: false) + " AND " + FTS5Term.alternatives(["x"])
        XCTAssertEqual(FTS5Term.groups(in: expression), [0, 0, 0, 1, 2])
        // The direct form drops the part alternative (a bare part marker matches nothing), keeps the rest.
        XCTAssertEqual(FTS5Term.direct(expression),
                       #"("\#(t)gemeent" OR "\#(a)\#(s)gemeent" OR "\#(a)\#(p)") AND "\#(d)a b" AND "\#(t)x""#)
    }

    func testAlternativesMatchAndRankLikeTheQuotedWord() throws {
        let dir = NSTemporaryDirectory() + "kv-alternatives-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let path = dir + "/index.sqlite"
        _ = try Indexer.run(IndexRequest(databasePath: path, roots: [Self.corpus]))
        let queue = try DatabaseQueue(path: path, configuration: IndexDatabase.configuration(readonly: true))
        defer { try? queue.close() }
        try queue.read { db in
            let alternatives = try QueryAlternatives(db)
            let builder = FTS5Expression { alternatives.terms(of: $0.text) }
            var compared = 0
            for text in ["gemeenten", "kinderbescherming", "gelden", "minister radicalisering", "vragen antwoord",
                         "gemeente OR moties -kamer", "coordinator", "\"evidence based\" werken", "radicali* minister"] {
                let query = try QueryParser().parse(text)
                let quoted = FTS5Expression.all(query), grouped = builder.all(query)
                XCTAssertNotEqual(quoted, grouped, text)
                var statistics = TermStatistics(db)
                let (groups, hits) = try statistics.hits(forExpression: grouped)
                let plainHits = try statistics.hits(forExpression: quoted)
                XCTAssertEqual(hits, plainHits.hits, "a group counts as the quoted word: \(text)")
                let score = { (expression: String, arguments: String) in
                    try Row.fetchAll(db, sql: "SELECT rowid, kv_bm25(fts, \(arguments)) FROM fts WHERE fts MATCH ? ORDER BY rowid",
                                     arguments: [expression]).map { ($0[0] as Int64, $0[1] as Double) }
                }
                let ours = try score(grouped, RankFunction.arguments(weights: Schema.columnWeights, hits: hits, groups: groups))
                let reference = try score(quoted, RankFunction.arguments(weights: Schema.columnWeights, hits: plainHits.hits))
                XCTAssertEqual(ours.map(\.0), reference.map(\.0), "the same pairs: \(text)")
                for (a, b) in zip(ours, reference) { XCTAssertEqual(a.1, b.1, accuracy: 1e-9, "\(text), pair \(a.0)") }
                // The direct forms match the same pairs too.
                let direct = { (expression: String) in
                    try Int64.fetchAll(db, sql: "SELECT rowid FROM fts WHERE fts MATCH ? ORDER BY rowid", arguments: [expression])
                }
                XCTAssertEqual(try direct(FTS5Term.direct(grouped)), try direct(FTS5Term.direct(quoted)), text)
                compared += ours.count
            }
            XCTAssertGreaterThan(compared, 100, "enough matches compared")
        }
    }
}
