import Foundation
import GRDB
import GRDBSQLite

/// The FTS5 ranking function `kv_bm25`: FTS5's own bm25 (k1 = 1.2, b = 0.75, the same per-column
/// weights, the same IDF formula and floor), except that the number of rows holding each phrase can be
/// given by the caller instead of being counted by walking the phrase's whole doclist.
///
/// `kv_bm25(fts, w₁…wₙ [, hits₁…hitsₚ])`: one weight per column, then optionally one hit count per phrase
/// of the query, in the order the phrases appear in the expression. Without the hit counts (or with the
/// wrong number of them) it counts them itself, exactly as `bm25()` does, and ranks identically.
///
/// `kv_bm25(fts, w₁…wₙ, group₁…groupₚ, hits₁…hits_g)`: phrases in groups (the alternative terms of one
/// query word, ``FTS5Term/groups(in:)``), numbered from 0; then one hit count per group. A group scores as
/// one phrase whose instances are those of all its members: the same score FTS5's bm25 gives the word
/// when its terms are colocated synonyms of one phrase.
///
/// Why: bm25's IDF step reads the full doclist of every phrase, once per query: for a word in most of
/// 800,000 pairs that alone takes ~90 ms. ``TermStatistics`` supplies counts for a bounded cost instead.
/// Called by ``BoundedRanking``; registered on every connection by ``IndexDatabase``.
enum RankFunction {
    static let name = "kv_bm25"

    /// Registers `kv_bm25` on `db`.
    static func register(in db: Database) {
        let api = UnsafeMutablePointer(mutating: FTS5.api(db))
        _ = api.pointee.xCreateFunction!(api, name, nil, kvBM25, nil)
    }

    /// The arguments after the table: `w…, hits…` (or `w…, group…, hits…` with `groups`, one per phrase)
    /// as SQL number literals (numbers only, so safe SQL).
    static func arguments(weights: [Double], hits: [Double], groups: [Int]? = nil) -> String {
        (weights + (groups ?? []).map(Double.init) + hits)
            .map { String(format: "%.17g", $0.isFinite ? $0 : 0) }.joined(separator: ", ")
    }

    /// The arguments of a `kv_bm25` call, the table included, for `phrases` phrases in `groups` groups:
    /// the grouped form only when some group has several phrases.
    static func argumentCount(phrases: Int, groups: Int) -> Int {
        1 + Schema.columnWeights.count + (groups == phrases ? phrases : phrases + groups)
    }

    static let k1 = 1.2
    static let b = 0.75

    /// The IDF FTS5's bm25 uses: ln((N − n + 0.5) / (n + 0.5)), floored at 1e-6.
    static func idf(rows: Double, hits: Double) -> Double {
        let idf = log((rows - hits + 0.5) / (hits + 0.5))
        return idf <= 0 ? 1e-6 : idf
    }
}

/// Per-query data kept by FTS5 between rows (auxdata): phrase and group counts, each phrase's group,
/// average row size, the IDF of each group, then room for the per-row group frequencies.
private struct RankData {
    var phrases: Int
    var groups: Int
    var groupOf: UnsafeMutablePointer<Int>
    var averageSize: Double
    var idf: UnsafeMutablePointer<Double>
    var frequencies: UnsafeMutablePointer<Double>
}

private func freeRankData(_ pointer: UnsafeMutableRawPointer?) {
    guard let pointer else { return }
    let data = pointer.assumingMemoryBound(to: RankData.self)
    data.pointee.groupOf.deallocate()
    data.pointee.idf.deallocate()
    data.pointee.frequencies.deallocate()
    data.deinitialize(count: 1)
    data.deallocate()
}

private func countRow(_ api: UnsafePointer<Fts5ExtensionApi>?, _ fts: OpaquePointer?, _ user: UnsafeMutableRawPointer?) -> Int32 {
    user?.assumingMemoryBound(to: Int64.self).pointee += 1
    return SQLITE_OK
}

