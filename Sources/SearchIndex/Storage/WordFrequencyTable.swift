import DutchText
import GRDB
import GRDBSQLite

/// The compound splitter's frequencies in the index: `meta.word_frequencies.total_words` holds the number
/// of words counted, and table `word_frequencies` (folded word, Zipf × 10) the words whose value differs
/// from that of a word the collection does not hold (``absentValues(totalWords:)``: the general value,
/// lowered by the smoothing), so in practice the words the collection holds (20, the rare floor, for a
/// word that ends up rare). Written by a rebuild before the first document; read by every connection that tokenizes
/// documents (inserts, deletes, FTS5's integrity check), so the index keeps one set of splits until the
/// next rebuild.
public enum WordFrequencyTable {
    static let totalKey = "word_frequencies.total_words"
    private static let floor = UInt8(CompoundFrequencies.rareZipf * 10)

    /// Stores the frequencies of `lexicon` (``CompoundLexicon/general``'s words with other values),
    /// counted among `totalWords` words.
    static func write(_ lexicon: CompoundLexicon, totalWords: Int, in db: Database) throws {
        try db.execute(sql: "DELETE FROM word_frequencies")
        let insert = try db.makeStatement(sql: "INSERT INTO word_frequencies(word, zipf_times_ten) VALUES(?, ?)")
        let absent = absentValues(totalWords: totalWords), values = lexicon.zipfValues
        precondition(absent.count == values.count, "frequencies over another word list")
        for i in values.indices where values[i] != absent[i] {
            try insert.execute(arguments: [lexicon.word(at: i), Int(max(values[i], floor))])
        }
        try Meta.set(totalKey, String(totalWords), in: db)
    }

    /// The value of each word of ``CompoundLexicon/general`` when a collection of `totalWords` words does
    /// not hold it (with no words counted: the general values).
    static func absentValues(totalWords: Int) -> [UInt8] {
        let general = CompoundLexicon.general.zipfValues
        guard totalWords > 0 else { return general }
        return general.map {
            CompoundFrequencies.smoothedTimesTen(count: 0, totalWords: totalWords, generalTimesTen: Int($0))
        }
    }

    /// The splitter lexicon with the frequencies of the index at `databasePath`, nil when there is no
    /// usable index there.
    public static func read(databasePath: String) -> CompoundLexicon? {
        guard let queue = try? IndexDatabase.openForReading(at: databasePath) else { return nil }
        defer { try? queue.close() }
        return try? queue.read { read(connection: $0.sqliteConnection) }
    }

    /// The splitter lexicon with the frequencies stored in the database of `connection`, nil when it
    /// has none (not an index). Plain SQLite calls: the tokenizer runs this from inside an FTS5 statement
    /// on the same connection.
    static func read(connection: OpaquePointer?) -> CompoundLexicon? {
        guard let connection else { return nil }
        var statement: OpaquePointer?
        guard sqlite3_prepare_v2(connection, "SELECT word, zipf_times_ten FROM word_frequencies", -1, &statement, nil)
                == SQLITE_OK else { return nil }
        defer { sqlite3_finalize(statement) }
        var total = "0"
        var meta: OpaquePointer?
        if sqlite3_prepare_v2(connection, "SELECT value FROM meta WHERE key = '\(totalKey)'", -1, &meta, nil) == SQLITE_OK {
            if sqlite3_step(meta) == SQLITE_ROW, let text = sqlite3_column_text(meta, 0) { total = String(cString: text) }
            sqlite3_finalize(meta)
        }
        let general = CompoundLexicon.general
        var values = absentValues(totalWords: Int(total) ?? 0)
        while sqlite3_step(statement) == SQLITE_ROW {
            guard let text = sqlite3_column_text(statement, 0) else { continue }
            let word = UnsafeBufferPointer(start: text, count: Int(sqlite3_column_bytes(statement, 0)))
            let i = general.index(ofFolded: word, fnv: CompoundLexicon.fnv(word))
            let value = UInt8(clamping: sqlite3_column_int(statement, 1))
            if i >= 0 { values[i] = value > floor ? value : 0 }
        }
        return general.with(zipfs: values, identity: "\(general.identity)+\(total) words")
    }
}
