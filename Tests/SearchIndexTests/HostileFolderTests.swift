import Foundation
import Kamervragen
@testable import SearchIndex
import XCTest
#if canImport(Glibc)
import Glibc
#endif

/// Odd entries in an indexed folder, and how failed runs leave the index (the cheap, in-process half of
/// `scripts/hardening-tests`).
final class HostileFolderTests: XCTestCase {
    func testFileOverTheSizeLimitIsRefusedWithoutParsing() throws {
        let f = try IndexFixture()
        try f.write("big.txt", answered(title: "Groot", questions: [String(repeating: "dijken ", count: 100)],
                                        answers: ["Antwoord"]))
        var request = f.request()
        request.maxFileSize = 200
        let summary = try Indexer.run(request)
        XCTAssertEqual(f.parses, 0, "a file over the limit is never handed to the parser")
        XCTAssertEqual(summary.failed, 1)
        XCTAssertTrue(summary.failures.first?.reason.contains("too large") ?? false, "\(summary.failures)")
        XCTAssertEqual(try f.search("dijken").total, 0)
    }

    func testFIFOWithASupportedNameIsReportedAndNeverOpened() throws {
        let f = try IndexFixture()
        try f.write("good.txt", answered(title: "A", questions: ["Vraag over gemalen"], answers: ["Antwoord"]))
        XCTAssertEqual(mkfifo(f.corpus + "/pipe.txt", 0o644), 0)
        let summary = try f.index()  // would block forever if the FIFO were opened for reading
        XCTAssertEqual(summary.new, 1)
        XCTAssertEqual(summary.warnings.map { ($0.path as NSString).lastPathComponent }, ["pipe.txt"])
        XCTAssertTrue(summary.warnings.first?.reason.contains("not a regular file") ?? false)
    }

    func testFileNameThatIsNotUTF8IsReportedAsSuch() throws {
        let f = try IndexFixture()
        try f.write("good.txt", answered(title: "A", questions: ["Vraag over bruggen"], answers: ["Antwoord"]))
        var name = Array((f.corpus + "/caf").utf8CString.dropLast())
        name += [CChar(bitPattern: 0xE9)] + Array(".txt".utf8CString)  // Latin-1 é: not UTF-8
        let fd = open(name, O_WRONLY | O_CREAT, 0o644)
        XCTAssertGreaterThanOrEqual(fd, 0)
        _ = write(fd, "tekst", 5)
        close(fd)
        let (files, problems) = FileWalker().walk([f.corpus])
        XCTAssertEqual(files.map { ($0.path as NSString).lastPathComponent }, ["good.txt"])
        XCTAssertEqual(problems.count, 1)
        XCTAssertTrue(problems.first?.reason.contains("not valid UTF-8") ?? false, "\(problems)")
        XCTAssertEqual(problems.first?.isFailure, true, "a document that cannot be indexed makes the run partial")
    }

    func testSearchesNeverSeeHalfAnIncrementalRun() throws {
        let f = try IndexFixture()
        try f.write("a.txt", answered(title: "A", questions: ["Vraag over dijken"], answers: ["Antwoord"]))
        try f.index()
        try f.write("b.txt", answered(title: "B", questions: ["Vraag over kwelders"], answers: ["Antwoord"]))
        try f.write("c.txt", answered(title: "C", questions: ["Vraag over kwelders en slikken"], answers: ["Antwoord"]))
        var request = f.request()
        request.workers = 1
        let parse = request.parse
        request.parse = { p, data in
            Thread.sleep(forTimeInterval: 1.2)  // a slow parser: the run spans several seconds
            return try parse(p, data)
        }
        var seen: [Int] = []
        let databasePath = f.databasePath
        request.progress = { _ in
            seen.append((try? Searcher(databasePath: databasePath).search(SearchRequest(query: "kwelders")).total) ?? -1)
        }
        _ = try Indexer.run(request)
        XCTAssertEqual(seen, [0, 0], "an unfinished run is invisible to searches")
        XCTAssertEqual(try f.search("kwelders").total, 2)
    }
}

final class IndexLockRaceTests: XCTestCase {
    /// Two indexers started together: the loser names the winner even when it looks in the moment
    /// between the winner's `flock` and its writing of the pid.
    func testLockedOutIndexerNamesAHolderThatHasNotWrittenItsPidYet() throws {
        let root = NSTemporaryDirectory() + "kv-lock-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: root) }
        let db = root + "/index.sqlite"
        let fd = open(db + ".lock", O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        XCTAssertGreaterThanOrEqual(fd, 0)
        defer { close(fd) }
        XCTAssertEqual(flock(fd, LOCK_EX | LOCK_NB), 0)  // locked, pid not yet written
        let writer = Thread {
            usleep(60_000)
            _ = "4242\n".withCString { pwrite(fd, $0, 5, 0) }
        }
        writer.start()
        XCTAssertThrowsError(try IndexLock(databasePath: db, wait: 0)) { error in
            XCTAssertEqual((error as? IndexError)?.kind, .locked)
            XCTAssertTrue("\(error)".contains("pid 4242"), "\(error)")
        }
    }
}
