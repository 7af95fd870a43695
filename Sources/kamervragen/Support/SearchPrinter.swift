import Foundation
import Kamervragen
import SearchIndex

/// Prints search results for people (plain or coloured) and as JSON Lines.
struct SearchPrinter {
    var colored: Bool

    func print(_ result: SearchResult, request: SearchRequest) {
        if result.partial {
            let note = result.total == 0
                ? "no pair holds every word of \(result.understood); best partial matches:"
                : "only \(result.total) pair\(result.total == 1 ? "" : "s") hold every word; partial matches follow"
            Output.line(style(note, Terminal.dim))
            Output.line()
        }
        var shownPartialNote = false
        for hit in result.hits {
            if !hit.matchesAll && result.total > 0 && !shownPartialNote {
                Output.line(style("— partial matches (not every word) —", Terminal.dim))
                Output.line()
                shownPartialNote = true
            }
            Output.write(render(hit))
        }
        let total = result.total + result.partialTotal
        let about = result.totalIsLowerBound ? "more than " : ""
        var footer = "\(about)\(IndexSummary.grouped(result.total)) pair\(result.total == 1 ? "" : "s") match \(result.understood)"
        if result.partial { footer += " (\(about)\(IndexSummary.grouped(result.partialTotal)) more match some words)" }
        if !result.hits.isEmpty {
            footer += "; showing \(request.offset + 1)–\(request.offset + result.hits.count) of \(about)\(IndexSummary.grouped(total))"
        }
        if result.boundedRanking {
            footer += "; best of the \(IndexSummary.grouped(Searcher.candidateLimit)) newest matches"
        }
        Output.line(style(footer, Terminal.dim))
        Self.printSuggestions(result)
    }

    /// "Did you mean" goes to stderr, so that stdout holds only results (in both output formats).
    static func printSuggestions(_ result: SearchResult) {
        guard let suggested = result.suggestedQuery else { return }
        let words = result.suggestions.map { "\($0.word) → \($0.candidates.joined(separator: ", "))" }
        Output.stderr("kamervragen: did you mean: \(suggested)?  (\(words.joined(separator: "; ")))\n")
    }

    /// A hit as `search` shows it: header, people and dates, file, case, snippets.
    func render(_ hit: SearchHit) -> String {
        var out = ""
        let numbers = hit.isUnsplit ? "  [text not split]" : hit.numbers.isEmpty ? "" : "  [question\(hit.numbers.count > 1 ? "s" : "") "
            + hit.numbers.map(String.init).joined(separator: ", ") + "]"
        out += "\(hit.rank). " + style(hit.title ?? "(no subject)", Terminal.bold) + numbers + "\n"
        var people: [String] = []
        if !hit.askers.isEmpty { people.append(hit.askers.map(SearchPrinter.describe).joined(separator: ", ")) }
        if !hit.answerers.isEmpty {
            people.append("→ " + hit.answerers.map(SearchPrinter.describe).joined(separator: ", "))
        } else if !hit.addressees.isEmpty {
            people.append("→ " + hit.addressees.joined(separator: ", "))
        }
        var dates: [String] = []
        if let submitted = hit.submitted { dates.append("submitted \(submitted)") }
        if let received = hit.received { dates.append("received \(received)") }
        let meta = (people + [dates.joined(separator: ", ")]).filter { !$0.isEmpty }.joined(separator: "  ·  ")
        if !meta.isEmpty { out += "   " + meta + "\n" }
        let set = hit.part > 1 ? " (set \(hit.part))" : ""
        out += "   " + style("\(displayPath(hit.file))\(set) #\(hit.pairPosition)", Terminal.dim)
            + style(String(format: "  score %.3g", hit.score), Terminal.dim) + "\n"
        if let line = Self.caseLine(hit) { out += "   " + style(line, Terminal.dim) + "\n" }
        out += (hit.isUnsplit ? "   T: " : "   Q: ") + render(hit.questionSnippet, empty: "(no question text)") + "\n"
        if hit.kind != .other, !hit.isUnsplit {
            out += "   A: " + render(hit.answerSnippet, empty: "(no answer)") + "\n"
        }
        return out + "\n"
    }

