import Foundation
import GRDB

/// How the pairs matching a query spread over years, parties, askers, ministers, kinds and case
/// statuses: the counts behind the web page's facets and its chart.
///
/// Counted inside the index for the whole query, not from a page of hits: one pass reads the matching
/// pairs of the same FTS5 expression and filters as the search (``Searcher/facets(_:limit:)``), newest
/// first, and groups them by document; the documents' years, kinds, cases, askers and answerers are then
/// grouped in SQL. Bounded like the ranking: at most `limit` matches are read (the newest ones; by
/// default the 1,000 that bounded ranking scores, ``Searcher/candidateLimit``), so a very common word
/// costs no more than a rare one; `complete` says whether those were all the matches. Below the bound,
/// which is every query with a rare or medium word in it, the counts are exact.
public struct FacetCounts: Sendable, Equatable {
    /// One value of a facet with the number of matching pairs.
    public struct Value: Sendable, Equatable {
        /// What the page shows (`VVD`, `Koolmees`, `2019`).
        public var label: String
        /// The filter value that narrows the search to it (the party, name, year, kind or status).
        public var filter: String
        public var pairs: Int
        public init(label: String, filter: String, pairs: Int) { self.label = label; self.filter = filter; self.pairs = pairs }
    }

    /// Matching pairs per year of the document's date, oldest first (pairs without a date are left out).
    public var years: [Value] = []
    /// Per asking party, most pairs first.
    public var parties: [Value] = []
    /// Per asker (by name), most pairs first.
    public var askers: [Value] = []
    /// Per answering minister or state secretary (by name), most pairs first.
    public var ministers: [Value] = []
    /// Per document kind (`answers`, `questions`, `notice`, `other`).
    public var kinds: [Value] = []
    /// Per case status (`open`, `delayed`, `answered`) of the pair's question set.
    public var statuses: [Value] = []
    /// The matching pairs counted (at most the limit).
    public var counted = 0
    /// True when every match was counted; false when the counts cover only the newest `limit` matches.
    public var complete = true

    /// The default bound: the matches bounded ranking scores.
    public static let defaultLimit = Searcher.candidateLimit
    /// Values kept per facet (years are all kept).
    public static let valuesPerFacet = 12

    public init() {}

    /// Counts the matches of `expression` passing `filter`, the newest `limit` of them.
    init(_ expression: String, filter: FilterSQL, limit: Int, _ db: Database) throws {
        // The documents of the newest matches, read in one pass from FTS5 in rowid order. Without a
        // filter the pairs are joined after the limit: joined before it, SQLite would sort every match.
        let documents = try Int64.fetchAll(db, sql: filter.isEmpty ? """
            SELECT p.document_id FROM (SELECT rowid FROM fts WHERE fts MATCH ? ORDER BY rowid DESC LIMIT ?) m
            CROSS JOIN pairs p ON p.id = m.rowid
            """ : """
            SELECT p.document_id FROM fts CROSS JOIN pairs p ON p.id = fts.rowid CROSS JOIN documents d ON d.id = p.document_id
            WHERE fts MATCH ? \(filter.sql) ORDER BY fts.rowid DESC LIMIT ?
            """, arguments: StatementArguments([expression]) + filter.arguments + [max(1, limit) + 1])
        try self.init(documentsOfMatches: documents.prefix(limit), complete: documents.count <= limit, db)
    }

    /// Counts the pairs `ids` (matches of a search, as ``BoundedRanking`` read them): `complete` when
    /// they are all the matches.
    init(pairs ids: [Int64], complete: Bool, _ db: Database) throws {
        let documents = try Int64.fetchAll(db, sql: """
            SELECT p.document_id FROM json_each(?) j CROSS JOIN pairs p ON p.id = j.value
            """, arguments: ["[" + ids.map(String.init).joined(separator: ",") + "]"])
        try self.init(documentsOfMatches: documents[...], complete: complete, db)
    }

    /// Groups the matches, given as the document of each matching pair.
    private init(documentsOfMatches documents: ArraySlice<Int64>, complete: Bool, _ db: Database) throws {
        self.complete = complete
        var pairsPerDocument: [Int64: Int] = [:]
        for id in documents { pairsPerDocument[id, default: 0] += 1 }
        counted = documents.count
        guard !pairsPerDocument.isEmpty else { return }
        // The matched documents with their pair counts, handed to the grouping queries as one JSON array.
        let list = "[" + pairsPerDocument.map { "[\($0.key),\($0.value)]" }.joined(separator: ",") + "]"
        let matched = """
            WITH m(doc, n) AS (SELECT json_extract(value, '$[0]'), json_extract(value, '$[1]') FROM json_each(?))
            """
        func group(_ label: String, _ key: String, from: String, by: String, order: String, limit: Int? = nil) throws -> [Value] {
            try Row.fetchAll(db, sql: """
                \(matched) SELECT \(label) AS label, \(key) AS key, sum(n) AS pairs FROM \(from) GROUP BY \(by)
                ORDER BY \(order)\(limit.map { " LIMIT \($0)" } ?? "")
                """, arguments: [list]).compactMap { row in
                guard let label: String = row["label"], let key: String = row["key"], !key.isEmpty else { return nil }
                return Value(label: label, filter: key, pairs: row["pairs"])
            }
        }
        let top = Self.valuesPerFacet
        let withDocument = "m JOIN documents d ON d.id = m.doc"
        years = try group("CAST(d.year AS TEXT)", "CAST(d.year AS TEXT)", from: withDocument + " WHERE d.year IS NOT NULL",
                          by: "d.year", order: "d.year")
        kinds = try group("d.kind", "d.kind", from: withDocument, by: "d.kind", order: "pairs DESC, key")
        statuses = try group("c.status", "c.status", from: withDocument + " JOIN cases c ON c.key = d.case_key",
                             by: "c.status", order: "pairs DESC, key")
        // A document counts once per party, asker or minister, however many of its askers share it.
        parties = try group("min(party)", "min(party)", from: """
            (SELECT DISTINCT m.doc, m.n, a.party, a.party_key FROM m JOIN askers a ON a.document_id = m.doc
             WHERE a.party_key IS NOT NULL AND a.party_key <> '')
            """, by: "party_key", order: "pairs DESC, key", limit: top)
        askers = try group("min(name)", "min(name)", from: """
            (SELECT DISTINCT m.doc, m.n, a.name, a.name_key FROM m JOIN askers a ON a.document_id = m.doc
             WHERE a.name_key <> '')
            """, by: "name_key", order: "pairs DESC, key", limit: top)
        ministers = try group("min(name)", "min(name)", from: """
            (SELECT DISTINCT m.doc, m.n, w.name, w.name_key FROM m JOIN answerers w ON w.document_id = m.doc
             WHERE w.name IS NOT NULL AND w.name_key <> '')
            """, by: "name_key", order: "pairs DESC, key", limit: top)
    }
}
