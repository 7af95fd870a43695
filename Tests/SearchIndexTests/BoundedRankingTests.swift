import Foundation
import GRDB
import Kamervragen
@testable import SearchIndex
import XCTest

/// Bounded ranking and counting (issue 5): with limits lowered to a handful, a very common word is
/// ranked among its newest matches only, and counted up to the limit.
final class BoundedRankingTests: XCTestCase {
    nonisolated(unsafe) private static var fixture: IndexFixture!

    /// 30 one-pair documents, all holding `gemeente` a different number of times (document i: i % 7 + 1);
    /// document 3 also holds `dijkversterking`.
    override class func setUp() {
        super.setUp()
        do {
            let f = try IndexFixture()
            for i in 0..<30 {
                let common = Array(repeating: "gemeente", count: i % 7 + 1).joined(separator: " en de ")
                let extra = i == 3 ? " over dijkversterking" : ""
                try f.write(String(format: "d%02d.txt", i), answered(
                    title: "Document \(i)", questions: ["Vraag \(i): wat doet de \(common)\(extra)?"],
                    answers: ["Antwoord \(i) zonder dat woord."]))
            }
            _ = try f.index()
            fixture = f
        } catch {
            XCTFail("fixture: \(error)")
        }
    }

    override class func tearDown() { fixture = nil; super.tearDown() }

    private var f: IndexFixture { Self.fixture }

    private func search(_ query: String, limit: Int = 10, candidateLimit: Int = 1000, countLimit: Int = 1000,
                        configure: (inout SearchRequest) -> Void = { _ in }) throws -> SearchResult {
        var request = SearchRequest(query: query)
        request.limit = limit
        configure(&request)
        return try Searcher(databasePath: f.databasePath, candidateLimit: candidateLimit, countLimit: countLimit)
            .search(request)
    }

    func testWithinTheLimitsTheOrderIsPlainBM25() throws {
        let result = try search("gemeente", limit: 30)
        XCTAssertEqual(result.total, 30)
        XCTAssertFalse(result.totalIsLowerBound)
        XCTAssertFalse(result.boundedRanking)
        XCTAssertEqual(result.hits.count, 30)
        let scores = result.hits.map(\.score)
        XCTAssertEqual(scores, scores.sorted(by: >), "best first")
    }

    func testACommonWordIsRankedAmongItsNewestMatchesOnly() throws {
        let all = try search("gemeente", limit: 30)
        let newest = Set(all.hits.map(\.pairId).sorted(by: >).prefix(8))
        let bounded = try search("gemeente", limit: 5, candidateLimit: 8)
        XCTAssertTrue(bounded.boundedRanking)
        XCTAssertFalse(bounded.totalIsLowerBound)
        XCTAssertEqual(bounded.total, 30, "counting goes on below the candidates")
        XCTAssertEqual(bounded.hits.count, 5)
        XCTAssertTrue(bounded.hits.allSatisfy { newest.contains($0.pairId) }, "\(bounded.hits.map(\.pairId)) ⊄ \(newest)")
        // Among the candidates, bm25's order: the same as the full ranking restricted to them.
        let expected = all.hits.filter { newest.contains($0.pairId) }.prefix(5).map(\.pairId)
        XCTAssertEqual(bounded.hits.map(\.pairId), Array(expected))
    }

    func testAQueryWithARareWordIsNeverBounded() throws {
        let result = try search("dijkversterking gemeente", limit: 1, candidateLimit: 8)
        XCTAssertFalse(result.boundedRanking)
        XCTAssertEqual(result.total, 1)
        XCTAssertEqual(result.hits.first?.title, "Document 3")
        // Partial matches (here: `gemeente` without `dijkversterking`) fill the page under the same bound.
        let filled = try search("dijkversterking gemeente", limit: 5, candidateLimit: 8)
        XCTAssertEqual(filled.hits.first?.title, "Document 3")
        XCTAssertEqual(filled.hits.count, 5)
        XCTAssertTrue(filled.boundedRanking)
    }

