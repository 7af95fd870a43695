import Foundation
import Kamervragen
@testable import SearchIndex
import XCTest

final class SearchTests: XCTestCase {
    nonisolated(unsafe) private static var fixture: IndexFixture!

    /// Five documents with known metadata, indexed once for all tests of this class.
    override class func setUp() {
        super.setUp()
        do {
            let f = try IndexFixture()
            try f.write("2019-pvda.txt", answered(
                title: "Versterkingsgelden voor gemeenten",
                questions: ["Ontvangen alle gemeenten versterkingsgelden tegen radicalisering?",
                            "Hoe worden jihadistische gezinnen begeleid?"],
                answers: ["Ongeveer 150 gemeenten ontvangen versterkingsgelden.", "Via het casusoverleg."],
                askers: [Person(name: "Muller van Ast", party: "P.v.d.A.")],
                answerers: [Official(name: "Koolmees", role: "Minister", department: "Sociale Zaken en Werkgelegenheid")],
                submitted: "2019-06-27", received: "2019-10-10"))
            try f.write("2021-vvd.txt", answered(
                title: "Dijkversterking",
                questions: ["Wanneer worden de dijken in Groningen versterkt?"],
                answers: ["De dijkversterking begint in 2022; gemeenten worden betrokken."],
                askers: [Person(name: "Wiersma", party: "VVD")],
                answerers: [Official(name: "Van Nieuwenhuizen", role: "Minister", department: "Infrastructuur en Waterstaat")],
                submitted: "2021-03-01", received: "2021-04-02"))
            try f.write("2023-pvda-open.txt", Document(
                kind: .questions, title: "Radicalisering onder jongeren",
                askers: [Person(name: "Kuiken", party: "PvdA")], addressees: ["Minister van Justitie en Veiligheid"],
                submitted: "2023-05-05",
                questions: [Question(numbers: [1], text: "Hoeveel gemeenten hebben een aanpak tegen radicalisering?")],
                text: "Hoeveel gemeenten hebben een aanpak tegen radicalisering?"))
            try f.write("2022-notice.txt", Document(
                kind: .notice, title: "Uitstel beantwoording", askers: [Person(name: "Podt", party: "D66")],
                addressees: ["Minister van Financiën"], submitted: "2022-01-10",
                questions: [Question(numbers: [1], text: "Wat kost de energietoeslag?")],
                notice: "De vragen kunnen niet binnen de gebruikelijke termijn worden beantwoord.",
                text: "Mededeling"))
            try f.write("other.txt", Document(kind: .other, text: "Een nieuwsbericht over gemeenten en versterkingsgelden."))
            _ = try f.index()
            fixture = f
        } catch {
            XCTFail("fixture: \(error)")
        }
    }

    override class func tearDown() { fixture = nil; super.tearDown() }

    private var f: IndexFixture { SearchTests.fixture }

    func testAllWordsRankBeforeSomeWordsAndTotalCountsAll() throws {
        let result = try f.search("gemeenten radicalisering")
        XCTAssertEqual(result.total, 2, "pairs holding both words")
        XCTAssertTrue(result.partial)
        XCTAssertEqual(result.hits.prefix(2).map(\.matchesAll), [true, true])
        XCTAssertTrue(result.hits.dropFirst(2).allSatisfy { !$0.matchesAll })
        XCTAssertEqual(result.hits.count, result.total + result.partialTotal)
    }

    func testNoPairWithEveryWordStillGivesPartialMatches() throws {
        let result = try f.search("dijkversterking energietoeslag")
        XCTAssertEqual(result.total, 0)
        XCTAssertTrue(result.partial)
        XCTAssertEqual(Set(f.names(result)), ["2021-vvd.txt", "2022-notice.txt"])
    }

    func testFullPageOfFullMatchesIsNotPartial() throws {
        let result = try f.search("gemeenten versterkingsgelden") { $0.limit = 1 }
        XCTAssertFalse(result.partial)
        XCTAssertEqual(result.hits.count, 1)
        XCTAssertGreaterThan(result.total, 1)
    }

    func testStemmedMatchAndHighlightOfTheWordAsWritten() throws {
        let result = try f.search("gemeente")
        XCTAssertGreaterThanOrEqual(result.total, 3)
        let marked = result.hits.flatMap { $0.questionSnippet.matches + $0.answerSnippet.matches }
        XCTAssertTrue(marked.contains("gemeenten"), "\(marked)")
    }

    func testExactDoesNotMatchOtherForms() throws {
        XCTAssertEqual(try f.search("=gemeente").total, 0)
        XCTAssertEqual(try f.search("gemeente") { $0.exact = true }.total, 0)
        XCTAssertGreaterThan(try f.search("=gemeenten").total, 0)
    }

