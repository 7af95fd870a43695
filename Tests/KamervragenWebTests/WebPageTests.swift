import Foundation
import XCTest

/// The search page, the facets, the chart and the document pages, over HTTP on a Corpus index.
final class WebPageTests: XCTestCase {
    private var server: TestServer!

    override func setUp() async throws {
        server = try await TestServer(databasePath: CorpusIndex.shared)
    }

    override func tearDown() async throws {
        await server.stop()
    }

    func testSearchPageShowsHitsWithHighlightsFacetsAndChart() async throws {
        let reply = try await server.get("/?q=versterkingsgelden")
        XCTAssertEqual(reply.status, 200)
        XCTAssertEqual(reply.headers["content-type"], "text/html; charset=utf-8")
        let page = reply.body
        XCTAssertTrue(page.contains("het Dreigingsbeeld Terrorisme Nederland 50"), "the hit's title")
        XCTAssertTrue(page.contains("<mark>versterkingsgelden</mark>"), "the matched word highlighted")
        XCTAssertTrue(page.contains("Wiersma (VVD)"), "askers and party")
        XCTAssertTrue(page.contains("Minister Koolmees"), "the answerer")
        XCTAssertTrue(page.contains("submitted 2019-06-27, received 2019-10-10"), "the dates")
        XCTAssertTrue(page.contains("2 pairs match <strong>versterkingsgelden</strong>"), "the total")
        XCTAssertTrue(page.contains("answered after"), "the case status of the hit")
        // Facets: counted in the index, each narrowing the search.
        XCTAssertTrue(page.contains("<a href=\"/?q=versterkingsgelden&amp;party=VVD\">VVD</a> <span class=\"count\">2</span>"), page)
        XCTAssertTrue(page.contains("<a href=\"/?q=versterkingsgelden&amp;asker=Wiersma\">Wiersma</a>"))
        XCTAssertTrue(page.contains("<a href=\"/?q=versterkingsgelden&amp;minister=Koolmees\">Koolmees</a>"))
        XCTAssertTrue(page.contains("<a href=\"/?q=versterkingsgelden&amp;kind=answers\">answers</a>"))
        XCTAssertTrue(page.contains("<a href=\"/?q=versterkingsgelden&amp;status=answered\">answered</a>"))
        // The chart: one bar for 2019, a link to that year.
        XCTAssertTrue(page.contains("<svg class=\"years\""))
        XCTAssertTrue(page.contains("<a href=\"/?q=versterkingsgelden&amp;from=2019&amp;to=2019\"><rect class=\"bar\""))
        XCTAssertTrue(page.contains("<title>2019: 2 pairs</title>"))
        XCTAssertTrue(page.contains("<a href=\"/pair/"), "a link to the pair page")
    }

    func testNoScriptAndAContentSecurityPolicy() async throws {
        let reply = try await server.get("/?q=gemeente")
        XCTAssertFalse(reply.body.lowercased().contains("<script"))
        let policy = try XCTUnwrap(reply.headers["content-security-policy"])
        XCTAssertTrue(policy.contains("default-src 'none'"))
        XCTAssertFalse(policy.contains("unsafe-inline"))
        XCTAssertEqual(reply.headers["x-content-type-options"], "nosniff")
        let css = try await server.get("/style.css")
        XCTAssertEqual(css.status, 200)
        XCTAssertTrue(css.headers["content-type"]?.hasPrefix("text/css") == true)
    }

    func testFacetNarrowsAndCountsComeFromTheWholeQuery() async throws {
        // `gemeente` matches more pairs than one page holds: the facet counts cover them all.
        let all = try await server.get("/?q=gemeente")
        let total = try XCTUnwrap(Self.firstNumber(after: "id=\"total\">", in: all.body))
        XCTAssertGreaterThan(total, 10)
        XCTAssertEqual(Self.counts(of: "kind", in: all.body).values.reduce(0, +), total, "every matching pair counted by kind")
        let years = Self.counts(of: "year", in: all.body)
        XCTAssertGreaterThan(years.count, 3)
        XCTAssertLessThanOrEqual(years.values.reduce(0, +), total, "pairs with a date, by year")
        let parties = Self.counts(of: "party", in: all.body)
        let vvd = try XCTUnwrap(parties["V.V.D."] ?? parties["VVD"], "\(parties)")
        let narrowed = try await server.get("/?q=gemeente&party=VVD")
        XCTAssertEqual(narrowed.status, 200)
        XCTAssertEqual(Self.firstNumber(after: "id=\"total\">", in: narrowed.body), vvd, "VVD, V.V.D. and vvd are one party")
        XCTAssertTrue(narrowed.body.contains("party VVD ✕"), "the active filter, removable")
    }

