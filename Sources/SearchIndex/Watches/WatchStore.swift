import Foundation
import GRDB

/// The watches and what each has seen, in a file of their own beside the index
/// (`index.sqlite` → `index.watches.sqlite`): a rebuild swaps the index file and leaves this one alone.
public final class WatchStore {
    public let path: String
    private let queue: DatabaseQueue

    /// The watch file of the index at `indexPath`.
    public static func path(forIndex indexPath: String) -> String {
        let base = indexPath.hasSuffix(".sqlite") ? String(indexPath.dropLast(7)) : indexPath
        return base + ".watches.sqlite"
    }

    /// Opens (creating when `create`) the watch file of the index at `indexPath`. Without `create`, a
    /// missing file is an empty store.
    public init(indexPath: String, create: Bool = true) throws {
        path = Self.path(forIndex: indexPath)
        do {
            if !create, !FileManager.default.fileExists(atPath: path) {
                queue = try DatabaseQueue()
            } else {
                let directory = (path as NSString).deletingLastPathComponent
                try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
                var configuration = Configuration()
                configuration.busyMode = .timeout(10)
                queue = try DatabaseQueue(path: path, configuration: configuration)
                try queue.writeWithoutTransaction { db in
                    _ = try String.fetchOne(db, sql: "PRAGMA journal_mode = WAL")
                    try db.execute(sql: "PRAGMA synchronous = NORMAL")
                }
            }
            try queue.write { db in
                try db.execute(sql: """
                    CREATE TABLE IF NOT EXISTS watches(
                        name TEXT PRIMARY KEY, query TEXT, exact INTEGER NOT NULL DEFAULT 0, filters TEXT,
                        case_key TEXT, created TEXT NOT NULL, last_run TEXT, index_created TEXT,
                        last_pair INTEGER) WITHOUT ROWID;
                    CREATE TABLE IF NOT EXISTS seen(
                        watch TEXT NOT NULL, item TEXT NOT NULL, answered INTEGER NOT NULL, status TEXT,
                        case_key TEXT, first_seen TEXT NOT NULL, PRIMARY KEY(watch, item)) WITHOUT ROWID;
                    CREATE INDEX IF NOT EXISTS seen_case ON seen(watch, case_key);
                    CREATE TABLE IF NOT EXISTS events(
                        id INTEGER PRIMARY KEY, watch TEXT NOT NULL, kind TEXT NOT NULL, item TEXT NOT NULL,
                        time TEXT NOT NULL, entry TEXT NOT NULL);
                    CREATE INDEX IF NOT EXISTS events_watch ON events(watch, id);
                    """)
            }
        } catch {
            throw IndexError(.io, "cannot open the watch file \(path): \(IndexDatabase.describe(error))")
        }
    }

    deinit { try? queue.close() }

    public func all() throws -> [Watch] {
        try queue.read { db in try Row.fetchAll(db, sql: "SELECT * FROM watches ORDER BY name").map(Self.watch) }
    }

    public func watch(named name: String) throws -> Watch? {
        try queue.read { db in try Row.fetchOne(db, sql: "SELECT * FROM watches WHERE name = ?", arguments: [name]).map(Self.watch) }
    }

    /// Adds `watch` with what it sees now as seen (`baseline`); throws when the name is taken.
    public func add(_ watch: Watch, baseline: [SeenItem]) throws {
        try queue.write { db in
            guard try Bool.fetchOne(db, sql: "SELECT 1 FROM watches WHERE name = ?", arguments: [watch.name]) != true else {
                throw IndexError(.invalidInput, "a watch named '\(watch.name)' exists already (watch remove it first)")
            }
            var query: String?, exact = false, filters: String?, caseKey: String?
            switch watch.target {
            case .search(let q, let e, let f):
                query = q; exact = e
                filters = String(decoding: try JSONEncoder().encode(f), as: UTF8.self)
            case .followCase(let key): caseKey = key
            }
            try db.execute(sql: """
                INSERT INTO watches(name, query, exact, filters, case_key, created, last_run) VALUES(?,?,?,?,?,?,?)
                """, arguments: [watch.name, query, exact, filters, caseKey, watch.created, watch.created])
            try Self.record(baseline, watch: watch.name, time: watch.created, db)
        }
    }

    /// Removes a watch and what it has seen; false when there was none of that name.
    @discardableResult
    public func remove(_ name: String) throws -> Bool {
        try queue.write { db in
            try db.execute(sql: "DELETE FROM seen WHERE watch = ?", arguments: [name])
            try db.execute(sql: "DELETE FROM events WHERE watch = ?", arguments: [name])
            try db.execute(sql: "DELETE FROM watches WHERE name = ?", arguments: [name])
            return db.changesCount > 0
        }
    }

