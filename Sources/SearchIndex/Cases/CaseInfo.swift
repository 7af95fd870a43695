import GRDB
import Kamervragen

/// Where a question set stands.
public enum CaseStatus: String, Sendable, Codable, CaseIterable {
    /// No answer and no notice known.
    case open
    /// A notice of delay, no answer yet.
    case delayed
    /// An answers document is known.
    case answered
}

/// One question set followed across its documents (see ``CaseLinker``).
public struct CaseInfo: Sendable, Equatable {
    /// One document of the case.
    public struct Member: Sendable, Equatable {
        public var documentId: Int64
        public var file: String
        /// The question set within the file (1 for the first).
        public var part: Int
        public var kind: DocumentKind
        /// Its own date: submitted for questions, received for notices and answers.
        public var date: String?
    }

    /// Stable across rebuilds: the zaak number, else the Aanhangsel number, else askers, date and subject.
    public var key: String
    public var status: CaseStatus
    public var submitted: String?
    /// When the (first) notice of delay was received.
    public var noticeReceived: String?
    /// When the answer was received.
    public var answered: String?
    /// Days from submitted to answered.
    public var daysToAnswer: Int?
    /// The documents in their order of life: questions, notices, answers (by date within each).
    public var documents: [Member]

    /// The Rules of Procedure: three weeks for an answer, three more after a notice of delay.
    public static let answerDays = 21

    /// Days the set has waited on `today` (ISO date), for an open or delayed set.
    public func daysWaiting(on today: String) -> Int? {
        guard status != .answered, let from = submitted.flatMap(ISODay.number), let to = ISODay.number(today) else { return nil }
        return to - from
    }

    /// Whether the set is past its term on `today`: 21 days, or 42 after a notice of delay.
    public func isOverdue(on today: String) -> Bool {
        guard let days = daysWaiting(on: today) else { return false }
        return days > (status == .delayed ? 2 * Self.answerDays : Self.answerDays)
    }

    /// The case with `key`, or nil.
    static func load(key: String, _ db: Database) throws -> CaseInfo? {
        guard let row = try Row.fetchOne(db.cachedStatement(sql: """
            SELECT status, submitted, notice_received, answered, days FROM cases WHERE key = ?
            """), arguments: [key]) else { return nil }
        let order: [DocumentKind: Int] = [.questions: 0, .notice: 1, .answers: 2, .other: 3]
        let members = try Row.fetchAll(db.cachedStatement(sql: """
            SELECT d.id, f.path, d.part, d.kind, d.submitted, d.received FROM documents d JOIN files f ON f.id = d.file_id
            WHERE d.case_key = ?
            """), arguments: [key]).map { r -> Member in
            let kind = DocumentKind(rawValue: r["kind"]) ?? .other
            return Member(documentId: r["id"], file: r["path"], part: r["part"], kind: kind,
                          date: kind == .questions ? r["submitted"] : (r["received"] ?? r["submitted"]))
        }.sorted { (order[$0.kind]!, $0.date ?? "", $0.file) < (order[$1.kind]!, $1.date ?? "", $1.file) }
        return CaseInfo(key: key, status: CaseStatus(rawValue: row["status"]) ?? .open, submitted: row["submitted"],
                        noticeReceived: row["notice_received"], answered: row["answered"], daysToAnswer: row["days"],
                        documents: members)
    }
}
