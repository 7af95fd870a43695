import Foundation
import GRDB
import Kamervragen

/// Writes one parsed document into the tables and the FTS index, and removes one again. Uses cached
/// prepared statements; the caller owns the transaction.
struct DocumentWriter {
    /// What this writer changed, for ``CaseLinker/relink(in:changes:)``.
    let changes = CaseChanges()

    /// The pairs stored for a document: its question/answer pairs, plus, for a notice, the notice text
    /// as an answer-only pair when the pairs do not already hold it (so the notice is searchable).
    static func storedPairs(of document: Document) -> [QAPair] {
        var pairs = document.pairs
        if document.kind == .notice, let notice = document.notice?.trimmingCharacters(in: .whitespacesAndNewlines),
           !notice.isEmpty, !pairs.contains(where: { $0.question.contains(notice) || $0.answer.contains(notice) }) {
            pairs.append(QAPair(numbers: [], question: "", answer: notice))
        }
        return pairs
    }

    static func json<T: Encodable>(_ value: T) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(value)).map { String(decoding: $0, as: UTF8.self) } ?? "[]"
    }

    /// Inserts `prepared` for the file row `fileId`, one document row per question set; returns the
    /// number of pairs stored. Its recorded token streams are replayed to the full-text index instead of
    /// analysing the texts again.
    @discardableResult
    func insert(_ prepared: PreparedDocument, fileId: Int64, in db: Database) throws -> Int {
        var pairIds: [Int64] = []
        for (index, part) in prepared.parts.enumerated() {
            pairIds += try insertRows(part, number: index + 1, fileId: fileId, in: db)
        }
        // The full-text row as the view `pair_content` gives it (a new pair is never superseded yet),
        // built on the parse thread (``PreparedDocument/Columns``): the question and answer as they are
        // in memory (the view would inflate what was just compressed), the other columns from the
        // document. The texts are the same, so FTS5's integrity check agrees. Not an INSERT … SELECT:
        // SQLite gives a statement that inserts from a SELECT a statement journal, and FTS5 writes its
        // pending terms to disk as a new segment at every statement savepoint, which made one tiny
        // segment per pair.
        TokenReplay.offer(prepared.streams, to: db)
        defer { TokenReplay.withdraw(from: db) }
        let fts = try db.cachedStatement(sql: """
            INSERT INTO fts(rowid, question, answer, title, footnotes, facets) VALUES(?,?,?,?,?,?)
            """)
        var index = 0
        for part in prepared.parts {
            for stored in part.pairs {
                try fts.execute(arguments: [pairIds[index], stored.pair.question, stored.pair.answer, stored.title,
                                            stored.footnotes, part.facets])
                index += 1
            }
        }
        return pairIds.count
    }

    /// The ordinary rows of one question set (document `number` of the file); returns its pair ids.
    private func insertRows(_ part: PreparedDocument.Part, number: Int, fileId: Int64, in db: Database) throws -> [Int64] {
        let document = part.document
        let date = document.submitted ?? document.received
        let year = date.flatMap { Int($0.prefix(4)) }
        let signature = part.signature, rows = part.rows
        try db.cachedStatement(sql: """
            INSERT INTO documents(file_id, part, kind, title, submitted, received, date, year, addressees,
                addressee_key, identifiers, notice, diagnostics, question_print) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?)
            """).execute(arguments: [
                fileId, number, document.kind.rawValue, document.title, document.submitted, document.received, date,
                year, rows.addressees, rows.addresseeKey, rows.identifiers, document.notice, rows.diagnostics,
                rows.questionPrint,
            ])
        let documentId = db.lastInsertedRowID
        let asker = try db.cachedStatement(sql: """
            INSERT INTO askers(document_id, position, name, party, name_key, party_key) VALUES(?,?,?,?,?,?)
            """)
        for (i, person) in document.askers.enumerated() {
            try asker.execute(arguments: [documentId, i + 1, person.name, person.party, rows.askerKeys[i].name,
                                          rows.askerKeys[i].party])
        }
        let answerer = try db.cachedStatement(sql: """
            INSERT INTO answerers(document_id, position, name, role, department, name_key) VALUES(?,?,?,?,?,?)
            """)
        for (i, official) in document.answerers.enumerated() {
            try answerer.execute(arguments: [documentId, i + 1, official.name, official.role, official.department,
                                             rows.answererKeys[i]])
        }
        let key = try db.cachedStatement(sql: "INSERT OR IGNORE INTO document_keys(key, document_id, role) VALUES(?,?,?)")
        changes.inserted.append(documentId)
        for k in signature.identifiers { try key.execute(arguments: [k, documentId, CaseLinker.Role.identifier.rawValue]) }
        for k in signature.references { try key.execute(arguments: [k, documentId, CaseLinker.Role.reference.rawValue]) }
        if let meta = signature.meta { try key.execute(arguments: [meta, documentId, CaseLinker.Role.meta.rawValue]) }
        let footnote = try db.cachedStatement(sql: "INSERT INTO footnotes(document_id, number, text) VALUES(?,?,?)")
        var footnoteIds: [Int: [Int64]] = [:]
        for note in document.footnotes {
            try footnote.execute(arguments: [documentId, note.number, note.text])
            footnoteIds[note.number, default: []].append(db.lastInsertedRowID)
        }
        let pair = try db.cachedStatement(sql: """
            INSERT INTO pairs(document_id, position, numbers, question, question_size, answer, answer_size, unsplit,
                content_key) VALUES(?,?,?,?,?,?,?,?,?)
            """)
        let link = try db.cachedStatement(sql: "INSERT OR IGNORE INTO pair_footnotes(pair_id, footnote_id) VALUES(?,?)")
        var pairIds: [Int64] = []
        for (i, stored) in part.pairs.enumerated() {
            let p = stored.pair, question = stored.question, answer = stored.answer
            try pair.execute(arguments: [documentId, i + 1, stored.numbers, question.value, question.size, answer.value,
                                         answer.size, p.isUnsplit, stored.contentKey])
            let pairId = db.lastInsertedRowID
            pairIds.append(pairId)
            // See ``PreparedDocument/Columns/footnoteLinks(of:in:)``.
            for number in stored.footnoteNumbers {
                for id in footnoteIds[number] ?? [] { try link.execute(arguments: [pairId, id]) }
            }
        }
        return pairIds
    }

    /// Removes the documents of file row `fileId` (their FTS entries first, with the exact stored text).
    func deleteDocument(ofFile fileId: Int64, in db: Database) throws {
        for key in try String.fetchAll(db.cachedStatement(sql: "SELECT case_key FROM documents WHERE file_id = ? AND case_key IS NOT NULL"),
                                       arguments: [fileId]) {
            changes.staleCases.insert(key)
        }
        // Read first, then one single-row 'delete' per pair (see `insert` on INSERT … SELECT).
        let rows = try Row.fetchAll(db.cachedStatement(sql: """
            SELECT id, question, answer, title, footnotes, facets FROM pair_content
            WHERE id IN (SELECT p.id FROM pairs p JOIN documents d ON d.id = p.document_id WHERE d.file_id = ?)
            """), arguments: [fileId])
        let delete = try db.cachedStatement(sql: """
            INSERT INTO fts(fts, rowid, question, answer, title, footnotes, facets) VALUES('delete',?,?,?,?,?,?)
            """)
        for row in rows {
            try delete.execute(arguments: StatementArguments((0..<6).map { row[$0] as DatabaseValue }))
        }
        try db.cachedStatement(sql: "DELETE FROM documents WHERE file_id = ?").execute(arguments: [fileId])
    }
}