    /// One thing a watch has seen: a pair by its content key (answered or not, its set's status).
    public struct SeenItem: Sendable, Equatable {
        public var item: String
        public var answered: Bool
        public var status: String?
        public var caseKey: String?
        public init(item: String, answered: Bool, status: String?, caseKey: String? = nil) {
            self.item = item; self.answered = answered; self.status = status; self.caseKey = caseKey
        }
    }

    /// What `watch` has seen of `items` (all it has seen when nil), by item.
    public func seen(_ watch: String, items: [String]? = nil) throws -> [String: SeenItem] {
        try queue.read { db in
            var out: [String: SeenItem] = [:]
            func add(_ row: Row) { out[row[0]] = SeenItem(item: row[0], answered: row[1], status: row[2], caseKey: row[3]) }
            guard let items else {
                for row in try Row.fetchAll(db, sql: "SELECT item, answered, status, case_key FROM seen WHERE watch = ?",
                                            arguments: [watch]) { add(row) }
                return out
            }
            let one = try db.cachedStatement(sql: "SELECT item, answered, status, case_key FROM seen WHERE watch = ? AND item = ?")
            for item in items { if let row = try Row.fetchOne(one, arguments: [watch, item]) { add(row) } }
            return out
        }
    }

    /// Whether `watch` has seen anything of the question set `caseKey`.
    public func hasSeen(_ watch: String, caseKey: String) throws -> Bool {
        try queue.read { db in
            try Bool.fetchOne(db.cachedStatement(sql: "SELECT 1 FROM seen WHERE watch = ? AND case_key = ? LIMIT 1"),
                              arguments: [watch, caseKey]) == true
        }
    }

    /// Where the watch stopped: the index (its creation time) and the highest pair id it had seen.
    public func position(_ watch: String) throws -> (index: String, lastPair: Int64)? {
        try queue.read { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT index_created, last_pair FROM watches WHERE name = ?", arguments: [watch]),
                  let index: String = row[0], let last: Int64 = row[1] else { return nil }
            return (index, last)
        }
    }

    /// Records where the watch stopped (see ``position(_:)``).
    public func setPosition(_ watch: String, index: String, lastPair: Int64) throws {
        try queue.write { db in
            try db.execute(sql: "UPDATE watches SET index_created = ?, last_pair = ? WHERE name = ?", arguments: [index, lastPair, watch])
        }
    }

    /// Records a run: the items now seen, the events with their feed entries, and the run's time.
    public func commit(watch: String, seen items: [SeenItem], events: [(WatchEvent, FeedEntry)], time: String) throws {
        try queue.write { db in
            try Self.record(items, watch: watch, time: time, db)
            let insert = try db.cachedStatement(sql: "INSERT INTO events(watch, kind, item, time, entry) VALUES(?,?,?,?,?)")
            for (event, entry) in events {
                try insert.execute(arguments: [watch, event.kind.rawValue, event.item, event.time,
                                               String(decoding: try JSONEncoder().encode(entry), as: UTF8.self)])
            }
            // A feed shows the newest entries; older events are dropped past a generous bound.
            try db.execute(sql: """
                DELETE FROM events WHERE watch = ? AND id NOT IN (SELECT id FROM events WHERE watch = ? ORDER BY id DESC LIMIT 500)
                """, arguments: [watch, watch])
            try db.execute(sql: "UPDATE watches SET last_run = ? WHERE name = ?", arguments: [time, watch])
        }
    }

    /// The newest feed entries of `watch`, newest first.
    public func entries(_ watch: String, limit: Int = 100) throws -> [FeedEntry] {
        try queue.read { db in
            try String.fetchAll(db, sql: "SELECT entry FROM events WHERE watch = ? ORDER BY id DESC LIMIT ?",
                                arguments: [watch, limit])
                .compactMap { try? JSONDecoder().decode(FeedEntry.self, from: Data($0.utf8)) }
        }
    }

    private static func record(_ items: [SeenItem], watch: String, time: String, _ db: Database) throws {
        let upsert = try db.cachedStatement(sql: """
            INSERT INTO seen(watch, item, answered, status, case_key, first_seen) VALUES(?,?,?,?,?,?)
            ON CONFLICT(watch, item) DO UPDATE SET answered = excluded.answered, status = excluded.status,
                case_key = excluded.case_key
            """)
        for i in items { try upsert.execute(arguments: [watch, i.item, i.answered, i.status, i.caseKey, time]) }
    }

    private static func watch(_ row: Row) -> Watch {
        let target: Watch.Target
        if let key: String = row["case_key"] {
            target = .followCase(key: key)
        } else {
            let filters = (row["filters"] as String?).flatMap { try? JSONDecoder().decode(SearchFilters.self, from: Data($0.utf8)) }
            target = .search(query: row["query"] ?? "", exact: row["exact"], filters: filters ?? SearchFilters())
        }
        return Watch(name: row["name"], target: target, created: row["created"], lastRun: row["last_run"])
    }
}
