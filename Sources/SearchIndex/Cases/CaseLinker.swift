import Foundation
import GRDB
import Kamervragen

/// Groups the documents of one question set into a *case*: the questions, any notices of delay, the
/// answers (issue 14). Runs at the end of every index run that changed something, over the whole index,
/// so that the cases depend only on the documents indexed, never on their order: a rebuild gives the
/// same cases as the incremental runs before it.
///
/// Two documents are one set when
/// 1. they share an own identifier (zaak number, Aanhangsel number; see ``CaseSignature``), or one names
///    the other in a "Zie ook Aanhangsel Handelingen … nr. N" reference; or
/// 2. without a shared identifier: the same askers and the same submitted date, and the same questions
///    (word trigrams, Jaccard ≥ 0.5) or, when one of them holds no questions (a notice), the same
///    subject.
///
/// A wrong link is worse than a missing one: nothing else links (not the askers alone, not the subject
/// alone, not identifiers cited inside a question or answer).
///
/// In a case with an answers document, a question pair of the questions or notice documents whose
/// number the answers document answers is *superseded* by that answer pair: it leaves the full-text
/// index (``Schema``), so that a search shows the question once, with its answer.
enum CaseLinker {
    /// How a key in `document_keys` links.
    enum Role: Int {
        /// An identifier of the document itself: documents sharing one are one set.
        case identifier = 0
        /// A reference to another document's identifier.
        case reference = 1
        /// Submitted date and askers: candidates, confirmed by the questions.
        case meta = 2
    }


    private struct Doc {
        var id: Int64
        var kind: DocumentKind
        var submitted: String?
        var received: String?
        var title: String?
        var path: String
        var part: Int
        var caseKey: String?
    }

