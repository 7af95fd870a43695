import Foundation
import GRDB
import Kamervragen
@testable import SearchIndex
import XCTest

/// What `index` and `search` do with an index file that is damaged, or that is not theirs.
final class HostileIndexFileTests: XCTestCase {
    private func indexedFixture() throws -> IndexFixture {
        let f = try IndexFixture()
        try f.write("a.txt", answered(title: "A", questions: ["Vraag over dijken"], answers: ["Antwoord over dijken"]))
        try f.index()
        return f
    }

    /// Cuts the index file in half, as a failing disk or a bad copy might.
    private func damage(_ path: String) throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        try data.prefix(data.count / 2).write(to: URL(fileURLWithPath: path))
        for suffix in ["-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
    }

    func testRebuildReplacesADamagedIndex() throws {
        let f = try indexedFixture()
        try f.write("b.txt", answered(title: "B", questions: ["Vraag over kwelders"], answers: ["Antwoord"]))
        try damage(f.databasePath)
        let summary = try f.index(rebuild: true)
        XCTAssertEqual(summary.new, 2)
        XCTAssertEqual(try f.search("dijken").total, 1)
        XCTAssertEqual(try IndexCheck.run(databasePath: f.databasePath), [])
    }

    func testDamagedIndexIsReportedWithTheWayOut() throws {
        let f = try indexedFixture()
        try damage(f.databasePath)
        XCTAssertThrowsError(try f.index()) { error in
            XCTAssertTrue("\(error)".contains("index --rebuild"), "\(error)")
        }
        XCTAssertThrowsError(try f.search("dijken")) { error in
            XCTAssertEqual((error as? IndexError)?.kind, .io)
            XCTAssertTrue("\(error)".contains("index --rebuild"), "\(error)")
        }
    }

    func testAnotherProgramsDatabaseIsNeverReplaced() throws {
        let f = try IndexFixture()
        try f.write("a.txt", answered(title: "A", questions: ["Vraag over dijken"], answers: ["Antwoord"]))
        try FileManager.default.createDirectory(atPath: (f.databasePath as NSString).deletingLastPathComponent,
                                                withIntermediateDirectories: true)
        let other = try DatabaseQueue(path: f.databasePath)
        try other.write { try $0.execute(sql: "CREATE TABLE bookmarks(url TEXT); INSERT INTO bookmarks VALUES('x')") }
        try other.close()
        for rebuild in [false, true] {
            XCTAssertThrowsError(try f.index(rebuild: rebuild)) { error in
                XCTAssertTrue("\(error)".contains("not a kamervragen index"), "\(error)")
            }
        }
        XCTAssertThrowsError(try f.search("dijken")) { error in
            XCTAssertTrue("\(error)".contains("another program's database"), "\(error)")
            XCTAssertFalse("\(error)".contains("--rebuild"), "a rebuild would refuse: do not suggest it")
        }
        let kept = try DatabaseQueue(path: f.databasePath)
        XCTAssertEqual(try kept.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM bookmarks") }, 1)
    }

    func testAFileThatIsNotADatabaseIsNeverReplaced() throws {
        let f = try IndexFixture()
        try f.write("a.txt", answered(title: "A", questions: ["Vraag over dijken"], answers: ["Antwoord"]))
        try FileManager.default.createDirectory(atPath: (f.databasePath as NSString).deletingLastPathComponent,
                                                withIntermediateDirectories: true)
        let bytes = Data((0..<5000).map { UInt8(truncatingIfNeeded: $0 &* 7919 &+ 13) })
        try bytes.write(to: URL(fileURLWithPath: f.databasePath))
        for rebuild in [false, true] {
            XCTAssertThrowsError(try f.index(rebuild: rebuild)) { error in
                XCTAssertTrue("\(error)".contains("not an index file"), "\(error)")
            }
        }
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: f.databasePath)), bytes)
    }

    func testAnEmptyFileBecomesAnIndex() throws {
        let f = try IndexFixture()
        try f.write("a.txt", answered(title: "A", questions: ["Vraag over dijken"], answers: ["Antwoord"]))
        try FileManager.default.createDirectory(atPath: (f.databasePath as NSString).deletingLastPathComponent,
                                                withIntermediateDirectories: true)
        FileManager.default.createFile(atPath: f.databasePath, contents: Data())
        try f.index()
        XCTAssertEqual(try f.search("dijken").total, 1)
    }
}
