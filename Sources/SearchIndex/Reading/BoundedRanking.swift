import GRDB
import GRDBSQLite

/// Bounded ranking: the matches of one FTS5 expression in relevance order, at a cost that does not
/// grow with how common the query's words are.
///
/// One pass reads the newest ``candidateLimit`` matches (FTS5 walks its doclists from the highest
/// rowid down, i.e. from the files indexed last, and stops there) with their bm25 score
/// (``RankFunction``, IDF from ``TermStatistics``). When the expression has no more matches than that,
/// which is every query with a rare or medium word in it, the candidates are all the matches and the
/// order is exactly bm25's. Otherwise the best of the candidates are shown, in bm25 order, and the
/// result says so; the count then goes on below the candidates (without scoring) up to a limit, past
/// which the total is reported as a lower bound, never as a guess.
///
/// Within the candidates, pairs holding the query's words themselves come before pairs where a word
/// stands only inside a compound (`gelden` before `versterkingsgelden`): the candidates are asked, best
/// bm25 first, whether they match the direct form of the expression (``FTS5Term/direct(_:)``), one
/// `rowid = ?` lookup each, until `needed` direct ones are found: then those are the first `needed` in
/// order, whatever the rest. When that takes more than ``lookupLimit(needed:)`` lookups (many matches
/// only inside compounds), or the expression has a prefix, one pass over the candidates' rowid range
/// answers for all of them.
struct BoundedRanking {
    struct Candidate {
        var id: Int64
        /// bm25 (lower is better, as FTS5's rank).
        var rank: Double
        /// Holds the words themselves, not only inside compounds.
        var direct: Bool
    }

    /// Best first; at most `candidateLimit`. The first `needed` are in their final order (direct matches
    /// first, then bm25); after those, the order may rest on bm25 alone.
    var candidates: [Candidate]
    /// True when these are all the matches (so `candidates.count` is the exact total).
    var complete: Bool
    /// All matches, counted exactly up to `countLimit` (without an SQL filter; facets are FTS5 terms) or
    /// up to the candidates (with one: counting would join every match with its document); above that
    /// a lower bound.
    var total: Int
    /// True when `total` is a lower bound: more pairs match.
    var totalIsLowerBound = false

    /// Ranks the matches of `expression` that pass `filter`. With `statistics` nil (raw FTS5 queries) the
    /// plain `bm25()` is used.
    init(_ expression: String, filter: FilterSQL, candidateLimit: Int, countLimit: Int, needed: Int,
         statistics: inout TermStatistics?, _ db: Database) throws {
        let joins = filter.isEmpty ? "" : """
             CROSS JOIN pairs p ON p.id = fts.rowid CROSS JOIN documents d ON d.id = p.document_id
            """
        let score: String
        if statistics != nil {
            let (groups, hits) = try statistics!.hits(forExpression: expression)
            let limit = Int(sqlite3_limit(db.sqliteConnection, SQLITE_LIMIT_FUNCTION_ARG, -1))
            let arguments = RankFunction.argumentCount(phrases: groups.count, groups: hits.count) > limit
                ? RankFunction.arguments(weights: Schema.columnWeights, hits: [])  // counts them itself, as bm25
                : RankFunction.arguments(weights: Schema.columnWeights, hits: hits,
                                         groups: hits.count == groups.count ? nil : groups)
            score = "kv_bm25(fts, " + arguments + ")"
        } else {
            score = Schema.bm25Call(table: "fts")
        }
        let rows = try Row.fetchAll(db, sql: """
            SELECT fts.rowid, \(score) FROM fts\(joins) WHERE fts MATCH ? \(filter.sql)
            ORDER BY fts.rowid DESC LIMIT ?
            """, arguments: StatementArguments([expression]) + filter.arguments + [candidateLimit + 1])
        complete = rows.count <= candidateLimit
        var candidates = rows.prefix(candidateLimit).map { Candidate(id: $0[0], rank: $0[1], direct: true) }
        total = rows.count
        if !complete, filter.isEmpty, countLimit >= total, let last: Int64 = rows.last?[0] {
            // Count on below the last row read, where the ranking pass stopped.
            total += try Int.fetchOne(db, sql: """
                SELECT count(*) FROM (SELECT 1 FROM fts WHERE fts MATCH ? AND rowid < ? LIMIT ?)
                """, arguments: [expression, last, countLimit - total + 1]) ?? 0
        }
        totalIsLowerBound = !complete && (!filter.isEmpty || total > countLimit)
        if totalIsLowerBound { total = min(total, filter.isEmpty ? countLimit : candidateLimit) }
        candidates.sort(by: Self.byRank)
        let direct = FTS5Term.direct(expression)
        if direct != expression {
            candidates = try Self.directFirst(candidates, direct: direct, needed: needed, db)
        }
        self.candidates = candidates
    }

    /// Whether `expression` can be ranked with its hit counts given: the table, the column weights, a
    /// group per phrase and a count per group within SQLite's `limit` on function arguments.
    static func fitsRankArguments(_ expression: String, limit: Int) -> Bool {
        let groups = FTS5Term.groups(in: expression)
        return RankFunction.argumentCount(phrases: groups.count, groups: groups.last.map { $0 + 1 } ?? 0) <= limit
    }

    /// bm25 order (lower rank first), the newest first among equals.
    static func byRank(_ a: Candidate, _ b: Candidate) -> Bool {
        a.rank != b.rank ? a.rank < b.rank : a.id > b.id
    }

    /// Lookups of single candidates before one pass over them all is cheaper.
    static func lookupLimit(needed: Int) -> Int { max(40, 4 * needed) }

    /// `candidates` (in bm25 order) with the direct matches of their first `needed` places first.
    private static func directFirst(_ candidates: [Candidate], direct: String, needed: Int,
                                    _ db: Database) throws -> [Candidate] {
        var candidates = candidates
        var found: [Candidate] = [], passed: [Candidate] = []
        let lookup = try db.cachedStatement(sql: "SELECT 1 FROM fts WHERE fts MATCH ? AND rowid = ?")
        // A prefix phrase costs a merge of all its words' doclists each time FTS5 sets the expression
        // up: no single lookups then.
        let lookups = FTS5Term.phrases(in: direct).contains { $0.hasSuffix("*") } ? 0 : lookupLimit(needed: needed)
        var next = 0
        while next < candidates.count, found.count < needed, next < lookups {
            var candidate = candidates[next]
            candidate.direct = try Int.fetchOne(lookup, arguments: [direct, candidate.id]) != nil
            if candidate.direct { found.append(candidate) } else { passed.append(candidate) }
            next += 1
        }
        if found.count >= needed || next == candidates.count {
            // Every candidate not looked up ranks below the ones found.
            return found + passed + candidates[next...]
        }
        // One pass over the candidates' rowid range answers for all of them.
        let lowest = candidates.map(\.id).min()!
        let ids = try Int64.fetchSet(db, sql: "SELECT rowid FROM fts WHERE fts MATCH ? AND rowid >= ?",
                                     arguments: [direct, lowest])
        for i in candidates.indices { candidates[i].direct = ids.contains(candidates[i].id) }
        return candidates.filter(\.direct) + candidates.filter { !$0.direct }
    }
}
