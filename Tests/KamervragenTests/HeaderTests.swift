import XCTest
@testable import Kamervragen

final class HeaderTests: XCTestCase {
    func header(_ s: String) -> HeaderParser.Result { HeaderParser.parse(header: s, clauses: []) }

    func testGroupPartiesApplyToEveryNameOfTheGroup() {
        let r = header("Vragen van de leden Muller van Ast en Haas-Berger (beiden P.v.d.A.), Borgman (C.D.A.), Mik (D'66) en Dees (V.V.D.) over de vrede (Ingezonden 25 april 1991}")
        XCTAssertEqual(r.askers, [Person(name: "Muller van Ast", party: "P.v.d.A."), Person(name: "Haas-Berger", party: "P.v.d.A."),
                                  Person(name: "Borgman", party: "C.D.A."), Person(name: "Mik", party: "D'66"),
                                  Person(name: "Dees", party: "V.V.D.")])
        XCTAssertEqual(r.submitted, "1991-04-25")
        XCTAssertEqual(r.title, "de vrede")
    }

    func testAllenAndOcrHyphenInGroupWord() {
        XCTAssertEqual(header("Vragen van de leden Paternotte en Podt (allen GroenLinks) aan de Minister van Onderwijs over x (ingezonden 1 mei 2020).").askers,
                       [Person(name: "Paternotte", party: "GroenLinks"), Person(name: "Podt", party: "GroenLinks")])
        XCTAssertEqual(header("893. VRAGEN van de leden Laban en Van Ooijen (bei-den P.v.d.A.) over de school. (Ingezonden 24 januari 1974.)").askers,
                       [Person(name: "Laban", party: "P.v.d.A."), Person(name: "Van Ooijen", party: "P.v.d.A.")])
    }

    func testHonorificsAndGluedFirstName() {
        XCTAssertEqual(header("VRAGEN van den heer Ruys de Beerenbrouck over iets. (Ingezonden 28 Juli 1924.)").askers,
                       [Person(name: "Ruys de Beerenbrouck", party: nil)])
        XCTAssertEqual(header("Vragen van mevrouw Kuiken (PvdA) aan de Minister van Justitie over iets (ingezonden 2 juni 2015).").askers,
                       [Person(name: "Kuiken", party: "PvdA")])
        XCTAssertEqual(header("Vragen van het lid DaniëlleJansen (Nieuw Sociaal Contract) aan de Minister over x (ingezonden 30 oktober 2024).").askers,
                       [Person(name: "Daniëlle Jansen", party: "Nieuw Sociaal Contract")])
    }

    func testInitialsStayInTheName() {
        XCTAssertEqual(header("VRAGEN van den heer J. ter Laan over de haven. (Ingezonden 2 mei 1930.)").askers,
                       [Person(name: "J. ter Laan", party: nil)])
        XCTAssertEqual(header("Vragen van het lid J.A. de Vries (VVD) aan de Minister van Financiën over x (ingezonden 1 mei 2000).").askers,
                       [Person(name: "J.A. de Vries", party: "VVD")])
    }

    func testAddresseesPluralMinistersAndGluedOver() {
        let r = header("Vragen van de leden A (X) en B (Y) aan de Ministers van Asiel en Migratie en van Volksgezondheid, Welzijn en Sportover zorg voor baby’s (ingezonden 18 november 2024).")
        XCTAssertEqual(r.addressees, ["Minister van Asiel en Migratie", "Minister van Volksgezondheid, Welzijn en Sport"])
        XCTAssertEqual(r.title, "zorg voor baby’s")
        let r2 = header("Vragen van het lid C (Z) aan de Minister van Binnenlandse Zaken en de Staatssecretaris van Veiligheid en Justitie over id (ingezonden 17 februari 2015).")
        XCTAssertEqual(r2.addressees, ["Minister van Binnenlandse Zaken", "Staatssecretaris van Veiligheid en Justitie"])
    }

    func testAnswerers() {
        XCTAssertEqual(HeaderParser.parseAnswerers("ANTWOORD van de heren Polak, Minister van Justitie, en Grapperhaus, Staatssecretaris van Sociale Zaken. (Ontvangen 3 mei 1968.)"),
                       [Official(name: "Polak", role: "Minister", department: "Justitie"),
                        Official(name: "Grapperhaus", role: "Staatssecretaris", department: "Sociale Zaken")])
        XCTAssertEqual(HeaderParser.parseAnswerers("Antwoord van Staatssecretaris Van Rij (Financiën – Fiscaliteit en Belastingdienst), mede namens de Minister voor Buitenlandse Handel (ontvangen 21 mei 2024)."),
                       [Official(name: "Van Rij", role: "Staatssecretaris", department: "Financiën – Fiscaliteit en Belastingdienst"),
                        Official(name: nil, role: "Minister", department: "Buitenlandse Handel")])
    }

    func testReceivedDateVariants() {
        XCTAssertEqual(HeaderParser.parse(header: "", clauses: ["Antwoord van Minister X (Y) (ontvangen (ontvangen 7 juni 2024)"]).received, "2024-06-07")
        XCTAssertEqual(HeaderParser.parse(header: "", clauses: ["ANTWOORD van Staatssecretaris V (O). (Ontvangen 15 februari 1974.)"]).received, "1974-02-15")
        XCTAssertEqual(DutchDate.first(in: "(ingezonden\n25 okt. 2024)"), "2024-10-25")
        XCTAssertNil(DutchDate.first(in: "(ingezonden 32 mei 2024)"))
    }

