import Foundation
import GRDB
import Kamervragen

/// A document as stored in the index, for `kamervragen show`.
public struct StoredDocument: Sendable {
    public struct Pair: Sendable {
        public var position: Int
        public var numbers: [Int]
        public var question: String
        public var answer: String
        public var footnoteNumbers: [Int]
        /// The unit holding the text not split into questions and answers.
        public var isUnsplit: Bool
    }
    public var id: Int64
    public var file: String
    /// The question set within the file, 1 for the first.
    public var part: Int
    /// How many question sets the file holds.
    public var parts: Int
    public var kind: DocumentKind
    public var title: String?
    public var askers: [Person]
    public var addressees: [String]
    public var answerers: [Official]
    public var submitted: String?
    public var received: String?
    public var identifiers: [String]
    public var notice: String?
    public var pairs: [Pair]
    public var footnotes: [Footnote]
    public var diagnostics: [Diagnostic]
}

/// Reads documents back from an index.
public final class DocumentStore {
    private let queue: DatabaseQueue

    public init(databasePath path: String) throws {
        queue = try IndexDatabase.openForReading(at: path)
    }

    deinit { try? queue.close() }

    /// The document named by `reference`: a document id, a file path (absolute or relative to the
    /// current directory), or a file name that is unique in the index; of a file, question set `set`
    /// (1 for the first). Nil when none matches; throws ``IndexError/Kind/invalidInput`` when a file
    /// name is ambiguous.
    public func document(_ reference: String, set: Int? = nil) throws -> StoredDocument? {
        do {
            return try queue.read { db in
                guard var id = try resolve(reference, db) else { return nil }
                if let set {
                    guard let other = try Int64.fetchOne(db, sql: """
                        SELECT id FROM documents WHERE part = ? AND file_id = (SELECT file_id FROM documents WHERE id = ?)
                        """, arguments: [set, id]) else { return nil }
                    id = other
                }
                return try load(id, db)
            }
        } catch let error as IndexError {
            throw error
        } catch {
            throw IndexError(.io, "cannot read index: \(IndexDatabase.describe(error))")
        }
    }

    private func resolve(_ reference: String, _ db: Database) throws -> Int64? {
        if let id = Int64(reference),
           try Bool.fetchOne(db, sql: "SELECT 1 FROM documents WHERE id = ?", arguments: [id]) == true {
            return id
        }
        let absolute = IndexLocation.absolute(reference, in: FileManager.default.currentDirectoryPath)
        let real = URL(fileURLWithPath: absolute).resolvingSymlinksInPath().path
        for path in [absolute, real] {
            if let id = try Int64.fetchOne(db, sql: """
                SELECT d.id FROM documents d JOIN files f ON f.id = d.file_id WHERE f.path = ? ORDER BY d.part LIMIT 1
                """, arguments: [path]) { return id }
        }
        let name = (reference as NSString).lastPathComponent
        let rows = try Row.fetchAll(db, sql: """
            SELECT d.id, f.path FROM documents d JOIN files f ON f.id = d.file_id
            WHERE d.part = 1 AND (f.path = ? OR f.path LIKE ? ESCAPE '\\')
            """, arguments: [name, "%/" + name.replacingOccurrences(of: "\\", with: "\\\\")
                .replacingOccurrences(of: "%", with: "\\%").replacingOccurrences(of: "_", with: "\\_")])
        let matches = rows.filter { ($0["path"] as String).hasSuffix("/" + reference) || ($0["path"] as String) == reference }
        let candidates = matches.isEmpty ? rows : matches
        if candidates.count > 1 {
            let paths = candidates.prefix(3).map { $0["path"] as String }.joined(separator: ", ")
            throw IndexError(.invalidInput, "\(reference) matches \(candidates.count) files (\(paths)…); give the path")
        }
        return candidates.first?["id"]
    }

    private func load(_ id: Int64, _ db: Database) throws -> StoredDocument? {
        guard let row = try Row.fetchOne(db, sql: """
            SELECT d.*, f.path, (SELECT count(*) FROM documents o WHERE o.file_id = d.file_id) AS parts
            FROM documents d JOIN files f ON f.id = d.file_id WHERE d.id = ?
            """, arguments: [id]) else { return nil }
        var pairs: [StoredDocument.Pair] = []
        for p in try Row.fetchAll(db, sql: """
            SELECT p.position, p.numbers, p.unsplit, CAST(sqlar_uncompress(p.question, p.question_size) AS TEXT) AS question,
                   CAST(sqlar_uncompress(p.answer, p.answer_size) AS TEXT) AS answer,
                (SELECT group_concat(f.number) FROM pair_footnotes pf JOIN footnotes f ON f.id = pf.footnote_id
                 WHERE pf.pair_id = p.id) AS notes
            FROM pairs p WHERE p.document_id = ? ORDER BY p.position
            """, arguments: [id]) {
            pairs.append(StoredDocument.Pair(position: p["position"], numbers: DocumentStore.numbers(p["numbers"]),
                                             question: p["question"], answer: p["answer"],
                                             footnoteNumbers: DocumentStore.numbers(p["notes"]).sorted(),
                                             isUnsplit: p["unsplit"]))
        }
        let footnotes = try Row.fetchAll(db, sql: "SELECT number, text FROM footnotes WHERE document_id = ? ORDER BY id",
                                         arguments: [id]).map { Footnote(number: $0["number"], text: $0["text"]) }
        return StoredDocument(
            id: id, file: row["path"], part: row["part"], parts: row["parts"], kind: DocumentKind(rawValue: row["kind"]) ?? .other, title: row["title"],
            askers: try DocumentStore.askers(id, db), addressees: DocumentStore.decode([String].self, row["addressees"]) ?? [],
            answerers: try DocumentStore.answerers(id, db), submitted: row["submitted"], received: row["received"],
            identifiers: DocumentStore.decode([String].self, row["identifiers"]) ?? [], notice: row["notice"],
            pairs: pairs, footnotes: footnotes,
            diagnostics: DocumentStore.decode([Diagnostic].self, row["diagnostics"]) ?? [])
    }

    // MARK: - Shared row helpers

    static func numbers(_ text: String?) -> [Int] {
        (text ?? "").split(separator: ",").compactMap { Int($0) }
    }

    static func decode<T: Decodable>(_ type: T.Type, _ text: String?) -> T? {
        guard let text else { return nil }
        return try? JSONDecoder().decode(type, from: Data(text.utf8))
    }

    static func askers(_ documentId: Int64, _ db: Database) throws -> [Person] {
        try Row.fetchAll(db.cachedStatement(sql: "SELECT name, party FROM askers WHERE document_id = ? ORDER BY position"),
                         arguments: [documentId]).map { Person(name: $0["name"], party: $0["party"]) }
    }

    static func answerers(_ documentId: Int64, _ db: Database) throws -> [Official] {
        try Row.fetchAll(db.cachedStatement(sql: "SELECT name, role, department FROM answerers WHERE document_id = ? ORDER BY position"),
                         arguments: [documentId])
            .map { Official(name: $0["name"], role: $0["role"], department: $0["department"]) }
    }
}