    /// Recomputes every case and every superseded pair, inside the caller's transaction, and brings the
    /// full-text index in step (a pair that becomes superseded is deleted from it, one that no longer is
    /// goes back in).
    @discardableResult
    static func relink(in db: Database) throws -> CaseCounts {
        var docs: [Int64: Doc] = [:]
        for row in try Row.fetchAll(db, sql: """
            SELECT d.id, d.kind, d.submitted, d.received, d.title, d.part, d.case_key, f.path
            FROM documents d JOIN files f ON f.id = d.file_id WHERE d.kind <> 'other'
            """) {
            let id: Int64 = row["id"]
            docs[id] = Doc(id: id, kind: DocumentKind(rawValue: row["kind"]) ?? .other, submitted: row["submitted"],
                           received: row["received"], title: row["title"], path: row["path"], part: row["part"],
                           caseKey: row["case_key"])
        }
        var sets = UnionFind()
        var own: [String: [Int64]] = [:], references: [(Int64, String)] = [], meta: [String: [Int64]] = [:]
        var ownKeys: [Int64: [String]] = [:], metaOf: [Int64: String] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT key, role, document_id FROM document_keys ORDER BY key, role, document_id") {
            let key: String = row[0], id: Int64 = row[2]
            guard docs[id] != nil else { continue }
            switch Role(rawValue: row[1]) {
            case .identifier: own[key, default: []].append(id); ownKeys[id, default: []].append(key)
            case .reference: references.append((id, key))
            case .meta: meta[key, default: []].append(id); metaOf[id] = key
            case nil: continue
            }
        }
        for ids in own.values { for id in ids.dropFirst() { sets.union(ids[0], id) } }
        for (id, key) in references { for other in own[key] ?? [] { sets.union(id, other) } }
        var questions = QuestionTexts(db: db)
        for ids in meta.values where ids.count > 1 {
            for (i, a) in ids.enumerated() {
                for b in ids[(i + 1)...] where sets.find(a) != sets.find(b) {
                    if try sameSet(docs[a]!, docs[b]!, &questions) { sets.union(a, b) }
                }
            }
        }
        // Components, each with its key and status.
        var members: [Int64: [Int64]] = [:]
        for id in docs.keys.sorted() { members[sets.find(id), default: []].append(id) }
        var summary = CaseCounts()
        var caseRows: [[any DatabaseValueConvertible & Sendable]] = []
        var desired: [Int64: Int64] = [:]  // superseded pair → answer pair
        // Keys, made unique where two sets would share one (the same askers, day and subject, not
        // linked): the one whose first file sorts first keeps it, the next gets `~2`, and so on.
        var keyed: [(key: String, first: String, ids: [Int64])] = members.values.map { ids in
            let group = ids.map { docs[$0]! }
            return (caseKey(group, ownKeys: ownKeys, meta: metaOf), group.map { "\($0.path)#\($0.part)" }.min()!, ids)
        }
        keyed.sort { ($0.key, $0.first) < ($1.key, $1.first) }
        var seenKeys: [String: Int] = [:]
        for (k, entry) in keyed.enumerated() {
            let n = (seenKeys[entry.key] ?? 0) + 1
            seenKeys[entry.key] = n
            if n > 1 { keyed[k].key = entry.key + "~\(n)" }
        }
        for (key, _, ids) in keyed {
            let group = ids.map { docs[$0]! }
            summary.cases += 1
            if group.count > 1 { summary.linked += 1 }
            for doc in group where doc.caseKey != key {
                try db.execute(sql: "UPDATE documents SET case_key = ? WHERE id = ?", arguments: [key, doc.id])
            }
            let answers = group.filter { $0.kind == .answers }.sorted { ($0.path, $0.part) < ($1.path, $1.part) }
            let notices = group.filter { $0.kind == .notice }
            let submitted = group.compactMap(\.submitted).min()
            let answered = answers.compactMap(\.received).min()
            let status = answers.isEmpty ? (notices.isEmpty ? "open" : "delayed") : "answered"
            var days: Int?
            if let from = submitted.flatMap(ISODay.number), let to = answered.flatMap(ISODay.number) { days = to - from }
            caseRows.append([key, status, submitted, notices.compactMap(\.received).min(), answered, days, group.count])
            if let answer = answers.first, group.count > 1 {
                try supersede(group.filter { $0.kind != .answers }.map(\.id), by: answer.id, into: &desired, db)
            }
        }
        try db.execute(sql: "DELETE FROM cases")
        let insertCase = try db.cachedStatement(sql: """
            INSERT INTO cases(key, status, submitted, notice_received, answered, days, documents) VALUES(?,?,?,?,?,?,?)
            """)
        for row in caseRows { try insertCase.execute(arguments: StatementArguments(row)) }
        summary.superseded = desired.count
        try apply(desired, db)
        return summary
    }

    /// Whether two documents with the same askers and submitted date are one set.
    private static func sameSet(_ a: Doc, _ b: Doc, _ questions: inout QuestionTexts) throws -> Bool {
        let qa = try questions.trigrams(a.id), qb = try questions.trigrams(b.id)
        if !qa.isEmpty, !qb.isEmpty {
            let shared = qa.intersection(qb).count
            return Double(shared) / Double(qa.union(qb).count) >= 0.5
        }
        guard let ta = a.title.map(normalisedTitle), let tb = b.title.map(normalisedTitle), !ta.isEmpty else { return false }
        return ta == tb
    }

    private static func normalisedTitle(_ title: String) -> String {
        String(title.lowercased().unicodeScalars.filter { $0.properties.isAlphabetic || ("0"..."9").contains($0) }
            .map(Character.init))
    }

    /// The case's key: its zaak number, else its Aanhangsel number, else (no identifiers) the askers,
    /// date and subject of its first document, else the file of its first document.
    private static func caseKey(_ group: [Doc], ownKeys: [Int64: [String]], meta: [Int64: String]) -> String {
        let keys = group.flatMap { ownKeys[$0.id] ?? [] }
        if let zaak = keys.filter({ !$0.hasPrefix("ah-") }).min() { return zaak }
        if let number = keys.min() { return number }
        let fallbacks: [String] = group.map { doc in
            if let m = meta[doc.id] {
                return "set:" + m + "|" + String(normalisedTitle(doc.title ?? "").prefix(40))
            }
            return "file:" + doc.path + (doc.part > 1 ? "#\(doc.part)" : "")
        }
        return fallbacks.min()!
    }

    /// Marks in `desired` each open question pair of `documents` whose first number `answer` answers.
    private static func supersede(_ documents: [Int64], by answer: Int64, into desired: inout [Int64: Int64],
                                  _ db: Database) throws {
        var answerPair: [Int: Int64] = [:]
        for row in try Row.fetchAll(db, sql: """
            SELECT id, numbers FROM pairs WHERE document_id = ? AND unsplit = 0 AND answer_size > 0
            """, arguments: [answer]) {
            for n in DocumentStore.numbers(row["numbers"]) where answerPair[n] == nil { answerPair[n] = row["id"] }
        }
        guard !answerPair.isEmpty else { return }
        let answerHeader = try Int64.fetchOne(db, sql: "SELECT id FROM pairs WHERE document_id = ? AND unsplit = 1",
                                              arguments: [answer])
        for id in documents {
            var allAnswered = true, header: Int64?
            for row in try Row.fetchAll(db, sql: """
                SELECT id, numbers, unsplit, answer_size FROM pairs WHERE document_id = ?
                """, arguments: [id]) {
                if row["unsplit"] { header = row["id"]; continue }
                let numbers = DocumentStore.numbers(row["numbers"])
                guard row["answer_size"] == 0, !numbers.isEmpty, numbers.allSatisfy({ answerPair[$0] != nil }) else {
                    allAnswered = false
                    continue
                }
                desired[row["id"]] = answerPair[numbers[0]]!
            }
            // A questions document wholly answered: its header is the answers document's header too.
            if allAnswered, let header, let answerHeader,
               try String.fetchOne(db, sql: "SELECT kind FROM documents WHERE id = ?", arguments: [id]) == "questions" {
                desired[header] = answerHeader
            }
        }
    }

    /// Brings `pairs.superseded_by` and the full-text index to `desired`.
    private static func apply(_ desired: [Int64: Int64], _ db: Database) throws {
        var current: [Int64: Int64] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT id, superseded_by FROM pairs WHERE superseded_by IS NOT NULL") {
            current[row[0]] = row[1]
        }
        let read = try db.cachedStatement(sql: "SELECT id, question, answer, title, footnotes, facets FROM pair_content WHERE id = ?")
        let delete = try db.cachedStatement(sql: """
            INSERT INTO fts(fts, rowid, question, answer, title, footnotes, facets) VALUES('delete',?,?,?,?,?,?)
            """)
        let insert = try db.cachedStatement(sql: """
            INSERT INTO fts(rowid, question, answer, title, footnotes, facets) VALUES(?,?,?,?,?,?)
            """)
        let mark = try db.cachedStatement(sql: "UPDATE pairs SET superseded_by = ? WHERE id = ?")
        for (pair, answer) in desired.sorted(by: { $0.key < $1.key }) where current[pair] != answer {
            if current[pair] == nil, let row = try Row.fetchOne(read, arguments: [pair]) {
                try delete.execute(arguments: StatementArguments((0..<6).map { row[$0] as DatabaseValue }))
            }
            try mark.execute(arguments: [answer, pair])
        }
        for pair in current.keys.sorted() where desired[pair] == nil {
            try mark.execute(arguments: [nil as Int64?, pair])
            if let row = try Row.fetchOne(read, arguments: [pair]) {
                try insert.execute(arguments: StatementArguments((0..<6).map { row[$0] as DatabaseValue }))
            }
        }
    }
}

