import XCTest
@testable import Kamervragen

/// How question and answer blocks are found and numbered, one layout per test.
final class NumberingTests: XCTestCase {
    let header = "Vragen van het lid Jansen (VVD) aan de Minister van Financiën over belastingen (ingezonden 3 maart 2021).\n"
    let answerHeader = "Antwoord van Minister De Vries (Financiën) (ontvangen 1 april 2021).\n"

    func testCombinedKeywordHeadings() {
        let d = TestSupport.parse(header + answerHeader + """
            Vraag 1
            Een?
            Vraag 2 en 3
            Twee en drie?
            Vraag 4, 5 en 6
            Vier tot zes?
            Vraag 7 t/m 9
            Zeven tot negen?
            Antwoord 1
            Ja.
            Antwoord 2 en 3
            Nee.
            Antwoord 4, 5 en 6
            Misschien.
            Antwoord op vraag 7 t/m 9
            Zie antwoord 1 en 2.
            """)
        XCTAssertEqual(d.kind, .answers)
        XCTAssertEqual(TestSupport.numbers(d).q, [[1], [2, 3], [4, 5, 6], [7, 8, 9]])
        XCTAssertEqual(TestSupport.numbers(d).a, [[1], [2, 3], [4, 5, 6], [7, 8, 9]])
        XCTAssertEqual(d.answers[3].text, "Zie antwoord 1 en 2.")
        XCTAssertEqual(d.diagnostics, [])
    }

    func testWordStyleNumberedQuestionsWithUnnumberedAnswers() {
        let d = TestSupport.parse(answerHeader + """

            1. Kunt u bevestigen dat het klopt?

            Antwoord:
            Ja. Daarbij gelden drie punten:
            1. het eerste punt;
            2. het tweede punt.

            2. Welke bedrijven zijn er?

            Antwoord:
            Geen.
            """)
        XCTAssertEqual(TestSupport.numbers(d).q, [[1], [2]])
        XCTAssertEqual(TestSupport.numbers(d).a, [[1], [2]])
        XCTAssertTrue(d.answers[0].text.contains("2. het tweede punt."), d.answers[0].text)
        XCTAssertEqual(d.questions[1].text, "Welke bedrijven zijn er?")
    }

    func testKeywordDocumentsIgnoreListsInsideAnswers() {
        let d = TestSupport.parse(header + answerHeader + """
            Vraag 1
            Wat gaat u doen?
            Antwoord 1
            Ik neem de volgende stappen:1. Bekostiging. Ik wil
            dit.
            2. Afspraken. Ik wil dat.
            Vraag 2
            En verder?
            Antwoord 2
            Zie het antwoord op vraag 1.
            """)
        XCTAssertEqual(TestSupport.numbers(d).q, [[1], [2]])
        XCTAssertEqual(TestSupport.numbers(d).a, [[1], [2]])
        XCTAssertTrue(d.answers[0].text.hasSuffix("2. Afspraken. Ik wil dat."))
    }

    func testAllQuestionsFirstThenAnswersAfterAnAnswerClause() {
        let d = TestSupport.parse("""
            7. VRAGEN van de heer De Jong, met betrekking tot het verlof. (Ingezonden 13 maart 1957.)
            1. Is de Minister bereid dit te doen? 2. Is de Minister niet van mening dat het anders moet?
            ANTWOORD van de heer Staf, Minister voor Defensie. (Ingezonden 19 maart 1957.)
            1. Ja, in 1957 wordt dat gedaan. 2 en 3. Dat is zo. 3. Niet van toepassing.
            """)
        XCTAssertEqual(d.askers, [Person(name: "De Jong", party: nil)])
        XCTAssertEqual(d.submitted, "1957-03-13")
        XCTAssertEqual(d.received, "1957-03-19")
        XCTAssertEqual(d.answerers, [Official(name: "Staf", role: "Minister", department: "Defensie")])
        XCTAssertEqual(TestSupport.numbers(d).q, [[1], [2]])
        XCTAssertEqual(TestSupport.numbers(d).a, [[1], [2, 3]])
        XCTAssertEqual(d.answers[0].text, "Ja, in 1957 wordt dat gedaan.")
        XCTAssertTrue(d.diagnostics.contains { $0.message == "answer 3 has no question" })
    }

