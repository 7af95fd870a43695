import XCTest
@testable import Kamervragen

/// Layouts met on real documents the parser was not written for (issue 13): several question sets in
/// one text, text that no block claims, OCR headers run into the questions, dates glued together.
final class UnseenLayoutTests: XCTestCase {
    func testSeveralSetsOnOnePageEachWithItsOwnMetadata() {
        let d = TestSupport.parse("""
            AANHANGSEL TOT HET VERSLAG VAN DE HANDELINGEN DER TWEEDE KAMER
            het antwoord op de vorige vragen loopt hier door en eindigt met deze woorden.
            412. VRAGEN van de heeren Kortman en Van Wely (beiden S.D.A.P.) in verband met de veerdienst. (Ingezonden 3 Maart 1931.)
            1. Is het waar, dat de veerdienst is gestaakt?
            2. Zoo ja, is de Minister bereid in te grijpen?
            ANTWOORD van den heer Reymer, Minister van Waterstaat. (Ingezonden 20 Maart 1931.)
            1. Ja.
            2. Neen.
            413. VRAGEN van mejuffrouw Westerman (V.D.B.) betreffende de gasfabriek. (Ingezonden 5 Maart 1931.)
            1. Is het den Minister bekend, dat de gasfabriek sluit?
            """)
        XCTAssertEqual(d.allSets.count, 2)
        XCTAssertEqual(d.askers, [Person(name: "Kortman", party: "S.D.A.P."), Person(name: "Van Wely", party: "S.D.A.P.")])
        XCTAssertEqual(d.title, "de veerdienst")
        XCTAssertEqual(d.received, "1931-03-20")
        XCTAssertEqual(TestSupport.numbers(d).a, [[1], [2]])
        let second = d.sets[0]
        XCTAssertEqual(second.askers, [Person(name: "Westerman", party: "V.D.B.")])
        XCTAssertEqual(second.title, "de gasfabriek")
        XCTAssertEqual(second.submitted, "1931-03-05")
        XCTAssertEqual(second.kind, .questions)
        // The tail of an earlier set at the top of the page is kept, not dropped.
        XCTAssertTrue(d.unsplit.joined().contains("loopt hier door"))
        XCTAssertFalse(d.unsplit.joined().contains("AANHANGSEL TOT"), "a running head is furniture")
    }

    func testEveryWordIsInABlockOrInTheTextNotSplit() {
        let text = """
            Vragen van het lid Jansen (SP) over de brug (ingezonden 2 mei 2024).
            1. Is de brug dicht?
            Antwoord van minister Smit (Infrastructuur) (ontvangen 20 mei 2024).
            1. Ja, tot de zomer.
            Toelichting: de reparatie duurt langer dan verwacht.
            """
        let d = TestSupport.parse(text)
        let placed = (d.questions.map(\.text) + d.answers.map(\.text) + d.unsplit).joined(separator: " ")
        for word in text.split(whereSeparator: { !$0.isLetter }) where word.count > 1 {
            XCTAssertTrue(placed.contains(word), "\(word) is in no block and not in the text not split")
        }
        XCTAssertTrue(d.pairs.last!.isUnsplit)
    }

    func testDateClauseRunIntoTheFirstQuestion() {
        let d = TestSupport.parse("""
            Vragen van het lid Rosmalen (Groen Links) over de banenpool. (Ingezonden 25 maart 1991) 1 Hebt u het bericht gelezen?
            2 Bent u van mening, dat dit moet?
            Antwoord
            Antwoord van staatssecretaris Veld (Sociale Zaken). (Ontvangen 12 april 1991) 1 Ja.
            2 Neen.
            """)
        XCTAssertEqual(TestSupport.numbers(d).q, [[1], [2]])
        XCTAssertEqual(TestSupport.numbers(d).a, [[1], [2]])
        XCTAssertEqual(d.submitted, "1991-03-25")
        XCTAssertEqual(d.received, "1991-04-12")
    }

    func testGluedDatesAndHyphenatedKeywords() {
        XCTAssertEqual(DutchDate.first(in: " 17februari 1994)"), "1994-02-17")
        XCTAssertEqual(DutchDate.first(in: " 18 november2024)"), "2024-11-18")
        let d = TestSupport.parse("""
            56. VRAGEN van de heer Meester (P.v.d.A.) betref-fende de rijkdom van het gebied. (Inge-zonden 29 mei 1973.)
            1. Is dit waar?
            ANTWOORD van de heer Gruijters, Minister van Volkshuisvesting. (Ont-vangen 21 januari 1974.)
            1. Ja.
            """)
        XCTAssertEqual(d.askers, [Person(name: "Meester", party: "P.v.d.A.")])
        XCTAssertEqual(d.title, "de rijkdom van het gebied")
        XCTAssertEqual(d.submitted, "1973-05-29")
        XCTAssertEqual(d.received, "1974-01-21")
    }

