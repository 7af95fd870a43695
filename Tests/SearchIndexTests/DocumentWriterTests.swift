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

    /// The full-text columns the writer builds in Swift (``PreparedDocument/Columns``) are exactly the
    /// view's: footnotes referenced, unreferenced (every pair), repeated numbers and numbers without a
    /// note; askers with, without and with an empty party key; a unit of text not split (no title); a
    /// second question set; a document without title.
    func testColumnsBuiltInSwiftAreTheViews() throws {
        let notes = [Footnote(number: 2, text: "Zie Kamerstuk 1."), Footnote(number: 1, text: "Bron: CBS"),
                     Footnote(number: 3, text: "niet verwezen"), Footnote(number: 1, text: "tweede noot 1"),
                     Footnote(number: 5, text: "")]
        let first = Document(kind: .answers, title: "Vragen over dijken", askers: [
            Person(name: "Jansen", party: "VVD"), Person(name: "Pietersen"), Person(name: "De Vries", party: "—"),
            Person(name: "Bakker", party: "GroenLinks-PvdA"), Person(name: "Smit", party: "VVD")],
            questions: [Question(numbers: [1], text: "Vraag een?", footnoteNumbers: [1, 2, 9]),
                        Question(numbers: [2], text: "Vraag twee?")],
            answers: [Answer(numbers: [1], text: "Antwoord een.", footnoteNumbers: [2]),
                      Answer(numbers: [2], text: "Antwoord twee.")],
            footnotes: notes, unsplit: ["Tekst die nergens past."],
            sets: [Document(kind: .questions, askers: [Person(name: "Kok", party: "SP")],
                            questions: [Question(numbers: [7], text: "Een vraag zonder titel?")])])
        let queue = try DatabaseQueue(configuration: IndexDatabase.configuration())
        try queue.writeWithoutTransaction { db in
            try db.beginTransaction()
            try Schema.create(in: db, bulk: true)
            try db.execute(sql: "INSERT INTO files(path, size, mtime, sha256, indexed_at) VALUES('a.txt', 1, 0, '', '')")
            let prepared = PreparedDocument(first, recorders: nil)
            XCTAssertEqual(try DocumentWriter().insert(prepared, fileId: db.lastInsertedRowID, in: db), 4)
            try db.commit()
            let view = try Row.fetchAll(db, sql: "SELECT title, footnotes, facets FROM pair_content ORDER BY id")
                .map { [$0[0] as String, $0[1] as String, $0[2] as String] }
            let swift = prepared.parts.flatMap { part in part.pairs.map { [$0.title, $0.footnotes, part.facets] } }
            XCTAssertEqual(view, swift)
            XCTAssertTrue(swift.contains { $0[1].contains("niet verwezen") && $0[1].contains("tweede noot 1") })
            XCTAssertTrue(swift.contains { $0[0].isEmpty }, "the text not split has no title")
            try db.execute(sql: "INSERT INTO fts(fts) VALUES('integrity-check')")
        }
    }
}