    /// Dates of OCR pages of every era: a month name broken by a line-break hyphen (`ok-tober`, also
    /// with a space left where the line broke), and the spelling `October` of before 1947.
    func testDatesOfOlderPages() {
        XCTAssertEqual(DutchDate.first(in: " 11 ok-tober 1968.)"), "1968-10-11")
        XCTAssertEqual(DutchDate.first(in: " 12 sep-tember 1979) 1 Is"), "1979-09-12")
        XCTAssertEqual(DutchDate.first(in: " 26 augus- tus 1971.)"), "1971-08-26")
        XCTAssertEqual(DutchDate.first(in: " 31 ja-nuari 1972.)"), "1972-01-31")
        XCTAssertEqual(DutchDate.first(in: " 31 October 1917.)"), "1917-10-31")
        XCTAssertEqual(DutchDate.first(in: " 11 october 1923), ten"), "1923-10-11")
        // The Character path (a non-ASCII text) as the byte path.
        XCTAssertEqual(DutchDate.first(in: " 12 sep-tember 1979) — één"), "1979-09-12")
        // Only a whole month name joins: no date from parts that make none, or from a broken year.
        XCTAssertNil(DutchDate.first(in: " 12 sep-tem 1979)"))
        XCTAssertNil(DutchDate.first(in: " 12 mei-juni 1979)"))
        XCTAssertNil(DutchDate.first(in: " 12 ok-tober 19-79)"))
        XCTAssertEqual(HeaderParser.parse(header: "VRAGEN van de heren Tans (P.v.d.A.) inzake het nemen van een beslis-sing. (Ingezonden 11 ok-tober 1968.)",
                                          clauses: []).submitted, "1968-10-11")
    }

    func testIdentifiers() {
        XCTAssertEqual(Identifiers.find(in: "AH 617\n2024Z 17972\nah-tk-20242025-594 kv-tk-2024Z18659 2022D31072 ID-2016Z00020-d37"),
                       ["AH617", "2024Z17972", "ah-tk-20242025-594", "kv-tk-2024Z18659", "2022D31072", "2016Z00020"])
    }
}

/// The header's keyword search on bytes finds what Foundation's search finds, on seeded random headers
/// (ASCII and not, CR, control characters, combining marks, ignorable scalars, keywords whole and broken).
final class HeaderSearchFastPathTests: XCTestCase {
    typealias RNG = ParserRobustnessTests.SplitMix64

    static let pieces = ["Vragen van ", "het lid ", "Timmer", " (SP)", " aan de ", "Minister", " over ", " inzake ", "ingezonden",
                         "Ingezonden", "INGEZONDEN", "ontvangen", "Ontvangen", "(ontvangen", "Antwoord van", "ANTWOORD van",
                         "Mededeling van", " en van ", ". (", ". Zie ook", " ", "  ", ".", ",", "(", ")", "17 april 1995", "a",
                         "é", "e\u{0301}", "\u{0301}", "\r", "\r\n", "\n", "\t", "\u{0}", "\u{1}", "\u{7F}", "Financiën", "“", "–",
                         "\u{212A}", "K", ";", "`", " betreffende ", " met betrekking tot ", "ingezon", "den", "\u{00AD}",
                         "\u{200B}", "\u{200D}", "\u{FEFF}", "ontv\u{00AD}angen", "Ingezonden\u{0301}", "’", "\u{0600}", "😀"]
    static let needleLists = [["Antwoord van", "ANTWOORD van", "antwoord van", "Mededeling van", "MEDEDELING van"],
                              ["ingezonden", "Ingezonden", "INGEZONDEN"], ["ontvangen", "Ontvangen", "ONTVANGEN"],
                              ["(ingezonden", "(Ingezonden", "(INGEZONDEN"], [" over ", " inzake ", " met betrekking tot ", " betreffende "],
                              [" en van ", " en voor "], ["(ontvangen", "(Ontvangen", ". (", ". Zie ook"], ["K", ";", "`"]]

    func testByteSearchFindsWhatFoundationFinds() {
        var rng = RNG(state: 20_261_205)
        var found = 0, ascii = 0
        for _ in 0..<20_000 {
            var s = ""
            let asciiOnly = rng.next() % 2 == 0
            for _ in 0..<Int(rng.next() % 30) {
                let p = Self.pieces[Int(rng.next() % UInt64(Self.pieces.count))]
                if !asciiOnly || p.utf8.allSatisfy({ $0 < 0x80 }) { s += p }
            }
            if s.utf8.allSatisfy({ $0 < 0x80 }) { ascii += 1 }
            for needles in Self.needleLists {
                let r = HeaderParser.firstRange(in: s, of: needles)
                if r != nil { found += 1 }
                XCTAssertEqual(r, HeaderParser.foundationFirstRange(in: s, of: needles), s.debugDescription)
            }
        }
        XCTAssertGreaterThan(found, 10_000)
        XCTAssertGreaterThan(ascii, 8_000)
    }
}
