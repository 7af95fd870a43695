import Foundation

/// A saved search, or a question set to follow, whose news `kamervragen watch run` reports.
public struct Watch: Sendable, Equatable {
    /// What is watched.
    public enum Target: Sendable, Equatable {
        /// A search: the query and its filters, as `search` takes them.
        case search(query: String, exact: Bool, filters: SearchFilters)
        /// A question set, by its case key (``CaseInfo/key``).
        case followCase(key: String)
    }

    public var name: String
    public var target: Target
    /// When it was added and last run (ISO 8601 UTC); nil: never run.
    public var created: String
    public var lastRun: String?

    public init(name: String, target: Target, created: String, lastRun: String? = nil) {
        self.name = name; self.target = target; self.created = created; self.lastRun = lastRun
    }

    /// The search request of a search watch (as many matches as a run looks at).
    public var request: SearchRequest? {
        guard case .search(let query, let exact, let filters) = target else { return nil }
        var request = SearchRequest(query: query)
        request.exact = exact
        request.filters = filters
        return request
    }

    /// `versterkingsgelden --party VVD`, or `case 2025Z01234`.
    public var description: String {
        switch target {
        case .followCase(let key): return "case \(key)"
        case .search(let query, let exact, let f):
            var parts = [query]
            if exact { parts.append("--exact") }
            for (flag, value) in [("--from", f.from), ("--to", f.to), ("--party", f.party), ("--asker", f.asker),
                                  ("--minister", f.minister), ("--kind", f.kind?.rawValue)] {
                if let value { parts.append("\(flag) \(value)") }
            }
            if f.unanswered { parts.append("--unanswered") }
            return parts.joined(separator: " ")
        }
    }
}

/// Something new for a watch.
public struct WatchEvent: Sendable, Equatable {
    public enum Kind: String, Sendable {
        /// A pair that matches and was not there before.
        case new
        /// A question seen without an answer now has one.
        case answered
        /// A notice of delay for a set seen before (or a followed case).
        case delayed
    }

    public var watch: String
    public var kind: Kind
    /// The pair it is about (nil for a followed case that has no pair to show).
    public var pairId: Int64?
    /// Stable across rebuilds: the pair's content key (or the case key) and the kind.
    public var item: String
    /// When the watch first saw it (ISO 8601 UTC).
    public var time: String
}
