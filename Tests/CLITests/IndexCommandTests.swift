import Foundation
import XCTest

final class IndexCommandTests: XCTestCase {
    func testSummaryLineFailuresAndPartialExit() throws {
        let repo = try ScratchRepo()
        let first = try repo.run("index")
        XCTAssertEqual(first.status, 0, first.stderr)
        XCTAssertTrue(first.stderr.contains("indexed 1 files: 1 new, 0 changed, 0 removed, 0 failed"), first.stderr)
        XCTAssertEqual(first.stdout, "")

        try Data("%PDF-1.4 this is not a real pdf".utf8).write(to: URL(fileURLWithPath: repo.path + "/Corpus/broken.pdf"))
        let second = try repo.run("index", "--progress", "never")
        XCTAssertEqual(second.status, 3, second.stderr)
        XCTAssertTrue(second.stderrLines.contains { $0.hasPrefix("kamervragen: ") && $0.contains("broken.pdf: ") }, second.stderr)
        XCTAssertTrue(second.stderr.contains("indexed 2 files: 0 new, 0 changed, 0 removed, 1 failed"), second.stderr)

        let third = try repo.run("index", "--quiet")
        XCTAssertEqual(third.status, 0, "an unchanged file that fails again for the same reason is not reported again: \(third.stderr)")
        XCTAssertEqual(third.stderr, "")
    }

    func testCheckStatsAndShow() throws {
        let repo = try ScratchRepo()
        XCTAssertEqual(try repo.run("index", "Corpus").status, 0)
        let check = try repo.run("index", "--check")
        XCTAssertEqual(check.status, 0, check.stderr)
        XCTAssertEqual(check.stdout, "ok\n")

        let stats = try repo.run("stats", "--json")
        XCTAssertEqual(stats.status, 0, stats.stderr)
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(stats.stdout.utf8)) as? [String: Any])
        XCTAssertEqual(object["documents"] as? Int, 1)
        XCTAssertGreaterThanOrEqual(object["pairs"] as? Int ?? 0, 6)
        XCTAssertEqual((object["analyzer"] as? [String: String])?["tokenizer.name"], "kamervragen_dutch")

        let show = try repo.run("show", ScratchRepo.seedName, "--pair", "4")
        XCTAssertEqual(show.status, 0, show.stderr)
        XCTAssertTrue(show.stdout.contains("versterkingsgelden"))
        XCTAssertFalse(show.stdout.contains("Bent u bekend"), "only pair 4")
        XCTAssertEqual(try repo.run("show", "nothing.txt").status, 2)
    }

    func testBenchmarkTokenizerBuildsAnIndexThatSearchRefuses() throws {
        let repo = try ScratchRepo()
        XCTAssertEqual(try repo.run("index", "--bench-tokenizer", "unicode61").status, 64, "needs --rebuild")
        let built = try repo.run("index", "--rebuild", "--bench-tokenizer", "unicode61", "--db", "bench.sqlite", "Corpus")
        XCTAssertEqual(built.status, 0, built.stderr)
        let search = try repo.run("search", "--db", "bench.sqlite", "versterkingsgelden")
        XCTAssertEqual(search.status, 2, search.stderr)
        XCTAssertTrue(search.stderr.contains("benchmark_tokenizer"), search.stderr)
        let rebuilt = try repo.run("index", "--db", "bench.sqlite")
        XCTAssertEqual(rebuilt.status, 0, rebuilt.stderr)
        XCTAssertEqual(try repo.run("search", "--db", "bench.sqlite", "versterkingsgelden").status, 0,
                       "a normal index run replaces it with a real index")
    }

    func testNoFolderAndNoCorpusIsAUsageError() throws {
        let dir = NSTemporaryDirectory() + "kv-cli-empty-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let result = try CLI.run(["index"], in: dir)
        XCTAssertEqual(result.status, 64, result.stderr)
        XCTAssertEqual(try CLI.run(["index", "no-such-folder"], in: dir).status, 2)
        let search = try CLI.run(["search", "x"], in: dir)
        XCTAssertEqual(search.status, 2)
        XCTAssertTrue(search.stderr.contains("no index"), search.stderr)
    }
}
