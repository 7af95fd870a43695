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

    /// Groups the matches, given as the document of each matching pair: three reads (the documents with
    /// their cases, their askers, their answerers), summed here.
    private init(documentsOfMatches documents: ArraySlice<Int64>, complete: Bool, _ db: Database) throws {
        self.complete = complete
        var pairsPerDocument: [Int64: Int] = [:]
        for id in documents { pairsPerDocument[id, default: 0] += 1 }
        counted = documents.count
        guard !pairsPerDocument.isEmpty else { return }
        let list = "[" + pairsPerDocument.keys.map(String.init).joined(separator: ",") + "]"
        var years = Tally(), kinds = Tally(), statuses = Tally(), parties = Tally(), askers = Tally(), ministers = Tally()
        for row in try Row.fetchAll(db, sql: """
            SELECT d.id, d.year, d.kind, c.status FROM json_each(?) j CROSS JOIN documents d ON d.id = j.value
            LEFT JOIN cases c ON c.key = d.case_key
            """, arguments: [list]) {
            let n = pairsPerDocument[row[0]] ?? 0
            if let year: Int = row[1] { years.add(String(year), label: String(year), n) }
            if let kind: String = row[2] { kinds.add(kind, label: kind, n) }
            if let status: String = row[3] { statuses.add(status, label: status, n) }
        }
        // A document counts once per party, asker or minister, however many of its askers share it.
        var seen = Set<String>()
        for row in try Row.fetchAll(db, sql: """
            SELECT a.document_id, a.name, a.name_key, a.party, a.party_key FROM json_each(?) j
            CROSS JOIN askers a ON a.document_id = j.value
            """, arguments: [list]) {
            let document: Int64 = row[0]
            let n = pairsPerDocument[document] ?? 0
            if let name: String = row[1], let key: String = row[2], !key.isEmpty, seen.insert("a\(document)|\(key)").inserted {
                askers.add(key, label: name, n)
            }
            if let party: String = row[3], let key: String = row[4], !key.isEmpty, seen.insert("p\(document)|\(key)").inserted {
                parties.add(key, label: party, n)
            }
        }
        for row in try Row.fetchAll(db, sql: """
            SELECT w.document_id, w.name, w.name_key FROM json_each(?) j CROSS JOIN answerers w ON w.document_id = j.value
            WHERE w.name IS NOT NULL AND w.name_key <> ''
            """, arguments: [list]) {
            let document: Int64 = row[0]
            if let name: String = row[1], let key: String = row[2], seen.insert("m\(document)|\(key)").inserted {
                ministers.add(key, label: name, pairsPerDocument[document] ?? 0)
            }
        }
        let top = Self.valuesPerFacet
        self.years = years.values.sorted { $0.filter < $1.filter }
        self.kinds = kinds.byCount()
        self.statuses = statuses.byCount()
        self.parties = Array(parties.byCount().prefix(top))
        self.askers = Array(askers.byCount().prefix(top))
        self.ministers = Array(ministers.byCount().prefix(top))
    }

    /// Pairs per value of one facet, keyed by the normalised key, labelled (and filtered) by the
    /// smallest spelling seen.
    private struct Tally {
        private var entries: [String: Value] = [:]

        mutating func add(_ key: String, label: String, _ n: Int) {
            if var value = entries[key] {
                value.pairs += n
                if label < value.label { value.label = label; value.filter = label }
                entries[key] = value
            } else {
                entries[key] = Value(label: label, filter: label, pairs: n)
            }
        }

        var values: [Value] { Array(entries.values) }

        /// Most pairs first, then by label.
        func byCount() -> [Value] {
            entries.values.sorted { ($1.pairs, $0.label) < ($0.pairs, $1.label) }
        }
    }
}
