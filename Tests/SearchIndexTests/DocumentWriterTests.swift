import Foundation
import GRDB
import Kamervragen
@testable import SearchIndex
import XCTest

/// How the writer's statements reach FTS5: inserting or deleting a document's pairs must not make FTS5
/// write a segment per pair (it flushes its pending terms at every statement savepoint, which SQLite
/// opens for a statement that writes several rows, such as INSERT … SELECT).
final class DocumentWriterTests: XCTestCase {
    /// The number of segments in FTS table `fts`, from its structure record (`fts_data` row 10: a 4-byte
    /// cookie, then varints: level count, segment count, …).
    private func segmentCount(_ db: Database) throws -> Int {
        let record = try XCTUnwrap(Data.fetchOne(db, sql: "SELECT block FROM fts_data WHERE id = 10"))
        var offset = record.startIndex + 4
        func varint() -> Int {
            var value = 0
            while offset < record.endIndex {
                let byte = record[offset]
                offset += 1
                value = (value << 7) | Int(byte & 0x7F)
                if byte & 0x80 == 0 { break }
            }
            return value
        }
        _ = varint()  // levels
        return varint()
    }

    private func document(_ i: Int) -> Document {
        Document(kind: .answers, title: "Vragen over dijken \(i)", askers: [Person(name: "Jansen", party: "VVD")],
                 questions: (1...4).map { Question(numbers: [$0], text: "Vraag \($0) over gemeenten, document \(i)?") },
                 answers: (1...4).map { Answer(numbers: [$0], text: "Antwoord \($0): de versterkingsgelden van \(i).") })
    }

    func testInsertingAndDeletingDocumentsWritesOneSegmentPerTransaction() throws {
        let queue = try DatabaseQueue(configuration: IndexDatabase.configuration())
        let writer = DocumentWriter()
        try queue.writeWithoutTransaction { db in
            try db.beginTransaction()
            try Schema.create(in: db, bulk: true)
            for i in 1...20 {
                try db.execute(sql: "INSERT INTO files(path, size, mtime, sha256, indexed_at) VALUES(?, 1, 0, '', '')",
                               arguments: ["doc\(i).txt"])
                let fileId = db.lastInsertedRowID
                XCTAssertEqual(try writer.insert(PreparedDocument(document(i), recorders: nil), fileId: fileId, in: db), 4)
            }
            try db.commit()
            XCTAssertEqual(try segmentCount(db), 1, "80 pairs in one transaction: one segment")

            try Schema.liveSettings(in: db)
            try db.execute(sql: "INSERT INTO fts(fts, rank) VALUES('automerge', 0)")
            try db.beginTransaction()
            for fileId in 1...10 { try writer.deleteDocument(ofFile: Int64(fileId), in: db) }
            try db.commit()
            XCTAssertEqual(try segmentCount(db), 2, "40 pairs deleted in one transaction: one more segment")
            try db.execute(sql: "INSERT INTO fts(fts) VALUES('integrity-check')")
            XCTAssertEqual(try Int.fetchOne(db, sql: "SELECT count(*) FROM fts WHERE fts MATCH 'gemeente'"), 40)
        }
    }
}
