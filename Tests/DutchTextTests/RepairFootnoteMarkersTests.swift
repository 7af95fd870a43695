import XCTest
@testable import DutchText

final class RepairFootnoteMarkersTests: XCTestCase {
    let words: (String) -> Bool = { ["kamer", "nederland", "ends", "lopen", "mh", "aan"].contains($0) }

    /// Fuzzing regression: a long run of superscript digits overflowed the number (crash).
    func testLongSuperscriptRunIsNoMarkerAndNoCrash() {
        let word = "Kamer" + String(repeating: "¹", count: 40)
        XCTAssertNil(FootnoteMarkers.marker(in: Substring(word)))
        XCTAssertNil(FootnoteMarkers.marker(in: Substring(String(repeating: "⁹", count: 25))))
        XCTAssertEqual(FootnoteMarkers.marker(in: "Kamer¹²")?.number, 12)
    }

    func testMarkersStrippedWhenFootnoteExists() {
        XCTAssertEqual(FootnoteMarkers.strip("Dreigingsbeeld Terrorisme Nederland 50?1", numbers: [1], isWord: words),
                       "Dreigingsbeeld Terrorisme Nederland 50?")
        XCTAssertEqual(FootnoteMarkers.strip("motie Becker c.s.?2 Zo nee", numbers: [2], isWord: words), "motie Becker c.s.? Zo nee")
        XCTAssertEqual(FootnoteMarkers.strip("de Kamer3 en Both Ends1?", numbers: [1, 3], isWord: words), "de Kamer en Both Ends?")
        XCTAssertEqual(FootnoteMarkers.strip("uit 2018?10 Bent u", numbers: [10], isWord: words), "uit 2018? Bent u")
        XCTAssertEqual(FootnoteMarkers.strip("Nederland¹ en [2 ] meer", numbers: [1, 2], isWord: words), "Nederland en  meer")
    }

    func testIdentifiersAndNumbersSurvive() {
        let line = "zaak 2019Z13494, COVID-19, de F-35, vlucht MH17, de G20, Natura2000 en € 2,5 miljoen of 1.2"
        XCTAssertEqual(FootnoteMarkers.strip(line, numbers: Set(1...99), isWord: words), line)
    }

    func testMarkerWithoutFootnoteStays() {
        XCTAssertEqual(FootnoteMarkers.strip("Nederland 50?1", numbers: [2], isWord: words), "Nederland 50?1")
        XCTAssertEqual(FootnoteMarkers.strip("de Xyzzy3 zegt", numbers: [3], isWord: words), "de Xyzzy3 zegt")
    }

    func testRemovedMarkersAreReportedWithTheirOffsets() {
        let r = FootnoteMarkers.stripCollecting("zie Kamer3 en [1] verder?2", numbers: [1, 2, 3], isWord: words)
        XCTAssertEqual(r.line, "zie Kamer en  verder?")
        XCTAssertEqual(r.removed.map(\.number), [1, 3, 2])
        XCTAssertEqual(r.removed.map(\.offset), [14, 9, 21])
    }

    func testCandidatesAreLoose() {
        XCTAssertEqual(FootnoteMarkers.candidates(in: "bekend met Nederland 50?1 en de Kamer3."), [1, 3])
        XCTAssertEqual(FootnoteMarkers.candidates(in: "2019Z13494 en COVID-19"), [])
    }
}

final class RepairSentenceGlueTests: XCTestCase {
    func testGluedSentencesGetTheirSpaceBack() {
        XCTAssertEqual(SentenceGlue.repair("worden beantwoord.De reden is dat"), "worden beantwoord. De reden is dat")
        XCTAssertEqual(SentenceGlue.repair("organisaties?Klopt het dat"), "organisaties? Klopt het dat")
    }

    func testAbbreviationsUrlsAndIdentifiersStay() {
        for s in ["motie Becker c.s.?2 Zo nee", "zie www.rijksoverheid.Nl/Kamer", "https://nos.nl/artikel.Html",
                  "o.a. De Telegraaf", "mail info@example.Nl", "2024Z18294.Zie", "A.B. Jansen"] {
            XCTAssertEqual(SentenceGlue.repair(s), s)
        }
    }
}

final class RepairMarkdownArtifactsTests: XCTestCase {
    func testHeadingsEmphasisAndRules() {
        XCTAssertEqual(MarkdownArtifacts.clean("## Antwoord 1"), "Antwoord 1")
        XCTAssertEqual(MarkdownArtifacts.clean("**Vraag 2**"), "Vraag 2")
        XCTAssertEqual(MarkdownArtifacts.clean("**Vragen gesteld door de leden der Kamer**"), "Vragen gesteld door de leden der Kamer")
        XCTAssertEqual(MarkdownArtifacts.clean("**Vraag 3** Bent u bekend?"), "Vraag 3 Bent u bekend?")
        XCTAssertEqual(MarkdownArtifacts.clean("#hashtag blijft"), "#hashtag blijft")
        XCTAssertTrue(MarkdownArtifacts.isRule("-----"))
        XCTAssertTrue(MarkdownArtifacts.isRule("* * *"))
        XCTAssertFalse(MarkdownArtifacts.isRule("--"))
        XCTAssertFalse(MarkdownArtifacts.isRule("- punt"))
    }
}

final class RepairGluedWordsTests: XCTestCase {
    let words: Set<String> = ["verklaring", "aangegeven", "de", "straat", "vrijdag", "oktober", "verantwoording", "af",
                              "gemeente", "gemeenten", "kinderbescherming", "maatregel", "kinderbeschermingsmaatregel"]
    func isWord(_ w: String) -> Bool { words.contains(w) }

    func testGluedWordsSplitIntoKnownWords() {
        XCTAssertEqual(GluedWords.hint("verklaringaangegeven", isWord: isWord), ["verklaring", "aangegeven"])
        XCTAssertEqual(GluedWords.hint("destraat", isWord: isWord), ["de", "straat"])
        XCTAssertEqual(GluedWords.hint("verantwoordingaf", isWord: isWord), ["verantwoording", "af"])
        XCTAssertEqual(GluedWords.hint("vrijdag18", isWord: isWord), ["vrijdag", "18"])
        XCTAssertEqual(GluedWords.hint("18oktober", isWord: isWord), ["18", "oktober"])
    }

    func testWordsAndUnknownCompoundsGetNoHint() {
        XCTAssertNil(GluedWords.hint("kinderbeschermingsmaatregel", isWord: isWord))
        XCTAssertNil(GluedWords.hint("gemeenten", isWord: isWord))
        XCTAssertNil(GluedWords.hint("2019Z13494", isWord: isWord))
        XCTAssertNil(GluedWords.hint("xyzzyplugh", isWord: isWord))
        XCTAssertNil(GluedWords.hint("COVID-19", isWord: isWord))
    }
}
