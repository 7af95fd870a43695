import Foundation
@testable import KamervragenWeb
import SearchIndex
import XCTest

/// The API's JSON writer gives the very bytes of `JSONSerialization` (as `search --json` writes them).
final class JSONWriterTests: XCTestCase {
    private func serialized(_ object: Any) throws -> String {
        String(decoding: try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes]),
               as: UTF8.self)
    }

    func testSameBytesAsJSONSerializationForHitsSummariesAndDocuments() throws {
        let searcher = try Searcher(databasePath: CorpusIndex.shared)
        let store = try DocumentStore(databasePath: CorpusIndex.shared)
        for query in ["gemeente", "versterkingsgelden", "radicali*", "kornwerderzandsluizen", "\"evidence based\"", "motie OR brief"] {
            var request = SearchRequest(query: query)
            request.limit = 50
            let result = try searcher.search(request)
            for hit in result.hits {
                let object = SearchJSON.hit(hit, today: "2025-06-01")
                XCTAssertEqual(JSONWriter.text(object), try serialized(object), query)
            }
            let summary = SearchJSON.summary(result, request: request)
            XCTAssertEqual(JSONWriter.text(summary), try serialized(summary))
        }
        for id in 1...40 {
            guard let doc = try store.document(String(id)) else { continue }
            let object = SearchJSON.document(doc, pairs: doc.pairs, caseInfo: nil)
            XCTAssertEqual(JSONWriter.text(object), try serialized(object), "document \(id)")
        }
    }

    func testEscapesAndNumbers() throws {
        let object: [String: Any] = ["a": "quote \" backslash \\ slash / tab \t nl \n cr \r bell \u{7} ü € 😀 \u{2028}",
                                     "b": [1, -2, 0], "c": 2.5, "d": 3.0, "e": 1e-7, "f": 123456.789, "g": true,
                                     "h": NSNull(), "i": [[String: Any]](), "j": ["x": false], "k": Int64(1) << 40]
        XCTAssertEqual(JSONWriter.text(object), try serialized(object))
    }
}
