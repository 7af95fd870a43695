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
/// stands only inside a compound (`gelden` before `versterkingsgelden`): the direct form of the
/// expression (``FTS5Term/direct(_:)``) is checked on the best candidates one by one until the
/// `needed` first places are known (usually a dozen rows), else on all candidates in one range query.
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
    /// Only the order of the first `needed` candidates is final; the rest are in place but may be
    /// ordered by bm25 alone.
    init(_ expression: String, filter: FilterSQL, candidateLimit: Int, countLimit: Int, needed: Int,
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
        candidates.sort { a, b in a.rank != b.rank ? a.rank < b.rank : a.id > b.id }
        let direct = FTS5Term.direct(expression)
        if direct != expression {
            try Self.markDirect(&candidates, direct, needed: needed, db)
            // Stable: bm25 order within the direct and the compound-only candidates.
            candidates = candidates.filter(\.direct) + candidates.filter { !$0.direct }
        }
        self.candidates = candidates
    }

    /// Most single-row checks before one range query over all candidates is cheaper.
    static let rowChecks = 32
    /// Time the single-row checks may take: a check costs ~0.1 ms for plain words but a millisecond
    /// or more when the expression holds a prefix (FTS5 expands it again for every statement) or a
    /// facet term; past this the range query is cheaper. Either way the result is the same.
    static let rowCheckBudget = Duration.milliseconds(2)

    /// Sets `direct` on `candidates` (in bm25 order) until `needed` direct ones are found, checking
    /// row by row; when that takes more than ``rowChecks`` rows or ``rowCheckBudget``, checks every
    /// remaining candidate at once. The unchecked rest (only when enough direct ones were found before
    /// it) keeps `direct = true`, which cannot move them ahead of the checked ones.
    private static func markDirect(_ candidates: inout [Candidate], _ direct: String, needed: Int, _ db: Database) throws {
        var found = 0
        let row = try db.cachedStatement(sql: "SELECT 1 FROM fts WHERE fts MATCH ? AND rowid = ?")
        let clock = ContinuousClock()
        let deadline = clock.now.advanced(by: rowCheckBudget)
        for i in candidates.indices {
            if found >= needed { return }
            if i >= rowChecks || clock.now > deadline {
                guard let lowest = candidates.map(\.id).min() else { return }
                let ids = try Int64.fetchSet(db, sql: "SELECT rowid FROM fts WHERE fts MATCH ? AND rowid >= ?",
                                             arguments: [direct, lowest])
                for k in i..<candidates.count { candidates[k].direct = ids.contains(candidates[k].id) }
                return
            }
            candidates[i].direct = try Int.fetchOne(row, arguments: [direct, candidates[i].id]) != nil
            if candidates[i].direct { found += 1 }
        }
    }
}
