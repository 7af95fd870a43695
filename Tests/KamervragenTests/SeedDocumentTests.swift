import XCTest
@testable import Kamervragen

/// The user's own sample, `Corpus/000_2b302af1f60f65a6.txt`: the parser's "done when".
final class SeedDocumentTests: XCTestCase {
    var doc: Document!

    override func setUpWithError() throws {
        doc = try DocumentParser().parse(fileAt: TestSupport.corpus.appendingPathComponent("000_2b302af1f60f65a6.txt").path)
    }

    func testHeader() {
        XCTAssertEqual(doc.kind, .answers)
        XCTAssertEqual(doc.askers, [Person(name: "Wiersma", party: "VVD")])
        XCTAssertEqual(doc.submitted, "2019-06-27")
        XCTAssertEqual(doc.received, "2019-10-10")
        XCTAssertEqual(doc.title, "het Dreigingsbeeld Terrorisme Nederland 50")
        XCTAssertEqual(doc.addressees, ["Minister van Sociale Zaken en Werkgelegenheid"])
        XCTAssertEqual(doc.answerers.first, Official(name: "Koolmees", role: "Minister", department: "Sociale Zaken en Werkgelegenheid"))
        XCTAssertEqual(doc.answerers.dropFirst().first, Official(name: nil, role: "Minister", department: "Justitie en Veiligheid"))
    }

    func testSixQuestionsAndSixAnswers() {
        XCTAssertEqual(doc.questions.map(\.numbers), (1...6).map { [$0] })
        XCTAssertEqual(doc.answers.map(\.numbers), (1...6).map { [$0] })
        XCTAssertEqual(doc.diagnostics.filter { $0.severity == .warning }, [])
    }

    func testFootnotesDetachedWithTheirTexts() {
        XCTAssertEqual(doc.footnotes, [
            Footnote(number: 1, text: "https://www.nctv.nl/organisatie/ct/dtn/index.aspx"),
            Footnote(number: 2, text: "Motie Becker c.s., Kamerstuk 29 754, nr. 451"),
        ])
        XCTAssertEqual(doc.questions[0].text, "Bent u bekend met het Dreigingsbeeld Terrorisme Nederland 50?")
        XCTAssertTrue(doc.questions[5].text.contains("motie Becker c.s.? Zo nee, waarom niet?"))
        XCTAssertFalse(doc.text.contains("nctv.nl"))
        XCTAssertFalse(doc.text.contains("Kamerstuk 29 754"))
    }

    func testAnswer3RunsOnAcrossThePageBreak() {
        let a3 = doc.answers[2].text
        XCTAssertTrue(a3.contains("staat de zorg voor en over de eventuele kinderen van deze personen centraal"), a3)
        XCTAssertFalse(a3.contains("https"))
        XCTAssertFalse(a3.contains("\n"))
    }

    func testLineBreakHyphensJoined() {
        XCTAssertTrue(doc.answers[3].text.contains("de aard en omvang van de problematiek als"))
        XCTAssertTrue(doc.answers[4].text.contains("een kinderbeschermingsmaatregel overwegen."))
        XCTAssertFalse(doc.text.contains("problema-"))
    }

    func testPairs() {
        let pairs = doc.pairs.filter { !$0.isUnsplit }
        XCTAssertEqual(pairs.count, 6)
        // The header (askers, answerers, dates) comes last, as the unit of text not split.
        XCTAssertEqual(doc.pairs.count, 7)
        XCTAssertTrue(doc.pairs[6].isUnsplit)
        XCTAssertTrue(doc.pairs[6].question.contains("Wiersma"))
        XCTAssertEqual(pairs[2].numbers, [3])
        XCTAssertTrue(pairs[2].question.hasPrefix("Gegeven het feit"))
        XCTAssertEqual(pairs.map(\.footnoteNumbers), [[1], [], [], [], [], [2]])
        XCTAssertEqual(doc.questions.map(\.footnoteNumbers), [[1], [], [], [], [], [2]])
    }
}