    /// The answer clause in the header, then all questions and all answers with restarted numbers
    /// (the compiler warns that this branch of the segmenter "will never be executed"; it is).
    func testNumberingRestartsAfterAllQuestionsWhenTheHeaderAnnouncesAnswers() {
        let d = TestSupport.parse(header + answerHeader + """

            1. Klopt het bericht over de belastingdienst?

            2. Hoeveel zaken liggen er nog?

            3. Wanneer is de achterstand weg?

            1. Ja.

            2. Ongeveer vierhonderd.

            3. Voor de zomer.
            """)
        XCTAssertEqual(TestSupport.numbers(d).q, [[1], [2], [3]])
        XCTAssertEqual(TestSupport.numbers(d).a, [[1], [2], [3]])
        XCTAssertEqual(d.questions[2].text, "Wanneer is de achterstand weg?")
        XCTAssertEqual(d.answers.map(\.text), ["Ja.", "Ongeveer vierhonderd.", "Voor de zomer."])
    }

    func testBareAndGluedNumbersInOneParagraphWithSubItems() {
        let d = TestSupport.parse("""
            Vragen van het lid Worrell (P.v.d.A.) over voetbal. (Ingezonden 21 februari 1985)
            1 Welke is de reden? 2 Wilt u het volgende doen: a. eerst dit; b. dan dat? 3Is het waar dat 19 clubs verliezen?
            Antwoord Antwoord van Staatssecretaris Van der Reijden (WVC). (Ontvangen 29 maart 1985)
            1 en 2 De richtlijnen van 1983 gelden. 3 In 1984 hadden 19 clubs een tekort.
            """)
        XCTAssertEqual(TestSupport.numbers(d).q, [[1], [2], [3]])
        XCTAssertEqual(TestSupport.numbers(d).a, [[1, 2], [3]])
        XCTAssertEqual(d.questions[1].text, "Wilt u het volgende doen: a. eerst dit; b. dan dat?")
        XCTAssertEqual(d.answers[1].text, "In 1984 hadden 19 clubs een tekort.")
        XCTAssertEqual(d.received, "1985-03-29")
    }

    func testOldOrdinalsAndASecondQuestionSet() {
        let d = TestSupport.parse("""
            255. VRAGEN van den heer Kersten over de mijnen. (Ingezonden 2 Mei 1924.)
            1°. Is het waar, dat de mijnen sluiten?
            2°. Zoo ja, waarom?
            ANTWOORD. (Ingezonden 20 Mei 1924.)
            1°. Neen.
            2°. Vervalt.
            256. VRAGEN van den heer Jansen over de spoorwegen. (Ingezonden 3 Mei 1924.)
            1. Is het waar?
            """)
        XCTAssertEqual(TestSupport.numbers(d).q, [[1], [2]])
        XCTAssertEqual(TestSupport.numbers(d).a, [[1], [2]])
        XCTAssertEqual(d.answers[1].text, "Vervalt.")
        XCTAssertEqual(d.askers, [Person(name: "Kersten", party: nil)])
        XCTAssertEqual(d.received, "1924-05-20")
        // The second set on the page is a document of its own, not dropped.
        XCTAssertEqual(d.sets.count, 1)
        let second = d.sets[0]
        XCTAssertEqual(second.askers, [Person(name: "Jansen", party: nil)])
        XCTAssertEqual(second.submitted, "1924-05-03")
        XCTAssertEqual(second.kind, .questions)
        XCTAssertEqual(second.questions.map(\.text), ["Is het waar?"])
        XCTAssertFalse(d.answers.contains { $0.text.contains("Jansen") })
    }

    func testNumericDates() {
        XCTAssertEqual(DutchDate.first(in: "(ingezonden 27-6-2019)"), "2019-06-27")
        XCTAssertEqual(DutchDate.first(in: " 3/11/2020)"), "2020-11-03")
    }

    func testHeadingsWithTextGluedOn() {
        let d = TestSupport.parse(header + answerHeader + "Vraag 1Bent u bekend met het bericht?\nAntwoord 1Ja.\nVraag 2: Wat nu?\nAntwoord 2. Niets.\n")
        XCTAssertEqual(d.questions.map(\.text), ["Bent u bekend met het bericht?", "Wat nu?"])
        XCTAssertEqual(d.answers.map(\.text), ["Ja.", "Niets."])
    }

