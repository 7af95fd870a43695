import XCTest
@testable import Kamervragen

/// Headings as Tesseract reads them from a scan of the modern layout: a misread letter, a speck read as
/// punctuation after the number or the keyword. At a line start, before a number, they still head a block.
final class OCRHeadingTests: XCTestCase {
    private let document = """
        Vragen van het lid Jansen (GL) aan de Minister van Financiën over de toeslagen (ingezonden 3 maart 2024).
        Antwoord van Minister Bakker (Financiën) (ontvangen 2 april 2024).

        Vraag 1
        Bent u bekend met het bericht over de toeslagen?
        Antwoord 1
        Ja.
        Viaag 2 :
        Hoeveel ouders wachten nog op een besluit?
        Antwoard 2 ' .
        Op 1 maart wachtten nog 1.200 ouders.
        Vraag. 3
        Wanneer krijgen zij een besluit?
        Antwoord 3 :
        Voor de zomer.
        """

    func testMisreadHeadingsStillStartBlocks() {
        let doc = TestSupport.parse(document)
        XCTAssertEqual(TestSupport.numbers(doc).q, [[1], [2], [3]])
        XCTAssertEqual(TestSupport.numbers(doc).a, [[1], [2], [3]])
        XCTAssertEqual(doc.questions.map(\.text), ["Bent u bekend met het bericht over de toeslagen?",
                                                   "Hoeveel ouders wachten nog op een besluit?",
                                                   "Wanneer krijgen zij een besluit?"])
        XCTAssertEqual(doc.answers.last?.text, "Voor de zomer.")
    }

    func testOrdinaryWordsAreNoHeadings() {
        // Not a one-letter misreading, or no number after it, or not at a line start.
        let doc = TestSupport.parse("""
            Vraag 1
            Is de Vlaag 2 van het project gestart? Het Antwoord 2 van de vorige keer was onduidelijk.
            Vraagt u 3 keer?
            Antwoord 1
            Nee.
            """)
        XCTAssertEqual(TestSupport.numbers(doc).q, [[1]])
        XCTAssertEqual(TestSupport.numbers(doc).a, [[1]])
    }

    /// The column title `Antwoord` before the clause, the clause's own `Antwoord` misread (`Antwooid van`):
    /// still the answer section. One misread letter only: `Antwxxxd van` is text.
    func testMisreadSecondKeywordOfTheAnswerClause() {
        func parse(_ clause: String) -> Document {
            TestSupport.parse("""
                Vragen van het lid Hartmeijer (PvdA) over etikettering van verven. (Ingezonden 17 januari 1978).
                1 Is het waar, dat overeenstemming is bereikt? 2 Is het ook waar, dat dit lang duurde?
                \(clause) van Minister Albeda (Sociale Zaken) (Ontvangen 21 februari 1978).
                1 Ja. 2 Neen.
                """)
        }
        let doc = parse("Antwoord Antwooid")
        XCTAssertEqual(TestSupport.numbers(doc).a, [[1], [2]])
        XCTAssertEqual(doc.received, "1978-02-21")
        XCTAssertEqual(doc.answerers, [Official(name: "Albeda", role: "Minister", department: "Sociale Zaken")])
        XCTAssertTrue(parse("Antwoord Antwxxxd").answers.isEmpty)
    }
}
