import Kamervragen
import SearchIndex

/// The facets beside the results: for each of year, party, asker, minister, kind and case status the
/// values with their counts, each a link that narrows the search; the active filters with a link that
/// drops each one.
enum FacetPanel {
    static func html(_ facets: FacetCounts, _ parameters: SearchParameters) -> String {
        var out = "<aside class=\"facets\" id=\"facets\">"
        out += active(parameters)
        out += section("Year", "year", Array(facets.years.reversed()), parameters) { p, v in p.filters.from = v; p.filters.to = v }
        out += section("Party", "party", facets.parties, parameters) { p, v in p.filters.party = v }
        out += section("Asker", "asker", facets.askers, parameters) { p, v in p.filters.asker = v }
        out += section("Minister", "minister", facets.ministers, parameters) { p, v in p.filters.minister = v }
        out += section("Kind", "kind", facets.kinds, parameters) { p, v in p.filters.kind = DocumentKind(rawValue: v) }
        out += section("Case", "status", facets.statuses, parameters) { p, v in p.filters.status = CaseStatus(rawValue: v) }
        if !facets.complete {
            out += "<p class=\"bound\">Counts cover the newest \(HTML.count(facets.counted)) matches.</p>"
        }
        return out + "</aside>"
    }

    private static func section(_ title: String, _ name: String, _ values: [FacetCounts.Value],
                                _ parameters: SearchParameters, narrow: @escaping (inout SearchParameters, String) -> Void) -> String {
        guard !values.isEmpty else { return "" }
        var out = "<section class=\"facet\" data-facet=\"\(name)\"><h2>\(title)</h2><ul>"
        for value in values {
            out += "<li><a href=\"\(HTML.escape(parameters.with { narrow(&$0, value.filter) }.link()))\">"
                + "\(HTML.escape(value.label))</a> <span class=\"count\">\(HTML.count(value.pairs))</span></li>"
        }
        return out + "</ul></section>"
    }

    /// The filters in force, each with a link that removes it.
    private static func active(_ p: SearchParameters) -> String {
        let f = p.filters
        var items: [(String, SearchParameters)] = []
        if f.from != nil || f.to != nil {
            let label = f.from == f.to ? f.from! : "\(f.from ?? "…")–\(f.to ?? "…")"
            items.append(("date " + label, p.with { $0.filters.from = nil; $0.filters.to = nil }))
        }
        if let v = f.party { items.append(("party " + v, p.with { $0.filters.party = nil })) }
        if let v = f.asker { items.append(("asker " + v, p.with { $0.filters.asker = nil })) }
        if let v = f.minister { items.append(("minister " + v, p.with { $0.filters.minister = nil })) }
        if let v = f.kind { items.append(("kind " + v.rawValue, p.with { $0.filters.kind = nil })) }
        if let v = f.status { items.append(("case " + v.rawValue, p.with { $0.filters.status = nil })) }
        if f.unanswered { items.append(("unanswered", p.with { $0.filters.unanswered = false })) }
        if p.exact { items.append(("exact words", p.with { $0.exact = false })) }
        guard !items.isEmpty else { return "" }
        return "<section class=\"active\"><h2>Filters</h2><ul>" + items.map {
            "<li><a href=\"\(HTML.escape($0.1.link()))\" title=\"remove\">\(HTML.escape($0.0)) ✕</a></li>"
        }.joined() + "</ul></section>"
    }
}