    func testChartBarFiltersToItsYear() async throws {
        let reply = try await server.get("/?q=gemeente&from=2019&to=2019")
        XCTAssertEqual(reply.status, 200)
        let years = Self.counts(of: "year", in: reply.body)
        XCTAssertEqual(Array(years.keys), ["2019"])
    }

    func testPagingAndTotal() async throws {
        let first = try await server.get("/?q=gemeente")
        XCTAssertTrue(first.body.contains("rel=\"next\" href=\"/?q=gemeente&amp;page=2\""))
        let second = try await server.get("/?q=gemeente&page=2")
        XCTAssertTrue(second.body.contains("<ol class=\"hits\" start=\"11\">"))
        XCTAssertTrue(second.body.contains("rel=\"prev\""))
    }

    func testPartialMatchesAndDidYouMean() async throws {
        let partial = try await server.get("/?q=versterkingsgelden+kornwerderzand")
        XCTAssertTrue(partial.body.contains("id=\"partial\""), partial.body)
        let typo = try await server.get("/?q=versterkingsgeldn")
        XCTAssertTrue(typo.body.contains("Did you mean <a href=\"/?q=versterkingsgelden\">versterkingsgelden</a>"), typo.body)
    }

    func testPairAndDocumentPages() async throws {
        let search = try await server.get("/api/search?q=versterkingsgelden&limit=1")
        let hit = try XCTUnwrap((search.json?["hits"] as? [[String: Any]])?.first)
        let id = try XCTUnwrap(hit["document_id"] as? Int), pair = try XCTUnwrap(hit["pair"] as? Int)
        let pairPage = try await server.get("/pair/\(id)/\(pair)")
        XCTAssertEqual(pairPage.status, 200)
        XCTAssertTrue(pairPage.body.contains("id=\"pair-\(pair)\""))
        XCTAssertTrue(pairPage.body.contains("versterkingsgelden"))
        XCTAssertTrue(pairPage.body.contains("href=\"/document/\(id)\""), "a link to the whole document")
        let document = try await server.get("/document/\(id)")
        XCTAssertEqual(document.status, 200)
        XCTAssertTrue(document.body.contains("id=\"pair-1\""))
        XCTAssertTrue(document.body.contains("<h2>Footnotes</h2>"))
        XCTAssertTrue(document.body.contains("href=\"/file/\(id)\""), "a link to the file")
        let file = try await server.get("/file/\(id)")
        XCTAssertEqual(file.status, 200)
        XCTAssertTrue(file.body.contains("versterkingsgelden"))
        XCTAssertEqual(file.headers["content-type"], "text/plain")
    }

    func testAPairPageListsSimilarQuestions() async throws {
        let search = try await server.get("/api/search?q=wijkagent&limit=1")
        let hit = try XCTUnwrap((search.json?["hits"] as? [[String: Any]])?.first)
        let id = try XCTUnwrap(hit["document_id"] as? Int), pair = try XCTUnwrap(hit["pair"] as? Int)
        let page = try await server.get("/pair/\(id)/\(pair)")
        XCTAssertEqual(page.status, 200)
        XCTAssertTrue(page.body.contains("<h2>Similar questions</h2>"), page.body)
        // The same list as the API gives, by the same code: links to the pairs, none of this document.
        let api = try await server.get("/api/similar?document=\(id)&pair=\(pair)&limit=5")
        let hits = try XCTUnwrap(api.json?["hits"] as? [[String: Any]])
        XCTAssertFalse(hits.isEmpty)
        for other in hits {
            let link = "href=\"/pair/\(other["document_id"] as? Int ?? -1)/\(other["pair"] as? Int ?? -1)\""
            XCTAssertTrue(page.body.contains(link), link)
            XCTAssertNotEqual(other["document_id"] as? Int, id)
        }
        XCTAssertTrue(page.body.contains("<mark>"), "shared terms marked")
        // The document page (all pairs) lists none.
        let document = try await server.get("/document/\(id)")
        XCTAssertFalse(document.body.contains("Similar questions"))
    }

    func testOfficialLinkWhenTheIdentifierIsKnown() async throws {
        var found = false
        for id in 1...60 {
            let document = try await server.get("/api/document/\(id)")
            guard (document.json?["identifiers"] as? [String])?.contains("kv-tk-2025Z01234") == true else { continue }
            let page = try await server.get("/document/\(id)").body
            found = page.contains("<a href=\"https://zoek.officielebekendmakingen.nl/kv-tk-2025Z01234.html\"")
            break
        }
        XCTAssertTrue(found, "the kv-tk identifier of 021 links to officielebekendmakingen")
    }

