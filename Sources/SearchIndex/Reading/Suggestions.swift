import DutchText
import GRDB

/// "Did you mean": indexed words close to a query word that found little (`versterkinsgelden` →
/// `versterkingsgelden`).
///
/// Candidates are the index's own words, read from an `fts5vocab` table over the FTS table `fts`
/// (`temp.kv_vocab`, created on first use on the connection; the connection must allow writing to the
/// temp schema). Only the unmarked terms are words as written (folded): stems and compound parts carry
/// a marker byte and are skipped. Bounded work: only terms with the same first letter and a length
/// within the allowed distance are read (fts5vocab serves the term range from the index), so a typo in
/// the first letter is not corrected. Ordered by edit distance (optimal string alignment: insertions,
/// deletions, substitutions, swaps of neighbours), then by the number of pairs holding the term.
public enum Suggestions {
    /// The largest edit distance for a word of `length` letters: none under 4 letters, 1 up to 7, 2 above.
    public static func maximumDistance(forLength length: Int) -> Int {
        length < 4 ? 0 : length < 8 ? 1 : 2
    }

    /// Up to `limit` indexed words closest to `term` (folded first), best first; empty when `term` has no
    /// letters or is itself an indexed word and nothing else is as close.
    public static func suggest(for term: String, in db: Database, limit: Int) throws -> [String] {
        let word = Array(TokenFolding.fold(term.trimmingCharacters(in: .whitespacesAndNewlines)).utf8)
        let maxDistance = maximumDistance(forLength: word.count)
        guard limit > 0, maxDistance > 0, let first = word.first, first < 0x80 else { return [] }
        try db.execute(sql: "CREATE VIRTUAL TABLE IF NOT EXISTS temp.kv_vocab USING fts5vocab(main, fts, row)")
        let low = String(decoding: [first], as: UTF8.self)
        let high = String(decoding: [first + 1], as: UTF8.self)
        let rows = try Row.fetchCursor(db, sql: """
            SELECT term, cnt FROM temp.kv_vocab WHERE term >= ? AND term < ? AND length(CAST(term AS BLOB)) BETWEEN ? AND ?
            """, arguments: [low, high, word.count - maxDistance, word.count + maxDistance])
        var found: [(term: String, distance: Int, count: Int)] = []
        while let row = try rows.next() {
            let candidate: String = row[0]
            let bytes = Array(candidate.utf8)
            guard bytes != word, let d = editDistance(word, bytes, limit: maxDistance) else { continue }
            found.append((candidate, d, row[1]))
        }
        found.sort { ($0.distance, -$0.count, $0.term) < ($1.distance, -$1.count, $1.term) }
        return found.prefix(limit).map(\.term)
    }

    /// The optimal-string-alignment distance between `a` and `b` (bytes), or nil when it exceeds `limit`.
    static func editDistance(_ a: [UInt8], _ b: [UInt8], limit: Int) -> Int? {
        let n = a.count, m = b.count
        guard abs(n - m) <= limit else { return nil }
        if n == 0 || m == 0 { return max(n, m) <= limit ? max(n, m) : nil }
        var before = [Int](repeating: 0, count: m + 1)
        var previous = Array(0...m)
        var current = [Int](repeating: 0, count: m + 1)
        for i in 1...n {
            current[0] = i
            var rowMinimum = i
            for j in 1...m {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var d = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] { d = min(d, before[j - 2] + 1) }
                current[j] = d
                rowMinimum = min(rowMinimum, d)
            }
            if rowMinimum > limit { return nil }
            (before, previous, current) = (previous, current, before)
        }
        return previous[m] <= limit ? previous[m] : nil
    }
}
