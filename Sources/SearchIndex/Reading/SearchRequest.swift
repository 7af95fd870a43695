import Kamervragen

/// Filters applied inside the query, before ranking and limiting.
public struct SearchFilters: Sendable, Equatable, Codable {
    /// Earliest date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`), against the submitted date, else the received date.
    public var from: String?
    /// Latest date, same forms; `2019` means up to 2019-12-31.
    public var to: String?
    /// A party as written in any style: `PvdA`, `P.v.d.A.`, `pvda`.
    public var party: String?
    /// Part of an asker's name (case and diacritics ignored).
    public var asker: String?
    /// Part of an answerer's or addressee's name, role or ministry.
    public var minister: String?
    public var kind: DocumentKind?
    /// Only pairs without an answer (in documents that are Kamervragen).
    public var unanswered = false
    /// Only pairs of files indexed at or after this moment (ISO 8601, as in `files.indexed_at`).
    public var indexedSince: String?
    /// Only pairs whose question set (case) has this status.
    public var status: CaseStatus?

    public init() {}

    public var isEmpty: Bool {
        from == nil && to == nil && party == nil && asker == nil && minister == nil && kind == nil && !unanswered
            && indexedSince == nil && status == nil
    }
}

/// How hits are ordered.
public enum SearchSort: String, Sendable, CaseIterable {
    /// Weighted bm25, best first.
    case relevance
    /// Newest document first, then relevance.
    case date
}

/// One search.
public struct SearchRequest: Sendable {
    /// The query in the query language (see ``QueryParser``), or raw FTS5 syntax when `raw`.
    public var query: String
    public var exact = false
    public var limit = 10
    public var offset = 0
    public var sort = SearchSort.relevance
    public var filters = SearchFilters()
    /// Pass `query` to FTS5 as written (for experts; errors are reported, never crash).
    public var raw = false
    /// Tokens of context in each snippet.
    public var snippetTokens = 24

    public init(query: String) { self.query = query }
}