    func testHostileInputIsEscapedOrRefusedNeverA500() async throws {
        let script = try await server.get("/?q=" + encoded("<script>alert(1)</script>"))
        XCTAssertTrue([200, 400].contains(script.status))
        XCTAssertFalse(script.body.contains("<script>alert"), "the query is escaped")
        XCTAssertTrue(script.body.contains("&lt;script&gt;"))
        let quote = try await server.get("/?q=" + encoded("\"><img src=x onerror=alert(1)>"))
        XCTAssertFalse(quote.body.contains("<img src=x"))
        let long = try await server.get("/?q=" + String(repeating: "gemeente+", count: 1_112))
        XCTAssertEqual(long.status, 400)
        XCTAssertTrue(long.body.contains("at most 1000 are searched"))
        for path in ["/document/..%2F..%2Fetc%2Fpasswd", "/document/../../etc/passwd", "/document/%2Fetc%2Fpasswd",
                     "/file/..%2F..%2Fetc%2Fpasswd", "/pair/1/..", "/document/99999999", "/pair/1/9999",
                     "/document/1/extra", "/nothing-here", "/api/nothing"] {
            let reply = try await server.get(path)
            XCTAssertEqual(reply.status, 404, path)
            XCTAssertFalse(reply.body.contains("root:"), path)
        }
        for path in ["/?q=gemeente&bogus=1", "/?q=gemeente&page=0", "/?q=gemeente&page=x", "/?q=gemeente&kind=memo",
                     "/?q=gemeente&from=2019-13-99x", "/?q=gemeente&party=...", "/?q=a&q=b",
                     "/api/search?q=gemeente&limit=-1", "/document/1?x=1", "/api/search", "/?q=%22", "/?q=-corona"] {
            let reply = try await server.get(path)
            XCTAssertEqual(reply.status, 400, path)
            XCTAssertFalse(reply.body.lowercased().contains("sqlite"), path)
        }
    }

    func testAtomFeedOfTheNewestMatches() async throws {
        let feed = try await server.get("/feed?q=versterkingsgelden")
        XCTAssertEqual(feed.status, 200)
        XCTAssertEqual(feed.headers["content-type"], "application/atom+xml; charset=utf-8")
        XCTAssertTrue(feed.body.hasPrefix("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">"))
        XCTAssertEqual(feed.body.components(separatedBy: "<entry>").count - 1, 2)
        XCTAssertTrue(feed.body.contains("<id>urn:kamervragen:pair:000_2b302af1f60f65a6.txt:1:4</id>"))
        XCTAssertTrue(feed.body.contains("<link rel=\"alternate\" href=\"http://127.0.0.1:\(server.port)/pair/"))
        XCTAssertTrue(feed.body.contains("<updated>2019-10-10T00:00:00Z</updated>"))
        let page = try await server.get("/?q=versterkingsgelden")
        XCTAssertTrue(page.body.contains("href=\"/feed?q=versterkingsgelden\">Atom feed</a>"))
        let hostile = try await server.get("/feed?q=" + encoded("<script> gemeente"))
        XCTAssertFalse(hostile.body.contains("<script>"))
        let bad = try await server.get("/feed?q=-corona")
        XCTAssertEqual(bad.status, 400)
    }

    func testBadQueryShowsTheCLIMessageOnThePage() async throws {
        let reply = try await server.get("/?q=-corona")
        XCTAssertEqual(reply.status, 400)
        XCTAssertTrue(reply.body.contains("id=\"error\""))
        XCTAssertTrue(reply.body.contains("<form class=\"search\""), "the form to mend the query")
        XCTAssertTrue(reply.body.contains("value=\"-corona\""))
    }

    // MARK: - Reading the page

    /// The value → count of facet `name` on a page.
    static func counts(of name: String, in page: String) -> [String: Int] {
        guard let start = page.range(of: "data-facet=\"\(name)\"") else { return [:] }
        let section = page[start.upperBound...].prefix { $0 != "/" || true }
        let end = section.range(of: "</section>").map { section[..<$0.lowerBound] } ?? section
        var out: [String: Int] = [:]
        for item in end.components(separatedBy: "<li>").dropFirst() {
            guard let label = item.components(separatedBy: "\">").dropFirst().first?.components(separatedBy: "</a>").first,
                  let count = firstNumber(after: "class=\"count\">", in: item) else { continue }
            out[label] = count
        }
        return out
    }

    static func firstNumber(after marker: String, in text: String) -> Int? {
        guard let range = text.range(of: marker) else { return nil }
        return Int(text[range.upperBound...].prefix { $0.isNumber || $0 == "," }.replacingOccurrences(of: ",", with: ""))
    }
}
