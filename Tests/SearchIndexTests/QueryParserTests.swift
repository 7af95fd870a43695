@testable import SearchIndex
import XCTest

final class QueryParserTests: XCTestCase {
    private func parse(_ text: String, exact: Bool = false) throws -> SearchQuery {
        try QueryParser(exact: exact).parse(text)
    }

    private func understood(_ text: String) throws -> String { try parse(text).description }

    func testWordsPhrasesPrefixesExclusionsAndExact() throws {
        let q = try parse("gemeenten \"evidence based\" radicali* -motie =beleid")
        XCTAssertEqual(q.clauses.map { $0.map(\.text) }, [["gemeenten"], ["evidence based"], ["radicali"], ["beleid"]])
        XCTAssertEqual(q.clauses[1].first?.isPhrase, true)
        XCTAssertEqual(q.clauses[2].first?.prefix, true)
        XCTAssertEqual(q.clauses[3].first?.exact, true)
        XCTAssertEqual(q.excluded.map(\.text), ["motie"])
        XCTAssertEqual(q.description, "gemeenten \"evidence based\" radicali* =beleid -motie")
    }

    func testOrGroupsAdjacentTerms() throws {
        XCTAssertEqual(try understood("gemeenten motie OR moties"), "gemeenten (motie OR moties)")
        XCTAssertEqual(try understood("a OR b OR c d"), "(a OR b OR c) d")
    }

    func testOperatorsWithoutOperandsAreWords() throws {
        XCTAssertEqual(try understood("OR"), "OR")
        XCTAssertEqual(try understood("OR OR"), "OR OR")
        XCTAssertEqual(try understood("AND"), "AND")
        XCTAssertEqual(try understood("gemeenten OR"), "gemeenten OR")
        XCTAssertEqual(try understood("a AND b"), "a b")
        XCTAssertEqual(try understood("a or b"), "a or b", "lower-case or is a word")
    }

    func testStrayCharactersAreHandled() throws {
        XCTAssertEqual(try understood("\"evidence based"), "\"evidence based\"", "open quote closed at the end")
        XCTAssertEqual(try understood("gemeenten *"), "gemeenten", "lone * ignored")
        XCTAssertEqual(try understood("gemeenten - {} ^ :"), "gemeenten")
        XCTAssertEqual(try understood("c.s. F-35 's-Gravenhage 29 754"), "c.s. F-35 's-Gravenhage 29 754")
        XCTAssertEqual(try understood("NEAR(a"), "NEAR(a")
    }

    func testGlobalExact() throws {
        let q = try parse("gemeente \"de gemeenten\"", exact: true)
        XCTAssertTrue(q.clauses.flatMap { $0 }.allSatisfy(\.exact))
    }

    func testErrors() {
        XCTAssertThrowsError(try parse(""))
        XCTAssertThrowsError(try parse("-a -b"))
        XCTAssertThrowsError(try parse(String(repeating: "w ", count: QueryParser.maxTerms + 1)))
        XCTAssertNoThrow(try parse(String(repeating: "w ", count: QueryParser.maxTerms)))
    }

    func testExpressionsQuoteEveryTerm() throws {
        let glued = FTS5Expression.all(try parse("a\"b c"))
        XCTAssertEqual(glued, FTS5Term.quoted("a", exact: false) + " AND " + FTS5Term.quoted("b c", exact: false),
                       "a quote inside a word starts a phrase")
        let q = try parse("ab OR c* -\"d e\"")
        let all = FTS5Expression.all(q)
        XCTAssertTrue(all.hasPrefix("((" + FTS5Term.quoted("ab", exact: false) + " OR " + FTS5Term.quoted("c", exact: false) + "*)"), all)
        XCTAssertTrue(all.hasSuffix(" NOT " + FTS5Term.quoted("d e", exact: false)), all)
        XCTAssertNil(FTS5Expression.some(try parse("one")))
        XCTAssertNotNil(FTS5Expression.some(try parse("one two")))
    }
}