    func testPhrasePrefixOrAndExclusion() throws {
        XCTAssertEqual(try f.names(f.search("\"dijken in Groningen\"")), ["2021-vvd.txt"])
        XCTAssertEqual(try f.search("\"Groningen in dijken\"").total, 0)
        XCTAssertEqual(try f.names(f.search("dijkverst*")), ["2021-vvd.txt"])
        XCTAssertEqual(Set(try f.names(f.search("energietoeslag OR dijken"))), ["2021-vvd.txt", "2022-notice.txt"])
        let excluded = try f.search("gemeenten -versterkingsgelden")
        XCTAssertFalse(excluded.hits.contains { $0.question.contains("versterkingsgelden") || $0.answer.contains("versterkingsgelden") })
        XCTAssertGreaterThan(excluded.total, 0)
    }

    func testPartyFilterIgnoresDotsAndCase() throws {
        for party in ["PvdA", "P.v.d.A.", "pvda", "p v d a"] {
            let result = try f.search("gemeenten") { $0.filters.party = party }
            XCTAssertEqual(Set(f.names(result)), ["2019-pvda.txt", "2023-pvda-open.txt"], party)
        }
        XCTAssertEqual(try f.search("gemeenten") { $0.filters.party = "VVD" }.hits.map { $0.file.hasSuffix("2021-vvd.txt") }, [true])
    }

    func testPartyIsAFacetTermThatUserTextCannotReach() throws {
        // The party filter is an FTS5 term of the hidden facets column: it combines with sorting by
        // date and with partial matches, and no query text matches it.
        let byDate = try f.search("gemeenten") { $0.filters.party = "pvda"; $0.sort = .date }
        XCTAssertEqual(byDate.hits.first?.title, "Radicalisering onder jongeren", "2023 before 2019")
        XCTAssertEqual(Set(byDate.hits.compactMap(\.title)), ["Radicalisering onder jongeren", "Versterkingsgelden voor gemeenten"])
        let partial = try f.search("gemeenten dijken") { $0.filters.party = "VVD" }
        XCTAssertEqual(partial.total, 1)
        XCTAssertEqual(try f.search("party=vvd").total, 0)
        XCTAssertEqual(try f.search("\u{5}party=vvd").total, 0, "a control byte in a query is a separator")
        XCTAssertEqual(try f.search("gemeenten") { $0.filters.party = "SP" }.total, 0)
        let score = try f.search("gemeenten") { $0.filters.party = "VVD" }.hits.first?.score
        XCTAssertEqual(score, try f.search("gemeenten").hits.first { $0.file.hasSuffix("2021-vvd.txt") }?.score,
                       "the facet adds nothing to the score")
    }

    func testDateFiltersAreInclusiveAndAppliedBeforeTheLimit() throws {
        let from = try f.search("gemeenten") { $0.filters.from = "2021"; $0.limit = 1 }
        XCTAssertEqual(from.total, 2)
        XCTAssertTrue(from.hits.allSatisfy { ($0.submitted ?? "") >= "2021" })
        let range = try f.search("gemeenten") { $0.filters.from = "2019-06-27"; $0.filters.to = "2019-06" }
        XCTAssertEqual(Set(f.names(range)), ["2019-pvda.txt"])
        XCTAssertThrowsError(try f.search("gemeenten") { $0.filters.from = "juni 2019" }) {
            XCTAssertEqual(($0 as? IndexError)?.kind, .invalidInput)
        }
    }

    func testAskerMinisterKindAndUnansweredFilters() throws {
        let byAsker = try f.search("gemeenten") { $0.filters.asker = "MULLER van" }
        XCTAssertEqual(Set(f.names(byAsker)), ["2019-pvda.txt"])
        XCTAssertEqual(Set(try f.names(f.search("gemeenten") { $0.filters.minister = "infrastructuur" })), ["2021-vvd.txt"])
        XCTAssertEqual(Set(try f.names(f.search("energietoeslag") { $0.filters.minister = "financien" })), ["2022-notice.txt"],
                       "addressee matches, diacritics folded")
        XCTAssertEqual(Set(try f.names(f.search("gemeenten") { $0.filters.kind = .questions })), ["2023-pvda-open.txt"])
        XCTAssertEqual(Set(try f.names(f.search("gemeenten") { $0.filters.kind = .other })), ["other.txt"])
        let open = try f.search("gemeenten OR energietoeslag") { $0.filters.unanswered = true }
        XCTAssertEqual(Set(f.names(open)), ["2023-pvda-open.txt", "2022-notice.txt"])
        XCTAssertTrue(open.hits.allSatisfy { $0.answer.isEmpty })
    }

    func testNoticeTextIsSearchable() throws {
        XCTAssertEqual(try f.names(f.search("gebruikelijke termijn")), ["2022-notice.txt"])
    }

    func testSortByDateNewestFirst() throws {
        let result = try f.search("gemeenten") { $0.sort = .date }
        let dates = result.hits.filter(\.matchesAll).compactMap(\.submitted)
        XCTAssertEqual(dates, dates.sorted(by: >))
        XCTAssertEqual(dates.first, "2023-05-05")
        XCTAssertNil(result.hits.filter(\.matchesAll).last?.submitted, "undated documents last")
    }

    func testOffsetPagesThroughTheSameOrder() throws {
        let all = try f.search("gemeenten") { $0.limit = 20 }
        let second = try f.search("gemeenten") { $0.limit = 2; $0.offset = 2 }
        XCTAssertEqual(second.hits.map(\.pairId), all.hits.dropFirst(2).prefix(2).map(\.pairId))
        XCTAssertEqual(second.hits.first?.rank, 3)
    }

