import Foundation
import XCTest

/// The JSON API against `docs/openapi.yaml`, and against the CLI's objects.
final class WebAPITests: XCTestCase {
    private var server: TestServer!

    override func setUp() async throws {
        server = try await TestServer(databasePath: CorpusIndex.shared)
    }

    override func tearDown() async throws {
        await server.stop()
    }

    private func openAPI() throws -> [String: Any] {
        let text = try String(contentsOfFile: CorpusIndex.packageRoot.appendingPathComponent("docs/openapi.yaml").path, encoding: .utf8)
        return try XCTUnwrap(MiniYAML.parse(text) as? [String: Any])
    }

    func testEveryPathOfTheDescriptionAnswersAsDescribed() async throws {
        let spec = try openAPI()
        let check = SchemaCheck(document: spec)
        let paths = try XCTUnwrap(spec["paths"] as? [String: Any])
        XCTAssertEqual(Set(paths.keys), ["/api/search", "/api/similar", "/api/pair/{document}/{pair}", "/api/document/{document}", "/api/stats"])
        for (path, item) in paths {
            let get = try XCTUnwrap((item as? [String: Any])?["get"] as? [String: Any], path)
            let example = try XCTUnwrap(get["x-example"] as? String, path)
            let reply = try await server.get(example)
            XCTAssertEqual(reply.status, 200, example)
            XCTAssertEqual(reply.headers["content-type"], "application/json", example)
            let schema = try XCTUnwrap(((((get["responses"] as? [String: Any])?["200"] as? [String: Any])?["content"]
                as? [String: Any])?["application/json"] as? [String: Any])?["schema"] as? [String: Any], path)
            let value = try JSONSerialization.jsonObject(with: Data(reply.body.utf8), options: [.fragmentsAllowed])
            XCTAssertEqual(check.problems(value, schema), [], example)
        }
        // The error object of a 400.
        let bad = try await server.get("/api/search?q=-corona")
        XCTAssertEqual(bad.status, 400)
        let errorSchema = try XCTUnwrap(check.resolve("#/components/schemas/Error"))
        XCTAssertEqual(check.problems(bad.json as Any, errorSchema), [])
    }

    func testTheCheckerCatchesAWrongType() throws {
        let check = SchemaCheck(document: try openAPI())
        let hit = try XCTUnwrap(check.resolve("#/components/schemas/Summary"))
        let problems = check.problems(["type": "summary", "total": "2"], hit)
        XCTAssertTrue(problems.contains { $0.contains("total") && $0.contains("is not integer") }, "\(problems)")
        XCTAssertTrue(problems.contains { $0.contains("required field shown") }, "\(problems)")
        XCTAssertEqual(SchemaCheck.describe(true), "boolean")
        XCTAssertEqual(SchemaCheck.describe(try JSONSerialization.jsonObject(with: Data("[true, 1, 1.5]".utf8)) as! [Any] as [Any]), "array")
        let decoded = try JSONSerialization.jsonObject(with: Data("[true, 1, 1.5]".utf8)) as! [Any]
        XCTAssertEqual(decoded.map(SchemaCheck.describe), ["boolean", "integer", "number"])
    }

    func testSearchGivesTheCLIsFields() async throws {
        let reply = try await server.get("/api/search?q=versterkingsgelden")
        let json = try XCTUnwrap(reply.json)
        let hits = try XCTUnwrap(json["hits"] as? [[String: Any]])
        XCTAssertEqual(hits.count, 2)
        XCTAssertEqual(hits[0]["type"] as? String, "hit")
        XCTAssertEqual(hits[0]["title"] as? String, "het Dreigingsbeeld Terrorisme Nederland 50")
        XCTAssertEqual(Set(hits[0]["matches"] as? [String] ?? []), ["versterkingsgelden"])
        let summary = try XCTUnwrap(json["summary"] as? [String: Any])
        XCTAssertEqual(summary["total"] as? Int, 2)
        XCTAssertEqual(summary["query"] as? String, "versterkingsgelden")
        XCTAssertEqual(summary["type"] as? String, "summary")
        let filtered = try await server.get("/api/search?q=versterkingsgelden&party=PvdA")
        XCTAssertEqual((filtered.json?["summary"] as? [String: Any])?["total"] as? Int, 0)
    }

    func testPairAndStats() async throws {
        let pair = try await server.get("/api/pair/1/1")
        XCTAssertEqual(pair.status, 200)
        XCTAssertEqual((pair.json?["pairs"] as? [Any])?.count, 1)
        let stats = try await server.get("/api/stats")
        XCTAssertGreaterThan(stats.json?["documents"] as? Int ?? 0, 20)
        let missing = try await server.get("/api/pair/1/9999")
        XCTAssertEqual(missing.status, 404)
        XCTAssertNotNil(missing.json?["error"] as? String)
    }

    func testSimilarGivesTheCLIsFieldsAndItsErrors() async throws {
        let reply = try await server.get("/api/similar?q=Hoeveel+wijkagenten+werken+er+in+kleine+gemeenten%3F&limit=2")
        XCTAssertEqual(reply.status, 200, reply.body)
        let hits = try XCTUnwrap(reply.json?["hits"] as? [[String: Any]])
        XCTAssertEqual(hits.count, 2)
        XCTAssertTrue((hits[0]["file"] as? String ?? "").hasSuffix("002_combined-answers.txt"), "\(hits[0])")
        XCTAssertNotNil(hits[0]["shared_terms"] as? [String])
        XCTAssertEqual((reply.json?["summary"] as? [String: Any])?["shown"] as? Int, 2)
        for (path, status) in [("/api/similar", 400), ("/api/similar?document=1", 400), ("/api/similar?document=1&pair=9999", 404),
                               ("/api/similar?q=de+het+een", 400), ("/api/similar?q=wijkagent&document=1&pair=1", 400),
                               ("/api/similar?q=wijkagent&sort=date", 400), ("/api/similar?q=wijkagent&color=1", 400)] {
            let bad = try await server.get(path)
            XCTAssertEqual(bad.status, status, path)
            XCTAssertNotNil(bad.json?["error"] as? String, path)
        }
    }
}