    func testOnePartyAfterTheWholeListOfAskers() {
        XCTAssertEqual(HeaderParser.parseAskers("Rienks en Melkert (P.v.d.A.)"),
                       [Person(name: "Rienks", party: "P.v.d.A."), Person(name: "Melkert", party: "P.v.d.A.")])
        XCTAssertEqual(HeaderParser.parseAskers("Bikker en Ceder (allen ChristenUnie)").map(\.party), ["ChristenUnie", "ChristenUnie"])
        // Each member with a party of their own keeps it.
        XCTAssertEqual(HeaderParser.parseAskers("Vliegenthart (PvdA) en Doelman-Pel (CDA)").map(\.party), ["PvdA", "CDA"])
    }

    func testAFootnoteWhoseMarkerWasLostAboveTheFooter() {
        let d = TestSupport.parse("""
            Vragen van het lid Jansen (SP) over zwembaden (ingezonden 2 mei 2024).
            Vraag 1
            Hoeveel zwembaden zijn er?1
            Antwoord 1
            Het zijn er 1.838.
            1Mulier Instituut (2022). Zwembaden in Nederland.
            Tweede Kamer, vergaderjaar 2024–2025, Aanhangsel 1
            Vraag 2
            Liggen de minste in Zuid-Limburg?
            Antwoord 2
            Ja, daar liggen de minste openbare zwembaden (0
            2.
            2Mulier Instituut (2023). Sportaccommodaties in Nederland 2023.
            Tweede Kamer, vergaderjaar 2024–2025, Aanhangsel 2
            """)
        XCTAssertEqual(d.footnotes.map(\.number), [1, 2])
        XCTAssertFalse(d.answers.contains { $0.text.contains("Sportaccommodaties") })
    }

    /// OCR pages of 1968–1992 put an explanation (`Toelichting`, alone on its line, with a colon or with
    /// its text on the same line) between the questions and the answer section. The answers after it are
    /// still answers; the explanation itself is kept in the text not split.
    func testExplanationBetweenTheQuestionsAndTheAnswers() {
        let layouts = [
            "Toelichting\nZie het artikel in de krant van 3 mei.",
            "Toelichting: Deze vragen dienen ter aanvulling op eerdere vragen.",
            "TOELICHTING\nZie het artikel in de krant van 3 mei.",
            "Toelichting Zie het artikel in de krant van 3 mei.",
        ]
        let answerSections = [
            "Antwoord\nAntwoord van minister Dales (Binnenlandse Zaken). (Ontvangen 28 april 1992)\n1 Ja.\n2 Neen.",
            "ANTWOORD van de heer Luns, Minister van Buitenlandse Zaken. (Ingezonden 16 juni 1969.)\n1. Ja.\n2. Neen.",
            "Antwoord Antwoord van minister Dales (Binnenlandse Zaken). (Ontvangen 28 april 1992) 1 Ja. 2 Neen.",
        ]
        for explanation in layouts {
            for section in answerSections {
                let text = """
                    Vragen van het lid Van Rey (VVD) over de aardbeving. (Ingezonden 16 april 1992)
                    1 Bent u op de hoogte van de schade?
                    2 Bent u bereid een regeling te treffen?
                    \(explanation)
                    \(section)
                    """
                let d = TestSupport.parse(text)
                let label = "\(explanation.prefix(14)) / \(section.prefix(20))"
                XCTAssertEqual(TestSupport.numbers(d).q, [[1], [2]], label)
                XCTAssertEqual(TestSupport.numbers(d).a, [[1], [2]], label)
                XCTAssertEqual(d.answers.map(\.text), ["Ja.", "Neen."], label)
                XCTAssertNotNil(d.received, label)
                XCTAssertTrue(d.unsplit.joined(separator: " ").contains(explanation.hasPrefix("Toelichting:") ? "aanvulling" : "krant van 3 mei"), label)
                XCTAssertFalse(d.questions.contains { $0.text.contains("krant") || $0.text.contains("aanvulling") }, label)
            }
        }
    }

