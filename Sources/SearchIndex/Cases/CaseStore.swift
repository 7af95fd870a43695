import Foundation
import GRDB
import Kamervragen

/// Reads cases back from an index: the open ones (`kamervragen open`), answer times (`stats
/// --answer-time`), and the case of a document (`show`).
public final class CaseStore {
    private let queue: DatabaseQueue

    public init(databasePath path: String) throws {
        queue = try IndexDatabase.openForReading(at: path)
    }

    deinit { try? queue.close() }

    /// A case with what its first document says of it.
    public struct Entry: Sendable {
        public var info: CaseInfo
        public var title: String?
        public var askers: [Person]
        public var addressees: [String]
        public var answerers: [Official]
    }

    /// Which cases to list.
    public struct Filter: Sendable {
        public var party: String?
        public var asker: String?
        public var minister: String?
        public init(party: String? = nil, asker: String? = nil, minister: String? = nil) {
            self.party = party; self.asker = asker; self.minister = minister
        }
    }

    /// Sets without an answer (open or delayed), oldest first.
    public func open(_ filter: Filter = Filter()) throws -> [Entry] {
        try entries(status: ["open", "delayed"], filter, order: "c.submitted IS NULL, c.submitted, c.key")
    }

    /// Answered sets with a known answer time.
    public func answered(_ filter: Filter = Filter()) throws -> [Entry] {
        try entries(status: ["answered"], filter, order: "c.submitted, c.key").filter { $0.info.daysToAnswer != nil }
    }

    /// The case with `key`, or nil.
    public func caseInfo(key: String) throws -> CaseInfo? {
        try read { db in try CaseInfo.load(key: key, db) }
    }

    /// The id of the first pair of a document (nil when none or no document).
    public func firstPair(ofDocument documentId: Int64?) throws -> Int64? {
        guard let documentId else { return nil }
        return try read { db in
            try Int64.fetchOne(db, sql: "SELECT id FROM pairs WHERE document_id = ? AND superseded_by IS NULL ORDER BY position LIMIT 1",
                               arguments: [documentId])
        }
    }

    /// The case of document `documentId`, or nil.
    public func caseOf(document documentId: Int64) throws -> CaseInfo? {
        try read { db in
            guard let key = try String.fetchOne(db, sql: "SELECT case_key FROM documents WHERE id = ?", arguments: [documentId])
            else { return nil }
            return try CaseInfo.load(key: key, db)
        }
    }

    private func entries(status: [String], _ filter: Filter, order: String) throws -> [Entry] {
        try read { db in
            var out: [Entry] = []
            for key in try String.fetchAll(db, sql: """
                SELECT c.key FROM cases c WHERE c.status IN (\(status.map { _ in "?" }.joined(separator: ",")))
                ORDER BY \(order)
                """, arguments: StatementArguments(status)) {
                guard let info = try CaseInfo.load(key: key, db), let first = info.documents.first else { continue }
                let ids = info.documents.map(\.documentId)
                guard try Self.matches(filter, documents: ids, db) else { continue }
                let row = try Row.fetchOne(db, sql: "SELECT title, addressees FROM documents WHERE id = ?", arguments: [first.documentId])
                var answerers: [Official] = [], seen = Set<Official>()
                for id in ids { answerers += try DocumentStore.answerers(id, db).filter { seen.insert($0).inserted } }
                out.append(Entry(info: info, title: row?["title"], askers: try DocumentStore.askers(first.documentId, db),
                                 addressees: DocumentStore.decode([String].self, row?["addressees"]) ?? [],
                                 answerers: answerers))
            }
            return out
        }
    }

    /// Whether any document of the case matches every given filter.
    private static func matches(_ filter: Filter, documents: [Int64], _ db: Database) throws -> Bool {
        let list = documents.map(String.init).joined(separator: ",")
        if let party = filter.party {
            let key = SearchKeys.party(party)
            guard try Bool.fetchOne(db, sql: "SELECT 1 FROM askers WHERE document_id IN (\(list)) AND party_key = ?",
                                    arguments: [key]) == true else { return false }
        }
        if let asker = filter.asker {
            let key = SearchKeys.name(asker)
            guard try Bool.fetchOne(db, sql: "SELECT 1 FROM askers WHERE document_id IN (\(list)) AND instr(name_key, ?) > 0",
                                    arguments: [key]) == true else { return false }
        }
        if let minister = filter.minister {
            let key = SearchKeys.name(minister)
            guard try Bool.fetchOne(db, sql: """
                SELECT 1 WHERE EXISTS (SELECT 1 FROM answerers WHERE document_id IN (\(list)) AND instr(name_key, ?) > 0)
                    OR EXISTS (SELECT 1 FROM documents WHERE id IN (\(list)) AND instr(addressee_key, ?) > 0)
                """, arguments: [key, key]) == true else { return false }
        }
        return true
    }

    private func read<T>(_ body: (Database) throws -> T) throws -> T {
        do {
            return try queue.read(body)
        } catch let error as IndexError {
            throw error
        } catch {
            throw IndexError(.io, "cannot read index: \(IndexDatabase.describe(error))")
        }
    }
}
