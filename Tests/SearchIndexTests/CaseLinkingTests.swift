import Foundation
import GRDB
import Kamervragen
@testable import SearchIndex
import XCTest

/// Cases (issue 14): the documents of one question set linked at index time, near misses kept apart,
/// incremental and rebuilt indexes alike.
final class CaseLinkingTests: XCTestCase {
    private let askers = [Person(name: "Van Dijk", party: "CDA")]
    private let questions = ["Bent u bekend met de sluiting van de sluizen bij Kornwerderzand voor schepen?",
                             "Hoeveel schepen moeten omvaren via Den Oever en wat kost dat de vervoerders?"]

    private func questionsDocument(zaak: String? = "2025Z01234", submitted: String = "2025-01-22",
                                   questions: [String]? = nil, askers: [Person]? = nil) -> Document {
        let qs = questions ?? self.questions
        return Document(kind: .questions, title: "de sluizen", askers: askers ?? self.askers, submitted: submitted,
                        identifiers: zaak.map { [$0, "kv-tk-\($0)"] } ?? [],
                        questions: qs.enumerated().map { Question(numbers: [$0.offset + 1], text: $0.element) },
                        text: qs.joined(separator: "\n"),
                        unsplit: ["Vragen van het lid Van Dijk (CDA) over de sluizen (ingezonden 22 januari 2025)."])
    }

    private func notice(citing zaak: String = "2025Z01234") -> Document {
        Document(kind: .notice, title: "de sluizen", askers: askers, submitted: "2025-01-22", received: "2025-02-12",
                 identifiers: [zaak, "ah-tk-20242025-1301"],
                 notice: "De vragen (\(zaak)) kunnen niet binnen de gebruikelijke termijn worden beantwoord.",
                 text: "Mededeling")
    }

    private func answers(seeAlso: Bool = true, zaak: String? = nil, submitted: String = "2025-01-22",
                         questions: [String]? = nil) -> Document {
        var d = answered(title: "de sluizen", questions: questions ?? self.questions,
                         answers: ["Ja.", "Ongeveer 140 schepen per week; zie ook de vragen (2024Z20111)."],
                         askers: askers, submitted: submitted, received: "2025-03-04")
        d.identifiers = ["ah-tk-20242025-1456", "2024Z20111"] + (zaak.map { [$0] } ?? [])
        if seeAlso {
            d.unsplit = ["Antwoord van Minister Vos (ontvangen 4 maart 2025). Zie ook Aanhangsel Handelingen, vergaderjaar 2024–2025, nr. 1301."]
        }
        return d
    }

    private func cases(_ f: IndexFixture) throws -> [String: [String]] {
        let queue = try DatabaseQueue(path: f.databasePath)
        defer { try? queue.close() }
        return try queue.read { db in
            var out: [String: [String]] = [:]
            for row in try Row.fetchAll(db, sql: """
                SELECT d.case_key, f.path FROM documents d JOIN files f ON f.id = d.file_id WHERE d.case_key IS NOT NULL
                """) {
                out[row[0], default: []].append(((row[1] as String) as NSString).lastPathComponent)
            }
            return out.mapValues { $0.sorted() }
        }
    }

    func testQuestionsNoticeAndAnswersAreOneCaseAndTheQuestionShowsOnce() throws {
        let f = try IndexFixture()
        try f.write("vragen.txt", questionsDocument())
        try f.write("mededeling.txt", notice())
        try f.write("antwoord.txt", answers())
        try f.index()
        XCTAssertEqual(try cases(f)["2025Z01234"], ["antwoord.txt", "mededeling.txt", "vragen.txt"])
        // Cited inside an answer: not a link, not a case of its own.
        XCTAssertNil(try cases(f)["2024Z20111"])
        let result = try f.search("Kornwerderzand")
        XCTAssertEqual(result.total, 1, "the question once, with its answer")
        let hit = try XCTUnwrap(result.hits.first)
        XCTAssertTrue(hit.file.hasSuffix("antwoord.txt"))
        XCTAssertEqual(hit.answer, "Ja.")
        XCTAssertEqual(hit.caseInfo?.status, .answered)
        XCTAssertEqual(hit.caseInfo?.daysToAnswer, 41)
        XCTAssertEqual(hit.caseInfo?.noticeReceived, "2025-02-12")
        XCTAssertEqual(hit.caseInfo?.documents.map(\.kind), [.questions, .notice, .answers])
        XCTAssertEqual(try IndexCheck.run(databasePath: f.databasePath), [])
    }

