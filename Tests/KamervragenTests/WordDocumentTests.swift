import XCTest
@testable import Kamervragen

/// Word (`.docx`) and OpenDocument (`.odt`) files, made by `scripts/make-word-fixtures` (issue 17).
final class WordDocumentTests: XCTestCase {
    private func path(_ name: String) -> String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Word/\(name)").path
    }

    func testNumberingIsRestoredFootnotesSeparatedAndACombinedAnswerFound() throws {
        let d = try DocumentParser().parse(fileAt: path("antwoord-nummering-voetnoot.docx"))
        XCTAssertEqual(d.kind, .answers)
        XCTAssertEqual(TestSupport.numbers(d).q, [[1], [2], [3]], "Word's automatic numbers put back")
        XCTAssertEqual(TestSupport.numbers(d).a, [[1], [2, 3]])
        XCTAssertEqual(d.footnotes, [Footnote(number: 1, text: "Trendrapportage Arbeidsmarkt Leraren 2024, januari 2025.")])
        XCTAssertEqual(d.questions[0].footnoteNumbers, [1])
        XCTAssertFalse((d.questions + []).map(\.text).joined().contains("Trendrapportage"), "the footnote is not in the text")
        XCTAssertFalse(d.answers.map(\.text).joined().contains("Trendrapportage"))
        XCTAssertTrue(d.questions[0].text.hasSuffix("nog steeds groeit?"), d.questions[0].text)
        XCTAssertEqual(d.received, "2025-04-02")
        XCTAssertTrue(d.identifiers.contains("2025Z05555"))
        // A bullet list is not numbered: its item stays in the answer it follows.
        XCTAssertTrue(d.answers[1].text.hasSuffix("Is dit bericht in lijn met uw beleid?"))
    }

    func testOpenDocumentListNumbersFootnotesAndLineBreaks() throws {
        let d = try DocumentParser().parse(fileAt: path("antwoord-lijst-voetnoot.odt"))
        XCTAssertEqual(d.kind, .answers)
        XCTAssertEqual(TestSupport.numbers(d).q, [[1], [2], [3]], "numbered list items, the second list continuing")
        XCTAssertEqual(TestSupport.numbers(d).a, [[1], [2, 3]])
        XCTAssertEqual(d.footnotes, [Footnote(number: 1, text: "Leeuwarder Courant, 12 maart 2025.")])
        XCTAssertEqual(d.questions[0].footnoteNumbers, [1])
        XCTAssertEqual(d.questions[0].text, "Klopt het dat de veerdienst naar Terschelling in de winter minder vaak vaart?")
        XCTAssertFalse(d.answers.map(\.text).joined().contains("Leeuwarder"), "the footnote is not in the text")
        XCTAssertTrue(d.answers[1].text.contains("forensenkaart aan. Ik spreek"), d.answers[1].text)
        XCTAssertTrue(d.answers[1].text.hasSuffix("Dit is een opsomming zonder nummer."), "a bullet is no number")
        XCTAssertEqual(d.received, "2025-04-09")
    }

    func testANotice() throws {
        let d = try DocumentParser().parse(fileAt: path("mededeling-uitstel.docx"))
        XCTAssertEqual(d.kind, .notice)
        XCTAssertEqual(d.askers, [Person(name: "Jansen", party: "SP")])
        XCTAssertTrue(d.notice?.contains("niet binnen de gebruikelijke termijn") ?? false)
        XCTAssertEqual(d.submitted, "2025-03-03")
        XCTAssertEqual(d.received, "2025-03-24")
    }

    func testBadWordFilesGetAOneLineReason() {
        let cases = [("geen-zip.docx", "not a Word file"), ("zonder-document.docx", "no word/document.xml"),
                     ("met-wachtwoord.docx", "password-protected"), ("zipbom.docx", "too large when unpacked"),
                     ("zonder-inhoud.odt", "no content.xml")]
        for (name, reason) in cases {
            XCTAssertThrowsError(try DocumentParser().parse(fileAt: path(name)), name) { error in
                let message = (error as? ParseError)?.description ?? "\(error)"
                XCTAssertTrue(message.contains(reason), "\(name): \(message)")
                XCTAssertFalse(message.contains("\n"), "\(name): one line")
            }
        }
    }
}
