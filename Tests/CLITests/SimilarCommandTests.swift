import Foundation
import XCTest

/// `kamervragen similar` as a user runs it, over a copy of the bundled Corpus.
final class SimilarCommandTests: XCTestCase {
    private static let question = "Hoeveel agenten werken er nu in de wijk, en besteden zij minstens 80 procent van hun tijd aan de wijk?"

    private func repo() throws -> ScratchRepo {
        let repo = try ScratchRepo(fullCorpus: true)
        XCTAssertEqual(try repo.run("index", "--quiet").status, 0)
        return repo
    }

    private func objects(_ result: CLI.Result) throws -> [[String: Any]] {
        try result.stdoutLines.map { try XCTUnwrap(JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]) }
    }

    func testATextGivesSearchsOutputWithTheSimilarity() throws {
        let result = try repo().run("similar", Self.question, "--color", "never")
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.hasPrefix("1. de inzet van wijkagenten in kleine gemeenten"), result.stdout)
        XCTAssertTrue(result.stdout.contains("Corpus/002_combined-answers.txt #1"))
        XCTAssertTrue(result.stdout.contains("similarity 0."))
        XCTAssertTrue(result.stdout.contains("shared: "))
        XCTAssertFalse(result.stdout.contains("\u{1B}["), "no colour when piped")
        XCTAssertEqual(result.stderr, "")
    }

    func testColourMarksTheSharedTerms() throws {
        let result = try repo().run("similar", Self.question, "--color", "always")
        XCTAssertTrue(result.stdout.contains("\u{1B}[1;31m"), result.stdout)
    }

    func testJSONHasSearchsFieldsWithSimilarityAndSharedTerms() throws {
        let result = try repo().run("similar", Self.question, "--json", "--limit", "3")
        XCTAssertEqual(result.status, 0, result.stderr)
        let lines = try objects(result)
        XCTAssertEqual(lines.count, 4)
        for hit in lines.dropLast() {
            XCTAssertEqual(hit["type"] as? String, "hit")
            for field in ["rank", "score", "file", "pair", "question_snippet", "answer_snippet", "matches", "askers", "case",
                          "similarity", "question_similarity", "answer_similarity", "shared_terms"] {
                XCTAssertNotNil(hit[field], field)
            }
            XCTAssertEqual(hit["score"] as? Double, hit["similarity"] as? Double)
            XCTAssertFalse((hit["shared_terms"] as? [String] ?? []).isEmpty)
        }
        let summary = try XCTUnwrap(lines.last)
        XCTAssertEqual(summary["type"] as? String, "summary")
        XCTAssertEqual(summary["shown"] as? Int, 3)
        XCTAssertFalse((summary["terms"] as? [[String: Any]] ?? []).isEmpty)
        XCTAssertEqual((summary["source"] as? [String: Any])?["kind"] as? String, "text")
    }

    func testStandardInputAndAFileAreTexts() throws {
        let repo = try repo()
        let piped = try repo.run(["similar", "--json", "--limit", "1"], input: Data(Self.question.utf8))
        XCTAssertEqual(piped.status, 0, piped.stderr)
        let dash = try repo.run(["similar", "-", "--json", "--limit", "1"], input: Data(Self.question.utf8))
        XCTAssertEqual(dash.stdout, piped.stdout)
        let file = repo.path + "/vraag.txt"
        try Data(Self.question.utf8).write(to: URL(fileURLWithPath: file))
        let fromFile = try repo.run("similar", "--file", file, "--json", "--limit", "1")
        XCTAssertEqual(fromFile.stdout, piped.stdout)
    }

    func testAPairLeavesOutItselfAndItsQuestionSet() throws {
        let repo = try repo()
        let result = try repo.run("similar", "--pair", "002_combined-answers.txt#2", "--json", "--limit", "20")
        XCTAssertEqual(result.status, 0, result.stderr)
        let hits = try objects(result).filter { $0["type"] as? String == "hit" }
        XCTAssertFalse(hits.isEmpty)
        XCTAssertFalse(hits.contains { ($0["file"] as? String ?? "").hasSuffix("002_combined-answers.txt") })
        // The same pair by document id, as search --json shows it.
        let id = try XCTUnwrap(try objects(repo.run("search", "wijkagent", "--json", "--limit", "1")).first?["document_id"] as? Int)
        XCTAssertEqual(try repo.run("similar", "--pair", "\(id)#2", "--json", "--limit", "20").stdout, result.stdout)
    }

    /// Swift seeds its hashing per process: nothing in the output may follow a dictionary's order
    /// (the last digit of a similarity once did, and failed the comparison above now and then).
    func testEveryProcessGivesTheSameBytes() throws {
        let repo = try repo()
        let first = try repo.run("similar", "--pair", "002_combined-answers.txt#2", "--json", "--limit", "20")
        XCTAssertEqual(first.status, 0, first.stderr)
        for _ in 0..<7 {
            XCTAssertEqual(try repo.run("similar", "--pair", "002_combined-answers.txt#2", "--json", "--limit", "20").stdout,
                           first.stdout)
        }
    }

    func testNothingToCompareIsOneLineAndExit2() throws {
        let repo = try repo()
        for text in ["", "  ", "Bent u bekend met het bericht van de minister over de financiële gemeenten?"] {
            let result = try repo.run("similar", text)
            XCTAssertEqual(result.status, 2, text)
            XCTAssertEqual(result.stderrLines.count, 1, result.stderr)
            XCTAssertTrue(result.stderr.hasPrefix("kamervragen: nothing to compare"), result.stderr)
            XCTAssertEqual(result.stdout, "")
        }
        let empty = try repo.run(["similar"], input: Data())
        XCTAssertEqual(empty.status, 2, empty.stderr)
    }

    func testAnUnknownPairIsExit2() throws {
        let repo = try repo()
        for pair in ["002_combined-answers.txt#99", "geen-bestand.txt#1", "999999#1"] {
            let result = try repo.run("similar", "--pair", pair)
            XCTAssertEqual(result.status, 2, pair + ": " + result.stderr)
            XCTAssertEqual(result.stderrLines.count, 1, result.stderr)
        }
        XCTAssertEqual(try repo.run("similar", "--pair", "002_combined-answers.txt").status, 64)
    }

    func testAMegabyteTextIsCutWithANote() throws {
        let repo = try repo()
        let paragraph = Self.question + " "
        let text = String(repeating: paragraph, count: 1_048_576 / paragraph.utf8.count + 1)
        let file = repo.path + "/lang.txt"
        try Data(text.utf8).write(to: URL(fileURLWithPath: file))
        let result = try repo.run("similar", "--file", file, "--json", "--limit", "1")
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stderrLines.count, 1, result.stderr)
        XCTAssertTrue(result.stderr.contains("compared its first 1,000 words"), result.stderr)
        let summary = try XCTUnwrap(try objects(result).last?["source"] as? [String: Any])
        XCTAssertEqual(summary["words"] as? Int, 1000)
    }

    func testUsageErrors() throws {
        let repo = try repo()
        XCTAssertEqual(try repo.run("similar", "a b", "--pair", "x#1").status, 64)
        XCTAssertEqual(try repo.run("similar", "wijkagenten", "--exact").status, 64)
        XCTAssertEqual(try repo.run("similar", "wijkagenten", "--from", "gisteren").status, 64)
    }
}