    func testOcrLetterForTheFirstNumber() {
        let d = TestSupport.parse("""
            VRAGEN van het lid Smit (P.v.d.A.) over de dijk. (Ingezonden 3 maart 1971.)
            l. Is de Minister bekend met de toestand van de dijk?
            2. Wil hij maatregelen nemen?
            ANTWOORD van de heer Bakker, Minister van Verkeer en Waterstaat. (Ontvangen 1 april 1971.)
            I. Ja.
            2. Dat gebeurt.
            """)
        XCTAssertEqual(TestSupport.numbers(d).q, [[1], [2]])
        XCTAssertEqual(TestSupport.numbers(d).a, [[1], [2]])
        XCTAssertEqual(d.answers.map(\.text), ["Ja.", "Dat gebeurt."])
    }

    func testListInsideAQuestionOfAnUnansweredDocument() {
        let d = TestSupport.parse("""
            Vragen van het lid Smit (SP) aan de Minister van Financiën over de toeslagen (ingezonden 3 maart 2021).
            1. Kent u het rapport?
            2. Wat vindt u van de volgende punten:
            1. de termijnen;
            2. de bedragen?
            3. Bent u bereid het beleid te herzien?
            """)
        XCTAssertEqual(d.kind, .questions)
        XCTAssertEqual(TestSupport.numbers(d).q, [[1], [2], [3]])
        XCTAssertEqual(d.answers, [])
        XCTAssertEqual(d.questions[1].text, "Wat vindt u van de volgende punten: 1. de termijnen; 2. de bedragen?")
    }

    func testAdVraagHeadings() {
        let d = TestSupport.parse(header + answerHeader + "1. Een?\n2. Twee?\nAd vraag 1.\nJa.\nAd vraag 2.\nNee.\n")
        XCTAssertEqual(TestSupport.numbers(d).q, [[1], [2]])
        XCTAssertEqual(TestSupport.numbers(d).a, [[1], [2]])
        XCTAssertEqual(d.answers[1].text, "Nee.")
    }

    /// A range of numbers with an em dash, as typeset before 1950: `Ad 1—3.`
    func testRangeWithAnEmDash() {
        let d = TestSupport.parse("""
            VRAGEN van den heer Suurhoff betreffende de loongrens. (Ingezonden 2 Mei 1946.)
            1. Is het den Minister bekend, dat de loongrens te laag is?
            2. Is het den Minister bekend, dat daarvan gebruik gemaakt wordt?
            3. Is de Minister bereid maatregelen te nemen?
            ANTWOORD van den heer Drees, Minister van Sociale Zaken. (Ingezonden 20 Mei 1946.)
            Ad 1—3. Deze vragen worden bevestigend beantwoord.
            """)
        XCTAssertEqual(TestSupport.numbers(d).a, [[1, 2, 3]])
        XCTAssertEqual(d.answers.first?.text, "Deze vragen worden bevestigend beantwoord.")
    }

    func testGapsAndUnansweredQuestionsAreReported() {
        let d = TestSupport.parse(header + answerHeader + "Vraag 1\nEen? Zo ja, waarom is dat zo gegaan?\nVraag 3\nDrie?\nAntwoord 1\nJa.\n")
        XCTAssertEqual(TestSupport.numbers(d).q, [[1], [3]])
        XCTAssertEqual(d.questions[0].text, "Een? Zo ja, waarom is dat zo gegaan?")
        let messages = d.diagnostics.map(\.message)
        XCTAssertTrue(messages.contains("question 2 missing: gap in the numbering"), "\(messages)")
        XCTAssertTrue(messages.contains("question 3 has no answer"), "\(messages)")
    }

    func testNoticeHoldsNoAnswers() {
        let d = TestSupport.parse(header + """
            Mededeling van Minister De Vries (Financiën) (ontvangen 1 april 2021).
            Vraag 1
            Een?
            Mededeling
            De vragen kunnen niet binnen de gebruikelijke termijn worden beantwoord.
            """)
        XCTAssertEqual(d.kind, .notice)
        XCTAssertEqual(d.answers, [])
        XCTAssertEqual(d.questions.map(\.text), ["Een?"])
        XCTAssertEqual(d.notice, "De vragen kunnen niet binnen de gebruikelijke termijn worden beantwoord.")
        XCTAssertEqual(d.received, "2021-04-01")
    }