    func testHitCarriesMetadata() throws {
        let hit = try XCTUnwrap(f.search("casusoverleg").hits.first)
        XCTAssertEqual(hit.title, "Versterkingsgelden voor gemeenten")
        XCTAssertEqual(hit.numbers, [2])
        XCTAssertEqual(hit.askers, [Person(name: "Muller van Ast", party: "P.v.d.A.")])
        XCTAssertEqual(hit.answerers.first?.name, "Koolmees")
        XCTAssertEqual(hit.submitted, "2019-06-27")
        XCTAssertEqual(hit.received, "2019-10-10")
        XCTAssertEqual(hit.pairPosition, 2)
        XCTAssertEqual(hit.answerSnippet.matches, ["casusoverleg"])
        XCTAssertGreaterThan(hit.score, 0)
    }

    /// Hostile input either answers or fails with a bad-query error: never an SQLite error.
    func testNastyQueriesNeverLeakSQLiteErrors() throws {
        var answered = 0
        let nasty = ["c.s.", "29 754", "F-35", "'s-Gravenhage", "AND", "\"", "*", "-", "OR OR", "NEAR(", "^", ":",
                     "{}", "a AND", "OR gemeenten", "gemeenten OR", "\"unclosed phrase", "gemeenten\"", "-gemeenten",
                     "--", "==", "=", "***gemeente***", "(gemeenten)", "gemeenten)", "col:gemeenten", "question:x",
                     "NOT gemeenten", "gemeenten NOT", "x\u{0}y", "\u{1}gemeente", "\u{2}", "ĳs", "Coördinator",
                     "😀", "日本語", "\u{202E}evil", "'; DROP TABLE pairs; --", "%_%", "\\", "\"\"", "\" \"",
                     String(repeating: "a", count: 10_000), String(repeating: "ab ", count: 3_334),
                     String(repeating: "\"", count: 101), String(repeating: "OR ", count: 40),
                     // The longest queries: 64 words (as alternatives past SQLite's argument limit).
                     (1...64).map { "gemeente\($0)" }.joined(separator: " "),
                     (1...64).map { "vraag\($0)" }.joined(separator: " OR ")]
        for query in nasty {
            do {
                _ = try f.search(query)
                if query.hasPrefix("gemeente1 ") || query.hasPrefix("vraag1 ") { answered += 1 }
            } catch let error as IndexError {
                XCTAssertEqual(error.kind, .badQuery, "\(query.prefix(40)): \(error.message)")
                XCTAssertFalse(error.message.lowercased().contains("sqlite"), error.message)
                XCTAssertFalse(error.message.contains("fts5"), error.message)
            }
        }
        XCTAssertEqual(answered, 2, "the longest queries are answered")
        XCTAssertGreaterThan(try f.search("F-35 OR gemeenten").total, 0)
    }

    func testMalformedQueriesExplainThemselves() {
        for (query, words) in [("", "empty"), ("   ", "empty"), ("-gemeenten", "excluded"), ("* - {}", "empty"),
                               (String(repeating: "ab ", count: 100), "too long")] {
            XCTAssertThrowsError(try f.search(query)) { error in
                XCTAssertEqual((error as? IndexError)?.kind, .badQuery)
                XCTAssertTrue((error as? IndexError)?.message.contains(words) ?? false, "\(query): \(error)")
            }
        }
    }

    func testRawQueryErrorsAreBadQueries() throws {
        XCTAssertGreaterThan(try f.search("gemeenten NOT dijken") { $0.raw = true }.total, 0)
        XCTAssertThrowsError(try f.search("NEAR(") { $0.raw = true }) {
            XCTAssertEqual(($0 as? IndexError)?.kind, .badQuery)
        }
    }

    func testMissingIndexIsAnError() {
        XCTAssertThrowsError(try Searcher(databasePath: f.root + "/nope.sqlite")) {
            XCTAssertEqual(($0 as? IndexError)?.kind, .missingIndex)
        }
    }

    func testShowAndStats() throws {
        let store = try DocumentStore(databasePath: f.databasePath)
        let doc = try XCTUnwrap(store.document("2019-pvda.txt"))
        XCTAssertEqual(doc.pairs.map(\.numbers), [[1], [2]])
        XCTAssertEqual(doc.askers.first?.party, "P.v.d.A.")
        XCTAssertNotNil(try store.document(String(doc.id)))
        XCTAssertNil(try store.document("missing.txt"))
        let stats = try IndexStatistics.read(databasePath: f.databasePath)
        XCTAssertEqual(stats.documents, 5)
        XCTAssertEqual(stats.documentsByKind["answers"], 2)
        XCTAssertEqual(stats.documentsByYear["2019"], 1)
        XCTAssertEqual(stats.documentsByYear["unknown"], 1)
        XCTAssertEqual(stats.parties.count, 3, "P.v.d.A. and PvdA are one party: \(stats.parties)")
        XCTAssertEqual(stats.analyzer["tokenizer.name"], "kamervragen_dutch")
    }
}
