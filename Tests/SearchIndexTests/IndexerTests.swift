import Foundation
import GRDB
import Kamervragen
@testable import SearchIndex
import XCTest

final class IndexerTests: XCTestCase {
    func testFirstRunCreatesIndexAndSearchFindsIt() throws {
        let f = try IndexFixture()
        try f.write("a.txt", answered(title: "Versterkingsgelden", questions: ["Ontvangen gemeenten versterkingsgelden?"],
                                      answers: ["Ja, de gemeenten ontvangen die."]))
        let summary = try f.index()
        XCTAssertEqual(summary.new, 1)
        XCTAssertEqual(summary.files, 1)
        XCTAssertNotNil(summary.rebuildReason)
        XCTAssertEqual(try f.search("versterkingsgelden").total, 1)
    }

    func testUnchangedFileIsNotParsedAgain() throws {
        let f = try IndexFixture()
        try f.write("a.txt", answered(title: "A", questions: ["Vraag over dijken"], answers: ["Antwoord"]))
        try f.write("b.txt", answered(title: "B", questions: ["Vraag over bruggen"], answers: ["Antwoord"]))
        try f.index()
        XCTAssertEqual(f.parses, 2)
        let second = try f.index()
        XCTAssertEqual(f.parses, 2, "unchanged files must not be parsed")
        XCTAssertEqual(second.unchanged, 2)
        XCTAssertEqual(second.new + second.changed + second.removed, 0)
        XCTAssertNil(second.rebuildReason)
    }

    func testChangedFileIsReindexed() throws {
        let f = try IndexFixture()
        try f.write("a.txt", answered(title: "A", questions: ["Vraag over dijken"], answers: ["Antwoord"]))
        try f.index()
        XCTAssertEqual(try f.search("dijken").total, 1)
        try f.write("a.txt", answered(title: "A", questions: ["Vraag over sluizen en gemalen"], answers: ["Antwoord"]))
        try f.setMtime("a.txt", Date().addingTimeInterval(10))
        let summary = try f.index()
        XCTAssertEqual(summary.changed, 1)
        XCTAssertEqual(f.parses, 2)
        XCTAssertEqual(try f.search("dijken").total, 0, "old text must be gone")
        XCTAssertEqual(try f.search("sluizen").total, 1)
        XCTAssertEqual(try IndexCheck.run(databasePath: f.databasePath), [])
    }

    func testTouchedFileWithSameContentOnlyUpdatesMtime() throws {
        let f = try IndexFixture()
        try f.write("a.txt", answered(title: "A", questions: ["Vraag over dijken"], answers: ["Antwoord"]))
        try f.index()
        try f.setMtime("a.txt", Date().addingTimeInterval(100))
        let summary = try f.index()
        XCTAssertEqual(summary.touched, 1)
        XCTAssertEqual(summary.changed, 0)
        XCTAssertEqual(f.parses, 1, "same hash: no parse")
        let third = try f.index()
        XCTAssertEqual(third.unchanged, 1, "the new mtime was stored")
    }

    func testDeletedFileIsRemoved() throws {
        let f = try IndexFixture()
        try f.write("a.txt", answered(title: "A", questions: ["Vraag over dijken"], answers: ["Antwoord"]))
        try f.write("sub/b.txt", answered(title: "B", questions: ["Vraag over dijken en bruggen"], answers: ["Antwoord"]))
        try f.index()
        XCTAssertEqual(try f.search("dijken").total, 2)
        try FileManager.default.removeItem(atPath: f.corpus + "/sub/b.txt")
        let summary = try f.index()
        XCTAssertEqual(summary.removed, 1)
        XCTAssertEqual(try f.names(f.search("dijken")), ["a.txt"])
        XCTAssertEqual(try f.search("bruggen").total, 0)
        XCTAssertEqual(try IndexCheck.run(databasePath: f.databasePath), [])
    }

