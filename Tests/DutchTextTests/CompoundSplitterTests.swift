@testable import DutchText
import XCTest

/// The compound splitter on the bundled word list and the general Dutch frequencies.
final class CompoundSplitterTests: XCTestCase {

    private func splitter() throws -> CompoundSplitter {
        XCTAssertGreaterThan(CompoundLexicon.shared.count, 100_000, "the bundled word list")
        return CompoundSplitter()
    }

    func testCompoundOfLexiconWordsIsSplitWithLinker() throws {
        let decision = try splitter().decide("kinderbeschermingsmaatregel")
        guard case .split(let split, let wordScore) = decision else { return XCTFail("not split: \(decision)") }
        XCTAssertEqual(split.parts, ["kinderbescherming", "maatregel"])
        XCTAssertEqual(split.description, "kinderbescherming|s|maatregel")
        XCTAssertNotNil(wordScore, "the compound is itself in the word list")
    }

    func testListedCompoundWithTheLinkerErIsSplit() throws {
        let s = try splitter()
        XCTAssertEqual(s.decide("kinderoncologie").parts, ["kind", "oncologie"])
        XCTAssertEqual(s.decide("kindertransport").parts, ["kind", "transport"])
        // `er` only after a short noun, and not where the part with `er` is a word of its own.
        XCTAssertEqual(s.decide("winterweer").parts, ["winter", "weer"])
        XCTAssertFalse(s.decide("afhandeltermijn").parts.contains("mijn"))
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

    func testFewLongPartsBeatManyShortOnes() throws {
        guard case .split(let split, _) = try splitter().decide("vreemdelingenketen") else { return XCTFail() }
        XCTAssertEqual(split.description, "vreemdeling|en|keten", "not vreemd|elin|genk|eten")
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
        // A toy lexicon: `aaaabbbbcccc` splits as aaaa|bbbbcccc (mean Zipf 4.75) rather than
        // aaaabbbb|cccc (rare parts) or aaaa|bbbb|cccc (mean 3.0).
        let words = ["aaaa", "bbbb", "cccc", "bbbbcccc", "aaaabbbb"]
        let lexicon = CompoundLexicon(words: words, identity: "toy")
            .with(CompoundFrequencies(text: "50 aaaa\n45 bbbbcccc\n20 bbbb cccc\n"))
        let s = CompoundSplitter(lexicon: { lexicon })
        guard case .split(let split, let wordScore) = s.decide("aaaabbbbcccc") else { return XCTFail() }
        XCTAssertEqual(split.parts, ["aaaa", "bbbbcccc"])
        XCTAssertEqual(split.score, 4.75, accuracy: 1e-9)
        XCTAssertNil(wordScore)
        // A rare lexicon word whose best split is no more frequent stays whole.
        let plain = CompoundLexicon(words: words, identity: "toy")
        guard case .whole(let score, let best) = CompoundSplitter(lexicon: { plain }).decide("aaaabbbb") else {
            return XCTFail()
        }
        XCTAssertEqual(score, CompoundFrequencies.rareZipf)
        XCTAssertEqual(best?.parts, ["aaaa", "bbbb"])
        // Linkers: `s`, `e`, `en` between parts, nowhere else.
        XCTAssertEqual(CompoundSplitter(lexicon: { plain }).decide("aaaasbbbb").parts, ["aaaa", "bbbb"])
        XCTAssertEqual(CompoundSplitter(lexicon: { plain }).decide("aaaaenbbbb").parts, ["aaaa", "bbbb"])
        XCTAssertEqual(CompoundSplitter(lexicon: { plain }).decide("aaaaxbbbb").parts, [])
        XCTAssertEqual(CompoundSplitter(lexicon: { plain }).decide("aaaabbbbs").parts, [])
    }

    func testByteSplitReportsOffsets() throws {
        let s = try splitter()
        var ranges = [UInt8](repeating: 0, count: 8)
        let token = Array("kinderbeschermingsmaatregel".utf8)
        for _ in 0..<2 {  // the second time from the cache
            let n = token.withUnsafeBufferPointer { t in ranges.withUnsafeMutableBufferPointer { s.split(ofFolded: t, into: $0.baseAddress!) } }
            XCTAssertEqual(n, 2)
            XCTAssertEqual(Array(ranges[0..<4]), [0, 17, 18, 27])
        }
    }

    func testGeneralFrequenciesParsedOnBytesEqualTheTable() throws {
        _ = try splitter()
        let viaTable = CompoundLexicon.shared.with(.general)
        XCTAssertEqual(CompoundLexicon.general.zipfValues, viaTable.zipfValues)
        XCTAssertGreaterThan(CompoundLexicon.general.zipfValues.filter { $0 > 0 }.count, 40_000)
        XCTAssertEqual(CompoundLexicon.general.zipf("maatregel"), CompoundFrequencies.general.zipf("maatregel"))
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

    /// The blocked Bloom filter only refuses: every word of a seeded random lexicon is found (with its
    /// index), and a random string is found exactly when it is one of the words.
    func testLexiconFindsEveryWordAndNoOther() {
        var rng = RepairPropertyTests.SplitMix64(state: 20_261_206)
        let letters = Array("abcdefghijklmnopqrstuvwxyzë".unicodeScalars)
        func word() -> String { String(String.UnicodeScalarView((0..<(1 + rng.below(20))).map { _ in letters[rng.below(letters.count)] })) }
        let words = (0..<20_000).map { _ in word() }
        let lexicon = CompoundLexicon(words: words, identity: "random")
        var firstIndex: [String: Int] = [:]
        for (i, w) in words.enumerated() where firstIndex[TokenFolding.fold(w)] == nil { firstIndex[TokenFolding.fold(w)] = i }
        for w in words {
            var b = Array(TokenFolding.fold(w).utf8)
            let i = b.withUnsafeMutableBufferPointer { lexicon.index(ofFolded: UnsafeBufferPointer($0), fnv: CompoundLexicon.fnv(UnsafeBufferPointer($0))) }
            XCTAssertEqual(i, firstIndex[TokenFolding.fold(w)], w)
        }
        let known = Set(words.map { TokenFolding.fold($0) })
        for _ in 0..<50_000 {
            let w = word()
            XCTAssertEqual(lexicon.contains(w), known.contains(TokenFolding.fold(w)), w)
        }
    }
}