    func testNotKamervragenKeepsTheWholeText() {
        let text = "De gemeenteraad vergaderde gisteren over de begroting. Er werd een motie aangenomen."
        let d = TestSupport.parse(text)
        XCTAssertEqual(d.kind, .other)
        XCTAssertEqual(d.text, text)
        XCTAssertEqual(d.questions, [])
        XCTAssertTrue(d.diagnostics.contains { $0.severity == .warning })
        XCTAssertEqual(d.pairs, [QAPair(numbers: [], question: text, answer: "", isUnsplit: true)])
    }

    /// OCR loses the spaces around `en` in combined answer numbers: `2en 3`, `1,2en3`, `2 en4`.
    func testCombinedNumbersWithTheSpacesAroundEnLost() {
        for (combined, expected) in [("2en 3", [2, 3]), ("2en3", [2, 3]), ("2 en3", [2, 3]), ("2 en3.", [2, 3])] {
            let d = TestSupport.parse("""
                Vragen van het lid Rosmalen (Groen Links) over de banenpool. (Ingezonden 25 maart 1991)
                1 Hebt u het bericht gelezen?
                2 Bent u van mening, dat dit moet?
                3 Zo ja, wanneer?
                Antwoord van staatssecretaris Veld (Sociale Zaken). (Ontvangen 12 april 1991) 1 Ja.
                \(combined) Neen, want de banenpool blijft.
                """)
            XCTAssertEqual(TestSupport.numbers(d).a, [[1], expected], combined)
            XCTAssertEqual(d.answers.last?.text, "Neen, want de banenpool blijft.", combined)
        }
        let d = TestSupport.parse("""
            Vragen van het lid Rosmalen (Groen Links) over de banenpool. (Ingezonden 25 maart 1991)
            1 Hebt u het bericht gelezen? 2 Bent u van mening, dat dit moet? 3 Zo ja, wanneer? 4 Waarom niet?
            Antwoord van staatssecretaris Veld (Sociale Zaken). (Ontvangen 12 april 1991) 1,2en4 Ja. 3 Neen.
            """)
        XCTAssertEqual(TestSupport.numbers(d).a, [[1, 2, 4], [3]])
    }

    /// A question whose number OCR lost runs on at the end of the one before; it is split off even when a
    /// combined answer names its number (`2 t/m 4`).
    func testLostQuestionNumberRecoveredWhenACombinedAnswerNamesIt() {
        let d = TestSupport.parse("""
            Vragen van het lid Brouwer (Groen Links) over arbeidsongeschiktheid. (Ingezonden 5 september 1991)
            1 Hebt u kennis genomen van de meest recente cijfers van de GMD over de groei?
            Deelt u de suggestie van de woordvoerder van de GMD, dat de afspraken werken?
            3 Kunt u aangeven welke afspraken volledig zijn geïmplementeerd?
            4 In welke mate hebben die maatregelen bijgedragen?
            Antwoord van minister De Vries (Sociale Zaken). (Ontvangen 2 oktober 1991)
            1 Ja.
            2 t/m 4 Het is te vroeg om daarover een oordeel te geven.
            """)
        XCTAssertEqual(TestSupport.numbers(d).q, [[1], [2], [3], [4]])
        XCTAssertEqual(d.questions[1].text, "Deelt u de suggestie van de woordvoerder van de GMD, dat de afspraken werken?")
        XCTAssertEqual(TestSupport.numbers(d).a, [[1], [2, 3, 4]])
    }

    /// The question before the lost number may end in a footnote marker whose body is not found (`?1`).
    func testLostQuestionNumberAfterAGluedFootnoteMarker() {
        let d = TestSupport.parse("""
            Vragen van het lid Leerling (RPF) over lasersystemen. (Ingezonden 10 maart 1994)
            1Herinnert u zich de eerdere vragen inzake militair gebruik van lasersystemen?1
            Welk standpunt heeft de regering tijdens de twee conferenties ingenomen?
            3Wilt u zich hard maken voor een algemeen verbod?
            Antwoord van minister Ter Beek (Defensie). (Ontvangen 30 maart 1994)
            1Ja.
            2Geen standpunt.
            3Ja.
            """)
        XCTAssertEqual(TestSupport.numbers(d).q, [[1], [2], [3]])
        XCTAssertEqual(d.questions[1].text, "Welk standpunt heeft de regering tijdens de twee conferenties ingenomen?")
        XCTAssertTrue(d.questions[0].text.hasPrefix("Herinnert u zich"))
        XCTAssertEqual(TestSupport.numbers(d).a, [[1], [2], [3]])
    }
}

