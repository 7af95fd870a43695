import Foundation
import Kamervragen
import SearchIndex

/// The parameters of `/` and `/api/search`: the query and the CLI's filters. Unknown names and bad
/// values are a 400 with a message, as the CLI's usage errors are.
struct SearchParameters: Equatable {
    var query = ""
    var filters = SearchFilters()
    var sort = SearchSort.relevance
    var exact = false
    /// 1-based page of ``pageSize`` hits (the page); the API uses `limit` and `offset` instead.
    var page = 1
    var limit = SearchParameters.pageSize
    var offset = 0

    static let pageSize = 10
    /// Pages reachable by paging: the ranking itself is bounded to the newest 1,000 matches.
    static let maxPage = 100
    /// Longer queries are refused (a 400), like other unbounded input.
    static let maxQueryLength = 1_000
    /// Filter values longer than this are refused.
    static let maxValueLength = 200

    static let filterNames = ["from", "to", "party", "asker", "minister", "kind", "status", "unanswered"]
    static let pageNames = ["q", "sort", "exact", "page"] + filterNames
    static let apiNames = ["q", "sort", "exact", "limit", "offset"] + filterNames

    /// Reads `query` for the page (`api` false: `page`) or the API (`limit`, `offset`).
    init(_ query: QueryString, api: Bool) throws {
        let allowed = Set(api ? Self.apiNames : Self.pageNames)
        if let unknown = query.values.keys.sorted().first(where: { !allowed.contains($0) }) {
            throw WebError.badRequest("unknown parameter \"\(unknown)\"; known: \((api ? Self.apiNames : Self.pageNames).joined(separator: ", "))")
        }
        self.query = query["q"] ?? ""
        if self.query.count > Self.maxQueryLength {
            throw WebError.badRequest("the query is \(self.query.count) characters long; at most \(Self.maxQueryLength) are searched")
        }
        for name in Self.filterNames + ["sort"] {
            if let value = query[name], value.count > Self.maxValueLength {
                throw WebError.badRequest("\(name) is too long (at most \(Self.maxValueLength) characters)")
            }
        }
        func text(_ name: String) -> String? {
            guard let value = query[name]?.trimmingCharacters(in: .whitespaces), !value.isEmpty else { return nil }
            return value
        }
        filters.from = text("from")
        filters.to = text("to")
        filters.party = text("party")
        filters.asker = text("asker")
        filters.minister = text("minister")
        if let kind = text("kind") {
            guard let value = DocumentKind(rawValue: kind) else {
                throw WebError.badRequest("kind must be answers, questions, notice or other")
            }
            filters.kind = value
        }
        if let status = text("status") {
            guard let value = CaseStatus(rawValue: status) else {
                throw WebError.badRequest("status must be open, delayed or answered")
            }
            filters.status = value
        }
        filters.unanswered = try Self.flag(query, "unanswered")
        exact = try Self.flag(query, "exact")
        if let sort = text("sort") {
            guard let value = SearchSort(rawValue: sort) else { throw WebError.badRequest("sort must be relevance or date") }
            self.sort = value
        }
        if api {
            limit = try Self.number(query, "limit", default: Self.pageSize, in: 0...100)
            offset = try Self.number(query, "offset", default: 0, in: 0...10_000)
        } else {
            page = try Self.number(query, "page", default: 1, in: 1...Self.maxPage)
            offset = (page - 1) * Self.pageSize
        }
    }

    init() {}

    /// The searcher's request.
    var request: SearchRequest {
        var request = SearchRequest(query: query)
        request.filters = filters
        request.sort = sort
        request.exact = exact
        request.limit = limit
        request.offset = offset
        return request
    }

    /// The page's address for these parameters (`/?q=…`), with `page` as given.
    func link(page: Int = 1) -> String {
        let pairs: [(String, String?)] = [
            ("q", query), ("from", filters.from), ("to", filters.to), ("party", filters.party),
            ("asker", filters.asker), ("minister", filters.minister), ("kind", filters.kind?.rawValue),
            ("status", filters.status?.rawValue), ("unanswered", filters.unanswered ? "1" : nil),
            ("exact", exact ? "1" : nil), ("sort", sort == .relevance ? nil : sort.rawValue),
            ("page", page > 1 ? String(page) : nil),
        ]
        let query = QueryString.build(pairs)
        return query.isEmpty ? "/" : "/?" + query
    }

    /// A copy with `change` applied (for facet and chart links: back to page 1).
    func with(_ change: (inout SearchParameters) -> Void) -> SearchParameters {
        var copy = self
        change(&copy)
        copy.page = 1
        return copy
    }

    private static func flag(_ query: QueryString, _ name: String) throws -> Bool {
        switch query[name] {
        case nil, "", "0", "false", "off": return false
        case "1", "true", "on": return true
        default: throw WebError.badRequest("\(name) takes 1 or 0")
        }
    }

    private static func number(_ query: QueryString, _ name: String, default value: Int, in range: ClosedRange<Int>) throws -> Int {
        guard let text = query[name], !text.isEmpty else { return value }
        guard let n = Int(text), range.contains(n) else {
            throw WebError.badRequest("\(name) must be a number from \(range.lowerBound) to \(range.upperBound)")
        }
        return n
    }
}