    /// `case 2025Z01234: answered after 41 days; also 021_….txt (questions), 022_….txt (notice)`, or
    /// nil for a document that stands alone and is answered.
    static func caseLine(_ hit: SearchHit) -> String? {
        guard let c = hit.caseInfo else { return nil }
        let others = c.documents.filter { $0.file != hit.file || $0.part != hit.part }
        var text = "case \(c.key): "
        switch c.status {
        case .answered:
            guard !others.isEmpty else { return nil }
            text += c.daysToAnswer.map { "answered after \($0) days" } ?? "answered"
        case .delayed, .open:
            text += c.status == .delayed ? "delayed" + (c.noticeReceived.map { " (notice \($0))" } ?? "") : "open"
            if let days = c.daysWaiting(on: Today.iso) {
                text += ", waiting \(days) days" + (c.isOverdue(on: Today.iso) ? " (past the term)" : "")
            }
        }
        if !others.isEmpty {
            text += "; also " + others.map { "\(displayPath($0.file)) (\($0.kind.rawValue))" }.joined(separator: ", ")
        }
        return text
    }

    private func render(_ snippet: Snippet, empty: String) -> String {
        var out = ""
        for segment in snippet.segments {
            let text = SearchPrinter.oneLine(segment.text)
            out += segment.isMatch ? style(text, Terminal.match) : text
        }
        let trimmed = out.trimmingCharacters(in: .whitespaces)
        return trimmed.isEmpty ? style(empty, Terminal.dim) : trimmed
    }

    fileprivate func style(_ text: String, _ code: String) -> String {
        colored ? code + text + Terminal.reset : text
    }

    static func describe(_ person: Person) -> String { person.displayName }

    static func describe(_ official: Official) -> String { official.displayName }

    /// Newlines and runs of spaces made single spaces; control characters dropped.
    static func oneLine(_ text: String) -> String { SearchJSON.oneLine(text) }

    // MARK: - JSON Lines

    static func printJSON(_ result: SearchResult, request: SearchRequest) {
        for hit in result.hits { Output.json(SearchJSON.hit(hit)) }
        Output.json(SearchJSON.summary(result, request: request))
        printSuggestions(result)
    }
}

extension SearchPrinter {
    /// The hits of `similar`, as search shows hits (shared terms highlighted), with the similarity and
    /// the shared terms under each, then a footer naming the terms compared.
    func print(_ result: SimilarResult, request: SimilarRequest) {
        for similar in result.hits {
            var hit = similar.hit
            hit.score = similar.similarity
            var text = render(hit)
            let shared = similar.sharedTerms.prefix(8).joined(separator: ", ")
            let line = "   " + style(String(format: "similarity %.2f (question %.2f, answer %.2f)", similar.similarity,
                                             similar.questionSimilarity, similar.answerSimilarity)
                                      + (shared.isEmpty ? "" : "; shared: " + shared), Terminal.dim) + "\n"
            // Under the file line: before the snippets.
            if let range = text.range(of: "\n   Q: ") ?? text.range(of: "\n   T: ") {
                text.insert(contentsOf: "\n" + line.dropLast(), at: range.lowerBound)
            } else {
                text += line
            }
            Output.write(text)
        }
        let about = result.totalIsLowerBound ? "more than " : ""
        var footer = "\(about)\(IndexSummary.grouped(result.total)) pair\(result.total == 1 ? "" : "s") share a rare term of the text"
        if !result.hits.isEmpty {
            footer += "; showing \(request.offset + 1)–\(request.offset + result.hits.count), most alike of the "
                + "\(IndexSummary.grouped(result.compared)) compared"
        }
        if result.boundedRanking { footer += " (among the newest matches)" }
        Output.line(style(footer, Terminal.dim))
        Output.line(style("terms compared: " + result.terms.map(\.word).joined(separator: " "), Terminal.dim))
    }
}
