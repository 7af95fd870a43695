import Foundation
import GRDB
import Kamervragen
@testable import SearchIndex
import XCTest

/// Nothing lost in the index: the text not split is a searchable unit of its own, and each question set
/// of a file is a document of its own (issue 13).
final class UnsplitAndSetsIndexTests: XCTestCase {
    private func twoSets() -> Document {
        var first = answered(title: "de veerdienst", questions: ["Is de veerdienst gestaakt?"], answers: ["Ja."],
                             askers: [Person(name: "Kortman", party: "S.D.A.P.")])
        first.unsplit = ["het vorige antwoord eindigt met een zeldzaam woord: ophaalbrugwachter."]
        let second = Document(kind: .questions, title: "de gasfabriek", askers: [Person(name: "Westerman", party: "V.D.B.")],
                              submitted: "1931-03-05", questions: [Question(numbers: [1], text: "Sluit de gasfabriek?")],
                              text: "Sluit de gasfabriek?")
        first.sets = [second]
        return first
    }

    func testTheTextNotSplitIsFoundAndMarked() throws {
        let f = try IndexFixture()
        try f.write("pagina.txt", twoSets())
        try f.index()
        let result = try f.search("ophaalbrugwachter")
        XCTAssertEqual(result.total, 1)
        XCTAssertEqual(result.hits.first?.isUnsplit, true)
        // A unit with no answer is not an unanswered question.
        let open = try f.search("ophaalbrugwachter") { $0.filters.unanswered = true }
        XCTAssertEqual(open.total, 0)
    }

    func testEachSetIsADocumentWithItsOwnMetadata() throws {
        let f = try IndexFixture()
        try f.write("pagina.txt", twoSets())
        try f.index()
        let hit = try XCTUnwrap(f.search("gasfabriek").hits.first)
        XCTAssertEqual(hit.part, 2)
        XCTAssertEqual(hit.askers, [Person(name: "Westerman", party: "V.D.B.")])
        XCTAssertEqual(hit.kind, .questions)
        XCTAssertEqual(try f.search("gasfabriek") { $0.filters.party = "VDB" }.total, 1)
        XCTAssertEqual(try f.search("gasfabriek") { $0.filters.party = "SDAP" }.total, 0)
        let store = try DocumentStore(databasePath: f.databasePath)
        let path = f.corpus + "/pagina.txt"
        XCTAssertEqual(try store.document(path)?.title, "de veerdienst")
        XCTAssertEqual(try store.document(path)?.parts, 2)
        XCTAssertEqual(try store.document(path, set: 2)?.title, "de gasfabriek")
        XCTAssertNil(try store.document(path, set: 3))
    }

    func testChangingTheFileReplacesEverySet() throws {
        let f = try IndexFixture()
        try f.write("pagina.txt", twoSets())
        try f.index()
        var one = twoSets()
        one.sets = []
        try f.write("pagina.txt", one)
        try f.setMtime("pagina.txt", Date().addingTimeInterval(60))
        try f.index()
        XCTAssertEqual(try f.search("gasfabriek").total, 0)
        // The subject is in the pair; the unit of text not split does not repeat it.
        XCTAssertEqual(try f.search("veerdienst").total, 1)
        let queue = try DatabaseQueue(path: f.databasePath)
        try queue.read { db in
            let rows = try Row.fetchAll(db, sql: "SELECT d.id, d.part, d.title, f.path FROM documents d JOIN files f ON f.id = d.file_id")
            XCTAssertEqual(rows.count, 1, "\(rows)")
        }
        try queue.close()
        XCTAssertEqual(try IndexCheck.run(databasePath: f.databasePath), [])
    }
}
