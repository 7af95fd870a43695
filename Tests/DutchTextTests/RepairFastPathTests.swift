import XCTest
@testable import DutchText

/// The byte-level fast paths of repair answer exactly as the Character-level code they short-cut, on
/// seeded random text full of the cases where bytes and Characters differ (combining marks, CR LF,
/// ZWJ, Prepend scalars, Hangul, superscripts, ligatures, NBSP, soft hyphens).
final class RepairFastPathTests: XCTestCase {
    typealias RNG = RepairPropertyTests.SplitMix64

    static let pieces: [String] = [
        "a", "Z", "é", "ë", "É", "1", "23", "2024", " ", "  ", "\t", "\n", "\r\n", "\r", "\u{0C}", ".", "?", "!", ")",
        ",", ":", "[", "]", "[1 ]", "¹", "²", "⁴", "\u{0301}", "\u{0308}", "\u{200D}", "\u{00A0}", "\u{00AD}", "\u{00AD}\n",
        "ﬁ", "ﬀ", "Ĳ", "ĳ", "–", "”", "»", "\u{2000}", "\u{2011}", "\u{200B}", "\u{FEFF}", "\u{0600}", "한", "\u{212B}",
        "e\u{0301}", "👍\u{1F3FD}", "\u{0085}", "\u{7F}", "\u{1}", "Kamer", "vergaderjaar", "Vraag", "Nederland", "nr.",
    ]

    func randomText(_ rng: inout RNG, _ length: Int = 40) -> String {
        var s = ""
        for _ in 0..<rng.below(length) { s += Self.pieces[rng.below(Self.pieces.count)] }
        return s
    }

    func testCharacterCleanupBytesAgreeWithScalars() {
        var rng = RNG(state: 11)
        var fast = 0
        for _ in 0..<20_000 {
            let t = randomText(&rng)
            if CharacterCleanup.cleanBytes(t) != nil { fast += 1 }
            XCTAssertEqual(CharacterCleanup.clean(t), CharacterCleanup.cleanScalars(t), t.debugDescription)
        }
        XCTAssertGreaterThan(fast, 100, "the byte path is exercised")
    }

    func testMaskAndCandidatesAgreeWithCharacterCode() {
        var rng = RNG(state: 12)
        for _ in 0..<20_000 {
            let t = randomText(&rng, 12)
            XCTAssertEqual(PageFurniture.mask(t), PageFurniture.slowMask(t), t.debugDescription)
            XCTAssertEqual(FootnoteMarkers.candidates(in: Substring(t)), FootnoteMarkers.allCandidates(in: Substring(t)),
                           t.debugDescription)
        }
    }

    func testTrimmedLinesAgreeWithCharacterSplit() {
        var rng = RNG(state: 13)
        var fast = 0
        for _ in 0..<20_000 {
            let t = randomText(&rng)
            guard let lines = FastText.trimmedLines(t, pageBreaksOnOwnLine: true) else { continue }
            fast += 1
            let expected = t.replacingOccurrences(of: "\u{0C}", with: "\n\u{0C}\n")
                .split(separator: "\n", omittingEmptySubsequences: false).map { String(FastText.trimSpaces($0)) }
            XCTAssertEqual(lines, expected, t.debugDescription)
        }
        XCTAssertGreaterThan(fast, 100)
    }

    func testJoiningTablesAnswerAsTheScalarProperties() {
        for v in 0x80...0xFFFF where !(0xD800...0xDFFF).contains(v) {
            let bytes = Array(String(Unicode.Scalar(UInt32(v))!).utf8)
            let slow = FastText.joinsPreviousSlow(bytes, at: 0)
            XCTAssertEqual(FastText.joinsPreviousCommon(bytes, at: 0) ?? slow, slow, String(v, radix: 16))
            // Cut short, or followed by what is no continuation byte: left to the slow path.
            XCTAssertNil(FastText.joinsPreviousCommon(Array(bytes.dropLast()), at: 0))
            XCTAssertNil(FastText.joinsPreviousCommon(Array(bytes.dropLast()) + [0x41], at: 0))
        }
    }

    func testStandaloneCheckRejectsJoiningScalars() {
        XCTAssertTrue(FastText.asciiStandsAlone(Array("één – ‘x’ 1¹".utf8)))
        for s in ["1\u{0301}", "a\r\nb", "\u{0600}1", " \u{200D}", "1\u{FE0F}"] {
            XCTAssertFalse(FastText.asciiStandsAlone(Array(s.utf8)), s.debugDescription)
        }
    }
}
