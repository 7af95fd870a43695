import Foundation
import GRDB

/// How many pairs hold each phrase of a query, for ``RankFunction``, at a bounded cost: counted exactly
/// up to ``exactLimit``; above that estimated from the newest ``sampleSize`` pairs (hits in the sample ×
/// pairs in the index / sample size). The sample is read first: a phrase it puts clearly above the
/// limit (twice) is not counted at all. bm25 only needs the count for the IDF, which changes slowly with
/// it and is floored for words in more than half of the pairs, so an estimate within a few percent
/// ranks like the exact count.
struct TermStatistics {
    /// Phrases in at most this many pairs are counted exactly.
    static let exactLimit = 5_000
    /// Pairs in the sample used above ``exactLimit``.
    static let sampleSize = 5_000

    private let db: Database
    private let exactLimit: Int
    private let sampleSize: Int
    private var cache: [String: Double] = [:]
    private var rows: Int64?
    private var sampleStart: Int64??

    /// Statistics read from `db`; the limits default to ``exactLimit`` and ``sampleSize`` (tests lower them).
    init(_ db: Database, exactLimit: Int = Self.exactLimit, sampleSize: Int = Self.sampleSize) {
        self.db = db
        self.exactLimit = max(1, exactLimit)
        self.sampleSize = max(1, sampleSize)
    }

    /// The group of each phrase of `expression` (built by ``FTS5Expression``) in FTS5's phrase order
    /// (``FTS5Term/groups(in:)``: the alternatives of a word form one group), and the hit count of each
    /// group: pairs holding any of its phrases.
    mutating func hits(forExpression expression: String) throws -> (groups: [Int], hits: [Double]) {
        let groups = FTS5Term.groups(in: expression)
        var members: [[String]] = []
        for (phrase, group) in zip(FTS5Term.phrases(in: expression), groups) {
            if group == members.count { members.append([phrase]) } else { members[group].append(phrase) }
        }
        let counts = try members.map { try self.hits(for: $0.count == 1 ? $0[0] : "(" + $0.joined(separator: " OR ") + ")") }
        return (groups, counts)
    }

    /// Pairs holding one phrase (a quoted FTS5 string, `*` included) or an `OR` of phrases. A direct
    /// phrase counts as its stemmed form (same IDF for both groups of the direct-first ranking).
    mutating func hits(for phrase: String) throws -> Double {
        let key = FTS5Term.withoutDirectMarker(phrase)
        if let known = cache[key] { return known }
        var estimate: Double?
        if let start = try sample() {
            let inSample = try Int.fetchOne(db, sql: "SELECT count(*) FROM fts WHERE fts MATCH ? AND rowid >= ?",
                                            arguments: [key, start]) ?? 0
            estimate = Double(inSample) * Double(try rowCount()) / Double(sampleSize)
            if let common = estimate, common >= 2 * Double(exactLimit) {
                let hits = min(common, Double(try rowCount()))
                cache[key] = hits
                return hits
            }
        }
        let counted = try Int.fetchOne(db, sql: "SELECT count(*) FROM (SELECT 1 FROM fts WHERE fts MATCH ? LIMIT ?)",
                                       arguments: [key, exactLimit + 1]) ?? 0
        var hits = Double(counted)
        if counted > exactLimit {
            if let estimate { hits = max(hits, estimate) }
            hits = min(hits, Double(try rowCount()))
        }
        cache[key] = hits
        return hits
    }

    /// Pairs in the index (rows of the FTS table), read once.
    mutating func rowCount() throws -> Int64 {
        if let rows { return rows }
        let n = try Self.rowCount(db)
        rows = n
        return n
    }

    /// Pairs in the index (rows of the FTS table), from FTS5's averages record (`fts_data` row 1, which
    /// starts with the row count as an SQLite varint): constant time, where `count(*)` reads every row.
    static func rowCount(_ db: Database) throws -> Int64 {
        if let record = try Data.fetchOne(db, sql: "SELECT block FROM fts_data WHERE id = 1"),
           let n = varint(record), n >= 0 {
            return n
        }
        return try Int64.fetchOne(db, sql: "SELECT count(*) FROM fts_docsize") ?? 0
    }

    /// The SQLite varint at the start of `bytes` (big-endian groups of 7 bits; a ninth byte gives 8).
    static func varint(_ bytes: Data) -> Int64? {
        var value: UInt64 = 0
        for (i, byte) in bytes.prefix(9).enumerated() {
            if i == 8 { return Int64(bitPattern: (value << 8) | UInt64(byte)) }
            value = (value << 7) | UInt64(byte & 0x7F)
            if byte & 0x80 == 0 { return Int64(bitPattern: value) }
        }
        return nil
    }

    /// The lowest rowid of the sample, nil when the index has fewer pairs than the sample.
    private mutating func sample() throws -> Int64? {
        if let sampleStart { return sampleStart }
        let start = try Int64.fetchOne(db, sql: "SELECT id FROM fts_docsize ORDER BY id DESC LIMIT 1 OFFSET ?",
                                       arguments: [sampleSize - 1])
        sampleStart = .some(start)
        return start
    }
}
