import XCTest
@testable import DutchText

/// The ``DutchAnalyzer`` chain: `-ies` rule, overrides, cap, cache.
final class AnalysisChainTests: XCTestCase {
    static let smallLexicon = Lexicon(words: ["motie", "commissie", "financiële", "serie"], identity: "test")

    private func analyzer(lexicon: Lexicon = AnalysisChainTests.smallLexicon,
                          cache: StemCache = StemCache()) throws -> DutchAnalyzer {
        try DutchAnalyzer(lexicon: { lexicon }, cache: cache)
    }

    func testIesRuleUsesTheLexicon() throws {
        let rule = IesPluralRule(lexicon: { Self.smallLexicon })
        XCTAssertEqual(rule.singular(of: "moties"), "motie")
        XCTAssertEqual(rule.singular(of: "commissies"), "commissie")
        XCTAssertNil(rule.singular(of: "kies"), "too short to be an -ies plural")
        XCTAssertNil(rule.singular(of: "bosbessies"), "bosbessie is not in the lexicon")
        XCTAssertNil(rule.singular(of: "motie"))
    }

    func testIesPluralsMeetTheirSingulars() throws {
        let a = try analyzer()
        XCTAssertEqual(a.stem("moties"), a.stem("motie"))
        XCTAssertEqual(a.stem("commissies"), a.stem("commissie"))
        // Porter alone keeps them apart: that is why the rule exists.
        XCTAssertNotEqual(a.porter.stem("moties"), a.porter.stem("motie"))
        // Without the lexicon entry nothing changes.
        let empty = try analyzer(lexicon: Lexicon(words: [], identity: "none"))
        XCTAssertEqual(empty.stem("moties"), empty.porter.stem("moties"))
    }

    func testIesRuleWithTheSystemLexicon() throws {
        guard Lexicon.shared.count > 0 else { throw XCTSkip("no Dutch word list installed") }
        let a = try DutchAnalyzer()
        for (plural, singular) in [("moties", "motie"), ("provincies", "provincie"), ("instanties", "instantie"),
                                   ("ministeries", "ministerie")] {
            XCTAssertEqual(a.stem(plural), a.stem(singular), plural)
        }
    }

    func testIeWordListKeepsTheIeWords() {
        let words = IeWordList.ieWords(in: "motie\nMOTIE\r\nItalië\nkat\n# ie\n  commissie  \nie\nkniebuiging\n")
        XCTAssertEqual(words, ["motie", "MOTIE", "Italië", "commissie", "ie"])
        let lexicon = Lexicon(words: words, identity: "test")
        XCTAssertTrue(lexicon.containsFolded("italie"))
        XCTAssertFalse(lexicon.containsFolded("kat"))
    }

    /// The fast `-ie` list answers every `-ies` question as the whole word list does.
    func testIeWordListAnswersAsTheWholeLexicon() throws {
        guard Lexicon.shared.count > 0 else { throw XCTSkip("no Dutch word list installed") }
        let full = IesPluralRule(lexicon: { Lexicon.shared })
        let fast = IesPluralRule(lexicon: { IeWordList.shared })
        var plurals = ["moties", "commissies", "provincies", "instanties", "ministeries", "series", "kies",
                       "italies", "bosbessies", "categorieen", "knies", "industries"]
        if let dir = AnalysisPorterTests.oracleDirectory(),
           let voc = try? String(contentsOf: dir.appendingPathComponent("snowball-dutch-voc.txt"), encoding: .utf8) {
            plurals += voc.split(separator: "\n").map(String.init).filter { $0.hasSuffix("ies") }
        }
        for word in plurals { XCTAssertEqual(fast.singular(of: word), full.singular(of: word), word) }
        XCTAssertGreaterThan(plurals.compactMap { fast.singular(of: $0) }.count, 3)
    }

    func testOverridesChangeWhatPorterGetsWrong() throws {
        let a = try analyzer()
        for (word, stem) in StemOverrides.table {
            XCTAssertEqual(a.stem(word), stem, word)
            XCTAssertNotEqual(a.porter.stem(word), stem, "\(word): override is redundant with Porter")
            XCTAssertLessThanOrEqual(stem.utf8.count, TokenLimit.maxBytes - 1)
        }
        XCTAssertEqual(a.stem("overheid"), a.stem("overheden"))
        XCTAssertNotEqual(a.stem("overheid"), a.stem("over"))
        XCTAssertEqual(a.stem("zaken"), a.stem("zaak"))
        XCTAssertNotEqual(a.stem("zaken"), a.stem("zakken"))
        XCTAssertEqual(a.stem("kinderen"), a.stem("kind"))
        XCTAssertEqual(a.stem("gemeentes"), a.stem("gemeenten"))
    }

