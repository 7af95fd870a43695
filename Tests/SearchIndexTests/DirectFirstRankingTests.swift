import DutchText
import Foundation
import GRDB
@testable import SearchIndex
import XCTest

/// Direct matches before compound-only ones (issue 7), decided for a page of results by looking up the
/// best candidates one by one, or by one pass over them all when compound-only matches crowd the top.
final class DirectFirstRankingTests: XCTestCase {
    nonisolated(unsafe) private static var fixture: IndexFixture?

    /// 60 pairs where `gelden` stands only inside `versterkingsgelden` (short, so bm25 puts them first),
    /// 12 where it stands alone, each in a longer text than the last.
    override class func setUp() {
        super.setUp()
        guard CompoundLexicon.shared.count > 100_000 else { return }
        do {
            let f = try IndexFixture()
            for i in 0..<60 {
                try f.write(String(format: "c%02d.txt", i), answered(
                    title: "Compound \(i)", questions: ["Wat gebeurt er met de versterkingsgelden \(i)?"],
                    answers: ["De versterkingsgelden blijven."]))
            }
            for i in 0..<12 {
                let filler = Array(repeating: "de provincie", count: i + 1).joined(separator: " en ")
                try f.write(String(format: "d%02d.txt", i), answered(
                    title: "Direct \(i)", questions: ["Welke gelden krijgt \(filler)?"], answers: ["Geen."]))
            }
            _ = try f.index()
            fixture = f
        } catch {
            XCTFail("fixture: \(error)")
        }
    }

    override class func tearDown() { fixture = nil; super.tearDown() }

    /// Pair ids of `gelden` in the reference order: direct matches first, then bm25.
    private func referenceOrder(_ f: IndexFixture) throws -> [Int64] {
        let queue = try DatabaseQueue(path: f.databasePath, configuration: IndexDatabase.configuration(readonly: true))
        defer { try? queue.close() }
        let full = FTS5Term.quoted("gelden", exact: false)
        return try queue.read { db in
            try Int64.fetchAll(db, sql: """
                SELECT rowid FROM fts WHERE fts MATCH ?1
                ORDER BY rowid IN (SELECT rowid FROM fts WHERE fts MATCH ?2) DESC, rank, rowid DESC
                """, arguments: [full, FTS5Term.direct(full)])
        }
    }

    func testEveryPageMatchesTheReferenceOrder() throws {
        let f = try XCTUnwrap(Self.fixture, "the fixture index")
        let reference = try referenceOrder(f)
        XCTAssertEqual(reference.count, 72)
        // Page 1 of 5: the 60 compound-only candidates rank above every direct one, more than the
        // single lookups allowed (40), so one pass decides. Later pages and a full page look further.
        for (offset, limit) in [(0, 5), (5, 5), (10, 5), (0, 72), (60, 10)] {
            let result = try f.search("gelden") { $0.offset = offset; $0.limit = limit }
            XCTAssertEqual(result.hits.map(\.pairId), Array(reference.dropFirst(offset).prefix(limit)),
                           "offset \(offset), limit \(limit)")
        }
        XCTAssertTrue(try f.search("gelden") { $0.limit = 12 }.hits.allSatisfy { $0.title?.hasPrefix("Direct") == true })
    }

    func testFewLookupsWhenTheBestCandidatesAreDirect() throws {
        let f = try XCTUnwrap(Self.fixture, "the fixture index")
        // `provincie` is only in the direct pairs: every lookup finds one.
        let result = try f.search("provincie gelden") { $0.limit = 3 }
        XCTAssertEqual(result.hits.count, 3)
        XCTAssertTrue(result.hits.allSatisfy { $0.title?.hasPrefix("Direct") == true })
    }
}
