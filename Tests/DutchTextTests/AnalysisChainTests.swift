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
        let long = String(repeating: "gemeenten", count: 10)  // 90 bytes
        let out = a.stem(long)
        XCTAssertEqual(out.utf8.count, TokenLimit.maxBytes)
        XCTAssertTrue(long.hasPrefix(out))
        var token = Array(long.utf8)
        token.withUnsafeMutableBufferPointer { buf in
            a.withStem(ofFolded: UnsafeBufferPointer(buf)) { XCTAssertNil($0) }
        }
    }

    func testCacheServesRepeatsAndStaysBounded() throws {
        let cache = StemCache(capacity: 64, arenaBytes: 4096)
        let a = try analyzer(cache: cache)
        XCTAssertEqual(a.stem("gemeenten"), "gemeent")
        XCTAssertEqual(cache.count, 1)
        XCTAssertEqual(a.stem("gemeenten"), "gemeent")
        XCTAssertEqual(cache.count, 1, "a repeat is served from the cache")
        var words: [String] = []
        for i in 0..<1000 { words.append("woord\(i)en") }
        for w in words { _ = a.stem(w) }
        XCTAssertLessThanOrEqual(cache.count, 32, "at most half the slots are used")
        XCTAssertGreaterThan(cache.resets, 0)
        // Results after resets are still right.
        for w in words.suffix(50) { XCTAssertEqual(a.stem(w), a.porter.stem(w), w) }
    }

    func testCacheDistinguishesUnchangedFromStem() {
        let cache = StemCache(capacity: 16, arenaBytes: 256)
        let key = Array("kamer".utf8), other = Array("kamers".utf8), stem = Array("kamer".utf8)
        key.withUnsafeBufferPointer { k in
            XCTAssertNil(cache.lookup(k))
            cache.insert(k, stem: nil)
            guard case .unchanged? = cache.lookup(k) else { return XCTFail("expected unchanged") }
        }
        other.withUnsafeBufferPointer { k in
            _ = stem.withUnsafeBufferPointer { cache.insert(k, stem: $0) }
            guard case .stem(let s)? = cache.lookup(k) else { return XCTFail("expected a stem") }
            XCTAssertEqual(Array(s), stem)
        }
        // An entry bigger than the arena is returned but not cached.
        let huge = [UInt8](repeating: 0x61, count: 300)
        huge.withUnsafeBufferPointer { k in
            cache.insert(k, stem: nil)
            XCTAssertNil(cache.lookup(k))
        }
    }

    func testIdentityNamesTheAlgorithmAndIsStable() throws {
        let a = try analyzer()
        let id = AnalysisIdentity.entries(of: a)
        XCTAssertEqual(id["stemmer.algorithm"], "libstemmer:\(a.porter.algorithm)")
        XCTAssertEqual(id["analysis.version"], String(DutchAnalyzer.version))
        XCTAssertEqual(id["stemmer.probeChecksum"]?.count, 16)
        XCTAssertEqual(id, AnalysisIdentity.entries(of: try analyzer()))
    }
}
