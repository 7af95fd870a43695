import GRDB
import XCTest
@testable import SearchIndex

/// The tokenizer's per-token memo (``TokenMemo``) must change nothing: document mode emits the same
/// terms, flags and offsets with and without it, over texts that repeat words (parts only at a word's
/// first occurrence in a text), write them in other cases (`GroenLinks`, `inTajikistan`), fold them
/// (ĳ, ligatures, soft hyphens) or run past the cap, and when the memo fills up and is emptied.
final class TokenMemoTests: XCTestCase {
    private typealias Random = TokenizerRobustnessTests.SplitMix64
    private typealias Term = (bytes: [UInt8], flags: CInt, start: Int, end: Int)

    private static let vocabulary = [
        "kinderbeschermingsmaatregelen", "versterkingsgelden", "verklaringaangegeven", "gemeenten", "Gemeenten",
        "GroenLinks", "groenlinks", "ChristenUnie", "inTajikistan", "deMinister", "DEMINISTER", "staatssecretaris",
        "maatregel", "kinderoncologie", "winterweer", "vreemdelingenketen", "ĳsvrij", "IJsvrij", "ﬁnanciële",
        "regis\u{AD}tratie", "Coördinator", "coordinator", "de", "het", "van", "en", "belastingdienst",
        "Belastingdienst", "zorgverzekeraars", "stikstofuitstoot", "woningbouwcorporaties", "a", "xYz",
        "aanhangselvanHandelingen", "hoogheemraadschappen", "jeugdzorginstellingen", "VVD", "D66",
        String(repeating: "gemeenten", count: 9), String(repeating: "coördinatie", count: 7),
        String(repeating: "a", count: 63), String(repeating: "b", count: 64), String(repeating: "c", count: 65),
        "verzekeringsmaatschappij", "verzekeringsmaatschappijen", "Verzekeringsmaatschappijen",
    ]
    private static let separators = [" ", " ", " ", ", ", ". ", "\n", " (", ") ", "-", "/", "’", " \u{1} "]

    private static func text(_ rng: inout Random) -> String {
        if rng.below(8) == 0 { return TokenizerRobustnessTests.randomText(&rng) }
        var s = ""
        for _ in 0..<rng.below(60) {
            var word = vocabulary[rng.below(vocabulary.count)]
            switch rng.below(6) {
            case 0: word = word.uppercased()
            case 1: word = word.prefix(1).uppercased() + word.dropFirst()
            case 2: word += vocabulary[rng.below(vocabulary.count)]  // glued
            default: break
            }
            s += word + separators[rng.below(separators.count)]
        }
        return s
    }

    private func terms(_ tokenizer: DutchTokenizer, _ text: String) -> (CInt, [Term]) {
        let (rc, terms) = TokenizerTestSupport.rawTerms(tokenizer, Array(text.utf8), .document)
        return (rc, terms)
    }

    func testMemoisedTermsEqualAnalysedTerms() throws {
        let queue = try DatabaseQueue()
        let tiny = TokenMemo(maxEntries: 8, arenaBytes: 1)
        let small = TokenMemo(maxEntries: 64, arenaBytes: 4096)
        let (plain, memoised, withTiny, withSmall, plainNoCompounds, memoisedNoCompounds) = try queue.inDatabase { db in
            (try DutchTokenizer(db: db, arguments: [], memo: nil), try DutchTokenizer(db: db, arguments: []),
             try DutchTokenizer(db: db, arguments: [], memo: tiny), try DutchTokenizer(db: db, arguments: [], memo: small),
             try DutchTokenizer(db: db, arguments: [DutchTokenizer.noCompoundsArgument], memo: nil),
             try DutchTokenizer(db: db, arguments: [DutchTokenizer.noCompoundsArgument]))
        }
        var rng = Random(state: 20_261_205)
        var compared = 0, parts = 0
        for i in 0..<1500 {
            let text = Self.text(&rng)
            let (rc, expected) = terms(plain, text)
            XCTAssertEqual(rc, 0)
            compared += expected.count
            parts += expected.filter { $0.bytes.first == DutchTokenizer.partMarker }.count
            for (name, tokenizer) in [("default", memoised), ("tiny", withTiny), ("small", withSmall)] {
                let (rc2, got) = terms(tokenizer, text)
                XCTAssertEqual(rc2, 0)
                XCTAssertTrue(expected.elementsEqual(got) { $0.bytes == $1.bytes && $0.flags == $1.flags && $0.start == $1.start && $0.end == $1.end },
                              "\(name) memo differs on text \(i): \(text.debugDescription)")
            }
            let (_, expectedNC) = terms(plainNoCompounds, text), (_, gotNC) = terms(memoisedNoCompounds, text)
            XCTAssertTrue(expectedNC.elementsEqual(gotNC) { $0.bytes == $1.bytes && $0.flags == $1.flags && $0.start == $1.start && $0.end == $1.end },
                          "nocompounds memo differs on text \(i)")
        }
        XCTAssertGreaterThan(compared, 50_000, "enough terms")
        XCTAssertGreaterThan(parts, 1000, "enough compound parts")
        XCTAssertGreaterThan(tiny.resets, 100, "the tiny memo filled up and was emptied")
        XCTAssertGreaterThan(small.resets, 3)
    }

