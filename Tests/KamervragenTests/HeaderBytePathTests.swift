import Foundation
import XCTest
@testable import Kamervragen

/// The header's byte paths answer as the Foundation calls they replace, on seeded random texts
/// (ASCII and not, marks after spaces, no-break and other wide spaces, CR, keywords whole and hyphenated).
final class HeaderBytePathTests: XCTestCase {
    typealias RNG = ParserRobustnessTests.SplitMix64

    static let pieces = [" ", "  ", "\t", ".", ",", ";", "-", "_", "a", "Z", "0", "é", "e\u{0301}", "\u{0301}", "\u{00A0}",
                         "\u{2009}", "\u{3000}", "\u{200B}", "\u{00AD}", "\u{200D}", "\r", "\n", "\r\n", "(", ")", "’", "😀",
                         "\u{0600}", "Financiën", "Minister", "in", "In", "ge", "zon", "den", "ont", "Ont", "van", "gen", "be",
                         "Be", "tref", "fen", "de", "INGEZONDEN", "Ingezonden", "Inge-zonden", "ont-vangen", "Ont-van-gen",
                         "betref-fende", "be-tref-fen-de", "in-ge-zon-den", "ingezon-den", "x", "9", "ë", "İ"]

    static func randomText(_ rng: inout RNG, asciiOnly: Bool) -> String {
        var s = ""
        for _ in 0..<rng.below(16) {
            let p = pieces[rng.below(pieces.count)]
            if !asciiOnly || p.utf8.allSatisfy({ $0 < 0x80 }) { s += p }
        }
        return s
    }

    func testTrimAnswersAsFoundation() {
        var rng = RNG(state: 20_261_205)
        let trims = [ASCIITrim.whitespaces, .spaceCommaStop, .spaceComma, .fullStop]
        var changed = 0
        for _ in 0..<20_000 {
            let s = Self.randomText(&rng, asciiOnly: rng.below(2) == 0)
            for t in trims {
                let expected = s.trimmingCharacters(in: t.characterSet)
                if expected != s { changed += 1 }
                XCTAssertEqual(Array(t(s).utf8), Array(expected.utf8), s.debugDescription)
                let sub = s.dropFirst(min(1, s.count))
                XCTAssertEqual(Array(t(sub).utf8), Array(sub.trimmingCharacters(in: t.characterSet).utf8), s.debugDescription)
            }
        }
        XCTAssertGreaterThan(changed, 8_000)
    }

    func testHyphenatedKeywordsJoinedAsByTheRegex() {
        var rng = RNG(state: 77)
        var joined = 0
        for _ in 0..<20_000 {
            let s = Self.randomText(&rng, asciiOnly: rng.below(2) == 0)
            let expected = HeaderParser.regexJoinHyphenatedKeywords(s)
            if expected != s { joined += 1 }
            XCTAssertEqual(Array(HeaderParser.joinHyphenatedKeywords(s).utf8), Array(expected.utf8), s.debugDescription)
        }
        XCTAssertGreaterThan(joined, 2_000)
    }

    func testISODateAsStringFormat() {
        for year in 1800...2100 {
            for month in 1...12 {
                for day in 1...31 {
                    XCTAssertEqual(DutchDate.iso(year: year, month: month, day: day),
                                   String(format: "%04d-%02d-%02d", year, month, day))
                }
            }
        }
    }
}
