import Foundation
import Hummingbird
import Kamervragen
import SearchIndex

/// What the server answers, by path:
///
/// - `/?q=…&from=&to=&party=&asker=&minister=&kind=&status=&unanswered=&page=`: the search page
/// - `/document/ID`, `/pair/ID/N`: a document, one pair
/// - `/feed?q=…`: an Atom feed of the newest matches (the page's parameters)
/// - `/file/ID`: the document's file as indexed (plain text, or the PDF)
/// - `/api/search?q=…`, `/api/similar?document=ID&pair=N` (or `?q=TEXT`), `/api/pair/ID/N`, `/api/document/ID`,
///   `/api/stats`: JSON (see `docs/openapi.yaml`)
/// - `/style.css`
///
/// Anything else is a 404; a method other than GET or HEAD a 405. A bad query or parameter is a 400
/// with its message; the index's own errors a 503 without SQLite's words.
struct WebRoutes: Sendable {
    let readers: IndexReaders
    /// Today, as the case statuses count waiting days (`KAMERVRAGEN_TODAY` in tests).
    var today: @Sendable () -> String = { Today.iso }

    func respond(_ request: Request) async -> Response {
        guard request.method == .get || request.method == .head else {
            var response = WebResponses.make("only GET and HEAD\n", status: .methodNotAllowed, type: "text/plain; charset=utf-8")
            response.headers[.allow] = "GET, HEAD"
            return response
        }
        let path = request.uri.path
        let segments = path.split(separator: "/", omittingEmptySubsequences: false).dropFirst().map(String.init)
        let api = segments.first == "api"
        do {
            let query = try QueryString(request.uri.query)
            switch (segments.first ?? "", segments.count) {
            case ("", 1): return try await searchPage(query)
            case ("style.css", 1):
                return WebResponses.make(Stylesheet.css, status: .ok, type: "text/css; charset=utf-8", cache: "max-age=3600")
            case ("feed", 1):
                return try await feed(query, host: request.head.authority)
            case ("document", 2):
                try noParameters(query)
                return try await documentPage(id: segments[1], pair: nil)
            case ("pair", 3):
                try noParameters(query)
                return try await documentPage(id: segments[1], pair: segments[2])
            case ("file", 2):
                try noParameters(query)
                return try await file(id: segments[1])
            case ("api", _):
                return try await self.api(Array(segments.dropFirst()), query)
            default:
                throw WebError.notFound("no page \(path)")
            }
        } catch {
            let failure = WebError(error)
            if failure.status == .unavailable { Self.log("\(path): \(error)") }
            if api {
                return WebResponses.json(JSONWriter.text(["error": failure.message]), status: WebResponses.status(failure.status))
            }
            return WebResponses.html(ErrorPage.html(failure), status: WebResponses.status(failure.status))
        }
    }

    // MARK: - Pages

    private func searchPage(_ query: QueryString) async throws -> Response {
        let parameters = try SearchParameters(query, api: false)
        let today = today()
        guard !parameters.query.trimmingCharacters(in: .whitespaces).isEmpty else {
            return WebResponses.html(SearchPage.html(parameters, result: nil, facets: nil, today: today))
        }
        let request = parameters.request
        do {
            let (result, facets) = try await readers.run { reader in
                try reader.searcher.searchWithFacets(request)
            }
            return WebResponses.html(SearchPage.html(parameters, result: result, facets: facets, today: today))
        } catch {
            let failure = WebError(error)
            guard failure.status == .badRequest else { throw error }
            // A bad query is shown on the page, with the form to mend it.
            return WebResponses.html(SearchPage.html(parameters, result: nil, facets: nil, error: failure.message, today: today),
                                     status: .badRequest)
        }
    }

