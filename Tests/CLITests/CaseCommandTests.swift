import Foundation
import XCTest

/// `open`, `stats --answer-time` and the case in search results, on the bundled Corpus (issue 14).
final class CaseCommandTests: XCTestCase {
    private struct CaseObject: Decodable {
        struct Member: Decodable { var file: String; var kind: String; var date: String? }
        var key: String
        var status: String
        var submitted: String?
        var days_to_answer: Int?
        var days_waiting: Int?
        var overdue: Bool
        var documents: [Member]
    }

    private struct SearchHit: Decodable {
        var type: String
        var file: String
        var `case`: CaseObject?
    }

    func testASearchShowsTheQuestionOnceWithItsCase() throws {
        let repo = try ScratchRepo(fullCorpus: true)
        let result = try repo.run("search", "Kornwerderzand", "--json", "--limit", "20")
        XCTAssertEqual(result.status, 0, result.stderr)
        let hits = try result.stdoutLines.dropLast().map { try JSONDecoder().decode(SearchHit.self, from: Data($0.utf8)) }
        XCTAssertFalse(hits.contains { $0.file.hasSuffix("021_zaak-vragen-kv-tk.txt") },
                       "the questions document is answered: its questions show with their answers")
        let answered = try XCTUnwrap(hits.first { $0.file.hasSuffix("023_zaak-antwoord-zie-ook.txt") })
        XCTAssertEqual(answered.case?.key, "2025Z01234")
        XCTAssertEqual(answered.case?.status, "answered")
        XCTAssertEqual(answered.case?.days_to_answer, 41)
        XCTAssertEqual(answered.case?.documents.map(\.kind), ["questions", "notice", "answers"])
    }

    func testOpenListsTheSetsWithoutAnAnswerOldestFirst() throws {
        let repo = try ScratchRepo(fullCorpus: true)
        XCTAssertEqual(try repo.run("index").status, 0)
        let result = try repo.run("open", "--json", "--as-of", "2025-06-01", "--party", "VVD")
        XCTAssertEqual(result.status, 0, result.stderr)
        let lines = result.stdoutLines
        let cases = try lines.dropLast().map { try JSONDecoder().decode(CaseObject.self, from: Data($0.utf8)) }
        // The follow-up and the other set of the same day are open; the set they resemble is answered.
        XCTAssertEqual(cases.map { URL(fileURLWithPath: $0.documents[0].file).lastPathComponent },
                       ["004_mededeling-overgedragen-brief.txt", "027_zelfde-dag-andere-vragen.txt",
                        "026_vervolgvragen-niet-dezelfde-set.txt"])
        XCTAssertEqual(cases.map(\.days_waiting), [1091, 90, 47])
        XCTAssertTrue(cases.allSatisfy(\.overdue))
        let recent = try repo.run("open", "--as-of", "2025-04-20", "--csv", "--asker", "Meijering")
        XCTAssertEqual(recent.stdoutLines.first?.hasPrefix("case,status,submitted,days_waiting,past_term"), true)
        // On 20 April the follow-up of 15 April is 5 days old, within the term.
        XCTAssertTrue(recent.stdoutLines.contains { $0.contains("026_vervolgvragen") && $0.contains(",5,no,") }, recent.stdout)
        XCTAssertEqual(try repo.run("open", "--json", "--csv").status, 64)
    }

    func testAnswerTimesPerYear() throws {
        let repo = try ScratchRepo(fullCorpus: true)
        XCTAssertEqual(try repo.run("index").status, 0)
        let result = try repo.run("stats", "--answer-time", "--by", "year", "--csv")
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stdoutLines.first, "year,sets,median_days,p90_days,within_three_weeks")
        // 1931: two sets on the OCR page, answered after 17 and 19 days.
        XCTAssertTrue(result.stdoutLines.contains("1931,2,18.0,18.8,1.000"), result.stdout)
        XCTAssertEqual(try repo.run("stats", "--csv").status, 64)
    }
}
