import Foundation
import XCTest
@testable import Kamervragen
@testable import SearchIndex

/// The prepared rows' fast paths (ASCII search keys, JSON without an encoder) answer as the code they
/// replace, on seeded random texts.
final class RowValueFastPathTests: XCTestCase {
    typealias RNG = TokenizerRobustnessTests.SplitMix64

    static let pieces = ["Jansen", "P.v.d.A.", "D'66", "van der", "Haas-Berger", " ", "  ", "-", ".", "/", "\"", "\\", "\t", "\n",
                         "\u{7F}", "\u{1}", "é", "Kostić", "ß", "İ", "\u{212A}", "Σ", "😀", "\u{2028}", "ﬁ", "½", "²", "0", "9",
                         "Minister van Financiën", "GroenLinks-PvdA", "x", "Z", "{", "}", "<", "&"]

    static func randomText(_ rng: inout RNG, asciiOnly: Bool) -> String {
        var s = ""
        for _ in 0..<rng.below(8) {
            let p = pieces[rng.below(pieces.count)]
            if !asciiOnly || p.utf8.allSatisfy({ $0 < 0x80 }) { s += p }
        }
        if rng.below(2) == 0 { s.append(Character(Unicode.Scalar(UInt8(rng.below(128))))) }
        return s
    }

    func testSearchKeysAsByFolding() {
        var rng = RNG(state: 1_701)
        for _ in 0..<20_000 {
            let s = Self.randomText(&rng, asciiOnly: rng.below(2) == 0)
            XCTAssertEqual(SearchKeys.name(s), SearchKeys.foldedName(s), s.debugDescription)
            XCTAssertEqual(SearchKeys.party(s), SearchKeys.foldedParty(s), s.debugDescription)
        }
    }

    func testContentKeyHashAsTheReference() {
        var rng = RNG(state: 64)
        for _ in 0..<20_000 {
            let s = Self.randomText(&rng, asciiOnly: rng.below(2) == 0)
            XCTAssertEqual(PairContentKey.hash(s), Self.referenceHash(s), s.debugDescription)
        }
    }

    /// ``PairContentKey/hash(_:)`` as it was written before (the oracle).
    static func referenceHash(_ text: String) -> String {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        var pendingSeparator = false
        for b in text.utf8 {
            let c = b >= UInt8(ascii: "A") && b <= UInt8(ascii: "Z") ? b | 0x20 : b
            let inWord = (c >= UInt8(ascii: "a") && c <= UInt8(ascii: "z")) || (c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9")) || c >= 0x80
            if inWord {
                if pendingSeparator { h = (h ^ 0x20) &* 0x0000_0100_0000_01B3; pendingSeparator = false }
                h = (h ^ UInt64(c)) &* 0x0000_0100_0000_01B3
            } else {
                pendingSeparator = true
            }
        }
        let hex = String(h, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }

    func testPlainJSONAsTheEncoder() {
        var rng = RNG(state: 2_024)
        var plain = 0
        for _ in 0..<5_000 {
            let strings = (0..<rng.below(4)).map { _ in Self.randomText(&rng, asciiOnly: rng.below(2) == 0) }
            if let fast = PlainJSON.encode(strings) {
                plain += 1
                XCTAssertEqual(fast, DocumentWriter.json(strings), strings.debugDescription)
            }
            let diagnostics = strings.map { Diagnostic(rng.below(2) == 0 ? .info : .warning, $0) }
            if let fast = PlainJSON.encode(diagnostics) {
                XCTAssertEqual(fast, DocumentWriter.json(diagnostics), strings.debugDescription)
            }
        }
        XCTAssertGreaterThan(plain, 1_000)
        XCTAssertEqual(PlainJSON.encode([String]()), DocumentWriter.json([String]()))
        XCTAssertEqual(PlainJSON.encode([Diagnostic]()), DocumentWriter.json([Diagnostic]()))
    }
}
