import Foundation
import XCTest

/// `index --rebuild` renames a new file over the old one while the server runs: the server answers
/// from the new index without a restart.
final class IndexSwapTests: XCTestCase {
    func testServerReopensASwappedIndex() async throws {
        let folder = NSTemporaryDirectory() + "kv-web-swap-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/index.sqlite"
        try CorpusIndex.build(["000_2b302af1f60f65a6.txt"], at: path)
        let server = try await TestServer(databasePath: path)
        let before = try await server.get("/api/search?q=kornwerderzandsluizen")
        XCTAssertEqual((before.json?["summary"] as? [String: Any])?["total"] as? Int, 0)
        let page = try await server.get("/?q=versterkingsgelden")
        XCTAssertTrue(page.body.contains("<mark>versterkingsgelden</mark>"))

        // A rebuild beside it, renamed over it (what `index --rebuild` does).
        let next = folder + "/next/index.sqlite"
        try FileManager.default.createDirectory(atPath: folder + "/next", withIntermediateDirectories: true)
        try CorpusIndex.build(["000_2b302af1f60f65a6.txt", "021_zaak-vragen-kv-tk.txt"], at: next)
        XCTAssertEqual(rename(next, path), 0)

        let after = try await server.get("/api/search?q=kornwerderzandsluizen")
        XCTAssertEqual(after.status, 200)
        XCTAssertGreaterThan((after.json?["summary"] as? [String: Any])?["total"] as? Int ?? 0, 0)
        let again = try await server.get("/?q=versterkingsgelden")
        XCTAssertTrue(again.body.contains("<mark>versterkingsgelden</mark>"))

        // The file gone (moved away): 503 with a plain message, then back to normal when it returns.
        XCTAssertEqual(rename(path, path + ".away"), 0)
        let gone = try await server.get("/api/search?q=versterkingsgelden")
        XCTAssertEqual(gone.status, 503)
        XCTAssertNotNil(gone.json?["error"] as? String)
        XCTAssertFalse(gone.body.lowercased().contains("sqlite"))
        let gonePage = try await server.get("/?q=versterkingsgelden")
        XCTAssertEqual(gonePage.status, 503)
        XCTAssertEqual(rename(path + ".away", path), 0)
        let back = try await server.get("/api/search?q=versterkingsgelden")
        XCTAssertEqual(back.status, 200)
        await server.stop()
    }
}