    /// An explanation after the answers, or in a document of questions only, still ends the last block.
    func testExplanationWithoutAnswerSectionAfterIt() {
        let d = TestSupport.parse("""
            Vragen van het lid Van Rey (VVD) over de aardbeving. (Ingezonden 16 april 1992)
            1 Bent u op de hoogte van de schade?
            2 Bent u bereid een regeling te treffen?
            Toelichting
            Zie het artikel in de krant van 3 mei. Antwoord 3 volgt later niet.
            """)
        XCTAssertEqual(TestSupport.numbers(d).q, [[1], [2]])
        XCTAssertTrue(d.answers.isEmpty)
        XCTAssertFalse(d.questions[1].text.contains("krant"))
    }

    /// The page number an OCR page prints above the first question set (`560` or `1` on a line of its
    /// own) is no footnote reference: the question that starts with the same number stays a question.
    func testPageNumberAboveTheFirstSetIsNoFootnoteReference() {
        for number in ["1", "2", "560"] {
            let d = TestSupport.parse("""
                Tweede Kamer der Staten-Generaal
                Zitting 1979-1980
                Vragen gesteld door leden van de Kamer, met de daarop door de Regering gegeven antwoorden
                \(number)
                Vragen van het lid De Graaf (P.v.d.A.) over het Tripartite Overleg. (Ingezonden 5 september 1979)
                1 Is de bewindsman van oordeel, dat het overleg gestructureerd dient te worden?
                2 Zo ja, is de bewindsman bereid dat te bevorderen?
                Antwoord van Minister De Ruiter (Justitie). (Ontvangen 18 september 1979)
                1 Neen.
                2 Vervalt.
                """)
            XCTAssertEqual(TestSupport.numbers(d).q, [[1], [2]], number)
            XCTAssertEqual(TestSupport.numbers(d).a, [[1], [2]], number)
            XCTAssertTrue(d.footnotes.isEmpty, number)
            XCTAssertTrue(d.questions[0].text.hasPrefix("Is de bewindsman"), number)
        }
    }

    /// A bare number line after the set's intro still references a footnote at the page bottom.
    func testBareMarkerLineAfterTheIntroStillReferencesAFootnote() {
        let d = TestSupport.parse("""
            Vragen van het lid Jansen (SP) aan de minister over het bericht «Brug dicht»
            1
            (ingezonden 2 mei 2024).
            Vraag 1
            Kent u het bericht?
            Antwoord 1
            Ja.
            1 NOS, 1 mei 2024.
            Tweede Kamer, vergaderjaar 2023-2024, Aanhangsel
            """)
        XCTAssertEqual(d.footnotes.map(\.number), [1])
        XCTAssertEqual(d.answers.map(\.text), ["Ja."])
    }

    /// Pages of 1914–1940: set numbers read with spaces between the digits (`1 4 2 .`), questions and
    /// answers numbered in Roman numerals, also read with spaces (`I I I .`), and combined (`I en II.`).
    func testRomanNumeralsAndSpacedSetNumbersOfThe1930s() {
        let d = TestSupport.parse("""
            AANHANGSEL TOT HET VERSLAG VAN DE HANDELINGEN DER TWEEDE KAMER.
            Schriftelijk beantwoorde vragen.
            1 4 0 . VRAGEN van den heer van Braambeek betreffende de spoorwegvrachten. (Ingezonden 17 Februari 1932.)
            Wanneer kan publicatie tegemoetgezien worden van het rapport der commissie?
            ANTWOORD van den heer Reymer, Minister van Waterstaat. (Ingezonden 23 Maart 1932.)
            Het rapport der bedoelde commissie mag eerstdaags worden verwacht.
            1 4 2 . VRAGEN van den heer Maenen betreffende den uitvoer van steenkolen. (Ingezonden 23 Februari 1932.)
            I. Is het den Minister bekend, dat de afzet moeilijk is?
            I I . Heeft de Minister kennis genomen van het bericht in de dagbladen?
            I I I . Is de tijd gekomen om den invoer te beperken?
            IV. Wil de Minister met zijn ambtgenooten overleg plegen?
            ANTWOORD van den heer Verschuur, Minister van Arbeid, Handel en Nijverheid. (Ingezonden 24 Maart 1932.)
            I en II. Het antwoord op de vragen I en II luidt bevestigend.
            I I I . Toepassing van de Crisisinvoerwet is uitermate bemoeilijkt.
            IV. De in deze vraag bedoelde heffing wordt niet in overweging genomen.
            """)
        XCTAssertEqual(d.allSets.count, 2)
        XCTAssertEqual(d.questions.map(\.text), ["Wanneer kan publicatie tegemoetgezien worden van het rapport der commissie?"])
        XCTAssertEqual(d.answers.map(\.text), ["Het rapport der bedoelde commissie mag eerstdaags worden verwacht."])
        XCTAssertEqual(d.received, "1932-03-23")
        guard let second = d.sets.first else { return XCTFail("no second set") }
        XCTAssertEqual(second.askers.map(\.name), ["Maenen"])
        XCTAssertEqual(second.questions.map(\.numbers), [[1], [2], [3], [4]])
        XCTAssertEqual(second.answers.map(\.numbers), [[1, 2], [3], [4]])
        XCTAssertEqual(second.questions[2].text, "Is de tijd gekomen om den invoer te beperken?")
        XCTAssertEqual(second.answers[1].text, "Toepassing van de Crisisinvoerwet is uitermate bemoeilijkt.")
    }

