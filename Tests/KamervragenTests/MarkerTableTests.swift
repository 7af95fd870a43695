import XCTest
@testable import Kamervragen

/// The marker scanner of ``Segmenter`` on its own: what each line (or sentence end) offers as a block
/// start — kind, numbers, whether it is at a line start — before the walk decides which ones count.
final class MarkerTableTests: XCTestCase {
    private typealias Kind = Segmenter.MarkerKind

    /// The markers of `text`: kind, numbers, line start, and the text from the content start to the line end.
    private func markers(_ text: String) -> [(Kind, [Int], Bool, String)] {
        let s = Segmenter(text: text)
        return s.markers().map { m in
            let end = s.lineEnd(m.contentStart)
            return (m.kind, m.numbers, m.lineStart, s.text(m.contentStart..<max(m.contentStart, end)))
        }
    }

    func testTheTable() {
        let table: [(line: String, kind: Kind?, numbers: [Int], rest: String)] = [
            ("Vraag 1", .question, [1], ""),
            ("Vraag 2 en 3", .question, [2, 3], ""),
            ("Vraag 4: Kunt u dat toelichten?", .question, [4], "Kunt u dat toelichten?"),
            ("VRAAG 5", .question, [5], ""),
            ("Antwoord 1", .answer, [1], ""),
            ("Antwoord 5, 6 en 7", .answer, [5, 6, 7], ""),
            ("Antwoord op vraag 2 en 3:", .answer, [2, 3], ""),
            ("Antwoord:", .answer, [], ""),
            ("Ad vraag 1.", .answer, [1], ""),
            ("ANTWOORD van den heer Colijn, Minister van Financiën.", .answerSection, [],
             "ANTWOORD van den heer Colijn, Minister van Financiën."),
            ("Mededeling", .noticeSection, [], ""),
            ("1. Bent u bekend met het bericht?", .number, [1], "Bent u bekend met het bericht?"),
            ("2 en 3. Waarom niet?", .number, [2, 3], "Waarom niet?"),
            ("Viaag 2 :", .question, [2], ""),
            ("Vraag. 3", .question, [3], ""),
            ("Antwoord 2 ' .", .answer, [2], ""),
            // No markers: a word that only looks like a heading, text after a number that is a year.
            ("Vraagt u dat nog eens?", nil, [], ""),
            ("Vlaag 2 van het project", nil, [], ""),
            ("Antwoorden zijn er niet.", nil, [], ""),
        ]
        for row in table {
            let found = markers(row.line)
            guard let kind = row.kind else {
                XCTAssertTrue(found.isEmpty, "\(row.line): \(found)")
                continue
            }
            XCTAssertEqual(found.first?.0, kind, row.line)
            XCTAssertEqual(found.first?.1, row.numbers, row.line)
            XCTAssertEqual(found.first?.2, true, "\(row.line): at a line start")
            XCTAssertEqual(found.first?.3, row.rest, row.line)
        }
    }

    func testAfterASentenceEnd() {
        // A number after a sentence end is an inline candidate, not at a line start.
        let found = markers("Dat is zo. 2 Hoe lang duurt het?")
        XCTAssertEqual(found.map(\.0), [.number])
        XCTAssertEqual(found.first?.1, [2])
        XCTAssertEqual(found.first?.2, false)
        // After a date clause the line break was lost: what follows counts as a line start.
        let clause = markers("(Ingezonden 25 maart 1991) 1 Hebt u kennisgenomen van het bericht?")
        XCTAssertEqual(clause.first?.1, [1])
        XCTAssertEqual(clause.first?.2, true)
    }
}