    func testBadFileIsReportedAndRunGoesOn() throws {
        let f = try IndexFixture()
        try f.write("a.txt", answered(title: "A", questions: ["Vraag over dijken"], answers: ["Antwoord"]))
        try f.writeRaw("bad.txt", "this is not JSON")
        try f.writeRaw("ignored.doc", "not a supported type")
        try f.writeRaw(".hidden.txt", "hidden")
        let summary = try f.index()
        XCTAssertEqual(summary.files, 2)
        XCTAssertEqual(summary.new, 1)
        XCTAssertEqual(summary.failed, 1)
        XCTAssertEqual(summary.failures.map { ($0.path as NSString).lastPathComponent }, ["bad.txt"])
        XCTAssertEqual(summary.failures.first?.reason, "not a test document")
        XCTAssertTrue(summary.line.contains("1 failed"))
        XCTAssertEqual(try f.search("dijken").total, 1)
    }

    func testRebuildSwapsInANewIndexAndDropsDeletedFiles() throws {
        let f = try IndexFixture()
        try f.write("a.txt", answered(title: "A", questions: ["Vraag over dijken"], answers: ["Antwoord"]))
        try f.write("b.txt", answered(title: "B", questions: ["Vraag over bruggen"], answers: ["Antwoord"]))
        try f.index()
        let oldSearcher = try Searcher(databasePath: f.databasePath)
        try FileManager.default.removeItem(atPath: f.corpus + "/b.txt")
        let summary = try f.index(rebuild: true)
        XCTAssertEqual(summary.new, 1)
        XCTAssertEqual(f.parses, 3)
        XCTAssertEqual(try f.search("bruggen").total, 0)
        XCTAssertEqual(try f.search("dijken").total, 1)
        XCTAssertEqual(try oldSearcher.search(SearchRequest(query: "bruggen")).total, 1,
                       "a searcher holding the old file keeps reading it")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: f.root + "/db").filter { $0.contains("rebuild") }
        XCTAssertEqual(leftovers, [])
        XCTAssertEqual(try IndexCheck.run(databasePath: f.databasePath), [])
    }

    func testRebuiltIndexHasNoFreePages() throws {
        let f = try IndexFixture()
        for i in 0..<40 {
            let words = (0..<200).map { "woord\($0 * 7 + i) gemeente\($0)" }.joined(separator: " ")
            try f.write("d\(i).txt", answered(title: "T\(i)", questions: ["Vraag \(i) \(words)"], answers: [words]))
        }
        try f.index(rebuild: true)
        let queue = try DatabaseQueue(path: f.databasePath, configuration: IndexDatabase.configuration())
        defer { try? queue.close() }
        let free = try queue.read { try Int.fetchOne($0, sql: "PRAGMA freelist_count") }
        XCTAssertEqual(free, 0, "a rebuilt index must not carry the pages freed by its final merge")
        XCTAssertEqual(try f.search("gemeente3").total, 40)
    }

    func testTimestampsAreISO8601InUTC() throws {
        let stamp = Indexer.now()
        XCTAssertEqual(stamp.count, 20, stamp)
        let parsed = try XCTUnwrap(ISO8601DateFormatter().date(from: stamp), stamp)
        XCTAssertLessThan(abs(parsed.timeIntervalSinceNow), 5)
    }

    func testRootsAreRememberedForALaterRunWithoutFolders() throws {
        let f = try IndexFixture()
        try f.write("a.txt", answered(title: "A", questions: ["Vraag over dijken"], answers: ["Antwoord"]))
        try f.index()
        XCTAssertEqual(Indexer.storedRoots(databasePath: f.databasePath), [f.corpus])
        try f.write("b.txt", answered(title: "B", questions: ["Vraag over bruggen"], answers: ["Antwoord"]))
        var request = f.request()
        request.roots = []
        let summary = try Indexer.run(request)
        XCTAssertEqual(summary.new, 1)
        XCTAssertEqual(try f.search("bruggen").total, 1)
    }

    func testIndexMirrorsTheFoldersGiven() throws {
        let f = try IndexFixture()
        try f.write("a/one.txt", answered(title: "A", questions: ["Vraag over dijken"], answers: ["Antwoord"]))
        try f.write("b/two.txt", answered(title: "B", questions: ["Vraag over bruggen"], answers: ["Antwoord"]))
        var request = f.request()
        request.roots = [f.corpus + "/a", f.corpus + "/b"]
        _ = try Indexer.run(request)
        XCTAssertEqual(try f.search("dijken OR bruggen").total, 2)
        request.roots = [f.corpus + "/b"]
        let summary = try Indexer.run(request)
        XCTAssertEqual(summary.removed, 1)
        XCTAssertEqual(try f.names(f.search("dijken OR bruggen")), ["two.txt"])
        XCTAssertEqual(Indexer.storedRoots(databasePath: f.databasePath), [f.corpus + "/b"])
    }

    func testCheckFindsAnFTSIndexOutOfStepWithItsText() throws {
        let f = try IndexFixture()
        try f.write("a.txt", answered(title: "A", questions: ["Vraag over dijken"], answers: ["Antwoord"]))
        try f.index()
        XCTAssertEqual(try IndexCheck.run(databasePath: f.databasePath), [])
        let queue = try DatabaseQueue(path: f.databasePath, configuration: IndexDatabase.configuration())
        try queue.write { try $0.execute(sql: "UPDATE pairs SET question = 'iets heel anders'") }
        try queue.close()
        let problems = try IndexCheck.run(databasePath: f.databasePath)
        XCTAssertEqual(problems.count, 1, "\(problems)")
        XCTAssertTrue(problems.first?.hasPrefix("fts integrity-check") ?? false, "\(problems)")
    }

    func testOptimizeKeepsTheIndexIntact() throws {
        let f = try IndexFixture()
        for i in 0..<5 {
            try f.write("d\(i).txt", answered(title: "T\(i)", questions: ["Vraag \(i) over dijken"], answers: ["Antwoord"]))
            try f.index()
        }
        try Indexer.optimize(databasePath: f.databasePath, wait: 1)
        XCTAssertEqual(try f.search("dijken").total, 5)
        XCTAssertEqual(try IndexCheck.run(databasePath: f.databasePath), [])
    }

    func testSecondIndexerWaitsThenGivesUpNamingTheHolder() throws {
        let f = try IndexFixture()
        try FileManager.default.createDirectory(atPath: f.root + "/db", withIntermediateDirectories: true)
        let held = try IndexLock(databasePath: f.databasePath, wait: 0)
        var request = f.request()
        request.wait = 0.3
        XCTAssertThrowsError(try Indexer.run(request)) { error in
            let error = error as? IndexError
            XCTAssertEqual(error?.kind, .locked)
            XCTAssertEqual(error?.message, "another kamervragen index is running (pid \(getpid()))")
        }
        withExtendedLifetime(held) {}
    }

    func testIncompatibleAnalyserIsRefusedBySearchAndRebuiltByIndex() throws {
        let f = try IndexFixture()
        try f.write("a.txt", answered(title: "A", questions: ["Vraag over dijken"], answers: ["Antwoord"]))
        try f.index()
        let queue = try DatabaseQueue(path: f.databasePath, configuration: IndexDatabase.configuration())
        try queue.write { try $0.execute(sql: "UPDATE meta SET value = 'other' WHERE key = 'analyzer.analysis.version'") }
        try queue.close()
        XCTAssertThrowsError(try f.search("dijken")) { error in
            XCTAssertEqual((error as? IndexError)?.kind, .incompatibleIndex)
            XCTAssertTrue((error as? IndexError)?.message.contains("kamervragen index --rebuild") ?? false)
        }
        let summary = try f.index()
        XCTAssertTrue(summary.rebuildReason?.contains("another text analyser") ?? false)
        XCTAssertEqual(try f.search("dijken").total, 1)
    }

    func testSummaryLine() {
        var s = IndexSummary()
        s.files = 1204; s.new = 12; s.changed = 3; s.removed = 1; s.failed = 2; s.seconds = 0.83
        XCTAssertEqual(s.line, "indexed 1,204 files: 12 new, 3 changed, 1 removed, 2 failed, 0.8 s")
        XCTAssertEqual(IndexSummary.grouped(1_234_567), "1,234,567")
        XCTAssertEqual(IndexSummary.grouped(999), "999")
    }
}
