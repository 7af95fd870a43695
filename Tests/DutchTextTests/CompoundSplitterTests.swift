@testable import DutchText
import XCTest

/// The compound splitter on the system word list (`wdutch`) and the shipped frequencies.
final class CompoundSplitterTests: XCTestCase {
    private static let hasWordList = CompoundLexicon.shared.count > 100_000

    private func splitter() throws -> CompoundSplitter {
        try XCTSkipUnless(Self.hasWordList, "needs /usr/share/dict/dutch (wdutch)")
        return CompoundSplitter()
    }

    func testCompoundOfLexiconWordsIsSplitWithLinker() throws {
        let decision = try splitter().decide("kinderbeschermingsmaatregel")
        guard case .split(let split, let wordScore) = decision else { return XCTFail("not split: \(decision)") }
        XCTAssertEqual(split.parts, ["kinderbescherming", "maatregel"])
        XCTAssertEqual(split.description, "kinderbescherming|s|maatregel")
        XCTAssertNotNil(wordScore, "the compound is itself in the word list")
    }

    func testUnknownCompoundIsSplit() throws {
        let decision = try splitter().decide("versterkingsgelden")
        XCTAssertEqual(decision.parts, ["versterking", "gelden"])
        if case .split(_, let wordScore) = decision { XCTAssertNil(wordScore) }
    }

    func testCommonWordsAreNotSplit() throws {
        let s = try splitter()
        for word in ["maatregel", "maatregelen", "staatssecretaris", "ziekenhuis", "belastingdienst"] {
            let decision = s.decide(word)
            guard case .common = decision else { return XCTFail("\(word): \(decision)") }
            XCTAssertEqual(decision.parts, [])
        }
    }

    func testGluedWordsAreRepaired() throws {
        let s = try splitter()
        XCTAssertEqual(s.decide("verklaringaangegeven").parts, ["verklaring", "aangegeven"])
        XCTAssertEqual(s.decide("ministerbeantwoordt").parts, ["minister", "beantwoordt"])
    }

    func testShortOrNonLetterTokensAreNoCandidates() throws {
        let s = try splitter()
        XCTAssertEqual(s.decide("huiswerk7"), .notCandidate)
        XCTAssertEqual(s.decide("kamerlid"), s.decide("kamerlid"))  // deterministic
        XCTAssertEqual(s.decide("regel"), .notCandidate)
        // Parts shorter than four letters are never produced: `destraat` (de|straat) stays whole.
        XCTAssertEqual(s.decide("destraat").parts, [])
    }

    func testPartsAreAtLeastFourLettersAndRejoinToTheWord() throws {
        let s = try splitter()
        for word in ["kinderbeschermingsmaatregelen", "radicaliseringspreventie", "versterkingsgelden",
                     "verklaringaangegeven", "jeugdzorgaanbieders", "woningbouwprogramma"] {
            guard case .split(let split, _) = s.decide(word) else { continue }
            XCTAssertTrue(split.parts.allSatisfy { $0.count >= CompoundSplitter.minimumPart }, word)
            XCTAssertEqual(split.description.replacingOccurrences(of: "|", with: ""), word)
            XCTAssertTrue(split.parts.allSatisfy { CompoundLexicon.shared.contains($0) }, word)
        }
    }

    func testByteAPIMatchesDecision() throws {
        let s = try splitter()
        let parts = Array("versterkingsgelden".utf8).withUnsafeBufferPointer { s.parts(ofFolded: $0) }
        XCTAssertEqual(parts.map { String(decoding: $0, as: UTF8.self) }, ["versterking", "gelden"])
        // Second call is served from the cache and equal.
        let again = Array("versterkingsgelden".utf8).withUnsafeBufferPointer { s.parts(ofFolded: $0) }
        XCTAssertEqual(again, parts)
    }

    func testHighestGeometricMeanWins() {
        // A toy lexicon: `abcdefgh` splits as abcd|efgh or abcdef|gh (too short) — and with frequencies
        // the split of the more frequent parts wins over a three-part split.
        let lexicon = CompoundLexicon(words: ["aaaa", "bbbb", "cccc", "bbbbcccc", "aaaabbbb"], identity: "toy")
        let frequencies = CompoundFrequencies(text: "50 aaaa\n45 bbbbcccc\n20 bbbb cccc\n")
        let s = CompoundSplitter(lexicon: { lexicon }, frequencies: { frequencies })
        guard case .split(let split, _) = s.decide("aaaabbbbcccc") else { return XCTFail() }
        XCTAssertEqual(split.parts, ["aaaa", "bbbbcccc"])
        XCTAssertEqual(split.score, 4.75, accuracy: 1e-9)
        // A rare lexicon word whose best split is no more frequent stays whole.
        let rare = CompoundSplitter(lexicon: { lexicon }, frequencies: { CompoundFrequencies(text: "") })
        guard case .whole(let wordScore, let best) = rare.decide("aaaabbbb") else { return XCTFail() }
        XCTAssertEqual(wordScore, CompoundFrequencies.rareZipf)
        XCTAssertEqual(best?.parts, ["aaaa", "bbbb"])
    }

    func testLexiconFoldsAndLooksUpBytes() {
        let data = "# comment\nFinanciële\n  Kamerlid \r\nij\n".data(using: .utf8)!
        let lexicon = CompoundLexicon(listData: data, identity: "t")
        XCTAssertEqual(lexicon.count, 3)
        XCTAssertTrue(lexicon.contains("financiele"))
        XCTAssertTrue(lexicon.contains("kamerlid"))
        XCTAssertFalse(lexicon.contains("kamer"))
        XCTAssertFalse(lexicon.contains("comment"))
    }
}