    /// Letters that are no Roman numeral, or a Roman numeral out of sequence, start nothing.
    func testInitialsAreNoRomanNumerals() {
        let d = TestSupport.parse("""
            VRAGEN van den heer Braat betreffende den zomertijd. (Ingezonden 16 Maart 1932.)
            1. Heeft de Minister een onderzoek ingesteld bij de directie van de
            V. Spoorwegen naar den zomertijd?
            2. Zoo ja, wat is de uitkomst?
            ANTWOORD van den heer Reymer, Minister van Waterstaat. (Ingezonden 23 Maart 1932.)
            1. Ja.
            2. Zie het rapport van
            C. Smit.
            """)
        XCTAssertEqual(d.questions.map(\.numbers), [[1], [2]])
        XCTAssertEqual(d.answers.map(\.numbers), [[1], [2]])
        XCTAssertEqual(d.answers[1].text, "Zie het rapport van C. Smit.")
    }

    /// Questions whose numbers OCR lost, then answers numbered: the question text stays one unnumbered
    /// question and the answers one unnumbered answer (not answers taken for questions).
    func testNumberedAnswersAfterUnnumberedQuestionText() {
        let d = TestSupport.parse("""
            Schriftelijk beantwoorde vragen.
            50.
            VRAGEN van den heer van Braambeek betreffende het urengeld. (Ingezonden 29 November 1929.)
            Is het juist, dat de opdracht is uitgegaan om het urengeld als inkomen aan te merken? Zoo ja, waarom?
            ANTWOORD van den heer de Geer, Minister van Financiën. (Ingezonden 13 December 1929.)
            I en II. Deze beide vragen worden ontkennend beantwoord. III. De Hooge Raad heeft anders beslist.
            51. VRAGEN van den heer van der Bilt over de nachtluchtvaart. (Ingezonden 5 December 1929.)
            1. Mag de route worden verlicht?
            ANTWOORD van den heer Reymer, Minister van Waterstaat. (Ingezonden 13 December 1929.)
            1. Ja.
            """)
        XCTAssertEqual(d.questions.map(\.text), ["Is het juist, dat de opdracht is uitgegaan om het urengeld als inkomen aan te merken? Zoo ja, waarom?"])
        XCTAssertEqual(d.answers.map(\.text), ["I en II. Deze beide vragen worden ontkennend beantwoord. III. De Hooge Raad heeft anders beslist."])
        XCTAssertEqual(d.sets.first?.questions.map(\.numbers), [[1]])
        XCTAssertEqual(d.sets.first?.answers.map(\.text), ["Ja."])
    }

    /// OCR runs the text on after a date clause (`… (Ingezonden 26 juni 1991) Hebt u …`): in a set
    /// without numbers the question and the answer begin right after the clause, not on the next line.
    func testUnnumberedQuestionAndAnswerRunOnAfterTheirDateClauses() {
        let d = TestSupport.parse("""
            Vragen van het lid Leerling (RPF) over schone diesels. (Ingezonden 26 juni 1991) Hebt u kennis genomen van de berichten?
            Wordt er subsidie gegeven op schone diesels?
            Antwoord van minister Alders (Milieubeheer) (Ontvangen 22 juli 1991) Verschillende fabrikanten zijn daartoe in staat.
            De wetgeving volgt.
            """)
        XCTAssertEqual(d.questions.map(\.text), ["Hebt u kennis genomen van de berichten? Wordt er subsidie gegeven op schone diesels?"])
        XCTAssertEqual(d.answers.map(\.text), ["Verschillende fabrikanten zijn daartoe in staat. De wetgeving volgt."])
        XCTAssertEqual(d.received, "1991-07-22")
    }