final class FootnoteBodyTests: XCTestCase {
    /// The first answer right below the answer clause is an answer, even when a footnote of the questions
    /// has the same number (the reference `bericht1`, the body `' «de Volkskrant» …` read by OCR).
    func testTheFirstAnswerBelowTheClauseIsNoFootnote() {
        let d = TestSupport.parse("""
            Vragen van het lid Voortman (P.v.d.A.) over de zuivelsteun. (Ingezonden 10 mei 1979)
            1 Is het bericht1 juist, dat de kosten van de zuivelsteun in het nieuwe melkjaar stijgen?
            2 Hoe wordt de Nederlandse bijdrage hierin gefinancierd?
            Antwoord Antwoord van Minister Van der Stee (Landbouw en Visserij). (Ontvangen 13 juni 1979)
            1 In een werkdocument van de Commissie wordt geschat dat de kosten volgend jaar stijgen.
            2 Uit de algemene middelen.
            """)
        XCTAssertEqual(TestSupport.numbers(d).a, [[1], [2]])
        XCTAssertEqual(d.answers.first?.text, "In een werkdocument van de Commissie wordt geschat dat de kosten volgend jaar stijgen.")
        XCTAssertFalse(d.footnotes.contains { $0.text.contains("werkdocument") })
    }

    func testANumberedAnswerIsNotTakenForAFootnote() {
        let d = TestSupport.parse("""
            Vragen van het lid Worrell (P.v.d.A.) over voetbal. (Ingezonden 21 februari 1985)
            1 Welke is de reden? 2 Wilt u dat bevorderen? 3 Is het waar?
            Antwoord Antwoord van Staatssecretaris Van der Reijden (WVC). (Ontvangen 29 maart 1985)
            1 en 2 De richtlijnen staan in het persbericht van het BBI, dat u treft in de bijlage.1 Zie ook jl.3
            3 Het BBI-persbericht geeft aan dat 19 clubs een tekort hebben.
            1 Nedergelegd op de Bibliotheek.
            """)
        XCTAssertEqual(TestSupport.numbers(d).a, [[1, 2], [3]])
        XCTAssertEqual(d.answers[1].text, "Het BBI-persbericht geeft aan dat 19 clubs een tekort hebben.")
        XCTAssertEqual(d.footnotes, [Footnote(number: 1, text: "Nedergelegd op de Bibliotheek.")])
    }

    func testFootnoteBodiesAtAPageBottomAreDetached() {
        let d = TestSupport.parse("""
            Vragen van het lid A (B) over c (ingezonden 1 mei 2020).
            Vraag 1
            Kent u het bericht?1
            Antwoord 1
            Ja, en de gevolgen zijn in de brief van 3 juni beschreven.2 Wij blijven de ontwik-
            1NOS, 22 oktober 2024, «Wachttijden» (https://
            nos.nl/artikel/2541672-wachttijden)
            2Kamerstuk 25 242, nr. 686

            ah-tk-20242025-562
            ISSN 0921 - 7398’s-Gravenhage 2024Tweede Kamer, vergaderjaar 2024–2025, Aanhangsel 1
            kelingen volgen.
            """)
        XCTAssertEqual(d.answers.first?.text, "Ja, en de gevolgen zijn in de brief van 3 juni beschreven. Wij blijven de ontwikkelingen volgen.")
        XCTAssertEqual(d.footnotes, [Footnote(number: 1, text: "NOS, 22 oktober 2024, «Wachttijden» (https://nos.nl/artikel/2541672-wachttijden)"),
                                     Footnote(number: 2, text: "Kamerstuk 25 242, nr. 686")])
        XCTAssertEqual(d.identifiers, ["ah-tk-20242025-562"])
        XCTAssertEqual(d.answers.first?.footnoteNumbers, [2])
    }
}