private func makeRankData(_ api: Fts5ExtensionApi, _ fts: OpaquePointer?, columns: Int,
                          _ values: UnsafeMutablePointer<OpaquePointer?>?, _ count: Int) -> (UnsafeMutablePointer<RankData>?, Int32) {
    let phrases = Int(api.xPhraseCount!(fts))
    var rows: Int64 = 0, tokens: Int64 = 0
    var rc = api.xRowCount!(fts, &rows)
    if rc == SQLITE_OK { rc = api.xColumnTotalSize!(fts, -1, &tokens) }
    guard rc == SQLITE_OK else { return (nil, rc) }
    // Grouped arguments: a valid group number per phrase, then one hit count per group.
    let extra = count - columns - phrases
    let groupOf = UnsafeMutablePointer<Int>.allocate(capacity: max(phrases, 1))
    var groups = phrases
    var grouped = phrases > 0 && extra > 0
    for i in 0..<phrases {
        let g = grouped ? Int(sqlite3_value_int64(values![columns + i])) : i
        if grouped, !(0..<extra).contains(g) { grouped = false }
        groupOf[i] = g
    }
    if grouped {
        groups = extra
    } else {
        for i in 0..<phrases { groupOf[i] = i }
    }
    let given = grouped || (count - columns == phrases && phrases > 0)
    let firstHit = columns + (grouped ? phrases : 0)
    let idf = UnsafeMutablePointer<Double>.allocate(capacity: max(groups, 1))
    for g in 0..<groups {
        var hits: Double
        if given {
            hits = sqlite3_value_double(values![firstHit + g])
        } else {
            var n: Int64 = 0
            rc = api.xQueryPhrase!(fts, Int32(g), &n, countRow)
            if rc != SQLITE_OK { idf.deallocate(); groupOf.deallocate(); return (nil, rc) }
            hits = Double(n)
        }
        idf[g] = RankFunction.idf(rows: Double(rows), hits: min(max(hits, 0), Double(rows)))
    }
    let data = UnsafeMutablePointer<RankData>.allocate(capacity: 1)
    data.initialize(to: RankData(phrases: phrases, groups: groups, groupOf: groupOf,
                                 averageSize: rows > 0 ? max(Double(tokens) / Double(rows), 1) : 1,
                                 idf: idf, frequencies: .allocate(capacity: max(groups, 1))))
    return (data, SQLITE_OK)
}

private func kvBM25(_ apiPointer: UnsafePointer<Fts5ExtensionApi>?, _ fts: OpaquePointer?, _ context: OpaquePointer?,
                    _ count: Int32, _ values: UnsafeMutablePointer<OpaquePointer?>?) {
    guard let api = apiPointer?.pointee else { return }
    let columns = Int(api.xColumnCount!(fts))
    var data = api.xGetAuxdata!(fts, 0)?.assumingMemoryBound(to: RankData.self)
    if data == nil {
        let (made, rc) = makeRankData(api, fts, columns: columns, values, Int(count))
        guard let made else { sqlite3_result_error_code(context, rc); return }
        let set = api.xSetAuxdata!(fts, made, freeRankData)
        guard set == SQLITE_OK else { sqlite3_result_error_code(context, set); return }
        data = made
    }
    let d = data!.pointee
    d.frequencies.update(repeating: 0, count: d.groups)
    var instances: Int32 = 0
    var rc = api.xInstCount!(fts, &instances)
    var i: Int32 = 0
    while rc == SQLITE_OK, i < instances {
        var phrase: Int32 = 0, column: Int32 = 0, offset: Int32 = 0
        rc = api.xInst!(fts, i, &phrase, &column, &offset)
        if rc == SQLITE_OK, Int(phrase) < d.phrases {
            let weight = Int(column) < min(Int(count), columns) ? sqlite3_value_double(values![Int(column)]) : 1.0
            d.frequencies[d.groupOf[Int(phrase)]] += weight
        }
        i += 1
    }
    var size: Int32 = 0
    if rc == SQLITE_OK { rc = api.xColumnSize!(fts, -1, &size) }
    guard rc == SQLITE_OK else { sqlite3_result_error_code(context, rc); return }
    let norm = RankFunction.k1 * (1 - RankFunction.b + RankFunction.b * Double(size) / d.averageSize)
    var score = 0.0
    for g in 0..<d.groups {
        let f = d.frequencies[g]
        score += d.idf[g] * (f * (RankFunction.k1 + 1)) / (f + norm)
    }
    sqlite3_result_double(context, -score)
}
