import GRDB

/// The table layout of an index file.
///
/// A file holds one document per question set (`documents.part`, 1 for the first); a pair with
/// `unsplit = 1` holds the document's text that is in no question or answer ("text not split").
/// The documents of one question set (questions, notices, answers) share a `case_key` (``CaseLinker``;
/// `cases` holds each case's status and dates, `document_keys` what links them); a question pair that
/// the set's answers document repeats has `superseded_by` set to that pair and is left out of the
/// full-text index (the view `pair_content` omits it), so a search shows it once, with its answer.
/// Ordinary tables (`documents`, `pairs`, `footnotes`, `askers`, `answerers`, `files`, `roots`, `meta`,
/// `word_frequencies`: the compound splitter's frequencies, see ``WordFrequencyTable``) are readable by any SQLite tool; question and answer texts are stored in sqlar form
/// (``StoredText``), which the `sqlite3` shell reads with `sqlar_uncompress(answer, answer_size)`.
/// The full-text table `fts` is external-content over the view `pair_content` (pair text + document
/// title + the footnotes the pair refers to + `facets`, the filter terms such as `\u{5}party=vvd`, see
/// ``DutchTokenizer/facetMarker``), so every text is stored once. `fts` needs the
/// analyser's tokenizer, which the plain `sqlite3` shell lacks.
enum Schema {
    /// bm25 weights of the FTS columns question, answer, title, footnotes, facets: subject and footnotes
    /// count less, facets (filter terms) not at all.
    static let columnWeights = [1.0, 1.0, 0.5, 0.25, 0.0]
    static let rankFunction = "bm25(\(weightList))"
    private static let weightList = columnWeights.map { "\($0)" }.joined(separator: ", ")

    /// The same weighted bm25 as an auxiliary-function call on `table`, for a SELECT list.
    static func bm25Call(table: String) -> String { "bm25(\(table), \(weightList))" }

    static let tables = """
        CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
        CREATE TABLE roots(path TEXT PRIMARY KEY) WITHOUT ROWID;
        CREATE TABLE word_frequencies(word TEXT PRIMARY KEY, zipf_times_ten INTEGER NOT NULL) WITHOUT ROWID;
        CREATE TABLE files(
            id INTEGER PRIMARY KEY,
            path TEXT NOT NULL UNIQUE,
            size INTEGER NOT NULL,
            mtime REAL NOT NULL,
            sha256 TEXT NOT NULL,
            indexed_at TEXT NOT NULL,
            error TEXT
        );
        CREATE TABLE documents(
            id INTEGER PRIMARY KEY,
            file_id INTEGER NOT NULL REFERENCES files(id) ON DELETE CASCADE,
            part INTEGER NOT NULL DEFAULT 1,
            kind TEXT NOT NULL,
            title TEXT,
            submitted TEXT,
            received TEXT,
            date TEXT,
            year INTEGER,
            addressees TEXT NOT NULL DEFAULT '[]',
            addressee_key TEXT NOT NULL DEFAULT '',
            identifiers TEXT NOT NULL DEFAULT '[]',
            notice TEXT,
            diagnostics TEXT NOT NULL DEFAULT '[]',
            case_key TEXT,
            question_print BLOB,
            UNIQUE(file_id, part)
        );
        CREATE INDEX documents_date ON documents(date);
        CREATE INDEX documents_case ON documents(case_key);
        CREATE TABLE document_keys(
            key TEXT NOT NULL,
            document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            role INTEGER NOT NULL,
            PRIMARY KEY(key, role, document_id)
        ) WITHOUT ROWID;
        CREATE INDEX document_keys_document ON document_keys(document_id);
        CREATE TABLE cases(
            key TEXT PRIMARY KEY,
            status TEXT NOT NULL,
            submitted TEXT,
            notice_received TEXT,
            answered TEXT,
            days INTEGER,
            documents INTEGER NOT NULL
        ) WITHOUT ROWID;
        CREATE TABLE askers(
            document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            name TEXT NOT NULL,
            party TEXT,
            name_key TEXT NOT NULL,
            party_key TEXT,
            PRIMARY KEY(document_id, position)
        ) WITHOUT ROWID;
        CREATE INDEX askers_party ON askers(party_key);
        CREATE TABLE answerers(
            document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            name TEXT,
            role TEXT,
            department TEXT,
            name_key TEXT NOT NULL,
            PRIMARY KEY(document_id, position)
        ) WITHOUT ROWID;
        CREATE TABLE pairs(
            id INTEGER PRIMARY KEY,
            document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            numbers TEXT NOT NULL,
            question TEXT NOT NULL,
            question_size INTEGER NOT NULL,
            answer TEXT NOT NULL,
            answer_size INTEGER NOT NULL,
            unsplit INTEGER NOT NULL DEFAULT 0,
            superseded_by INTEGER,
            content_key TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX pairs_document ON pairs(document_id);
        CREATE TABLE footnotes(
            id INTEGER PRIMARY KEY,
            document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            number INTEGER NOT NULL,
            text TEXT NOT NULL
        );
        CREATE INDEX footnotes_document ON footnotes(document_id);
        CREATE TABLE pair_footnotes(
            pair_id INTEGER NOT NULL REFERENCES pairs(id) ON DELETE CASCADE,
            footnote_id INTEGER NOT NULL REFERENCES footnotes(id) ON DELETE CASCADE,
            PRIMARY KEY(pair_id, footnote_id)
        ) WITHOUT ROWID;
        CREATE INDEX pair_footnotes_footnote ON pair_footnotes(footnote_id);
        CREATE VIEW pair_content AS
            SELECT p.id AS id, CAST(sqlar_uncompress(p.question, p.question_size) AS TEXT) AS question,
                CAST(sqlar_uncompress(p.answer, p.answer_size) AS TEXT) AS answer,
                CASE WHEN p.unsplit THEN '' ELSE coalesce(d.title, '') END AS title,
                coalesce((SELECT group_concat(t, char(10)) FROM (
                    SELECT f.text AS t FROM pair_footnotes pf JOIN footnotes f ON f.id = pf.footnote_id
                    WHERE pf.pair_id = p.id ORDER BY f.number, f.id)), '') AS footnotes,
                coalesce((SELECT group_concat(char(5) || 'party=' || a.party_key, ' ') FROM askers a
                    WHERE a.document_id = p.document_id AND a.party_key <> ''), '') AS facets
            FROM pairs p JOIN documents d ON d.id = p.document_id WHERE p.superseded_by IS NULL;
        """

