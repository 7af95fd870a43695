import Foundation
@testable import SearchIndex
import XCTest

/// Facets counted in the index for the whole query, over a `Corpus/` index.
final class FacetCountsTests: XCTestCase {
    private static let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Corpus").path

    private static let built: Result<String, any Error> = Result {
        let dir = NSTemporaryDirectory() + "kv-facets-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let path = dir + "/index.sqlite"
        _ = try Indexer.run(IndexRequest(databasePath: path, roots: [corpus]))
        return path
    }

    func testFacetsCountEveryMatchNotThePage() throws {
        let searcher = try Searcher(databasePath: try Self.built.get())
        var request = SearchRequest(query: "gemeente")
        request.limit = 3
        let (result, facets) = try searcher.searchWithFacets(request)
        XCTAssertGreaterThan(result.total, 10)
        XCTAssertTrue(facets.complete)
        XCTAssertEqual(facets.counted, result.total)
        XCTAssertEqual(facets.kinds.map(\.pairs).reduce(0, +), result.total)
        XCTAssertEqual(try searcher.facets(request), facets, "one pass or two, the same counts")
        // A party's count is what the search narrowed to it finds.
        let party = try XCTUnwrap(facets.parties.first)
        request.filters.party = party.filter
        XCTAssertEqual(try searcher.search(request).total, party.pairs)
        let year = try XCTUnwrap(facets.years.last)
        request.filters = SearchFilters()
        request.filters.from = year.filter
        request.filters.to = year.filter
        XCTAssertEqual(try searcher.search(request).total, year.pairs)
        let kind = try XCTUnwrap(facets.kinds.first)
        request.filters = SearchFilters()
        request.filters.kind = DocumentKindFilter(kind.filter)
        XCTAssertEqual(try searcher.search(request).total, kind.pairs)
    }

    func testBoundedByTheCandidatesAndSaysSo() throws {
        let searcher = try Searcher(databasePath: try Self.built.get(), candidateLimit: 5)
        let request = SearchRequest(query: "gemeente")
        let (_, facets) = try searcher.searchWithFacets(request)
        XCTAssertFalse(facets.complete)
        XCTAssertEqual(facets.counted, 5)
        let separate = try searcher.facets(request, limit: 5)
        XCTAssertEqual(separate, facets)
    }

    func testDateOrderAndFiltersAndBadQueries() throws {
        let searcher = try Searcher(databasePath: try Self.built.get())
        var request = SearchRequest(query: "gemeente")
        request.sort = .date
        request.filters.party = "VVD"
        let (result, facets) = try searcher.searchWithFacets(request)
        XCTAssertEqual(facets.counted, result.total)
        // Every match has a VVD asker; co-askers of other parties are counted too.
        XCTAssertEqual(facets.parties.first?.pairs, result.total)
        XCTAssertEqual(SearchKeys.party(facets.parties.first?.filter ?? ""), "vvd")
        XCTAssertThrowsError(try searcher.facets(SearchRequest(query: "-corona")))
    }
}

import Kamervragen
private func DocumentKindFilter(_ text: String) -> DocumentKind? { DocumentKind(rawValue: text) }
