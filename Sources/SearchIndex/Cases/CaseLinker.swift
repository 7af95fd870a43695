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


    /// What linking and the case rows need of a document. Its question print and title are not here:
    /// only documents sharing askers and a date compare them, so they are read when compared
    /// (``DocumentDetails``); holding every document's print doubled a 100,000-document rebuild's memory.
    private struct Doc {
        var id: Int64
        var kind: DocumentKind
        var submitted: String?
        var received: String?
        var hasTitle: Bool
        var path: String
        var part: Int
        var caseKey: String?
    }

    /// Recomputes the cases, inside the caller's transaction, and brings the full-text index in step (a
    /// pair that becomes superseded is deleted from it, one that no longer is goes back in). With
    /// `changes` (an incremental run), only the cases that the inserted and deleted documents can touch
    /// are recomputed: every document that a key could link to them, and everything in their old cases.
    /// The result is the same as a full relink, which `changes` nil does (a rebuild).
    @discardableResult
    static func relink(in db: Database, changes: CaseChanges? = nil) throws -> CaseCounts {
        var scope: Set<Int64>? = nil
        if let changes {
            var seeds = Set(changes.inserted)
            for key in changes.staleCases {
                seeds.formUnion(try Int64.fetchAll(db.cachedStatement(sql: "SELECT id FROM documents WHERE case_key = ?"),
                                                   arguments: [key]))
            }
            guard !seeds.isEmpty || !changes.staleCases.isEmpty else { return CaseCounts() }
            scope = try closure(of: seeds, db)
        }
        var counts = CaseCounts()
        while true {
            let result = try link(scope, db)
            // A fallback key also used by a case outside the scope: take that case in, so that the `~N`
            // suffixes come out as a full relink gives them.
            if let scope0 = scope {
                var grown = scope0
                for key in result.bareKeys {
                    grown.formUnion(try Int64.fetchAll(db.cachedStatement(sql: """
                        SELECT id FROM documents WHERE case_key = ? OR case_key LIKE ? ESCAPE '\\'
                        """), arguments: [key, key.replacingOccurrences(of: "\\", with: "\\\\")
                            .replacingOccurrences(of: "%", with: "\\%").replacingOccurrences(of: "_", with: "\\_") + "~%"]))
                }
                if grown.count > scope0.count {
                    scope = try closure(of: grown, db)
                    continue
                }
            }
            counts = try write(result, db)
            break
        }
        changes?.inserted.removeAll()
        changes?.staleCases.removeAll()
        return counts
    }

    /// Every document reachable from `seeds` through a shared key (own identifier, reference, askers and
    /// date) or a shared current case.
    private static func closure(of seeds: Set<Int64>, _ db: Database) throws -> Set<Int64> {
        var seen = seeds, queue = Array(seeds)
        let keysOf = try db.cachedStatement(sql: "SELECT key, role FROM document_keys WHERE document_id = ?")
        let byKey = try db.cachedStatement(sql: "SELECT document_id FROM document_keys WHERE key = ? AND role = ?")
        let sameCase = try db.cachedStatement(sql: """
            SELECT o.id FROM documents d JOIN documents o ON o.case_key = d.case_key WHERE d.id = ?
            """)
        while let id = queue.popLast() {
            var next: [Int64] = try Int64.fetchAll(sameCase, arguments: [id])
            for row in try Row.fetchAll(keysOf, arguments: [id]) {
                let key: String = row[0], role: Int = row[1]
                switch Role(rawValue: role) {
                case .identifier:
                    next += try Int64.fetchAll(byKey, arguments: [key, Role.identifier.rawValue])
                    next += try Int64.fetchAll(byKey, arguments: [key, Role.reference.rawValue])
                case .reference:
                    next += try Int64.fetchAll(byKey, arguments: [key, Role.identifier.rawValue])
                case .meta:
                    next += try Int64.fetchAll(byKey, arguments: [key, Role.meta.rawValue])
                case nil: break
                }
            }
            for n in next where seen.insert(n).inserted { queue.append(n) }
        }
        return seen
    }

    /// The components of the documents in `scope` (all when nil), with their keys.
    private struct Linked {
        /// The documents in scope, in id order.
        var docs: [Doc]
        /// Each case's key and its documents (positions in `docs`).
        var groups: [(key: String, docs: [Int])]
        /// The keys computed before `~N` suffixes, for the scope check.
        var bareKeys: Set<String>
        /// Old case keys of the documents in scope (to be replaced).
        var oldKeys: Set<String>
        var scope: Set<Int64>?
    }

    private static func link(_ scope: Set<Int64>?, _ db: Database) throws -> Linked {
        // Documents in id order, found by binary search: an array of small values, where a dictionary
        // of them took twice the room at 100,000 documents.
        var docs: [Doc] = []
        let inScope = scope.map { "AND d.id IN (\($0.sorted().map(String.init).joined(separator: ",")))" } ?? ""
        // Cursors, not fetchAll: a full relink reads every document.
        let documentRows = try Row.fetchCursor(db, sql: """
            SELECT d.id, d.kind, d.submitted, d.received, d.title IS NOT NULL, d.part, d.case_key, f.path
            FROM documents d JOIN files f ON f.id = d.file_id WHERE d.kind <> 'other' \(inScope) ORDER BY d.id
            """)
        while let row = try documentRows.next() {
            docs.append(Doc(id: row[0], kind: DocumentKind(rawValue: row[1]) ?? .other, submitted: row[2],
                            received: row[3], hasTitle: row[4], path: row[7], part: row[5], caseKey: row[6]))
        }
        func position(_ id: Int64) -> Int? {
            var low = 0, high = docs.count
            while low < high {
                let mid = (low + high) / 2
                if docs[mid].id < id { low = mid + 1 } else { high = mid }
            }
            return low < docs.count && docs[low].id == id ? low : nil
        }
        var sets = UnionFind()
        var own: [String: [Int64]] = [:], references: [(Int64, String)] = [], meta: [String: [Int64]] = [:]
        var ownKeys: [Int64: [String]] = [:], metaOf: [Int64: String] = [:]
        let keyScope = scope.map { "WHERE document_id IN (\($0.sorted().map(String.init).joined(separator: ",")))" } ?? ""
        let keyRows = try Row.fetchCursor(db, sql: "SELECT key, role, document_id FROM document_keys \(keyScope) ORDER BY key, role, document_id")
        while let row = try keyRows.next() {
            let key: String = row[0], id: Int64 = row[2]
            guard position(id) != nil else { continue }
            switch Role(rawValue: row[1]) {
            case .identifier: own[key, default: []].append(id); ownKeys[id, default: []].append(key)
            case .reference: references.append((id, key))
            case .meta: meta[key, default: []].append(id); metaOf[id] = key
            case nil: continue
            }
        }
        for ids in own.values { for id in ids.dropFirst() { sets.union(ids[0], id) } }
        for (id, key) in references { for other in own[key] ?? [] { sets.union(id, other) } }
        let details = try DocumentDetails(db)
        for ids in meta.values where ids.count > 1 {
            var prints: [Int64: [UInt32]] = [:]  // this group's, read once each
            for (i, a) in ids.enumerated() {
                for b in ids[(i + 1)...] where sets.find(a) != sets.find(b) {
                    if try sameSet(docs[position(a)!], docs[position(b)!], &prints, details) { sets.union(a, b) }
                }
            }
        }
        var members: [Int64: [Int]] = [:]
        for (i, doc) in docs.enumerated() { members[sets.find(doc.id), default: []].append(i) }
        // Keys, made unique where two sets would share one (the same askers, day and subject, not
        // linked): the one whose first file sorts first keeps it, the next gets `~2`, and so on.
        var keyed: [(key: String, first: String, docs: [Int])] = try members.values.map { group in
            (try caseKey(group.map { docs[$0] }, ownKeys: ownKeys, meta: metaOf, details: details),
             group.map { "\(docs[$0].path)#\(docs[$0].part)" }.min()!, group)
        }
        keyed.sort { ($0.key, $0.first) < ($1.key, $1.first) }
        let bare = Set(keyed.map(\.key).filter { !$0.hasPrefix("file:") && $0.hasPrefix("set:") })
        var seenKeys: [String: Int] = [:]
        for (k, entry) in keyed.enumerated() {
            let n = (seenKeys[entry.key] ?? 0) + 1
            seenKeys[entry.key] = n
            if n > 1 { keyed[k].key = entry.key + "~\(n)" }
        }
        return Linked(docs: docs, groups: keyed.map { ($0.key, $0.docs) }, bareKeys: bare,
                      oldKeys: Set(docs.compactMap(\.caseKey)), scope: scope)
    }

    /// Writes the cases of `linked`, their documents' keys and the superseded pairs.
    private static func write(_ linked: Linked, _ db: Database) throws -> CaseCounts {
        var counts = CaseCounts()
        var desired: [Int64: Int64] = [:]  // superseded pair → answer pair
        let deleteCase = try db.cachedStatement(sql: "DELETE FROM cases WHERE key = ?")
        if linked.scope == nil {
            try db.execute(sql: "DELETE FROM cases")
        } else {
            for key in linked.oldKeys { try deleteCase.execute(arguments: [key]) }
        }
        let insertCase = try db.cachedStatement(sql: """
            INSERT OR REPLACE INTO cases(key, status, submitted, notice_received, answered, days, documents) VALUES(?,?,?,?,?,?,?)
            """)
        let setKey = try db.cachedStatement(sql: "UPDATE documents SET case_key = ? WHERE id = ?")
        for (key, positions) in linked.groups {
            let group = positions.map { linked.docs[$0] }
            counts.cases += 1
            if group.count > 1 { counts.linked += 1 }
            for doc in group where doc.caseKey != key { try setKey.execute(arguments: [key, doc.id]) }
            let answers = group.filter { $0.kind == .answers }.sorted { ($0.path, $0.part) < ($1.path, $1.part) }
            let notices = group.filter { $0.kind == .notice }
            let submitted = group.compactMap(\.submitted).min()
            let answered = answers.compactMap(\.received).min()
            let status = answers.isEmpty ? (notices.isEmpty ? "open" : "delayed") : "answered"
            var days: Int?
            if let from = submitted.flatMap(ISODay.number), let to = answered.flatMap(ISODay.number) { days = to - from }
            try insertCase.execute(arguments: [key, status, submitted, notices.compactMap(\.received).min(), answered, days,
                                               group.count])
            if let answer = answers.first, group.count > 1 {
                try supersede(group.filter { $0.kind != .answers }, by: answer.id, into: &desired, db)
            }
        }
        counts.superseded = desired.count
        try apply(desired, scope: linked.scope, db)
        return counts
    }

    /// Whether two documents with the same askers and submitted date are one set.
    private static func sameSet(_ a: Doc, _ b: Doc, _ prints: inout [Int64: [UInt32]],
                                _ details: DocumentDetails) throws -> Bool {
        func print(_ doc: Doc) throws -> [UInt32] {
            if let known = prints[doc.id] { return known }
            let value = try details.print(doc.id)
            prints[doc.id] = value
            return value
        }
        let pa = try print(a), pb = try print(b)
        if !pa.isEmpty, !pb.isEmpty { return CaseSignature.similarity(pa, pb) >= 0.5 }
        guard a.hasTitle, b.hasTitle else { return false }
        let ta = try details.normalisedTitle(a.id), tb = try details.normalisedTitle(b.id)
        guard !ta.isEmpty else { return false }
        return ta == tb
    }

    /// The question prints and normalised titles of documents, read from the index when first asked
    /// for; titles are kept (few documents need one), prints are not (the caller keeps a group's).
    private final class DocumentDetails {
        private let printStatement: Statement
        private let titleStatement: Statement
        private var titles: [Int64: String] = [:]

        init(_ db: Database) throws {
            printStatement = try db.cachedStatement(sql: "SELECT question_print FROM documents WHERE id = ?")
            titleStatement = try db.cachedStatement(sql: "SELECT title FROM documents WHERE id = ?")
        }

        func print(_ id: Int64) throws -> [UInt32] {
            unblob(try Data.fetchOne(printStatement, arguments: [id]))
        }

        /// ``normalisedTitle(_:)`` of the document's title (empty for none), made once per document.
        func normalisedTitle(_ id: Int64) throws -> String {
            if let known = titles[id] { return known }
            let title = CaseLinker.normalisedTitle(try String.fetchOne(titleStatement, arguments: [id]) ?? "")
            titles[id] = title
            return title
        }
    }

    /// The title lower-cased, with only its letters and digits.
    static func normalisedTitle(_ title: String) -> String {
        // ASCII (most titles): `lowercased()` maps A–Z to a–z and the alphabetic ASCII scalars are the
        // letters, so this is the general path below, byte for byte.
        if let ascii = title.utf8.withContiguousStorageIfAvailable({ bytes -> String? in
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count)
            for b in bytes {
                if b >= 0x80 { return nil }
                if b >= UInt8(ascii: "A") && b <= UInt8(ascii: "Z") {
                    out.append(b | 0x20)
                } else if (b >= UInt8(ascii: "a") && b <= UInt8(ascii: "z")) || (b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9")) {
                    out.append(b)
                }
            }
            return String(decoding: out, as: UTF8.self)
        }), let ascii {
            return ascii
        }
        var kept = String.UnicodeScalarView()
        for scalar in title.lowercased().unicodeScalars where scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
            kept.append(scalar)
        }
        return String(kept)
    }

    /// The case's key: its zaak number, else its Aanhangsel number, else (no identifiers) the askers,
    /// date and subject of its first document, else the file of its first document.
    private static func caseKey(_ group: [Doc], ownKeys: [Int64: [String]], meta: [Int64: String],
                                details: DocumentDetails) throws -> String {
        let keys = group.flatMap { ownKeys[$0.id] ?? [] }
        if let zaak = keys.filter({ !$0.hasPrefix("ah-") }).min() { return zaak }
        if let number = keys.min() { return number }
        let fallbacks: [String] = try group.map { doc in
            if let m = meta[doc.id] {
                return "set:" + m + "|" + String(try details.normalisedTitle(doc.id).prefix(40))
            }
            return "file:" + doc.path + (doc.part > 1 ? "#\(doc.part)" : "")
        }
        return fallbacks.min()!
    }

    /// Marks in `desired` each open question pair of `documents` whose first number `answer` answers,
    /// and the header unit of a questions document wholly answered.
    private static func supersede(_ documents: [Doc], by answer: Int64, into desired: inout [Int64: Int64],
                                  _ db: Database) throws {
        var answerPair: [Int: Int64] = [:], answerHeader: Int64?
        for row in try Row.fetchAll(db.cachedStatement(sql: """
            SELECT id, numbers, unsplit, answer_size FROM pairs WHERE document_id = ?
            """), arguments: [answer]) {
            if row["unsplit"] { answerHeader = row["id"]; continue }
            guard row["answer_size"] > 0 else { continue }
            for n in DocumentStore.numbers(row["numbers"]) where answerPair[n] == nil { answerPair[n] = row["id"] }
        }
        guard !answerPair.isEmpty else { return }
        for doc in documents {
            var allAnswered = true, header: Int64?
            for row in try Row.fetchAll(db.cachedStatement(sql: """
                SELECT id, numbers, unsplit, answer_size FROM pairs WHERE document_id = ?
                """), arguments: [doc.id]) {
                if row["unsplit"] { header = row["id"]; continue }
                let numbers = DocumentStore.numbers(row["numbers"])
                guard row["answer_size"] == 0, !numbers.isEmpty, numbers.allSatisfy({ answerPair[$0] != nil }) else {
                    allAnswered = false
                    continue
                }
                desired[row["id"]] = answerPair[numbers[0]]!
            }
            // A questions document wholly answered: its header is the answers document's header too.
            if allAnswered, doc.kind == .questions, let header, let answerHeader { desired[header] = answerHeader }
        }
    }

    /// Brings `pairs.superseded_by` and the full-text index to `desired`.
    private static func apply(_ desired: [Int64: Int64], scope: Set<Int64>?, _ db: Database) throws {
        var current: [Int64: Int64] = [:]
        let inScope = scope.map { "AND document_id IN (\($0.sorted().map(String.init).joined(separator: ",")))" } ?? ""
        for row in try Row.fetchAll(db, sql: "SELECT id, superseded_by FROM pairs WHERE superseded_by IS NOT NULL \(inScope)") {
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

/// What an index run inserted and deleted, for an incremental relink.
final class CaseChanges {
    /// Documents inserted.
    var inserted: [Int64] = []
    /// Case keys of documents deleted.
    var staleCases = Set<String>()
}

extension CaseLinker {
    /// A question print as a BLOB of little-endian 32-bit values.
    static func blob(_ values: [UInt32]) -> Data {
        #if _endian(little)
        return values.withUnsafeBufferPointer { Data(buffer: $0) }
        #else
        return values.map { $0.littleEndian }.withUnsafeBufferPointer { Data(buffer: $0) }
        #endif
    }

    static func unblob(_ data: Data?) -> [UInt32] {
        guard let data, data.count % 4 == 0 else { return [] }
        return data.withUnsafeBytes { raw in
            (0..<(raw.count / 4)).map { UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: $0 * 4, as: UInt32.self)) }
        }
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