    /// Creates every table, the FTS table and its settings in an empty database. `tokenizer` (benchmarks
    /// only) replaces the analyser's tokenizer and is recorded in the identity, so search refuses it.
    static func create(in db: Database, bulk: Bool, tokenizer: TokenizerBenchmark.Tokenizer? = nil) throws {
        try db.execute(sql: tables)
        try db.execute(sql: """
            CREATE VIRTUAL TABLE fts USING fts5(question, answer, title, footnotes, facets,
                content='pair_content', content_rowid='id', tokenize='\(tokenizer?.clause ?? IndexAnalyzer.tokenizeClause)')
            """)
        // FTS5's default leaf size. A query seeks within a long doclist to a page through the doclist
        // index, then reads that page from its start: small pages make the seeks of AND, phrase and
        // `rowid = ?` lookups cheap. Against 16,000-byte pages, on 100,000 documents: a phrase of two
        // common words 17 → 9 ms, a common word 8 → 5 ms, at the same index size.
        try db.execute(sql: "INSERT INTO fts(fts, rank) VALUES('pgsz', 4050)")
        try db.execute(sql: "INSERT INTO fts(fts, rank) VALUES('rank', ?)", arguments: [rankFunction])
        try db.execute(sql: "INSERT INTO fts(fts, rank) VALUES('crisismerge', 16)")
        if bulk {
            // A large in-memory hash: few segments while loading, merged by `optimize` at the end. 64 MB
            // indexes as fast as 256 MB (FTS5 grows well past the figure in memory: at 256 MB a rebuild
            // of 1 GB peaked at 562 MB).
            try db.execute(sql: "INSERT INTO fts(fts, rank) VALUES('hashsize', ?)", arguments: [64 << 20])
            try db.execute(sql: "INSERT INTO fts(fts, rank) VALUES('automerge', 0)")
        } else {
            try liveSettings(in: db)
        }
        try Meta.writeIdentity(in: db)
        if let tokenizer {
            try Meta.set(Meta.analyzerPrefix + "benchmark_tokenizer", tokenizer.rawValue, in: db)
        }
    }

    /// FTS5 settings for a live index updated incrementally.
    static func liveSettings(in db: Database) throws {
        try db.execute(sql: "INSERT INTO fts(fts, rank) VALUES('hashsize', ?)", arguments: [8 << 20])
        try db.execute(sql: "INSERT INTO fts(fts, rank) VALUES('automerge', 4)")
    }
}
