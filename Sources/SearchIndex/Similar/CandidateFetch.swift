import GRDB

/// The candidates of a similarity search: the pairs holding the text's rarest terms, from one `OR`
/// query ranked by bm25 as `search` ranks (``BoundedRanking``, with the same filters).
///
/// Bounded like search: the terms are taken rarest first for as long as the pairs holding them add up to
/// no more than the ranking's candidate limit (always at least the rarest), so the `OR` matches at most
/// that many pairs and all of them are scored; only a text whose rarest term is itself that common is
/// ranked over its newest matches. A pair holding none of these terms shares only common words with
/// the text. The commoner terms still count when the candidates are compared (``SimilarityRanking``).
struct CandidateFetch {
    /// Best first by bm25 over the fetch terms; the excluded pairs and units of text not split left out.
    var candidates: [Int64]
    /// Matches of the fetch expression, less the excluded pairs found among them.
    var total: Int
    var totalIsLowerBound: Bool
    var bounded: Bool
    /// The terms fetched with (the ``SimilarTerm/word`` of each).
    var terms: [SimilarTerm]
    /// The `OR` of the fetch terms (without the filters).
    var expression: String

    /// Fetches candidates for `terms`, keeping the best `needed` (after leaving out `excluded` and
    /// units of text not split).
    init(_ terms: [SimilarTerm], filter: FilterSQL, limits: (candidates: Int, count: Int), needed: Int,
         excluded: Set<Int64>, statistics: inout TermStatistics?, _ db: Database) throws {
        var chosen: [SimilarTerm] = []
        var sum = 0.0
        for term in terms.sorted(by: { ($0.documentFrequency, $0.stem) < ($1.documentFrequency, $1.stem) }) {
            if !chosen.isEmpty, sum + term.documentFrequency > Double(limits.candidates) { break }
            chosen.append(term)
            sum += term.documentFrequency
        }
        self.terms = chosen
        expression = chosen.map { TermSelection.expression($0.stem) }.joined(separator: " OR ")
        // needed 0: no direct-first pass (whole words before compound parts is search's order; here the
        // comparison orders the candidates).
        let ranking = try BoundedRanking(filter.restrict(expression), filter: filter, candidateLimit: limits.candidates,
                                         countLimit: limits.count, needed: 0, statistics: &statistics, db)
        // Units of text not split (headers, clauses) are not questions: never similar questions.
        let ids = ranking.candidates.map(\.id)
        let unsplit = ids.isEmpty ? [] : try Int64.fetchSet(db, sql: """
            SELECT id FROM pairs WHERE unsplit = 1 AND id IN (\(ids.map { _ in "?" }.joined(separator: ",")))
            """, arguments: StatementArguments(ids))
        let kept = ids.filter { !excluded.contains($0) && !unsplit.contains($0) }
        candidates = Array(kept.prefix(needed))
        total = max(0, ranking.total - (ids.count - kept.count))
        totalIsLowerBound = ranking.totalIsLowerBound
        bounded = !ranking.complete
    }
}