    /// A notice set, then two further sets: each set is cut where the next begins, also when the first
    /// holds no numbered blocks (the fallback for unnumbered sets stays inside its own set).
    func testANoticeSetFollowedByFurtherSets() {
        let d = TestSupport.parse("""
            VRAGEN van de heer Berkhouwer (V.V.D.) betreffende vuurwapens. (Ingezonden 23 juni 1964.) 1. Hebben de bewindslieden kennis genomen van het bericht? 2. Achten zij dit juist?
            MEDEDELING van de heer Scholten, Minister van Justitie. (Ingezonden 27 juli 1964.)
            Het is niet mogelijk gebleken de vragen binnen de gebruikelijke termijn te beantwoorden.
            425.
            VRAGEN van de heer Vredeling (P.v.d.A.) betreffende de projecten. (Ingezonden 25 juni 1964.)
            1. Heeft de Minister kennis genomen van het bulletin?
            ANTWOORD van de heer Biesheuvel, Minister van Landbouw en Visserij. (Ingezonden 27 juli 1964.)
            1. Deze vraag wordt bevestigend beantwoord.
            426. VRAGEN van de heer Egas (P.v.d.A.) over Flevoland. (Ingezonden 1 juli 1964.) 1. Is het juist?
            """)
        XCTAssertEqual(d.allSets.map { $0.askers.first?.name }, ["Berkhouwer", "Vredeling", "Egas"])
        XCTAssertEqual(d.kind, .notice)
        XCTAssertEqual(d.notice, "Het is niet mogelijk gebleken de vragen binnen de gebruikelijke termijn te beantwoorden.")
        XCTAssertEqual(d.answerers.map(\.name), ["Scholten"])
        XCTAssertEqual(d.sets.first?.questions.map(\.numbers), [[1]])
        XCTAssertEqual(d.sets.first?.answers.map(\.text), ["Deze vraag wordt bevestigend beantwoord."])
    }

    /// A reference after the answer's date (`…, zie ook Aanhangsel Handelingen nr. 754, Vergaderjaar
    /// 1991-1992 1 Ik heb …`), run on into the first answer: the answer starts after the session year.
    func testFirstAnswerRunOnAfterAReferenceToAnEarlierAnswer() {
        let d = TestSupport.parse("""
            Vragen van het lid Van Ojik (Groen Links) over voedselhulp. (Ingezonden 3 juli 1992)
            1 Hebt u kennisgenomen van het bericht over de voedselhulp?
            2 Is het waar, dat de hulp vertraagd is?
            Antwoord
            Antwoord van minister Pronk (Ontwikkelingssamenwerking). (Ontvangen 19 augustus 1992), zie ook Aanhangsel Handelingen nr. 754, Vergaderjaar 1991-1992 1 Ik heb kennisgenomen van het bericht.
            2 Neen.
            """)
        XCTAssertEqual(TestSupport.numbers(d).a, [[1], [2]])
        XCTAssertEqual(d.answers.first?.text, "Ik heb kennisgenomen van het bericht.")
        XCTAssertEqual(d.received, "1992-08-19")
    }

    /// Three answers of one minister on one day, their clause lines word for word the same: a dated
    /// clause is never a running head, so no clause is dropped as page furniture.
    func testRepeatedIdenticalAnswerClausesAreKept() {
        let clause = "ANTWOORD van den heer Colijn, Minister van Staat, Minister van Koloniën. (Ingezonden 20 Juli 1935.)"
        let d = TestSupport.parse("""
            101. VRAGEN van den heer Drop betreffende de suikerindustrie op Java. (Ingezonden 2 Juli 1935.)
            Is de Minister bereid de suikerindustrie te steunen?
            \(clause)
            De ondergeteekende is daartoe niet bereid.
            102. VRAGEN van den heer Kortman betreffende den rijstprijs. (Ingezonden 3 Juli 1935.)
            Is de Minister bekend met den gestegen rijstprijs?
            \(clause)
            Het antwoord op deze vraag luidt bevestigend.
            103. VRAGEN van den heer Wijnkoop betreffende de tinwinning. (Ingezonden 4 Juli 1935.)
            Wordt de tinwinning op Banka ingekrompen?
            \(clause)
            Daartoe bestaat geen voornemen.
            """)
        XCTAssertEqual(d.allSets.count, 3)
        for set in d.allSets {
            XCTAssertEqual(set.answerers.map(\.name), ["Colijn"])
            XCTAssertEqual(set.received, "1935-07-20")
            XCTAssertEqual(set.answers.count, 1)
        }
    }
}
