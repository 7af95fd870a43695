import XCTest
@testable import DutchText

final class RepairPageFurnitureTests: XCTestCase {
    func testRunningHeadsAndFootersAreFurniture() {
        for line in ["Tweede Kamer, vergaderjaar 2024–2025, Aanhangsel 1", "ah-tk-20242025-594", "kv-tk-2024Z18659",
                     "ISSN 0921 - 7398’s-Gravenhage 2024Tweede Kamer, vergaderjaar 2024–2025, Aanhangsel 1",
                     "’s-Gravenhage 2024", "Tweede Kamer der Staten-Generaal2", "h tk 20232024 387",
                     "265912F ISSN0921 7398 Sdu Uitgeverij Plantijnstraat 's Gravenhage 1992",
                     "Aanhangsel tot bet Verslag van de Handelingen der Eerste Kamer", "Deel I Zitting 1956—1957",
                     "Zitting 1968-1969 Aanhangsel", "TWEEDE KAMER", "Aanhangsel",
                     "’s-Gravenhage 2024 Tweede Kamer, vergaderjaar 2024–2025, Vragen 1",
                     "Tweede Kamer, vergaderjaar 1984-1985, Aanhangsel"] {
            XCTAssertEqual(PageFurniture.classify(line), .furniture, line)
        }
    }

    func testFooterGluedToHeadingLeavesTheHeading() {
        XCTAssertEqual(PageFurniture.classify("Tweede Kamer, vergaderjaar 2022–2023, Aanhangsel 1Antwoord 3"), .gluedPrefix("Antwoord 3"))
        XCTAssertEqual(PageFurniture.classify("ISSN 0921 - 7398’s-Gravenhage 2023Tweede Kamer, vergaderjaar 2022–2023, Aanhangsel 1Antwoord 3"),
                       .gluedPrefix("Antwoord 3"))
    }

    func testRunningTextIsNotFurniture() {
        for line in ["De Tweede Kamer heeft de motie aangenomen.", "Tweede Kamer, vergaderjaar 2022–2023, 26 485, nr. 424",
                     "Vraag 1", "Zie ook Aanhangsel Handelingen, vergaderjaar 2024–2025, nr. 318.", ""] {
            XCTAssertEqual(PageFurniture.classify(line), .text, line)
        }
    }

    func testRecurrenceMasksDigitsAndSkipsHeadingsAndCitations() {
        let lines = ["Verslag commissie Financiën 2019/20, blz 3", "Verslag commissie Financiën 2019/20, blz 4", "Verslag commissie Financiën 2019/20, blz 5",
                     "Vraag 1", "Vraag 2", "Vraag 3", "Kamerstuk 26 485, nr. 380", "Kamerstuk 26 485, nr. 381",
                     "Kamerstuk 26 485, nr. 382", "Eenmalige regel die niet terugkomt"]
        let r = PageFurniture.recurring(lines, isHeading: { $0.hasPrefix("Vraag") })
        XCTAssertEqual(r, [PageFurniture.mask("Verslag commissie Financiën 2019/20, blz 3")])
    }

    func testBareNumbers() {
        XCTAssertEqual(PageFurniture.bareNumbers("2 3"), [2, 3])
        XCTAssertEqual(PageFurniture.bareNumbers("12"), [12])
        XCTAssertNil(PageFurniture.bareNumbers("2 en 3"))
        XCTAssertNil(PageFurniture.bareNumbers("2."))
        XCTAssertNil(PageFurniture.bareNumbers(""))
    }
}

final class EmbeddedFurnitureTests: XCTestCase {
    func testOCRRunningFooterGluedToText() {
        XCTAssertEqual(PageFurniture.classify("der routes? Handelingen der Staten-Generaal 1929—1930.. II. Aanhangsel.^"),
                       .gluedPrefix("der routes?"))
        XCTAssertEqual(PageFurniture.classify("Handelingen der Staten-Generaal — Zitting 1949—1950 — II. Aanhangsel"), .furniture)
        XCTAssertEqual(PageFurniture.classify("Handelingen der Staten-Generaal. — 1922—1923. — II."), .furniture)
        XCTAssertEqual(PageFurniture.classify("365802F ISSN 0921 738x Sdu Uitgeverij Plantijnstraat 's Gravenhage 1993"), .furniture)
        XCTAssertEqual(PageFurniture.classify("911059F ISSN 921 -7398 SDU uitgeverij 's-Gravenhage 1991"), .furniture)
    }

    func testAReferenceToTheHandelingenIsText() {
        let line = "zie het Aanhangsel tot het verslag van de Handelingen der Tweede Kamer, nr. 267."
        XCTAssertEqual(PageFurniture.classify(line), .text)
    }
}
