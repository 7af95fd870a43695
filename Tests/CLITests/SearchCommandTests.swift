import Foundation
import XCTest

/// The JSON Lines hit object, decoded strictly: every listed field must be present with its type.
private struct Hit: Decodable {
    struct Asker: Decodable { var name: String; var party: String? }
    var type: String
    var rank: Int
    var score: Double
    var file: String
    var title: String?
    var numbers: [Int]
    var question: String
    var answer: String
    var snippet: String
    var submitted: String?
    var askers: [Asker]
}

private struct Summary: Decodable {
    var type: String
    var total: Int
    var shown: Int
    var query: String
    var partial: Bool
}

final class SearchCommandTests: XCTestCase {
    func testFirstRunBuildsTheIndexAndFindsQuestionsFourAndFive() throws {
        let repo = try ScratchRepo()
        let result = try repo.run("search", "versterkingsgelden", "--color", "never")
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stderr.contains("building"), result.stderr)
        XCTAssertTrue(FileManager.default.fileExists(atPath: repo.path + "/.kamervragen/index.sqlite"))
        let headers = result.stdoutLines.filter { $0.first?.isNumber == true && $0.contains(". ") }
        XCTAssertGreaterThanOrEqual(headers.count, 2, result.stdout)
        XCTAssertTrue(headers[0].hasPrefix("1. ") && headers[0].hasSuffix("[question 4]"), headers[0])
        XCTAssertTrue(headers[1].hasPrefix("2. ") && headers[1].hasSuffix("[question 5]"), headers[1])
        XCTAssertTrue(result.stdout.contains("versterkingsgelden"))
        XCTAssertFalse(result.stdout.contains("\u{1B}["), "no colour when piped")
        XCTAssertFalse(result.stdout.contains("\u{2}"), "no highlight markers leak")