/// What a relink found.
public struct CaseCounts: Equatable, Sendable {
    public var cases = 0
    /// Cases of more than one document.
    public var linked = 0
    /// Question pairs superseded by their answer (left out of the full-text index).
    public var superseded = 0
}

/// Disjoint sets of document ids; the smallest id of a set is its representative (deterministic).
struct UnionFind {
    private var parent: [Int64: Int64] = [:]

    mutating func find(_ x: Int64) -> Int64 {
        var root = x
        while let p = parent[root], p != root { root = p }
        var node = x
        while let p = parent[node], p != root { parent[node] = root; node = p }
        return root
    }

    mutating func union(_ a: Int64, _ b: Int64) {
        let ra = find(a), rb = find(b)
        guard ra != rb else { return }
        if ra < rb { parent[rb] = ra } else { parent[ra] = rb }
    }
}

/// The questions of documents, as sets of hashed word trigrams, read when first needed.
private struct QuestionTexts {
    let db: Database
    private var cache: [Int64: Set<Int>] = [:]

    init(db: Database) { self.db = db }

    mutating func trigrams(_ document: Int64) throws -> Set<Int> {
        if let known = cache[document] { return known }
        let texts = try String.fetchAll(db, sql: """
            SELECT CAST(sqlar_uncompress(question, question_size) AS TEXT) FROM pairs
            WHERE document_id = ? AND unsplit = 0 ORDER BY position
            """, arguments: [document])
        let words = texts.joined(separator: " ").lowercased()
            .split(whereSeparator: { !($0.isLetter || $0.isNumber) }).map(String.init)
        var grams = Set<Int>()
        if words.count >= 3 {
            for i in 0..<(words.count - 2) { grams.insert([words[i], words[i + 1], words[i + 2]].hashValue) }
        }
        cache[document] = grams
        return grams
    }
}

/// Days since 1970-01-01 of an ISO date `YYYY-MM-DD` (proleptic Gregorian), for differences in days.
enum ISODay {
    static func number(_ iso: String) -> Int? {
        let parts = iso.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3, (1...12).contains(parts[1]), (1...31).contains(parts[2]) else { return nil }
        var y = parts[0], m = parts[1]
        let d = parts[2]
        if m <= 2 { y -= 1; m += 12 }
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (m - 3) + 2) / 5 + d - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }
}