    private func feed(_ query: QueryString, host: String?) async throws -> Response {
        let parameters = try SearchParameters(query, api: false)
        guard !parameters.query.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw WebError.badRequest("give a query: /feed?q=versterkingsgelden")
        }
        let request = SearchFeed.request(parameters)
        let result = try await readers.run { try $0.searcher.search(request) }
        let xml = SearchFeed.xml(result, parameters, base: SearchFeed.base(host: host), today: today())
        return WebResponses.make(xml, status: .ok, type: "application/atom+xml; charset=utf-8")
    }

    private func documentPage(id: String, pair: String?) async throws -> Response {
        let (doc, caseInfo, position) = try await load(id: id, pair: pair)
        var similar: [SimilarHit] = []
        if let position {
            // A pair's page lists the pairs most like it; a pair with nothing to compare lists none.
            var request = SimilarRequest(source: .pair(documentId: doc.id, position: position))
            request.limit = DocumentPage.similarCount
            let asked = request
            similar = (try? await readers.run { try $0.similar.find(asked).hits }) ?? []
        }
        return WebResponses.html(DocumentPage.html(doc, caseInfo: caseInfo, pair: position, similar: similar, today: today()))
    }

    /// The document `id` (digits only: nothing else names a document here) and its case.
    private func load(id: String, pair: String?) async throws -> (StoredDocument, CaseInfo?, Int?) {
        guard let number = Self.identifier(id) else { throw WebError.notFound("no document \(id)") }
        var position: Int?
        if let pair {
            guard let n = Self.identifier(pair) else { throw WebError.notFound("no pair \(pair)") }
            position = Int(n)
        }
        let found = try await readers.run { reader -> (StoredDocument, CaseInfo?)? in
            guard let doc = try reader.documents.document(String(number)) else { return nil }
            return (doc, try reader.cases.caseOf(document: doc.id))
        }
        guard let (doc, caseInfo) = found, doc.id == number else { throw WebError.notFound("no document \(id)") }
        if let position, !doc.pairs.contains(where: { $0.position == position }) {
            throw WebError.notFound("document \(id) has no pair \(position)")
        }
        return (doc, caseInfo, position)
    }

    /// The indexed file of document `id`: a PDF as such, anything else as plain text (an indexed HTML
    /// page is never served as HTML). Only paths the index holds are read.
    private func file(id: String) async throws -> Response {
        let (doc, _, _) = try await load(id: id, pair: nil)
        guard let data = FileManager.default.contents(atPath: doc.file) else {
            throw WebError.notFound("the file \(doc.file) is no longer there")
        }
        let pdf = doc.file.lowercased().hasSuffix(".pdf")
        return WebResponses.bytes(ByteBuffer(bytes: data), type: pdf ? "application/pdf" : "text/plain",
                                  policy: WebResponses.contentSecurityPolicy + "; sandbox")
    }

    // MARK: - API

    private func api(_ segments: [String], _ query: QueryString) async throws -> Response {
        switch (segments.first ?? "", segments.count) {
        case ("search", 1):
            let parameters = try SearchParameters(query, api: true)
            guard !parameters.query.trimmingCharacters(in: .whitespaces).isEmpty else {
                throw WebError.badRequest("give a query: /api/search?q=versterkingsgelden")
            }
            let request = parameters.request
            let today = today()
            let result = try await readers.run { try $0.searcher.search(request) }
            let object: [String: Any] = [
                "hits": result.hits.map { SearchJSON.hit($0, today: today) },
                "summary": SearchJSON.summary(result, request: request),
            ]
            return WebResponses.json(JSONWriter.text(object))
        case ("similar", 1):
            let request = try await similarRequest(query)
            let today = today()
            let result = try await readers.run { try $0.similar.find(request) }
            let object: [String: Any] = [
                "hits": result.hits.map { SimilarJSON.hit($0, today: today) },
                "summary": SimilarJSON.summary(result, request: request),
            ]
            return WebResponses.json(JSONWriter.text(object))
        case ("pair", 3), ("document", 2):
            try noParameters(query)
            let (doc, caseInfo, position) = try await load(id: segments[1], pair: segments.count == 3 ? segments[2] : nil)
            let pairs = position.map { n in doc.pairs.filter { $0.position == n } } ?? doc.pairs
            return WebResponses.json(JSONWriter.text(SearchJSON.document(doc, pairs: pairs, caseInfo: caseInfo, today: today())))
        case ("stats", 1):
            try noParameters(query)
            let path = readers.path
            let stats = try await readers.run { _ in try IndexStatistics.read(databasePath: path) }
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            return WebResponses.json(String(decoding: try encoder.encode(stats), as: UTF8.self))
        default:
            throw WebError.notFound("no API path /api/\(segments.joined(separator: "/"))")
        }
    }

    /// `/api/similar`: `q` (a text) or `document` and `pair` (a pair of the index: 404 when there is
    /// none), with search's filters, `limit` and `offset`.
    private func similarRequest(_ query: QueryString) async throws -> SimilarRequest {
        let parameters = try SearchParameters(query.removing(["document", "pair"]), api: true)
        if parameters.exact || parameters.sort != .relevance {
            throw WebError.badRequest("exact and sort do not apply to similar")
        }
        let text = parameters.query.trimmingCharacters(in: .whitespacesAndNewlines)
        var request: SimilarRequest
        switch (query["document"], query["pair"]) {
        case (nil, nil):
            guard !text.isEmpty else {
                throw WebError.badRequest("give a text, /api/similar?q=…, or a pair, /api/similar?document=1&pair=4")
            }
            request = SimilarRequest(source: .text(text))
        case (let document?, let pair?):
            guard text.isEmpty else { throw WebError.badRequest("give q or document and pair, not both") }
            let (doc, _, position) = try await load(id: document, pair: pair)
            request = SimilarRequest(source: .pair(documentId: doc.id, position: position ?? 0))
        default:
            throw WebError.badRequest("a pair needs both document and pair")
        }
        request.filters = parameters.filters
        request.limit = parameters.limit
        request.offset = parameters.offset
        return request
    }

    // MARK: - Helpers

    private func noParameters(_ query: QueryString) throws {
        if let name = query.values.keys.sorted().first { throw WebError.badRequest("unknown parameter \"\(name)\"") }
    }

    /// A positive decimal number of at most 18 digits, or nil.
    static func identifier(_ text: String) -> Int64? {
        guard !text.isEmpty, text.count <= 18, text.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return Int64(text)
    }

    static func log(_ message: String) {
        FileHandle.standardError.write(Data("kamervragen serve: \(message)\n".utf8))
    }
}
