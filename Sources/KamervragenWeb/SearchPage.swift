import Kamervragen
import SearchIndex

/// The search page: the results of one query with notes, the chart, the facets and paging; or the
/// start page (no query), or the message of a bad query.
enum SearchPage {
    /// The page for `parameters` with its `result` and `facets`; `error` instead when the query or a
    /// filter could not be understood (shown as the CLI says it).
    static func html(_ parameters: SearchParameters, result: SearchResult?, facets: FacetCounts?,
                     error: String? = nil, today: String = Today.iso) -> String {
        let title = parameters.query.isEmpty ? "kamervragen" : "\(parameters.query) — kamervragen"
        var main = ""
        if let error {
            main += "<p class=\"note error\" id=\"error\">\(HTML.escape(error))</p>"
        } else if let result {
            main += notes(result, parameters)
            if let facets, !facets.years.isEmpty {
                main += "<figure class=\"chart\" id=\"chart\">"
                    + YearChart.svg(facets.years) { year in parameters.with { $0.filters.from = year; $0.filters.to = year }.link() }
                    + "</figure>"
            }
            main += hits(result, parameters, today: today)
            main += paging(result, parameters)
        } else {
            main += "<p class=\"summary\">Search the written questions of the Tweede and Eerste Kamer and the answers of the government.</p>"
        }
        let side = facets.map { FacetPanel.html($0, parameters) } ?? "<aside class=\"facets\"></aside>"
        return PageLayout.page(title: title, query: parameters,
                               body: "<main class=\"layout\">\(side)<section class=\"results\">\(main)</section></main>")
    }

    /// The total, and the partial-match, bounded-ranking and did-you-mean notes, as the CLI words them.
    static func notes(_ result: SearchResult, _ parameters: SearchParameters) -> String {
        var out = ""
        let about = result.totalIsLowerBound ? "more than " : ""
        if result.partial {
            let note = result.total == 0
                ? "No pair holds every word of \(result.understood); best partial matches:"
                : "Only \(HTML.plural(result.total, "pair")) hold every word; partial matches follow."
            out += "<p class=\"note\" id=\"partial\">\(HTML.escape(note))</p>"
        }
        if let suggested = result.suggestedQuery {
            let link = parameters.with { $0.query = suggested }.link()
            out += "<p class=\"note\" id=\"did-you-mean\">Did you mean <a href=\"\(HTML.escape(link))\">\(HTML.escape(suggested))</a>?</p>"
        }
        var summary = "\(about)\(HTML.plural(result.total, "pair")) match <strong>\(HTML.escape(result.understood))</strong>"
        if result.partial { summary += " (\(about)\(HTML.count(result.partialTotal)) more match some words)" }
        if !result.hits.isEmpty {
            let total = result.total + result.partialTotal
            summary += "; showing \(parameters.offset + 1)–\(parameters.offset + result.hits.count) of \(about)\(HTML.count(total))"
        }
        if result.boundedRanking {
            summary += "; best of the \(HTML.count(Searcher.candidateLimit)) newest matches"
        }
        let feed = "/feed" + String(parameters.with { $0.sort = .relevance }.link().dropFirst())
        summary += " · <a class=\"feed\" href=\"\(HTML.escape(feed))\">Atom feed</a>"
        return out + "<p class=\"summary\" id=\"total\">\(summary)</p>"
    }

    private static func hits(_ result: SearchResult, _ parameters: SearchParameters, today: String) -> String {
        guard !result.hits.isEmpty else { return "" }
        var out = "<ol class=\"hits\" start=\"\(parameters.offset + 1)\">"
        var partialRule = false
        for hit in result.hits {
            if !hit.matchesAll && result.total > 0 && !partialRule {
                out += "<li class=\"partial-rule\">— partial matches (not every word) —</li>"
                partialRule = true
            }
            out += self.hit(hit, today: today)
        }
        return out + "</ol>"
    }

    static func hit(_ hit: SearchHit, today: String) -> String {
        let numbers = hit.isUnsplit ? "text not split"
            : hit.numbers.isEmpty ? "" : (hit.numbers.count > 1 ? "questions " : "question ") + hit.numbers.map(String.init).joined(separator: ", ")
        var out = "<li class=\"hit\"><h2><a href=\"/pair/\(hit.documentId)/\(hit.pairPosition)\">\(HTML.escape(hit.title ?? "(no subject)"))</a>"
        if !numbers.isEmpty { out += " <span class=\"numbers\">[\(numbers)]</span>" }
        out += "</h2>"
        out += "<p class=\"meta\">\(HTML.escape(DocumentPage.people(askers: hit.askers, answerers: hit.answerers, addressees: hit.addressees, dates: (hit.submitted, hit.received))))</p>"
        if let c = hit.caseInfo { out += "<p class=\"case\">\(HTML.escape(DocumentPage.caseLine(c, today: today)))</p>" }
        out += snippet(hit.isUnsplit ? "T" : "Q", hit.questionSnippet, empty: "(no question text)")
        if hit.kind != .other, !hit.isUnsplit {
            out += snippet("A", hit.answerSnippet, empty: "(no answer)")
        }
        return out + "</li>"
    }

    /// A snippet with its matched words in `<mark>`.
    static func snippet(_ label: String, _ snippet: Snippet, empty: String) -> String {
        var text = ""
        for segment in snippet.segments {
            let escaped = HTML.escape(SearchJSON.oneLine(segment.text))
            text += segment.isMatch ? "<mark>\(escaped)</mark>" : escaped
        }
        if text.allSatisfy(\.isWhitespace) { text = "<span class=\"meta\">\(HTML.escape(empty))</span>" }
        return "<p class=\"snippet\"><b>\(label)</b>\(text)</p>"
    }

    private static func paging(_ result: SearchResult, _ parameters: SearchParameters) -> String {
        let shown = parameters.offset + result.hits.count
        let more = shown < result.total + result.partialTotal && parameters.page < SearchParameters.maxPage
        guard parameters.page > 1 || more else { return "" }
        var out = "<nav class=\"paging\">"
        if parameters.page > 1 {
            var p = parameters
            p.page -= 1
            out += "<a rel=\"prev\" href=\"\(HTML.escape(p.link(page: p.page)))\">← previous</a>"
        }
        out += "<span>page \(parameters.page)</span>"
        if more {
            out += "<a rel=\"next\" href=\"\(HTML.escape(parameters.link(page: parameters.page + 1)))\">next →</a>"
        }
        return out + "</nav>"
    }
}
