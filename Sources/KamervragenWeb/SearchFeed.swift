import SearchIndex

/// `/feed?q=…`: an Atom feed of the newest matches of a search (date order, 20 entries), written by the
/// same ``SearchIndex/AtomFeed`` as the watches' feeds. Entry ids name the file, question set and pair,
/// so that they stay the same when the index is rebuilt.
enum SearchFeed {
    static let entries = 20

    /// The request: the page's parameters, newest first.
    static func request(_ parameters: SearchParameters) -> SearchRequest {
        var request = parameters.request
        request.sort = .date
        request.limit = entries
        request.offset = 0
        return request
    }

    /// The feed document; links point to `base` (`http://host:port`).
    static func xml(_ result: SearchResult, _ parameters: SearchParameters, base: String, today: String) -> String {
        let entries = result.hits.filter(\.matchesAll).map { hit -> FeedEntry in
            var title = hit.title ?? "(no subject)"
            if !hit.numbers.isEmpty { title += " [question " + hit.numbers.map(String.init).joined(separator: ", ") + "]" }
            var content = (hit.isUnsplit ? "T: " : "Q: ") + SearchJSON.oneLine(hit.questionSnippet.plain)
            if !hit.answerSnippet.plain.isEmpty { content += "\nA: " + SearchJSON.oneLine(hit.answerSnippet.plain) }
            let name = hit.file.split(separator: "/").last.map(String.init) ?? hit.file
            return FeedEntry(id: "urn:kamervragen:pair:\(name):\(hit.part):\(hit.pairPosition)", title: title,
                             updated: (hit.received ?? hit.submitted ?? today) + "T00:00:00Z",
                             link: base + "/pair/\(hit.documentId)/\(hit.pairPosition)", content: content)
        }
        let page = parameters.with { $0.sort = .relevance }.link()
        return AtomFeed.render(title: "kamervragen: \(result.understood)", id: "urn:kamervragen:search:" + page,
                               updated: (entries.map(\.updated).max() ?? today + "T00:00:00Z"), entries: entries)
    }

    /// `http://` and the request's Host header when it is a plain host[:port], else 127.0.0.1.
    static func base(host: String?) -> String {
        guard let host, !host.isEmpty, host.count <= 255,
              host.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || ".-:[]".contains($0)) }) else {
            return "http://127.0.0.1"
        }
        return "http://" + host
    }
}