    func testChainFoldsBeforeStemming() throws {
        let a = try analyzer()
        XCTAssertEqual(a.stem("financiele"), a.stem("Financiële"))
        XCTAssertEqual(a.stem("COÖRDINATOR"), "coordinator")
        XCTAssertEqual(a.stem("Gemeenten"), "gemeent")
        XCTAssertEqual(a.stem("ĳs"), a.stem("ijs"))
    }

    func testLongTokensAreNotStemmed() throws {
        let a = try analyzer()
        let head = String(repeating: "b", count: 55) + "gemeenten"  // exactly the cap, 64 bytes
        let long = head + "xyz"
        XCTAssertEqual(a.stem(head), String(head.dropLast(2)), "at the cap, a word is still stemmed")
        let truncated = a.stem(long)
        XCTAssertEqual(truncated, head, "over the cap: truncated, not stemmed")
        let token = Array(long.utf8)
        var out = [UInt8](repeating: 0, count: TokenLimit.maxBytes)
        token.withUnsafeBufferPointer { buf in
            XCTAssertNil(a.stem(ofFolded: buf, into: &out))
        }
    }

    func testCacheServesRepeatsAndStaysBounded() throws {
        let cache = StemCache(capacity: 64)
        let a = try analyzer(cache: cache)
        XCTAssertEqual(a.stem("gemeenten"), "gemeent")
        XCTAssertEqual(cache.count, 1)
        XCTAssertEqual(a.stem("gemeenten"), "gemeent")
        XCTAssertEqual(cache.count, 1, "a repeat is served from the cache")
        let words = (0..<2000).map { "woord\($0)en" }
        for w in words { _ = a.stem(w) }
        XCTAssertLessThanOrEqual(cache.count, 32, "at most half the slots are used")
        XCTAssertGreaterThan(cache.resets, 0, "a full cache is emptied after enough misses")
        // Results stay right whether served from the cache or not.
        for w in words.suffix(50) + words.prefix(50) { XCTAssertEqual(a.stem(w), a.porter.stem(w), w) }
    }

    private func lookup(_ cache: StemCache, _ key: String) -> (StemCache.Lookup, String) {
        var out = [UInt8](repeating: 0, count: 64)
        let result = Array(key.utf8).withUnsafeBufferPointer { cache.lookup($0, into: &out) }
        if case .stem(let n) = result { return (result, String(decoding: out[0..<n], as: UTF8.self)) }
        return (result, "")
    }

    private func insert(_ cache: StemCache, _ key: String, _ stem: String?) {
        Array(key.utf8).withUnsafeBufferPointer { k in
            if let stem { Array(stem.utf8).withUnsafeBufferPointer { cache.insert(k, stem: $0) } }
            else { cache.insert(k, stem: nil) }
        }
    }

    func testCacheStoresUnchangedStemsAndTails() {
        let cache = StemCache(capacity: 16)
        XCTAssertEqual(lookup(cache, "kamer").0, .missing)
        insert(cache, "kamer", nil)
        XCTAssertEqual(lookup(cache, "kamer").0, .unchanged)
        insert(cache, "kamers", "kamer")            // a stripped suffix
        XCTAssertEqual(lookup(cache, "kamers").1, "kamer")
        insert(cache, "vraag", "vrag")              // not a prefix of the key: stored as prefix + tail
        XCTAssertEqual(lookup(cache, "vraag").1, "vrag")
        insert(cache, "overheden", "overheid")
        XCTAssertEqual(lookup(cache, "overheden").1, "overheid")
        XCTAssertEqual(lookup(cache, "kamerz").0, .missing)
        // Too long for a slot: not cached, never wrong.
        insert(cache, "kinderbeschermingsmaatregelen", "kinderbeschermingsmaatregel")
        XCTAssertEqual(lookup(cache, "kinderbeschermingsmaatregelen").0, .missing)
        XCTAssertEqual(cache.count, 4)
        cache.removeAll()
        XCTAssertEqual(lookup(cache, "kamers").0, .missing)
    }

    func testIdentityNamesTheAlgorithmAndIsStable() throws {
        let a = try analyzer()
        let id = AnalysisIdentity.entries(of: a)
        XCTAssertEqual(id["stemmer.algorithm"], "swift:\(a.porter.algorithm)")
        XCTAssertEqual(id["analysis.version"], String(DutchAnalyzer.version))
        XCTAssertEqual(id["stemmer.probeChecksum"]?.count, 16)
        XCTAssertEqual(id, AnalysisIdentity.entries(of: try analyzer()))
    }
}
