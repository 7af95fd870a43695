import Foundation
import GRDB

/// The `meta` table: schema version and analyser identity, compared whenever an index is opened.
enum Meta {
    static let schemaKey = "schema_version"
    static let analyzerPrefix = "analyzer."

    static func writeIdentity(in db: Database) throws {
        try set(schemaKey, String(SearchIndexInfo.schemaVersion), in: db)
        try db.execute(sql: "DELETE FROM meta WHERE key LIKE 'analyzer.%'")
        for (key, value) in IndexAnalyzer.identity {
            try set(analyzerPrefix + key, value, in: db)
        }
    }

    static func set(_ key: String, _ value: String, in db: Database) throws {
        try db.execute(sql: "INSERT OR REPLACE INTO meta(key, value) VALUES(?, ?)", arguments: [key, value])
    }

    static func get(_ key: String, in db: Database) throws -> String? {
        try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = ?", arguments: [key])
    }

    /// The analyser identity recorded in the index.
    static func storedIdentity(in db: Database) throws -> [String: String] {
        var result: [String: String] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT key, value FROM meta WHERE key LIKE 'analyzer.%'") {
            let key: String = row[0]
            result[String(key.dropFirst(analyzerPrefix.count))] = row[1]
        }
        return result
    }

    /// Why this index cannot be used by this program, or nil when it can.
    static func incompatibility(in db: Database) throws -> String? {
        guard try db.tableExists("meta"), try db.tableExists("pairs") else {
            return "not a kamervragen index"
        }
        let version = try get(schemaKey, in: db)
        if version != String(SearchIndexInfo.schemaVersion) {
            return "index schema version \(version ?? "none") differs from this program's \(SearchIndexInfo.schemaVersion)"
        }
        let stored = try storedIdentity(in: db)
        let current = IndexAnalyzer.identity
        if stored != current {
            let keys = Set(stored.keys).union(current.keys).sorted().filter { stored[$0] != current[$0] }
            return "index built with another text analyser (\(keys.joined(separator: ", ")) differ)"
        }
        return nil
    }
}