    func testAnAnswerThatArrivesLaterLinksToTheQuestionsIndexedBefore() throws {
        let f = try IndexFixture()
        try f.write("vragen.txt", questionsDocument())
        try f.write("mededeling.txt", notice())
        try f.index()
        XCTAssertEqual(try f.search("Kornwerderzand") { $0.filters.unanswered = true }.total, 1)
        let store = try CaseStore(databasePath: f.databasePath)
        XCTAssertEqual(try store.open().map(\.info.status), [.delayed])
        // Three weeks, and three more after a notice: 42 days from 22 January is 5 March.
        XCTAssertEqual(try store.open().first?.info.isOverdue(on: "2025-03-05"), false)
        XCTAssertEqual(try store.open().first?.info.isOverdue(on: "2025-03-06"), true)

        try f.write("antwoord.txt", answers())
        try f.index()
        XCTAssertEqual(try f.search("Kornwerderzand") { $0.filters.unanswered = true }.total, 0)
        XCTAssertEqual(try CaseStore(databasePath: f.databasePath).open().count, 0)
        XCTAssertEqual(try f.search("Kornwerderzand").total, 1)
        let incremental = try cases(f)

        // The same folder rebuilt: the same cases; and the answer removed again: the questions come back.
        try f.index(rebuild: true)
        XCTAssertEqual(try cases(f), incremental)
        try FileManager.default.removeItem(atPath: f.corpus + "/antwoord.txt")
        try f.index()
        XCTAssertEqual(try f.search("Kornwerderzand").total, 1)
        XCTAssertTrue(try f.search("Kornwerderzand").hits[0].file.hasSuffix("vragen.txt"))
        XCTAssertEqual(try IndexCheck.run(databasePath: f.databasePath), [])
    }

    func testWithoutIdentifiersTheAskersDateAndQuestionsLink() throws {
        let f = try IndexFixture()
        try f.write("vragen.txt", questionsDocument(zaak: nil))
        try f.write("antwoord.txt", answers(seeAlso: false))
        try f.index()
        let grouped = try cases(f)
        XCTAssertEqual(grouped.count, 1)
        XCTAssertEqual(grouped.values.first, ["antwoord.txt", "vragen.txt"])
    }

    func testNearMissesStayApart() throws {
        let f = try IndexFixture()
        try f.write("vragen.txt", questionsDocument(zaak: nil))
        // The same askers on the same day, other questions.
        try f.write("andere.txt", questionsDocument(zaak: nil, questions: [
            "Kent u de nieuwe cijfers over de leesvaardigheid van vijftienjarigen in Nederland?",
            "Welke maatregelen neemt u om het lezen op scholen te bevorderen?"]))
        // A follow-up set that quotes the first one, weeks later.
        try f.write("vervolg.txt", questionsDocument(zaak: nil, submitted: "2025-03-20", questions: [
            "In uw antwoord schrijft u: «Ongeveer 140 schepen per week.» Bent u bekend met de sluiting van de sluizen bij Kornwerderzand voor schepen?",
            "Hoeveel schepen moeten omvaren via Den Oever en wat kost dat de vervoerders?"]))
        // Other askers, same day, same questions (another member asking the same): not one set either.
        try f.write("ander-lid.txt", questionsDocument(zaak: nil, askers: [Person(name: "Jansen", party: "SP")]))
        try f.index()
        let grouped = try cases(f)
        XCTAssertEqual(grouped.count, 4, "\(grouped)")
    }

    func testLinkingIsTheSameWhateverTheOrderOfIndexing() throws {
        let a = try IndexFixture(), b = try IndexFixture()
        try a.write("vragen.txt", questionsDocument())
        try a.write("antwoord.txt", answers())
        try a.write("mededeling.txt", notice())
        try a.index()
        try b.write("mededeling.txt", notice())
        try b.index()
        try b.write("antwoord.txt", answers())
        try b.index()
        try b.write("vragen.txt", questionsDocument())
        try b.index()
        XCTAssertEqual(try cases(a), try cases(b))
    }

    func testSetsSharingAskersDayAndSubjectGetTheSameKeysIncrementallyAsRebuilt() throws {
        let other = ["Kent u de nieuwe cijfers over de leesvaardigheid van vijftienjarigen in Nederland?",
                     "Welke maatregelen neemt u om het lezen op scholen te bevorderen?"]
        let a = try IndexFixture(), b = try IndexFixture()
        try a.write("z-vragen.txt", questionsDocument(zaak: nil))
        try a.write("a-andere.txt", questionsDocument(zaak: nil, questions: other))
        try a.write("m-antwoord.txt", answers(seeAlso: false))
        try a.index()
        try b.write("z-vragen.txt", questionsDocument(zaak: nil))
        try b.index()
        try b.write("m-antwoord.txt", answers(seeAlso: false))
        try b.index()
        try b.write("a-andere.txt", questionsDocument(zaak: nil, questions: other))
        try b.index()
        XCTAssertEqual(try cases(a), try cases(b))
        XCTAssertEqual(try cases(a).count, 2)
        XCTAssertEqual(try IndexCheck.run(databasePath: b.databasePath), [])
    }
}
