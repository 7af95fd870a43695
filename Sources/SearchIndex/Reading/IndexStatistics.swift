import Foundation
import GRDB
import Kamervragen

/// Counts for `kamervragen stats`.
public struct IndexStatistics: Sendable, Codable {
    public var path: String
    public var bytes: Int64
    public var schemaVersion: Int
    public var analyzer: [String: String]
    public var files: Int
    public var failedFiles: Int
    public var documents: Int
    public var documentsByKind: [String: Int]
    /// Keyed by year (`"2019"`, or `"unknown"`).
    public var documentsByYear: [String: Int]
    public var pairs: Int
    public var unansweredPairs: Int
    public var footnotes: Int
    /// Distinct parties (by normalised key), with how many documents they asked in, as first written.
    public var parties: [String: Int]
    public var askers: Int
    public var roots: [String]
    public var updatedAt: String?
    /// Words the last rebuild counted for the compound splitter's frequencies (``WordFrequencyTable``).
    public var countedWords: Int
    /// How many words of the list the collection holds (their frequencies are stored).
    public var collectionFrequencies: Int

    /// Reads the statistics of the index at `path`.
    public static func read(databasePath path: String) throws -> IndexStatistics {
        let queue = try IndexDatabase.openForReading(at: path)
        defer { try? queue.close() }
        do {
            return try queue.read { db in
                func int(_ sql: String) throws -> Int { try Int.fetchOne(db, sql: sql) ?? 0 }
                var byKind: [String: Int] = [:]
                for row in try Row.fetchAll(db, sql: "SELECT kind, count(*) FROM documents GROUP BY kind") {
                    byKind[row[0]] = row[1]
                }
                var byYear: [String: Int] = [:]
                for row in try Row.fetchAll(db, sql: "SELECT year, count(*) FROM documents GROUP BY year") {
                    byYear[(row[0] as Int?).map(String.init) ?? "unknown"] = row[1]
                }
                var parties: [String: Int] = [:]
                for row in try Row.fetchAll(db, sql: """
                    SELECT min(party), count(DISTINCT document_id) FROM askers WHERE party_key IS NOT NULL AND party_key <> ''
                    GROUP BY party_key
                    """) {
                    parties[row[0]] = row[1]
                }
                var bytes: Int64 = 0
                for suffix in ["", "-wal"] {
                    let attributes = try? FileManager.default.attributesOfItem(atPath: path + suffix)
                    bytes += (attributes?[.size] as? NSNumber)?.int64Value ?? 0
                }
                return IndexStatistics(
                    path: path, bytes: bytes,
                    schemaVersion: Int(try Meta.get(Meta.schemaKey, in: db) ?? "") ?? 0,
                    analyzer: try Meta.storedIdentity(in: db),
                    files: try int("SELECT count(*) FROM files"),
                    failedFiles: try int("SELECT count(*) FROM files WHERE error IS NOT NULL"),
                    documents: try int("SELECT count(*) FROM documents"),
                    documentsByKind: byKind, documentsByYear: byYear,
                    pairs: try int("SELECT count(*) FROM pairs"),
                    unansweredPairs: try int("""
                        SELECT count(*) FROM pairs p JOIN documents d ON d.id = p.document_id
                        WHERE p.answer = '' AND d.kind <> 'other'
                        """),
                    footnotes: try int("SELECT count(*) FROM footnotes"),
                    parties: parties,
                    askers: try int("SELECT count(DISTINCT name_key) FROM askers"),
                    roots: try String.fetchAll(db, sql: "SELECT path FROM roots ORDER BY path"),
                    updatedAt: try Meta.get("updated_at", in: db),
                    countedWords: Int(try Meta.get(WordFrequencyTable.totalKey, in: db) ?? "") ?? 0,
                    collectionFrequencies: try int("SELECT count(*) FROM word_frequencies"))
            }
        } catch {
            throw IndexError(.io, "cannot read index: \(IndexDatabase.describe(error))")
        }
    }
}

/// Integrity checks of an index: SQLite's `PRAGMA integrity_check`, `PRAGMA foreign_key_check`, and
/// FTS5's `integrity-check` (which compares the full-text index with the stored text). Needs the
/// analyser's tokenizer, so it runs through this program, not the plain `sqlite3` shell.
public enum IndexCheck {
    /// The problems found; empty when the index is intact.
    public static func run(databasePath path: String) throws -> [String] {
        let queue = try IndexDatabase.openForReading(at: path)
        defer { try? queue.close() }
        var problems: [String] = []
        do {
            try queue.writeWithoutTransaction { db in
                let rows = try String.fetchAll(db, sql: "PRAGMA integrity_check")
                if rows != ["ok"] { problems += rows.map { "integrity_check: \($0)" } }
                let fk = try Row.fetchAll(db, sql: "PRAGMA foreign_key_check")
                if !fk.isEmpty { problems.append("foreign_key_check: \(fk.count) rows point nowhere") }
                do {
                    try db.execute(sql: "INSERT INTO fts(fts, rank) VALUES('integrity-check', 1)")
                } catch {
                    problems.append("fts integrity-check: \(IndexDatabase.describe(error))")
                }
            }
        } catch {
            problems.append("cannot check: \(IndexDatabase.describe(error))")
        }
        return problems
    }
}