    func testAboveTheCountLimitTheTotalIsALowerBound() throws {
        let capped = try search("vraag", candidateLimit: 5, countLimit: 12)
        XCTAssertEqual(capped.total, 12)
        XCTAssertTrue(capped.totalIsLowerBound)
        let exact = try search("vraag", candidateLimit: 5, countLimit: 30)
        XCTAssertEqual(exact.total, 30)
        XCTAssertFalse(exact.totalIsLowerBound)
        // With a filter, counting stops at the candidates (each match would be joined with its document).
        let filtered = try search("vraag", candidateLimit: 5, countLimit: 30) { $0.filters.kind = .answers }
        XCTAssertEqual(filtered.total, 5)
        XCTAssertTrue(filtered.totalIsLowerBound)
        XCTAssertEqual(try search("vraag", countLimit: 30) { $0.filters.kind = .answers }.total, 30)
    }

    func testTermStatisticsReadTheRowCountFromTheAveragesRecord() throws {
        XCTAssertEqual(TermStatistics.varint(Data([0x05])), 5)
        XCTAssertEqual(TermStatistics.varint(Data([0x81, 0x00])), 128)
        XCTAssertEqual(TermStatistics.varint(Data([0xFF, 0x7F, 0x11])), 16383)
        XCTAssertNil(TermStatistics.varint(Data()))
        let queue = try DatabaseQueue(path: f.databasePath, configuration: IndexDatabase.configuration())
        defer { try? queue.close() }
        try queue.read { db in
            XCTAssertEqual(try TermStatistics.rowCount(db), 30)
            XCTAssertEqual(try Int.fetchOne(db, sql: "SELECT count(*) FROM fts_docsize"), 30)
        }
    }

    func testCommonPhrasesAreCountedFromTheNewestPairs() throws {
        let queue = try DatabaseQueue(path: f.databasePath, configuration: IndexDatabase.configuration())
        defer { try? queue.close() }
        try queue.read { db in
            var statistics = TermStatistics(db, exactLimit: 4, sampleSize: 10)
            let quoted = { (word: String) in FTS5Term.quoted(word, exact: false) }
            XCTAssertEqual(try statistics.hits(for: quoted("gemeente")), 30, "10 of the newest 10 → 30 of 30")
            XCTAssertEqual(try statistics.hits(for: quoted("dijkversterking")), 1, "under the limit: exact")
            XCTAssertEqual(try statistics.hits(for: FTS5Term.quoted("gemeente", exact: false, compoundParts: false)), 30,
                           "a direct phrase counts as its stemmed form")
            // Pairs 0…29 hold `gemeente` i % 7 + 1 times; `"gemeente en de gemeente"` needs two: 30 − 5
            // = 25 (i % 7 = 0: i = 0, 7, 14, 21, 28). The newest 10 (20…29) hold 8 → 8 × 30 / 10 = 24.
            XCTAssertEqual(try statistics.hits(for: quoted("gemeente en de gemeente")), 24)
        }
    }

    func testGivenHitCountsRankExactlyLikeBM25() throws {
        let queue = try DatabaseQueue(path: f.databasePath, configuration: IndexDatabase.configuration())
        defer { try? queue.close() }
        try queue.read { db in
            let expression = FTS5Expression.all(try QueryParser().parse("gemeente vraag"))
            var statistics: TermStatistics? = TermStatistics(db)
            let hits = try statistics!.hits(forExpression: expression).hits
            XCTAssertEqual(hits, [30, 30])
            let ours = try Row.fetchAll(db, sql: """
                SELECT rowid, kv_bm25(fts, \(RankFunction.arguments(weights: Schema.columnWeights, hits: hits))),
                       kv_bm25(fts, 1, 1, 0.5, 0.25), \(Schema.rankFunction.replacingOccurrences(of: "bm25(", with: "bm25(fts, "))
                FROM fts WHERE fts MATCH ? ORDER BY rowid
                """, arguments: [expression])
            XCTAssertEqual(ours.count, 30)
            for row in ours {
                let given: Double = row[1], counted: Double = row[2], builtin: Double = row[3]
                XCTAssertEqual(given, builtin, accuracy: 1e-9)
                XCTAssertEqual(counted, builtin, accuracy: 1e-9)
            }
        }
    }
}