    /// The slots grow with the entries (every entry placed again) and are reset when the memo empties:
    /// thousands of distinct compound candidates give the same terms as without a memo.
    func testGrowingSlotsKeepEveryEntry() throws {
        let queue = try DatabaseQueue()
        let memo = TokenMemo(maxEntries: 1 << 13, arenaBytes: 1 << 20)
        let (plain, memoised) = try queue.inDatabase { db in
            (try DutchTokenizer(db: db, arguments: [], memo: nil), try DutchTokenizer(db: db, arguments: [], memo: memo))
        }
        var rng = Random(state: 20_261_206)
        let letters = Array("abcdefghijklmnopqrstuvwxyz".utf8)
        var grew = false
        for i in 0..<300 {
            var s = ""
            for _ in 0..<rng.below(80) {
                if rng.below(3) == 0 {
                    s += Self.vocabulary[rng.below(Self.vocabulary.count)]
                } else {
                    let n = 8 + rng.below(16)
                    s += String(decoding: (0..<n).map { _ in letters[rng.below(letters.count)] }, as: UTF8.self)
                }
                s += Self.separators[rng.below(Self.separators.count)]
            }
            let (_, expected) = terms(plain, s), (_, got) = terms(memoised, s)
            XCTAssertTrue(expected.elementsEqual(got) { $0.bytes == $1.bytes && $0.flags == $1.flags && $0.start == $1.start && $0.end == $1.end },
                          "memo with growing slots differs on text \(i): \(s.debugDescription)")
            grew = grew || memo.slotCapacity > 4096
        }
        XCTAssertTrue(grew, "the slots grew")
        memo.removeAll()
        XCTAssertEqual(memo.slotCapacity, 4096, "emptying shrinks the slots")
        let text = Self.vocabulary.joined(separator: " ")
        let (_, expected) = terms(plain, text), (_, got) = terms(memoised, text)
        XCTAssertTrue(expected.elementsEqual(got) { $0.bytes == $1.bytes && $0.flags == $1.flags && $0.start == $1.start && $0.end == $1.end })
    }

    func testFullMemoKeepsItsEntriesUntilItMissesMany() throws {
        let memo = TokenMemo(maxEntries: 2, arenaBytes: 4096)
        XCTAssertFalse(memo.full)
        let words = ["gemeenten", "versterkingsgelden", "dijken"].map { Array($0.utf8) }
        let parts = [UInt8](repeating: 0, count: 4), lengths = [Int](repeating: 0, count: 1)
        for w in words.prefix(2) {
            w.withUnsafeBufferPointer { key in
                var slot = 0
                let h = TokenMemo.hash(key)
                XCTAssertNil(memo.find(key, hash: h, slot: &slot))
                _ = memo.insert(key, hash: h, slot: slot, stem: nil, parts: parts, partStride: 4, partLengths: lengths, partCount: 0)
            }
        }
        XCTAssertTrue(memo.full)
        words[0].withUnsafeBufferPointer { key in
            var slot = 0
            XCTAssertNotNil(memo.find(key, hash: TokenMemo.hash(key), slot: &slot))
        }
        // Kept while it serves: emptied only after many tokens it could not take.
        for _ in 0..<16 { memo.missedWhileFull() }
        memo.resetIfFull()
        XCTAssertTrue(memo.full)
        XCTAssertEqual(memo.count, 2)
        memo.missedWhileFull()
        memo.resetIfFull()
        XCTAssertFalse(memo.full)
        XCTAssertEqual(memo.resets, 1)
        XCTAssertEqual(memo.count, 0)
        words[0].withUnsafeBufferPointer { key in
            var slot = 0
            XCTAssertNil(memo.find(key, hash: TokenMemo.hash(key), slot: &slot))
        }
    }
}