        let again = try repo.run("search", "versterkingsgelden")
        XCTAssertEqual(again.status, 0)
        XCTAssertFalse(again.stderr.contains("building"), "second run uses the index")
    }

    /// The README's first command on the whole bundled Corpus: the user's sample, questions 4 and 5, first.
    func testOnTheWholeCorpusTheSampleQuestionsFourAndFiveComeFirst() throws {
        let repo = try ScratchRepo(fullCorpus: true)
        let result = try repo.run("search", "versterkingsgelden", "--json")
        XCTAssertEqual(result.status, 0, result.stderr)
        let hits = try result.stdoutLines.dropLast().map { try JSONDecoder().decode(Hit.self, from: Data($0.utf8)) }
        XCTAssertGreaterThanOrEqual(hits.count, 2)
        XCTAssertEqual(hits.prefix(2).map(\.numbers), [[4], [5]])
        XCTAssertTrue(hits.prefix(2).allSatisfy { $0.file.hasSuffix(ScratchRepo.seedName) }, "\(hits.map(\.file))")
    }

    /// A word found only inside compounds ranks below the word on its own (issue 7).
    func testPairsHoldingTheWordItselfRankAboveCompoundOnlyPairs() throws {
        let repo = try ScratchRepo(fullCorpus: true)
        let result = try repo.run("search", "gelden", "--json", "--limit", "20")
        XCTAssertEqual(result.status, 0, result.stderr)
        let hits = try result.stdoutLines.dropLast().map { try JSONDecoder().decode(Hit.self, from: Data($0.utf8)) }
        let standalone = try NSRegularExpression(pattern: "\\bgeld(en)?\\b", options: [.caseInsensitive])
        let direct = hits.map { hit -> Bool in
            let text = hit.question + " " + hit.answer
            return standalone.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
        }
        XCTAssertTrue(direct.contains(true) && direct.contains(false), "need both kinds: \(hits.map(\.file))")
        XCTAssertEqual(direct, direct.sorted { $0 && !$1 }, "direct matches first: \(direct)")
    }

    /// "Did you mean" on stderr and in the JSON summary; the exit code still says nothing was found.
    func testTimingFlagReportsEachRunAsOneJSONLine() throws {
        let repo = try ScratchRepo()
        let result = try repo.run("search", "versterkingsgelden", "--repeat", "4", "--timing", "--color", "never")
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains("[question 4]"), "the hits are printed once, as usual")
        let line = try XCTUnwrap(result.stderr.split(separator: "\n").first { $0.hasPrefix("{") }, result.stderr)
        let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
        let timing = try XCTUnwrap(object?["timing"] as? [String: Any])
        let times = try XCTUnwrap(timing["times_ms"] as? [Double])
        XCTAssertEqual(times.count, 4)
        XCTAssertEqual(timing["runs"] as? Int, 4)
        let p50 = try XCTUnwrap(timing["p50_ms"] as? Double), p95 = try XCTUnwrap(timing["p95_ms"] as? Double)
        XCTAssertTrue(times.allSatisfy { $0 > 0 })
        XCTAssertTrue(times.min()! <= p50 && p50 <= p95 && p95 <= times.max()!, "\(timing)")
        XCTAssertEqual(try repo.run("search", "x", "--repeat", "0").status, 64)
    }

    func testMisspeltWordGetsASuggestion() throws {
        let repo = try ScratchRepo()
        let text = try repo.run("search", "versterkinsgelden")
        XCTAssertEqual(text.status, 1)
        XCTAssertTrue(text.stderr.contains("did you mean: versterkingsgelden?"), text.stderr)
        let json = try repo.run("search", "versterkinsgelden", "--json")
        XCTAssertEqual(json.status, 1)
        let summary = try JSONSerialization.jsonObject(with: Data(json.stdoutLines.last!.utf8)) as? [String: Any]
        XCTAssertEqual(summary?["did_you_mean"] as? String, "versterkingsgelden")
        let good = try repo.run("search", "versterkingsgelden", "--json")
        let goodSummary = try JSONSerialization.jsonObject(with: Data(good.stdoutLines.last!.utf8)) as? [String: Any]
        XCTAssertTrue(goodSummary?["did_you_mean"] is NSNull, "no suggestion when the word is indexed")
    }

    func testJSONLinesDecodeStrictly() throws {
        let repo = try ScratchRepo()
        let result = try repo.run("search", "versterkingsgelden", "--json")
        XCTAssertEqual(result.status, 0, result.stderr)
        let lines = result.stdoutLines
        XCTAssertGreaterThanOrEqual(lines.count, 3)
        for line in lines {
            let data = Data(line.utf8)
            XCTAssertNotNil(String(data: data, encoding: .utf8))
            XCTAssertNoThrow(try JSONSerialization.jsonObject(with: data), line)
        }
        let hits = try lines.dropLast().map { try JSONDecoder().decode(Hit.self, from: Data($0.utf8)) }
        let summary = try JSONDecoder().decode(Summary.self, from: Data(lines.last!.utf8))
        XCTAssertEqual(hits.map(\.type), Array(repeating: "hit", count: hits.count))
        XCTAssertEqual(hits.map(\.rank), Array(1...hits.count))
        XCTAssertEqual(Array(hits.prefix(2).map(\.numbers)), [[4], [5]])
        XCTAssertTrue(hits[0].file.hasSuffix(ScratchRepo.seedName))
        XCTAssertEqual(hits[0].submitted, "2019-06-27")
        XCTAssertEqual(hits[0].askers.first?.party, "VVD")
        XCTAssertTrue(hits[0].snippet.contains("versterkingsgelden"))
        XCTAssertGreaterThanOrEqual(hits[0].score, hits[1].score)
        XCTAssertEqual(summary.type, "summary")
        XCTAssertEqual(summary.shown, hits.count)
        XCTAssertEqual(summary.total, hits.count)
        XCTAssertEqual(summary.query, "versterkingsgelden")
        XCTAssertFalse(summary.partial)
    }

    func testPartialMatchesAreAnnounced() throws {
        let repo = try ScratchRepo()
        let result = try repo.run("search", "versterkingsgelden", "xyzzyplugh", "--json")
        XCTAssertEqual(result.status, 0, result.stderr)
        let summary = try JSONDecoder().decode(Summary.self, from: Data(result.stdoutLines.last!.utf8))
        XCTAssertTrue(summary.partial)
        XCTAssertEqual(summary.total, 0)
        let text = try repo.run("search", "versterkingsgelden", "xyzzyplugh")
        XCTAssertTrue(text.stdout.contains("no pair holds every word"), text.stdout)
    }

    func testExitCodes() throws {
        let repo = try ScratchRepo()
        XCTAssertEqual(try repo.run("search", "versterkingsgelden").status, 0)
        let none = try repo.run("search", "xyzzyplugh")
        XCTAssertEqual(none.status, 1)
        XCTAssertEqual(none.stderr, "")
        let bad = try repo.run("search", "-versterkingsgelden")
        XCTAssertEqual(bad.status, 2)
        XCTAssertEqual(bad.stderrLines.count, 1, bad.stderr)
        XCTAssertTrue(bad.stderr.hasPrefix("kamervragen: "), bad.stderr)
        XCTAssertEqual(try repo.run("search", "x", "--limit", "-1").status, 64)
        XCTAssertEqual(try repo.run("search", "x", "--no-such-option").status, 64)
        XCTAssertEqual(try repo.run("search").status, 64)
        XCTAssertEqual(try repo.run("search", "x", "--sort", "sideways").status, 64)
        XCTAssertEqual(try repo.run("search", "x", "--from", "June").status, 64)
        let missing = try repo.run("search", "x", "--db", repo.path + "/nope.sqlite")
        XCTAssertEqual(missing.status, 2)
        XCTAssertTrue(missing.stderr.contains("no index"), missing.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: repo.path + "/nope.sqlite"), "never created by search")
    }

    func testColourOnlyWhenAskedOrOnATerminal() throws {
        let repo = try ScratchRepo()
        XCTAssertTrue(try repo.run("search", "versterkingsgelden", "--color", "always").stdout.contains("\u{1B}["))
        XCTAssertFalse(try repo.run("search", "versterkingsgelden", "--color", "never").stdout.contains("\u{1B}["))
        XCTAssertFalse(try repo.run("search", "versterkingsgelden", environment: ["NO_COLOR": "1"]).stdout.contains("\u{1B}["))
    }

    func testNastyQueriesAnswerOrExplain() throws {
        let repo = try ScratchRepo()
        _ = try repo.run("index")
        let nasty = ["c.s.", "29 754", "F-35", "'s-Gravenhage", "AND", "\"", "*", "-", "OR OR", "NEAR(", "^", ":",
                     "{}", "\"unclosed", "x:y", "NOT", "'; DROP TABLE pairs; --", "Coördinator", "😀",
                     String(repeating: "lang", count: 2_500)]
        for query in nasty {
            let result = try repo.run("search", query, "--color", "never")
            XCTAssertTrue([0, 1, 2].contains(result.status), "\(query.prefix(30)): \(result.status) \(result.stderr)")
            XCTAssertFalse(result.stderr.lowercased().contains("sqlite"), result.stderr)
            XCTAssertFalse(result.stderr.contains("fts5"), result.stderr)
            XCTAssertLessThanOrEqual(result.stderrLines.count, 1, result.stderr)
            if result.status == 2 { XCTAssertTrue(result.stderr.hasPrefix("kamervragen: "), result.stderr) }
        }
        XCTAssertEqual(try repo.run("search", "c.s.").status, 0, "the seed cites 'motie Becker c.s.'")
        XCTAssertEqual(try repo.run("search", "29 754").status, 0)
    }

    func testClosedPipeEndsQuietly() throws {
        let repo = try ScratchRepo()
        _ = try repo.run("index")
        let binary = try XCTUnwrap(CLI.binary)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "\"$0\" search gemeenten --limit 50 --json | head -c 1 >/dev/null; echo \"${PIPESTATUS:-}\"", binary]
        process.currentDirectoryURL = URL(fileURLWithPath: repo.path)
        let err = Pipe()
        process.standardError = err
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let errText = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        XCTAssertEqual(errText, "", "no broken-pipe noise")
    }
}