final class UnnumberedTests: XCTestCase {
    func testWordFileWhoseNumberingWasLost() {
        let d = TestSupport.parse("""
            AH 1290
            Antwoord van minister Hoogland (Onderwijs) (ontvangen 2 april 2025)

            Kunt u bevestigen dat het tekort groeit?

            Antwoord:
            Ja. Het tekort groeit al jaren.

            Welke gemeenten hebben het grootste tekort? Kunt u dat per regio
            aangeven?

            Antwoord:
            Amsterdam en Almere.
            """)
        XCTAssertEqual(d.kind, .answers)
        XCTAssertEqual(d.questions.map(\.text), ["Kunt u bevestigen dat het tekort groeit?",
                                                 "Welke gemeenten hebben het grootste tekort? Kunt u dat per regio aangeven?"])
        XCTAssertEqual(d.answers.map(\.text), ["Ja. Het tekort groeit al jaren.", "Amsterdam en Almere."])
        XCTAssertEqual(d.pairs.filter { !$0.isUnsplit }.map(\.answer),
                       ["Ja. Het tekort groeit al jaren.", "Amsterdam en Almere."])
        // The header lines are in no question or answer: they are kept as text not split.
        XCTAssertEqual(d.pairs.last?.isUnsplit, true)
        XCTAssertTrue(d.unsplit.joined().contains("Antwoord van minister Hoogland"))
        XCTAssertEqual(d.received, "2025-04-02")
    }

    func testSingleUnnumberedQuestionWithAnAnswerSection() {
        let d = TestSupport.parse("""
            VRAAG van de heer Van Dijk (C.H.U.) over de brug bij Zwolle. (Ingezonden 4 mei 1962.)
            Is de Minister bereid de brug te herstellen?
            ANTWOORD van de heer Korthals, Minister van Verkeer en Waterstaat. (Ontvangen 20 mei 1962.)
            De brug wordt in 1963 hersteld.
            """)
        XCTAssertEqual(d.kind, .answers)
        XCTAssertEqual(d.askers, [Person(name: "Van Dijk", party: "C.H.U.")])
        XCTAssertEqual(d.questions, [Question(numbers: [], text: "Is de Minister bereid de brug te herstellen?")])
        XCTAssertEqual(d.answers, [Answer(numbers: [], text: "De brug wordt in 1963 hersteld.")])
        XCTAssertEqual(d.answerers, [Official(name: "Korthals", role: "Minister", department: "Verkeer en Waterstaat")])
        XCTAssertEqual(d.received, "1962-05-20")
        XCTAssertEqual(d.pairs.filter { !$0.isUnsplit }.count, 1)
    }
}

final class NoticeTests: XCTestCase {
    /// A notice clause after the questions (`MEDEDELING van de heer …` on older pages): its answerer is
    /// read, its keyword is kept, and the notice is the text after the clause.
    func testNoticeClauseAfterTheQuestions() {
        let d = TestSupport.parse("""
            VRAGEN van mevrouw Klaassens-Postema (P.v.d.A.) betreffende de burgemeester. (Ingezonden 27 augustus 1971.)
            1. Is het de Minister bekend dat de burgemeester voorzitter is?
            2. Acht de Minister dit gewenst?
            MEDEDELING van de heer Geertsema, Minister van Binnenlandse Zaken. (Ingezonden 22 september 1971.)
            De mij toegezonden vragen kunnen niet binnen de gestelde termijn worden beantwoord.
            """)
        XCTAssertEqual(d.kind, .notice)
        XCTAssertEqual(d.notice, "De mij toegezonden vragen kunnen niet binnen de gestelde termijn worden beantwoord.")
        XCTAssertEqual(d.answerers.map(\.name), ["Geertsema"])
        XCTAssertEqual(d.received, "1971-09-22")
        XCTAssertEqual(d.questions.last?.text, "Acht de Minister dit gewenst?")
        XCTAssertTrue(d.unsplit.joined(separator: " ").contains("MEDEDELING van de heer Geertsema"))
    }

    func testNoticeTextRightAfterItsClause() {
        let d = TestSupport.parse("""
            Vragen van het lid Kops (PVV) aan de Minister van Klimaat over windparken (ingezonden 2 mei 2023).
            Mededeling van Minister Jetten (Klimaat en Energie) (ontvangen 23 mei 2023).
            De vragen van het lid Kops kunnen niet binnen de gebruikelijke termijn worden beantwoord, omdat
            afstemming met andere departementen nodig is.
            """)
        XCTAssertEqual(d.kind, .notice)
        XCTAssertEqual(d.notice, "De vragen van het lid Kops kunnen niet binnen de gebruikelijke termijn worden beantwoord, omdat afstemming met andere departementen nodig is.")
        XCTAssertEqual(d.answerers, [Official(name: "Jetten", role: "Minister", department: "Klimaat en Energie")])
        XCTAssertEqual(d.received, "2023-05-23")
    }
}
