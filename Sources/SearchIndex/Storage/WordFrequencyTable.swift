import DutchText
import GRDB
import GRDBSQLite

/// The compound splitter's frequencies in the index: table `word_frequencies` (folded word, Zipf × 10)
/// holds the words whose value differs from ``CompoundFrequencies/general`` (20, the rare floor, for a
/// general word the collection made rare), and `meta.word_frequencies.total_words` the number of words
/// counted. Written by a rebuild before the first document; read by every connection that tokenizes
/// documents (inserts, deletes, FTS5's integrity check), so the index keeps one set of splits until the
/// next rebuild.
public enum WordFrequencyTable {
    static let totalKey = "word_frequencies.total_words"

    static func write(_ frequencies: CompoundFrequencies, in db: Database) throws {
        try db.execute(sql: "DELETE FROM word_frequencies")
        let insert = try db.makeStatement(sql: "INSERT INTO word_frequencies(word, zipf_times_ten) VALUES(?, ?)")
        let general = CompoundFrequencies.general.zipfTimesTen
        var changed = frequencies.zipfTimesTen.filter { general[$0.key] != $0.value }
        for word in general.keys where frequencies.zipfTimesTen[word] == nil {
            changed[word] = UInt8(CompoundFrequencies.rareZipf * 10)
        }
        for (word, value) in changed.sorted(by: { $0.key < $1.key }) {
            try insert.execute(arguments: [word, Int(value)])
        }
        try Meta.set(totalKey, String(frequencies.totalWords), in: db)
    }

    /// The frequencies of the index at `databasePath`, nil when there is no usable index there.
    public static func read(databasePath: String) -> CompoundFrequencies? {
        guard let queue = try? IndexDatabase.openForReading(at: databasePath) else { return nil }
        defer { try? queue.close() }
        return try? queue.read { read(connection: $0.sqliteConnection) }
    }

    /// The frequencies stored in the database of `connection`, nil when it has none (not an index).
    /// Plain SQLite calls: the tokenizer runs this from inside an FTS5 statement on the same connection.
    static func read(connection: OpaquePointer?) -> CompoundFrequencies? {
        guard let connection else { return nil }
        var statement: OpaquePointer?
        guard sqlite3_prepare_v2(connection, "SELECT word, zipf_times_ten FROM word_frequencies", -1, &statement, nil)
                == SQLITE_OK else { return nil }
        defer { sqlite3_finalize(statement) }
        var table = CompoundFrequencies.general.zipfTimesTen
        while sqlite3_step(statement) == SQLITE_ROW {
            guard let text = sqlite3_column_text(statement, 0) else { continue }
            table[String(cString: text)] = UInt8(clamping: sqlite3_column_int(statement, 1))
        }
        var total = 0
        var meta: OpaquePointer?
        if sqlite3_prepare_v2(connection, "SELECT value FROM meta WHERE key = '\(totalKey)'", -1, &meta, nil) == SQLITE_OK {
            if sqlite3_step(meta) == SQLITE_ROW, let text = sqlite3_column_text(meta, 0) { total = Int(String(cString: text)) ?? 0 }
            sqlite3_finalize(meta)
        }
        return CompoundFrequencies(zipfTimesTen: table, totalWords: total)
    }
}
