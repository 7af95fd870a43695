import GRDB

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
/// stands only inside a compound (`gelden` before `versterkingsgelden`): a second, bounded pass asks
/// which candidates match the direct form of the expression (``FTS5Term/direct(_:)``).
struct BoundedRanking {
    struct Candidate {
        var id: Int64
        /// bm25 (lower is better, as FTS5's rank).
        var rank: Double
        /// Holds the words themselves, not only inside compounds.
        var direct: Bool
    }

    /// Best first; at most `candidateLimit`.
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
    init(_ expression: String, filter: FilterSQL, candidateLimit: Int, countLimit: Int,
         statistics: inout TermStatistics?, _ db: Database) throws {
        let joins = filter.isEmpty ? "" : """
             CROSS JOIN pairs p ON p.id = fts.rowid CROSS JOIN documents d ON d.id = p.document_id
            """
        let score: String
        if statistics != nil {
            let hits = try statistics!.hits(forExpression: expression)
            score = "kv_bm25(fts, " + RankFunction.arguments(weights: Schema.columnWeights, hits: hits) + ")"
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
        let direct = FTS5Term.direct(expression)
        if direct != expression, let lowest = candidates.last?.id {
            let ids = try Int64.fetchSet(db, sql: "SELECT rowid FROM fts WHERE fts MATCH ? AND rowid >= ?",
                                         arguments: [direct, lowest])
            for i in candidates.indices { candidates[i].direct = ids.contains(candidates[i].id) }
        }
        candidates.sort { a, b in
            if a.direct != b.direct { return a.direct }
            if a.rank != b.rank { return a.rank < b.rank }
            return a.id > b.id
        }
        self.candidates = candidates
    }
}
